"""Undo (Ctrl+Z, Edit › Undo): an officer unlinks the wrong file or removes the wrong action,
and takes it back; the history records the re-link."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ecoassess.demo import create_demo


def test_an_unlinked_evidence_file_comes_back_with_undo(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "เลิกทำ (&U)"
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.wizard.go_to("C02")
    panel = window.wizard.pages["C02"].evidence
    panel.table.selectRow(0)
    name = panel.selected().original_name
    panel.ask = lambda _question: True
    assert panel.unlink_selected()
    assert panel.table.rowCount() == 0
    stored = context.store.get_assessment(window.session.id)
    assert not any("C02" in e.items for e in stored.evidence)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == f"เลิกทำ: เลิกเชื่อมโยง {name} จาก C02 (&U)"

    window.undo_action.trigger()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == name
    stored = context.store.get_assessment(window.session.id)
    assert any("C02" in e.items and e.original_name == name for e in stored.evidence)
    assert context.store.history(window.session.id)[0].new_value == name  # the re-link is recorded
    assert not window.undo_action.isEnabled()


def test_a_removed_action_comes_back_with_its_owner_date_and_status(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    window.wizard.go_to("actions")
    page = window.wizard.pages["actions"]
    before = list(window.session.assessment.actions)
    page.table.selectRow(0)
    page.confirm = lambda *args: True
    assert page.delete_selected()
    gone = next(a for a in before if a.id not in {b.id for b in window.session.assessment.actions})
    assert page.table.rowCount() == len(before) - 1

    assert window.undo().kind == "delete_action"
    assert page.table.rowCount() == len(before)
    back = [(a.item_id, a.description, a.owner, a.due_date, a.status)
            for a in context.store.get_assessment(window.session.id).actions]
    assert (gone.item_id, gone.description, gone.owner, gone.due_date, gone.status) in back
    assert window.undo() is None  # nothing more to take back


def test_ctrl_z_in_a_text_field_undoes_the_typing_first(context, qtbot):
    from PySide6.QtCore import Qt

    window = context.open_wizard(create_demo(context.store))
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.wizard.go_to("C02")
    page = window.wizard.pages["C02"]
    page.evidence.table.selectRow(0)
    page.evidence.ask = lambda _question: True
    assert page.evidence.unlink_selected()
    page.notes.setFocus()
    qtbot.waitUntil(page.notes.hasFocus)
    before = page.notes.toPlainText()
    qtbot.keyClicks(page.notes, "abc")
    qtbot.keyClick(page.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.notes.toPlainText() != before + "abc"  # the field took back its own typing
    assert page.evidence.table.rowCount() == 0 and window.undo_action.isEnabled()  # not the unlink
    page.evidence.table.setFocus()
    qtbot.waitUntil(page.evidence.table.hasFocus)
    qtbot.keyClick(page.evidence.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # elsewhere Ctrl+Z takes back the session's steps, newest first: the note as it was…
    assert page.notes.toPlainText() == before and page.evidence.table.rowCount() == 0
    page.evidence.table.setFocus()
    qtbot.waitUntil(page.evidence.table.hasFocus)
    qtbot.keyClick(page.evidence.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.evidence.table.rowCount() == 1  # … then the unlink
