"""File → Import a newer scheme…: an officer in Thai mode takes the FTI's next file, reads what it
changes, installs it and moves a factory's assessment onto it; the original stays as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ecoassess import model
from ecoassess.scheme import find_scheme, latest_scheme
from ecoassess_app.ui import dialogs

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"


def plant(context) -> str:
    """A 2569 assessment with answers on C13 (gone in 2027.1) and C01 option e (removed)."""
    store = context.store
    aid = store.create_assessment(model.FactoryProfile(name_th="บริษัท ไทยรุ่งเรือง จำกัด",
                                                       name_en="Thai Rungrueang Co., Ltd."),
                                  scheme_id="eco-factory", scheme_version="2026.1", assessment_year=2026)
    store.save_answer(aid, "C01", value={"inventory": True, "advanced": ["a", "e"]}, status="done")
    store.save_answer(aid, "C13", value={"l1": True}, status="done")
    return aid


def importer(home, path, messages):
    extras = home.scheme_update
    extras.choose_file = lambda: str(path)
    extras.show_message = lambda title, text: messages.append((title, text))
    return extras


def test_the_menu_speaks_thai_and_english(home, context):
    assert home.scheme_update.action.text() == "นำเข้าเกณฑ์รุ่นใหม่กว่า… (&S)"
    assert home.scheme_update.action in home.file_menu.actions()
    context.set_language("en")
    assert home.scheme_update.action.text() == "Import a newer &scheme…"


def test_a_bad_file_is_one_thai_reason_and_nothing_changes(home, context, tmp_path):
    broken = tmp_path / "ไม่ใช่เกณฑ์.yaml"
    broken.write_text("id: eco-factory\nversion: [\n", encoding="utf-8")
    messages: list = []
    assert importer(home, broken, messages).import_newer_scheme() is None
    [(title, text)] = messages
    assert title == "ไม่ใช่ไฟล์เกณฑ์ที่นำเข้าได้"
    assert text.startswith("อ่านไฟล์เกณฑ์") and "\n" not in text and "Traceback" not in text
    assert not list((context.data_dir / "schemes").glob("*")) and context.scheme.version == "2026.1"
    # a cancelled file dialog does nothing either
    home.scheme_update.choose_file = lambda: ""
    assert home.scheme_update.import_newer_scheme() is None and len(messages) == 1


def test_see_what_changes_install_then_move_a_copy(home, context, qtbot):
    aid = plant(context)
    home.reload()
    messages: list = []
    dialog = importer(home, NEXT_FILE, messages).import_newer_scheme()
    assert dialog is not None and dialog.isVisible()
    try:
        report = dialog.changes.toPlainText()
        assert "ตัดออก 3 · เพิ่มใหม่ 4" in report
        assert "C13 การกระจายรายได้ให้กับชุมชน [ร่าง] — ตัดออก" in report
        assert "เกณฑ์ผ่านโดยรวม (ร้อยละของคะแนนเต็มที่ใช้ได้): 70 → 75" in report.replace("\u200b", "")
        assert dialog.notice.plain_text().startswith("ตรวจไฟล์แล้ว ยังไม่ได้ติดตั้งสิ่งใด")
        assert find_scheme(context.data_dir, "eco-factory", "2027.1") is None  # shown, not installed
        assert dialog.install_button.text() == "ติดตั้งรุ่น 2027.1 (&I)"
        context.set_language("en")  # the report follows the language
        assert "C13 Income distribution to the community [draft] — removed" in dialog.changes.toPlainText()
        context.set_language("th")

        assert dialog.install()
        assert latest_scheme(context.data_dir).version == "2027.1" == context.scheme.version
        assert dialog.stack.currentIndex() == 1 and messages == []
        assert dialog.choice.count() == 1 and dialog.choice.currentData() == aid
        assert dialog.choice.currentText() == "บริษัท ไทยรุ่งเรือง จำกัด ปี 2569 รุ่น 2026.1"
        mapping = dialog.mapping.toPlainText().replace("\u200b", "")
        assert "คำตอบที่ยังใช้ได้: 1 ข้อ (C01)" in mapping
        assert "คำตอบของ C13 การกระจายรายได้ให้กับชุมชน" in mapping
        assert "ตัวเลือก (จ) ประเมินรอยเท้าวัสดุ" in mapping

        asked: list[dialogs.Confirm] = []
        home.ask = lambda box: asked.append(box) or False  # the officer presses ยกเลิก
        assert dialog.move_selected() is None
        [box] = asked
        assert box.defaultButton() is box.cancel_button and box.escapeButton() is box.cancel_button
        assert box.cancel_button.text() == "ยกเลิก" and box.action_button.text() == "ย้าย"
        assert "คำตอบของ C13" in box.informativeText()
        assert len(context.store.list_assessments()) == 1 and dialog.isVisible()

        home.ask = lambda box: True
        new_id = dialog.move_selected()
        assert new_id is not None and not dialog.isVisible()
        original, copy = context.store.get_assessment(aid), context.store.get_assessment(new_id)
        assert original.scheme_version == "2026.1" and set(original.answers) == {"C01", "C13"}
        assert copy.scheme_version == "2027.1" and set(copy.answers) == {"C01"}
        assert copy.answers["C01"].value["advanced"] == ["a"]
        assert home.selected_id() == new_id
        assert "ต้นฉบับยังอยู่บนรุ่น 2026.1" in home.statusBar().currentMessage()
        history = home.show_history()  # the copy's history says it moved and what it left
        try:
            model = history.model
            rows = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
            assert rows[0] == ("การประเมิน", "รุ่นของเกณฑ์", "2026.1", "2027.1")
            # the answer left behind: C13 has no page on the new version, so 2026.1 names it
            gone = "C13 การกระจายรายได้ให้กับชุมชน (ไม่มีในเกณฑ์รุ่น 2027.1 แล้ว)"
            assert any(r[:2] == (gone, "คำตอบ") and r[3] == "—" for r in rows)
        finally:
            history.close()
    finally:
        dialog.close()


def test_a_file_changed_after_it_was_shown_is_not_installed(home, context, tmp_path):
    copy = tmp_path / "next.yaml"
    shutil.copy(NEXT_FILE, copy)
    messages: list = []
    dialog = importer(home, copy, messages).import_newer_scheme()
    try:
        copy.write_text(copy.read_text(encoding="utf-8").replace("value: 75", "value: 80", 1), encoding="utf-8")
        assert not dialog.install()
        [(title, text)] = messages
        assert title == "ติดตั้งเกณฑ์ไม่ได้" and "ถูกแก้ไขหลังจากที่แสดงความเปลี่ยนแปลง" in text
        assert find_scheme(context.data_dir, "eco-factory", "2027.1") is None
        assert not dialog.isVisible()
    finally:
        dialog.close()


def test_the_same_version_again_and_nothing_to_move(home, context):
    messages: list = []
    extras = importer(home, NEXT_FILE, messages)
    first = extras.import_newer_scheme()
    assert first.install()
    first.close()
    again = extras.import_newer_scheme()
    try:
        assert "รุ่น 2027.1 มีอยู่ในเครื่องนี้แล้ว เนื้อหาเหมือนกัน" in again.notice.plain_text()
        assert again.install_button.text() == "ดำเนินการต่อ"
        assert again.install() and again.choice.count() == 0 and not again.move_button.isVisibleTo(again)
        assert again.move_hint.plain_text() == "ไม่มีการประเมินในเครื่องนี้ที่อยู่บนเกณฑ์รุ่นที่เก่ากว่า"
    finally:
        again.close()
    assert not [w for w in home.findChildren(QMessageBox) if w.isVisible()]
