"""N/A needs a justification, reopening lands on the same page, language switches live, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from ecoassess import model
from tests.ui.conftest import open_new, type_thai

JUSTIFICATION = "โรงงานไม่มีการขนส่งด้วยยานพาหนะของตนเอง ใช้ผู้ให้บริการภายนอกทั้งหมด"


def test_not_applicable_needs_a_justification_before_moving_on(context, qtbot):
    window = open_new(context, qtbot, settings={"not_applicable_allowed": ["C09"]})
    wizard = window.wizard
    assert wizard.go_to("C09")
    page = wizard.pages["C09"]
    assert page.na_box.isVisibleTo(page)
    assert not wizard.pages["C08"].na_box.isVisibleTo(wizard.pages["C08"])  # not allowed there
    page.na_check.click()
    wizard.next()
    assert wizard.current_key() == "C09"
    assert page.na_error.isVisibleTo(page)
    assert "เหตุผล" in page.na_error.text()
    type_thai(page.justification, JUSTIFICATION)
    assert not page.na_error.isVisibleTo(page)
    assert "ไม่เกี่ยวข้อง" in page.points_label.text()
    wizard.next()
    assert wizard.current_key() == "C10"
    answer = context.store.get_assessment(window.session.id).answers["C09"]
    assert answer.not_applicable is True
    assert answer.justification == JUSTIFICATION
    result = window.session.result()
    assert result.max == 65


def test_close_mid_wizard_and_reopen_to_the_same_page_and_answers(context, qtbot):
    window = open_new(context, qtbot)
    assessment_id = window.session.id
    wizard = window.wizard
    wizard.go_to("C03")
    page = wizard.pages["C03"]
    page.controls["inventory"].widget.click()
    page.controls["target_achievement_pct"].widget.setValue(62.25)
    page.controls["advanced"].boxes["b"].click()
    type_thai(page.notes, "ลดการใช้น้ำในกระบวนการล้าง")
    wizard.go_to("C05")
    wizard.pages["C05"].controls["inventory"].widget.click()
    window.close()  # immediately: the debounce timer has not fired yet
    QApplication.processEvents()
    assert assessment_id not in context.windows

    again = context.open_wizard(assessment_id)
    assert again is not window
    assert again.wizard.current_key() == "C05"
    assert again.wizard.pages["C05"].controls["inventory"].value() is True
    c03 = again.wizard.pages["C03"]
    assert c03.controls["inventory"].value() is True
    assert c03.controls["target_achievement_pct"].value() == 62.25
    assert c03.controls["advanced"].value() == ["b"]
    assert c03.notes.toPlainText() == "ลดการใช้น้ำในกระบวนการล้าง"
    assert "3 / 5" in c03.points_label.text()  # S2 with ≥ 50 % of the target


def test_switching_language_retranslates_the_visible_page(context, qtbot):
    window = open_new(context, qtbot)
    wizard = window.wizard
    wizard.go_to("C01")
    page = wizard.pages["C01"]
    assert page.title().startswith("เกณฑ์ที่ 1")
    assert "การจัดการวัตถุดิบ" in page.title()
    context.set_language("en")
    assert page.title() == "Criterion 1: Raw material management"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    assert page.notes_caption.text() == "No&tes"
    assert page.level_boxes[0][1].title() != ""
    assert all(ord(ch) < 0x0E00 for ch in page.level_boxes[0][2].text())  # English ladder text
    assert "Raw material management" in window.side.item(3).text()
    assert context.prefs.language("th") == "en"  # remembered for the next start
    context.set_language("th")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "ถัดไป (&N) >"
    assert page.notes_caption.text() == "บันทึกเพิ่มเติม (&T)"


def test_complete_a_criterion_page_by_keyboard_alone(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    wizard = window.wizard
    wizard.go_to("C10")
    page = wizard.pages["C10"]
    first = page.controls["policy_and_vendor_list"].widget
    first.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # L1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    spin = QApplication.focusWidget()
    assert spin is page.controls["green_purchase_pct"].widget
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "3.5")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)  # commits the number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # eco-product policy
    assert page.controls["ecoproduct_policy"].value() is True
    assert page.controls["green_purchase_pct"].value() == 3.5
    assert "3 / 5" in page.points_label.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_key() == "C11"
    answer = context.store.get_assessment(window.session.id).answers["C10"]
    assert answer.status == model.WorkflowStatus.DONE
    assert answer.value == {"policy_and_vendor_list": True, "green_purchase_pct": 3.5, "ecoproduct_policy": True}


def test_certificates_expiring_before_the_audit_are_flagged(context, qtbot):
    from datetime import date

    window = open_new(context, qtbot)
    wizard = window.wizard
    wizard.go_to("profile")
    profile = wizard.pages["profile"]
    profile.audit_date.edit.setText("15/02/2570")
    profile.audit_date.edit.editingFinished.emit()
    assert context.store.get_assessment(window.session.id).planned_audit_date == date(2027, 2, 15)
    profile.certifications.add_button.click()
    row = profile.certifications.rows[0]
    row.valid_until.edit.setText("31/12/2569")
    row.valid_until.edit.editingFinished.emit()
    assert profile.errors["certifications"].isVisibleTo(profile)
    assert "หมดอายุ" in profile.errors["certifications"].text()
    profile.employees_permanent.setValue(300)  # a large factory: G2 asks for GI level 3 or ISO 14001
    wizard.go_to("prerequisites")
    prereq = wizard.pages["prerequisites"]
    g2 = prereq.rows["G2"]
    assert "ขนาดใหญ่" in g2["requirement"].text()
    # the ISO 14001 typed on the profile answers G2: no second place to type it
    assert "ISO 14001" in g2["certs"].text() and "31 ธันวาคม 2569" in g2["certs"].text()
    assert not g2["box"].findChild(QWidget, "line_ems_route").isVisibleTo(prereq)
    # the certificate lapses before the planned audit: G2 is not met, in red, with the reason
    assert g2["status"].text().startswith("ไม่ผ่าน")
    assert "หมดอายุ 31 ธันวาคม 2569 ก่อนวันตรวจประเมิน" in g2["status"].text()
    assert g2["status"].palette().color(QPalette.ColorRole.WindowText).name() == "#b00020"
    assert "ยังไม่มีสิทธิ์" in prereq.summary.text()
    # and the review page shows the same reason, as a problem
    wizard.go_to("review")
    review = wizard.pages["review"]
    assert "หมดอายุ 31 ธันวาคม 2569 ก่อนวันตรวจประเมิน" in review.reasons_label.text()


def test_review_shows_the_verdict_and_the_target_can_be_changed(context, qtbot):
    from ecoassess.demo import create_demo

    window = context.open_wizard(create_demo(context.store))
    window.wizard.go_to("review")
    review = window.wizard.pages["review"]
    assert "42" in review.total_label.text() and "70" in review.total_label.text()
    assert review.verdict_label.text().startswith("ยังไม่พร้อม")
    assert "สมมติฐาน" in review.verdict_label.text()  # the 70 % target is an assumption
    assert review.gaps.rowCount() > 0
    assert len(review.chart.bars()) == 14
    review.target.setValue(55)
    assert window.session.assessment.settings["target_percent"] == 55
    assert not review.verdict_label.text().startswith("ยังไม่พร้อม")
    assert "พร้อมรับการตรวจประเมิน" not in review.verdict_label.text()  # never on an assumption
    assert context.store.get_assessment(window.session.id).settings["target_percent"] == 55


def test_the_wizard_window_comes_back_at_its_last_size(context, qtbot):
    window = open_new(context, qtbot)
    assessment_id = window.session.id
    window.resize(window.minimumSizeHint().width() + 3, window.minimumSizeHint().height() + 7)
    size = (window.width(), window.height())
    window.close()
    QApplication.processEvents()
    again = context.open_wizard(assessment_id)
    assert (again.width(), again.height()) == size


def test_improvement_figures_show_thousands_and_refuse_what_is_not_a_quantity(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("improvement")
    page = window.wizard.pages["improvement"]
    cell = page.cell(0, 2)
    cell.setText("1250000.5")
    assert cell.text() == "1,250,000.50" and page.error.text() == ""
    saved = lambda: [r for r in window.session.value("improvement", "years", []) if r.get(page.rows()[0].id)]  # noqa: E731
    assert saved()[-1][page.rows()[0].id] == 1250000.5

    for typed in ("-5", "nan", "inf", "สิบ"):
        cell.setText(typed)
        assert cell.text() == typed  # left as typed, to be corrected
        assert f"“{typed}”" in page.error.text() and "ปริมาณ" in page.error.text()  # Thai UI
        assert saved()[-1][page.rows()[0].id] == 1250000.5  # the saved figure is unchanged

    cell.setText("๒,๕๐๐")  # Thai digits are numbers too
    assert cell.text() == "2,500.00" and page.error.text() == ""
    window.close()
    reopened = context.open_wizard(window.session.id)
    reopened.wizard.go_to("improvement")
    assert reopened.wizard.pages["improvement"].cell(0, 2).text() == "2,500.00"


def test_page_title_stands_out_and_grows_for_the_projector(context, qapp, qtbot):
    from PySide6.QtWidgets import QLabel

    window = open_new(context, qtbot)
    wizard = window.wizard

    def title_label():
        page = wizard.currentPage()
        return next(label for label in wizard.findChildren(QLabel)
                    if label.text() == page.title() and not page.isAncestorOf(label))

    wizard.go_to("C01")
    body = qapp.font().pointSizeF()
    assert title_label().font().pointSizeF() >= body * 1.25 and title_label().font().bold()
    context.set_presentation(True)
    wizard.go_to("C02")  # a new page keeps the larger title
    assert title_label().text().startswith("เกณฑ์ที่ 2")
    assert title_label().font().pointSizeF() >= qapp.font().pointSizeF() * 1.25 > body * 1.25
    context.set_presentation(False)
    assert title_label().font().pointSizeF() == body * 1.3


def test_social_outcome_typed_in_thai_is_saved_and_reopens(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("improvement")
    page = window.wizard.pages["improvement"]
    assert page.social.isVisible() and "ผลลัพธ์ด้านสังคม" in page.social_caption.text()
    report = "ร่วมกับชุมชนปลูกป่าชายเลน 12 ไร่ จ้างงานคนในพื้นที่ 35 คน"
    type_thai(page.social, report)
    assert window.session.value("improvement", "social_outcome") == report
    page.social.setPlainText("   ")  # cleared: nothing reported
    assert window.session.value("improvement", "social_outcome") is None
    page.social.setPlainText(report)
    window.close()
    reopened = context.open_wizard(window.session.id)
    reopened.wizard.go_to("improvement")
    assert reopened.wizard.pages["improvement"].social.toPlainText() == report


def test_stepping_through_pages_remembers_the_last_one_with_one_write(context, qtbot, monkeypatch):
    """Ten quick Nexts are one write of the place to reopen at (a slow disk is not waited on per
    page), stored a second after the last step, and at once when the window closes."""
    window = open_new(context, qtbot)
    session = window.session
    pages: list[str] = []
    real = session.store.update_assessment

    def counted(assessment_id, **fields):
        if "last_page" in fields:
            pages.append(fields["last_page"])
        return real(assessment_id, **fields)

    monkeypatch.setattr(session.store, "update_assessment", counted)
    for _ in range(10):
        window.wizard.next()
    shown = window.wizard.current_key()
    assert pages == []
    qtbot.waitUntil(lambda: pages == [shown], timeout=3000)
    window.wizard.back()
    window.close()
    assert pages == [shown, window.wizard.current_key()]
    assert context.store.get_assessment(session.id).last_page == pages[-1]
