"""The home window on first run (an empty data folder) and its sorted heading, as a user sees them."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt

from ecoassess.demo import create_demo
from ecoassess_app.ui.home import COL_EDITED, COL_READINESS, COL_STATUS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from fitcheck import widget_problems  # noqa: E402


def _controls_for_a_row(home):
    buttons = [home.buttons[n] for n in ("open", "next_year", "history", "delete")]
    actions = [home.actions[n] for n in ("open", "next_year", "delete")]
    extras = [home.portable.export_button,
              *(home.portable.actions[n] for n in ("export", "export_lean", "spreadsheet", "compare"))]
    return buttons + actions + extras


def test_first_run_says_what_to_do_and_offers_only_what_works(context, home, qtbot):
    """A new officer opens the app on an empty data folder: a hint in Thai names the button
    below and the menu for a file received; nothing about a selected row can be clicked."""
    home.show()
    qtbot.waitExposed(home)
    assert home.model.rowCount() == 0
    assert home.empty_hint.isVisible()
    hint = home.empty_text.plain_text()
    assert hint.startswith("ยังไม่มีแบบประเมิน")
    assert "“แบบประเมินใหม่”" in hint and "เมนู “แฟ้ม”" in hint and "&" not in hint
    assert home.buttons["new"].isEnabled() and home.actions["new"].isEnabled()
    # Export, compare and the rest would do nothing without a row: they are off, not silent.
    assert [c.text() for c in _controls_for_a_row(home) if c.isEnabled()] == []

    create_demo(context.store)
    home.reload()
    assert not home.empty_hint.isVisible()
    assert all(c.isEnabled() for c in _controls_for_a_row(home))

    context.set_language("en")  # the hint follows the language, with the button's own words
    home.ask = lambda _box: True
    assert home.delete_selected() is True
    assert home.empty_hint.isVisible()
    assert "Press “New assessment” below" in home.empty_text.plain_text()
    assert "the “File” menu" in home.empty_text.plain_text()
    assert not any(c.isEnabled() for c in _controls_for_a_row(home))


def _heading_problems(home) -> list[str]:
    return [p for p in widget_problems(home) if p.startswith("header")]


def test_the_sorted_heading_shows_whole_beside_its_arrow(context, home, qtbot):
    """"แก้ไขล่าสุด" lost its last letter under the sort arrow on an empty list; a click on
    ความพร้อม (figures narrower than the heading) must not cut that heading either."""
    home.show()
    qtbot.waitExposed(home)
    header = home.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_EDITED
    assert home.table.columnWidth(COL_EDITED) >= header.sectionSizeHint(COL_EDITED)
    assert _heading_problems(home) == []

    create_demo(context.store)
    home.reload()
    home.compute_readiness()
    for column in (COL_READINESS, COL_STATUS):
        home.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda c=column: home.table.columnWidth(c) >= header.sectionSizeHint(c))
        assert _heading_problems(home) == [], column


def _cut_cells(home) -> list[str]:
    """Cells whose text, wrapped as the delegate wraps it, is taller or wider than the cell (the
    delegate then ends the last line with "…"); exact, where the fit check allows a pixel."""
    view, metrics = home.table, home.table.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
    cut = []
    for row in range(home.model.rowCount()):
        for column in range(home.model.columnCount()):
            index = home.model.index(row, column)
            rect = view.visualRect(index)
            room = rect.width() - 4  # the delegate's text margins
            bound = metrics.boundingRect(QRect(0, 0, room, 100_000), flags, index.data())
            lines = bound.height() // metrics.lineSpacing()
            if bound.width() > room or (lines > 1 and bound.height() > rect.height()):
                cut.append(f"({row}, {column}) {index.data()}: {bound.width()}×{bound.height()} in "
                           f"{room}×{rect.height()}")
    return cut


def test_presentation_mode_refits_the_list_and_its_hint(context, home, qtbot):
    """A trainer turns on larger text: names, years and Thai dates are measured again in the
    larger font (not cut off with "…"), and the first-run hint grows with the rest."""
    home.resize(900, 600)
    home.show()
    qtbot.waitExposed(home)
    normal = home.empty_text.fontInfo().pointSizeF()
    context.set_presentation(True)
    qtbot.waitUntil(lambda: home.empty_text.fontInfo().pointSizeF() > normal)
    create_demo(context.store)
    home.reload()
    home.compute_readiness()
    context.set_presentation(False)
    qtbot.waitUntil(lambda: not _cut_cells(home))
    context.set_presentation(True)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not _cut_cells(home))
    assert widget_problems(home) == []
    assert any(home.table.rowHeight(r) > home.table.verticalHeader().defaultSectionSize()
               for r in range(home.model.rowCount())), "a long Thai name wraps to a second line"
    context.set_presentation(False)
