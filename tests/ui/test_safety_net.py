"""The safety net of a plant laptop: the wheel, Enter and Tab do what an officer expects, every
destructive action names what it affects with Cancel the default, Close on every page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication

from ecoassess.demo import create_demo
from tests.ui.conftest import open_new, type_thai


def wheel(widget, steps: int = -3) -> None:
    """Turn the mouse wheel over the middle of `widget` (negative: towards the user)."""
    target = widget
    centre = QPointF(target.rect().center())
    event = QWheelEvent(centre, QPointF(target.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def test_the_wheel_scrolls_the_profile_instead_of_changing_the_employees(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    window.show()
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    spin = page.employees_permanent
    page.scroll_area.ensureWidgetVisible(spin)
    QApplication.processEvents()
    before_value, before_scroll = spin.value(), page.scroll_area.verticalScrollBar().value()
    assert not spin.hasFocus()
    wheel(spin, -3)
    assert spin.value() == before_value == 180  # unchanged, nothing saved
    assert window.session.profile.employees_permanent == 180
    assert page.scroll_area.verticalScrollBar().value() != before_scroll  # the page scrolled instead
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives it focus

    window.activateWindow()
    spin.setFocus()
    QApplication.processEvents()
    assert spin.hasFocus()
    wheel(spin, 1)  # a focused field does take the wheel
    assert spin.value() == before_value + 1


def test_the_wheel_leaves_the_review_threshold_and_a_list_alone(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    window.show()
    window.wizard.go_to("review")
    target = window.wizard.pages["review"].target
    wheel(target, -2)
    assert target.value() == 70.0 and not window.session.assessment.settings.get("target_percent")
    window.wizard.go_to("profile")
    province = window.wizard.pages["profile"].province
    chosen = province.currentIndex()
    wheel(province, -2)
    assert province.currentIndex() == chosen


def test_enter_in_a_field_stays_on_the_page_and_tab_leaves_a_notes_field(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    wizard = window.wizard
    wizard.go_to("profile")
    name = wizard.pages["profile"].edits["name_th"]
    type_thai(name, "โรงงานน้ำใส")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.keyClick(name, Qt.Key.Key_Enter)
    assert wizard.current_key() == "profile"  # Enter does not press Next
    wizard.go_to("C01")
    notes = wizard.pages["C01"].notes
    notes.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not notes and "\t" not in notes.toPlainText()


def test_close_is_on_every_page_and_ctrl_w_closes(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    wizard = window.wizard
    for key in ("welcome", "C05", "export"):
        wizard.go_to(key)
        assert wizard.close_button.isVisible() and wizard.close_button.text().startswith("ปิด")
    assessment_id = window.session.id
    assert window.close_action.shortcut().matches(QKeySequence("Ctrl+W")) == QKeySequence.SequenceMatch.ExactMatch \
        or QKeySequence("Ctrl+W") in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    window.close_action.trigger()  # what Ctrl+W does
    assert assessment_id not in context.windows
    again = context.open_wizard(assessment_id)
    again.show()
    again.wizard.close_button.click()
    assert assessment_id not in context.windows


def test_delete_names_the_factory_and_year_and_defaults_to_cancel(context, home):
    demo = create_demo(context.store)
    home.reload()
    box = home.delete_question(home.summary(demo))
    assert "บริษัท สยามพลาสติกรักษ์โลก จำกัด" in box.text() and "2569" in box.text()
    assert box.action_button.text() == "ลบ" and box.cancel_button.text() == "ยกเลิก"
    assert box.defaultButton() is box.cancel_button and box.escapeButton() is box.cancel_button
    context.set_language("en")
    english = home.delete_question(home.summary(demo))
    assert "Siam Green Plastics" in english.text() and "2026" in english.text()
    assert (english.action_button.text(), english.cancel_button.text()) == ("Delete", "Cancel")
    context.set_language("th")


def test_deleting_an_open_assessment_closes_its_window_first(context, home, qtbot):
    demo = create_demo(context.store)
    home.reload()
    window = home.open_selected()
    window.show()
    asked = []
    home.ask = lambda box: asked.append(box.text()) or False
    assert home.delete_selected() is False  # "close the window first?" declined: nothing happens
    assert demo in context.windows and len(asked) == 1 and "เปิดอยู่" in asked[0]
    home.ask = lambda box: asked.append(box.text()) or True
    assert home.delete_selected() is True
    assert demo not in context.windows  # closed properly (saved, geometry kept), then deleted
    assert context.store.list_assessments() == []
    assert "ลบแบบประเมินของ" in asked[-1]


def test_removing_an_action_asks_first_and_a_gap_is_planned_once(context, qtbot):
    window = context.open_wizard(create_demo(context.store))
    window.wizard.go_to("actions")
    page = window.wizard.pages["actions"]
    page.gap_list.setCurrentRow(0)
    first = page.add_selected_gap()
    assert first is not None
    assert page.add_selected_gap() is None  # the same gap again: refused
    page.gap_list.setCurrentRow(0)
    assert not page.add_button.isEnabled() and page.gap_list.item(0).text().startswith("(อยู่ในแผนแล้ว)")
    count = len(window.session.assessment.actions)
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == first.id)
    page.table.selectRow(row)
    asked = []
    page.confirm = lambda title, text, detail, action: asked.append((text, action)) or False
    assert page.delete_selected() is False and len(window.session.assessment.actions) == count
    assert first.description in asked[0][0] and asked[0][1] == "นำออก"
    page.confirm = lambda *args: True
    assert page.delete_selected() is True and len(window.session.assessment.actions) == count - 1
    due = page.table.cellWidget(0, 3)
    assert due.compact and not due.preview.isVisibleTo(due)  # the date editor stays in its column
    assert due.width() <= page.table.columnWidth(3)
    due.set_date(date(2027, 3, 31))
    assert "2570" in due.edit.toolTip()  # the long date on hover, Buddhist Era in Thai
