"""Undo of ordinary edits (issue 13): an officer ticks a level and types a percentage, then
presses Ctrl+Z twice; both come back, newest first, each undo recorded in the history. A text
field with focus takes back its own typing first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_new


def _ctrl_z(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _active(context, qtbot):
    """A new assessment's wizard, shown and active (its shortcuts reach it)."""
    window = open_new(context, qtbot)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _value_rows(context, aid):
    return [h for h in context.store.history(aid) if h.field == "value"]


def test_ctrl_z_twice_takes_back_a_number_then_a_level(context, qtbot):
    window = _active(context, qtbot)
    aid, wizard = window.session.id, window.wizard
    wizard.go_to("C07")
    level = wizard.pages["C07"].controls["l1"].widget
    level.click()  # level 1 reached: saved at once
    assert window.session.value("C07", "l1") is True
    wizard.go_to("C01")
    c01 = wizard.pages["C01"]
    spin = c01.controls["target_achievement_pct"].widget
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "60")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    window.session.flush()
    assert context.store.get_assessment(aid).answers["C01"].value == {"target_achievement_pct": 60.0}
    assert window.undo_action.text() == "เลิกทำ: แก้ไขคำตอบ (C01 การจัดการวัตถุดิบ) (&U)"

    _ctrl_z(qtbot, c01.evidence.table)  # the number goes
    assert window.session.value("C01", "target_achievement_pct") is None
    assert c01.controls["target_achievement_pct"].value() is None  # the page shows it
    assert context.store.get_assessment(aid).answers["C01"].value == {}
    assert window.session.value("C07", "l1") is True  # the level stays, for now
    assert "C07" in window.undo_action.text()

    _ctrl_z(qtbot, c01.evidence.table)  # then the level, on its own page
    assert wizard.current_key() == "C07"
    assert not wizard.pages["C07"].controls["l1"].widget.isChecked()
    assert context.store.get_assessment(aid).answers["C07"].value == {}
    assert not window.undo_action.isEnabled()
    # the history keeps the edits and records each undo as a change of its own, newest first
    rows = _value_rows(context, aid)
    assert [(r.item_id, r.old_value, r.new_value) for r in rows[:4]] == [
        ("C07", {"l1": True}, {}),
        ("C01", {"target_achievement_pct": 60.0}, {}),
        ("C01", {}, {"target_achievement_pct": 60.0}),
        ("C07", {}, {"l1": True}),
    ]


def test_a_focused_line_edit_undoes_its_own_typing_first(context, qtbot):
    window = _active(context, qtbot)
    aid, wizard = window.session.id, window.wizard
    wizard.go_to("C07")
    wizard.pages["C07"].controls["l1"].widget.click()
    wizard.go_to("profile")
    name = wizard.pages["profile"].edits["name_en"]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Siam Water Works")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() != "Siam Water Works"  # the field took back its own typing…
    assert window.session.value("C07", "l1") is True  # … and the level was not undone
    assert wizard.current_key() == "profile"
    qtbot.keyClicks(name, "Siam Water Works")
    window.session.flush()
    assert context.store.get_assessment(aid).profile.name_en == "Siam Water Works"
    window.undo_action.trigger()  # the menu: the whole burst of typing is one step
    assert name.text() == "" and context.store.get_assessment(aid).profile.name_en == ""
    assert window.undo_action.isEnabled() and "C07" in window.undo_action.text()
    profile_rows = [h for h in context.store.history(aid) if h.item_id == "profile" and h.field == "name_en"]
    assert profile_rows[0].new_value in ("", None) and profile_rows[0].old_value == "Siam Water Works"
