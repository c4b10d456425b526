"""Help on every question, Thai everywhere (years, lettering, Qt's own dialogs), and the smaller
defects seen on the way: validation after the first edit, a marked cell, the page list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ecoassess.demo import create_demo
from ecoassess.i18n import BE_OFFSET
from tests.ui.conftest import open_new, type_thai


def test_a_criterion_explains_itself_and_each_step_in_thai_and_english(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("C02")
    page = window.wizard.pages["C02"]
    scheme = context.scheme
    page.help_button.setChecked(True)  # what F1 does on a criterion page
    text = page.help_pane.text()
    assert scheme.help_for("C02").about.th in text and "SEC —" in text and "ผชพ." in text
    assert "ที่มา" in text and "nanogrid.com" in text  # each glossary entry with its source
    toggle = page.level_help["S1"]
    toggle.button.setChecked(True)
    level = toggle.pane.text()
    assert scheme.help_for("C02").levels["S1"].meaning.th in level
    assert scheme.criterion("C02").level("S1").evidence.th in level  # examples of evidence
    assert scheme.criterion("C02").level("S2").requirement.th in level  # what the next level needs
    context.set_language("en")
    assert scheme.help_for("C02").about.en in page.help_pane.text()
    assert scheme.help_for("C02").levels["S1"].meaning.en in toggle.pane.text()
    assert page.help_button.text() == "Help (F1)"
    context.set_language("th")
    top = page.level_help["S3"]
    top.button.setChecked(True)
    assert "ขั้นที่ 3" in page.level_boxes[2][1].toolTip() and page.level_boxes[2][1].toolTip().startswith("S3 =")
    window.wizard.go_to("C14")
    last = window.wizard.pages["C14"].level_help["L5"]
    last.button.setChecked(True)
    assert "ระดับสูงสุด" in last.pane.text()


def test_general_requirements_have_help_and_the_glossary_finds_a_term(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("prerequisites")
    row = window.wizard.pages["prerequisites"].rows["G4"]
    row["help"].button.setChecked(True)
    assert context.scheme.help_for("G4").about.th in row["help"].pane.text()
    assert row["box"].toolTip().startswith("G4 = ข้อกำหนดทั่วไป ข้อ 4")
    dialog = window.menus.show_glossary()
    qtbot.addWidget(dialog)
    dialog.search.setText("ผชพ")
    assert dialog.visible_terms() == ["ผชพ."]
    dialog.search.setText("")
    assert len(dialog.visible_terms()) == len(context.scheme.glossary)


def test_options_are_lettered_in_the_ui_language_and_draft_marks_follow_the_item(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("C01")
    rows = window.wizard.pages["C01"].controls["advanced"].rows
    assert rows["a"].text().startswith("(ก) ") and rows["e"].text().startswith("(จ) ")
    assert rows["b"].box.accessibleName() == rows["b"].text()
    rows["b"].label.clicked.emit()  # a click on the wrapping label ticks the box
    assert window.session.value("C01", "advanced") == ["b"]
    side_texts = [window.side.item(r).text() for r in range(window.side.count())]
    assert any("การจัดการพลังงาน" in t and "(ร่าง)" in t for t in side_texts)
    assert any("ภูมิทัศน์" in t and "(อนุมาน)" in t for t in side_texts)
    context.set_language("en")
    assert rows["a"].text().startswith("(a) ")
    assert window.side.item(window.wizard.keys.index("C02")).toolTip().endswith("C02 = criterion 2: Energy management")
    context.set_language("th")


def test_years_are_buddhist_era_in_thai_everywhere(context, qtbot):
    source = create_demo(context.store)
    copy = context.store.copy_forward(source)
    window = context.open_wizard(copy)
    assert "ปี 2570" in window.windowTitle() and "(ต่อจากปี 2569)" in window.windowTitle()
    window.wizard.go_to("improvement")
    page = window.wizard.pages["improvement"]
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(1, page.table.columnCount())]
    assert headers == ["2567", "2568", "2569"]
    # The new, empty year is reported missing in the Buddhist Era, like its column.
    assert "ปี 2569" in page.messages.text() and "2026" not in page.messages.text()
    context.set_language("en")
    assert "2026" in page.messages.text() and "year 2027 (from 2026)" in window.windowTitle()
    context.set_language("th")


def test_profile_messages_wait_for_an_edit_and_do_not_move_the_fields(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    assert not page.errors["name_th"].isVisibleTo(page)  # a fresh form is not red
    assert "0105556012341" in page.edits["tax_id"].placeholderText()
    from ecoassess.reference import tax_id_valid

    assert tax_id_valid("0105556012341")  # the example passes its own check digit
    below = page.edits["branch"].mapTo(page.content, page.edits["branch"].rect().topLeft())
    type_thai(page.edits["tax_id"], "01055560")
    assert "13 หลัก" in page.errors["tax_id"].text() and "8" in page.errors["tax_id"].text()
    assert page.edits["branch"].mapTo(page.content, page.edits["branch"].rect().topLeft()) == below
    page.edits["tax_id"].clear()
    type_thai(page.edits["tax_id"], "0105556012345")
    assert "หลักสุดท้าย" in page.errors["tax_id"].text()


def test_an_invalid_cell_stays_marked_until_it_is_fixed(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("improvement")
    page = window.wizard.pages["improvement"]
    bad, other = page.cell(0, 0), page.cell(1, 1)
    bad.setText("สิบ")
    assert bad.toolTip() and bad.background().color().name() == "#f8d7da"
    other.setText("12")  # a good figure elsewhere does not clear the mark or the message
    assert bad.toolTip() and "สิบ" in page.error.text()
    bad.setText("10")
    assert not bad.toolTip() and page.error.text() == ""


def test_the_dossier_is_named_in_the_ui_language(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    window.wizard.go_to("export")
    page = window.wizard.pages["export"]
    year = window.session.assessment.assessment_year
    assert page.output.text().endswith(f"บริษัท สยามพลาสติกรักษ์โลก จำกัด (โรงงานสาธิต) โรงงานอุตสาหกรรมเชิงนิเวศ {year + BE_OFFSET}.pdf")
    context.set_language("en")
    assert page.output.text().endswith(f"Siam Green Plastics Co., Ltd. (demo factory) Eco Factory {year}.pdf")
    context.set_language("th")


def test_qt_own_dialogs_speak_thai_in_thai_mode(context, qtbot):
    from ecoassess_app.ui import dialogs
    from ecoassess_app.ui.qt_strings import KEEP_SOURCE, qt_strings

    for context_name, source in qt_strings():
        thai = QCoreApplication.translate(context_name, source)
        if source in KEEP_SOURCE:
            assert thai == source
        elif source == "QT_LAYOUT_DIRECTION":
            assert thai == "LTR"
        else:
            assert thai != source, f"{context_name}: {source}"
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "ตกลง"
    dialog = dialogs.file_dialog(None, "เลือกไฟล์", "", "", QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, in Thai
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "เปิด"
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "ยกเลิก"
    box = dialogs.message_box(None, dialogs.QMessageBox.Icon.Warning, "หัวข้อ", "ข้อความ")
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["ตกลง"]
    context.set_language("en")
    english = dialogs.file_dialog(None, "Choose", "", "", QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(english)
    assert not english.testOption(QFileDialog.Option.DontUseNativeDialog)  # the system's own
    context.set_language("th")


def test_the_workshop_speaks_of_its_own_choices_not_command_line_flags(context, qtbot, tmp_path):
    from pathlib import Path

    from ecoassess.package.names import PackageConflict
    from ecoassess.workshop import FileOutcome
    from ecoassess_app.ui.workshop import WorkshopWindow

    window = WorkshopWindow(context)
    qtbot.addWidget(window)
    outcome = FileOutcome(Path("f.ecoassess"), error=PackageConflict("0" * 36, "โรงงานน้ำใส"))
    reason = window.reason(outcome, "th")
    assert "--keep-both" not in reason and "--replace" not in reason
    assert "เก็บไว้ทั้งสองชุด" in reason and "โรงงานน้ำใส" in reason


def test_the_page_list_folds_away_and_stays_folded(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    before = window.side.isVisible()
    window.wizard.pages_button.click()  # the button in the wizard's row…
    assert window.side.isVisible() is not before
    window.side_action.trigger()  # …and View ▸ Page list (Ctrl+L) fold it and bring it back
    assert window.side.isVisible() is before and window.wizard.pages_button.isChecked() is before
    window.wizard.pages_button.click()
    assert context.prefs.side_panel() is (not before)  # remembered for the next window
    again = open_new(context, qtbot)
    assert again.side.isVisibleTo(again) is (not before)


def test_the_fingerprint_waits_behind_details(context, qtbot):
    window = open_new(context, qtbot)
    page = window.wizard.pages["welcome"]
    assert context.scheme.fingerprint[:12] not in page.scheme_label.text()
    assert not page.details.isVisibleTo(page)
    page.details_button.click()
    assert page.details.isVisibleTo(page) and context.scheme.fingerprint in page.details.text()
