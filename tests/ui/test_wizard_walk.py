"""Walk a whole assessment in Thai, from a new assessment to an exported dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ecoassess import model
from tests.ui.conftest import type_thai

THAI_NAME = "บริษัท น้ำใจดี จำกัด"
THAI_NOTE = "มีบัญชีรายการวัตถุดิบครบถ้วน ตรวจสอบแล้ว"


def fill_profile(page, qtbot) -> None:
    type_thai(page.edits["name_th"], THAI_NAME)
    type_thai(page.edits["industry"], "ผลิตน้ำดื่ม")
    page.edits["tax_id"].setFocus()
    qtbot.keyClicks(page.edits["tax_id"], "1234567890123")
    page.estate.setCurrentIndex(page.estate.findData("__outside__"))
    page.province.setCurrentIndex(page.province.findData("ชลบุรี"))
    page.employees_permanent.setValue(120)
    page.revenue.setValue(250_000_000)


def answer_criterion(page) -> None:
    controls = page.controls
    if "inventory" in controls:
        controls["inventory"].widget.click()
        controls["target_achievement_pct"].widget.setValue(55.5)
    else:
        first = next(iter(controls.values()))
        first.widget.click()


def test_walk_a_whole_assessment_in_thai(context, home, qtbot, tmp_path):
    from ecoassess_app.ui.home_dialogs import NewAssessment

    home.ask_new = lambda year: NewAssessment("", "Namjaidee Co.", year)  # the name comes first
    window = home.new_assessment()
    wizard = window.wizard
    assert wizard.current_key() == "welcome"
    assert wizard.button(wizard.WizardButton.NextButton).text() == "ถัดไป (&N) >"
    wizard.next()
    profile = wizard.pages["profile"]
    fill_profile(profile, qtbot)
    assert profile.errors["tax_id"].isVisibleTo(profile)  # 1234567890123 fails the check digit
    profile.edits["tax_id"].clear()
    qtbot.keyClicks(profile.edits["tax_id"], "1234567890121")
    assert not profile.errors["tax_id"].isVisibleTo(profile)
    assert "ขนาดกลาง" in profile.size_hint.text() or "กลาง" in profile.size_hint.text()
    wizard.next()
    prereq = wizard.pages["prerequisites"]
    for pid in ("G1", "G3", "G4"):
        prereq.rows[pid]["controls"]["met"].yes.click()
    route = prereq.rows["G2"]["controls"]["ems_route"].widget
    route.setCurrentIndex(route.findData("gi2"))
    for criterion in context.scheme.criteria:
        wizard.next()
        assert wizard.current_key() == criterion.id
        answer_criterion(wizard.pages[criterion.id])
    type_thai(wizard.pages["C01"].notes, THAI_NOTE)
    wizard.next()
    assert wizard.current_key() == "improvement"
    improvement = wizard.pages["improvement"]
    for column in range(3):
        improvement.cell(0, column).setText(str(1000000 * (column + 1)))
        improvement.cell(1, column).setText(str(100 - column * 10))
    wizard.next()
    review = wizard.pages["review"]
    assert "คะแนนรวม" in review.total_label.text()
    assert len(review.chart.bars()) == 14
    wizard.next()
    actions = wizard.pages["actions"]
    actions.gap_list.setCurrentRow(0)
    assert actions.add_selected_gap() is not None
    assert actions.table.rowCount() == 1
    wizard.next()
    export = wizard.pages["export"]
    assert wizard.current_key() == "export"
    type_thai(export.signatory, "นางสาวสมใจ รักษ์โลก")
    export.output.setText(str(tmp_path / "dossier.pdf"))
    export.lang_radios["th"].click()
    task = export.start_export()
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert task.ok, task.trace
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")
    assert "dossier.pdf" in export.result_label.text()
    window.close()
    QApplication.processEvents()

    stored = context.store.get_assessment(window.session.id)
    assert stored.profile.name_th == THAI_NAME
    assert stored.profile.province == "ชลบุรี"
    assert stored.profile.estate_kind == "outside"
    assert stored.signatory_name == "นางสาวสมใจ รักษ์โลก"
    assert stored.answers["C01"].note == THAI_NOTE
    assert stored.answers["C01"].value["target_achievement_pct"] == 55.5
    # G2's route chosen on its page is a certificate on the profile (typed in one place)
    assert model.Certification("green_industry", "2", None) in stored.profile.certifications
    assert "ems_route" not in stored.answers.get("G2", model.ItemAnswer("G2")).value
    assert all(stored.answers[c.id].status == model.WorkflowStatus.DONE for c in context.scheme.criteria)
    years = stored.answers["improvement"].value["years"]
    assert [row["product_value"] for row in years] == [1000000, 2000000, 3000000]
    assert len(stored.actions) == 1
    assert stored.last_page == "export" or window.session._page_timer.isActive()  # noqa: SLF001
    qtbot.waitUntil(lambda: context.store.get_assessment(window.session.id).last_page == "export",
                    timeout=3000)  # within a second of the last page change


def test_side_panel_jumps_to_any_page_and_shows_progress(context, qtbot):
    window = open_new_window(context, qtbot)
    side = window.side
    row = window.wizard.keys.index("C07")
    side.itemClicked.emit(side.item(row))
    assert window.wizard.current_key() == "C07"
    window.wizard.pages["C07"].controls["l1"].widget.click()
    qtbot.waitUntil(lambda: not window.session.has_pending(), timeout=3000)
    # the circle says "answered" (from the answer, not from pressing Next); a level claimed
    # without evidence shows that it still needs evidence
    assert side.item(row).text().startswith("◉")
    assert "ยังต้องแนบหลักฐาน" in side.item(row).toolTip()
    window.wizard.go_to("profile")
    assert window.wizard.current_key() == "profile"
    assert side.item(row).text().startswith("◉")  # left with Back: still answered
    assert side.item(window.wizard.keys.index("C09")).text().startswith("○")
    assert "บันทึกแล้ว" in window.saved_label.text()


def open_new_window(context, qtbot):
    from tests.ui.conftest import open_new

    return open_new(context, qtbot)


def test_side_panel_has_accessible_text(context, qtbot):
    window = open_new_window(context, qtbot)
    item = window.side.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole)
