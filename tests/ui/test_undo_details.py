"""Undo of evidence details and action-plan rows in the wizard: an officer changes a permit's
expiry in the evidence panel, mistypes an owner and changes a due date and a status in the plan,
then presses Ctrl+Z; each comes back, newest first, and each undo is in the history. An undo of a
row removed meanwhile says so in Thai and changes nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from ecoassess.demo import create_demo
from ecoassess.undo import short
from ecoassess_app.ui import dialogs
from ecoassess_app.ui.pages.actions import COL_DUE, COL_OWNER, COL_STATUS
from ecoassess_app.ui.widgets.evidence import EvidenceDialog
from tests.ui.conftest import open_new, type_thai


def _shown(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


def _ctrl_z(qtbot, widget) -> None:
    """Ctrl+Z where no text field takes it: the window's Edit › Undo."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _type_date(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_an_expiry_changed_in_the_evidence_panel_comes_back_with_ctrl_z(context, qtbot, tmp_path,
                                                                        monkeypatch):
    window = open_new(context, qtbot)
    _shown(qtbot, window)
    aid, wizard = window.session.id, window.wizard
    wizard.go_to("C06")
    panel = wizard.pages["C06"].evidence
    panel.ask_details = False
    source = tmp_path / "ใบอนุญาต-รง4.pdf"
    source.write_bytes(b"%PDF-1.4 permit")
    assert panel.attach_paths([source], "ใบอนุญาต รง.4", date(2025, 1, 10), date(2027, 1, 31)) == 1
    panel.table.selectRow(0)

    def fill(dialog: EvidenceDialog) -> QDialog.DialogCode:  # the officer retypes the expiry, OK
        _type_date(qtbot, dialog.expiry, "31/12/2570")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill)
    panel.edit_selected()
    assert context.store.get_assessment(aid).evidence[0].expiry == date(2027, 12, 31)
    assert panel.table.item(0, 3).text() == "31/12/2570"
    assert window.undo_action.text() == "เลิกทำ: แก้ไขวันที่ใช้ได้ถึงของ ใบอนุญาต-รง4.pdf (&U)"

    wizard.go_to("actions")  # elsewhere in the wizard
    _ctrl_z(qtbot, wizard.pages["actions"].table)
    assert wizard.current_key() == "C06"  # back on the page of the file
    assert panel.table.item(0, 3).text() == "31/01/2570"
    stored = context.store.get_assessment(aid).evidence[0]
    assert (stored.expiry, stored.description) == (date(2027, 1, 31), "ใบอนุญาต รง.4")
    rows = [h for h in context.store.history(aid) if h.field == "evidence_expiry"]
    assert [(r.item_id, r.old_value["value"], r.new_value["value"]) for r in rows] == [
        ("C06", "2027-12-31", "2027-01-31"), ("C06", "2027-01-31", "2027-12-31")]
    assert not window.undo_action.isEnabled()


def test_owner_due_date_and_status_of_a_plan_row_come_back_newest_first(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    _shown(qtbot, window)
    aid, wizard = window.session.id, window.wizard
    wizard.go_to("actions")
    page = wizard.pages["actions"]
    first = window.session.assessment.actions[0]
    row = 0
    # the owner: double-click the cell, type (in Thai, through the input method), Return
    page.table.setCurrentCell(row, COL_OWNER)
    page.table.editItem(page.table.item(row, COL_OWNER))
    viewport = page.table.viewport()
    [editor] = [e for e in viewport.findChildren(QLineEdit) if e.parent() is viewport]  # the cell's
    editor.selectAll()
    type_thai(editor, "คุณสมชัย")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table takes the text a moment later
    qtbot.waitUntil(lambda: window.session.assessment.actions[0].owner == "คุณสมชัย")
    assert window.undo_action.text().startswith("เลิกทำ: แก้ไขผู้รับผิดชอบของ “")
    # the due date, typed in the Buddhist Era, and the status
    _type_date(qtbot, page.table.cellWidget(row, COL_DUE), "30/06/2570")
    status = page.table.cellWidget(row, COL_STATUS)
    status.setCurrentIndex(status.findData("done"))
    window.session.flush()
    stored = context.store.get_assessment(aid).actions[0]
    assert (stored.owner, stored.due_date, stored.status) == ("คุณสมชัย", date(2027, 6, 30), "done")
    assert "สถานะ" in window.undo_action.text()

    table = page.table
    _ctrl_z(qtbot, table)  # the status
    stored = context.store.get_assessment(aid).actions[0]
    assert stored.status == first.status and stored.due_date == date(2027, 6, 30)
    assert page.table.cellWidget(row, COL_STATUS).currentData() == first.status
    assert "กำหนดเสร็จ" in window.undo_action.text()
    _ctrl_z(qtbot, page.table)  # the due date
    assert context.store.get_assessment(aid).actions[0].due_date == first.due_date
    assert page.table.cellWidget(row, COL_DUE).date() == first.due_date
    _ctrl_z(qtbot, page.table)  # the owner
    stored = context.store.get_assessment(aid).actions[0]
    assert (stored.owner, stored.due_date, stored.status) == (first.owner, first.due_date, first.status)
    assert page.table.item(row, COL_OWNER).text() == first.owner
    assert wizard.current_key() == "actions"
    # each edit and each undo is a row of the history, newest first
    owners = [(h.old_value, h.new_value) for h in context.store.history(aid) if h.field == "action_owner"]
    assert owners[:2] == [("คุณสมชัย", first.owner), (first.owner, "คุณสมชัย")]


def test_undo_of_a_row_removed_meanwhile_says_so_and_loses_nothing(context, qtbot, monkeypatch):
    window = context.open_wizard(create_demo(context.store))
    aid, wizard = window.session.id, window.wizard
    wizard.go_to("actions")
    page = wizard.pages["actions"]
    first, second = window.session.assessment.actions[:2]
    window.session.update_action(second.id, owner="คุณวิภา")
    window.session.update_action(first.id, owner="คุณสมชัย")
    context.store.delete_action(first.id)  # removed beside this window (another program)
    shown = []
    monkeypatch.setattr(dialogs, "warn", lambda *args: shown.append(args[1:]))

    assert window.undo() is None
    assert shown == [("เลิกทำ", f"ย้อนกลับไม่ได้: มาตรการ “{short(first.description)}” ({first.item_id}) "
                      "ไม่อยู่ในแผนแล้ว ข้อมูลอื่นไม่มีการเปลี่ยนแปลง")]
    assert page.table.rowCount() == len(window.session.assessment.actions)  # shown gone
    assert first.id not in {a.id for a in window.session.assessment.actions}
    assert window.undo_action.isEnabled()  # the older edit is still there to take back
    assert window.undo().kind == "edit_action"
    owners = {a.id: a.owner for a in context.store.get_assessment(aid).actions}
    assert first.id not in owners and owners[second.id] == second.owner
