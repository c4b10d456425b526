"""Thai wraps between words even where Qt has no libthai (Windows): the labels carry hints.

On this Linux machine Qt finds Thai word ends itself; ECOASSESS_THAI_BREAKS=hints makes the app
behave as on Windows, where it must add zero-width spaces instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTextBoundaryFinder

from ecoassess_app.ui import selftest_ui, thaiwrap
from ecoassess_app.ui.thaiwrap import ZWSP, WrapLabel
from tests.ui.conftest import open_new

SAFETY = "การจัดการสุขภาพและความปลอดภัยในการทำงาน"


@pytest.fixture
def windows_like(monkeypatch):
    monkeypatch.setenv(thaiwrap.ENV, "hints")


def _line_breaks(text: str) -> list[int]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    while (position := finder.toNextBoundary()) != -1:
        if 0 < position < len(text):
            found.append(position)
    return found


def test_this_machine_breaks_thai_without_hints(qapp, monkeypatch):
    monkeypatch.delenv(thaiwrap.ENV, raising=False)
    assert thaiwrap.qt_breaks_thai()  # libthai0 is installed here and bundled in the Linux build
    assert thaiwrap.breakable(SAFETY) == SAFETY
    label = WrapLabel(SAFETY)
    assert label.text() == SAFETY


def test_hinted_label_offers_a_break_at_each_word_end(qapp, windows_like):
    label = WrapLabel(SAFETY)
    shown = label.text()
    assert ZWSP in shown and label.plain_text() == SAFETY
    words = shown.split(ZWSP)
    ends = {sum(len(w) + 1 for w in words[:i + 1]) for i in range(len(words) - 1)}
    assert ends <= set(_line_breaks(shown))  # Qt breaks after each hint, libthai or not
    label.setText("English stays as it is")
    assert label.text() == "English stays as it is"


def test_self_test_accepts_hints_where_qt_has_no_libthai(qapp, windows_like):
    detail = selftest_ui.thai_wrap_check(qapp.font())
    assert detail.startswith("Thai wraps between words (") and "zero-width spaces" in detail


def test_wizard_shows_hints_but_stores_the_plain_text(context, qtbot, windows_like):
    window = open_new(context, qtbot)
    wizard = window.wizard
    row = wizard.keys.index("C08")
    assert ZWSP in window.side.item(row).text()  # the long criterion name can wrap
    wizard.go_to("C08")
    labels = [w for w in wizard.pages["C08"].findChildren(WrapLabel) if ZWSP in w.text()]
    assert labels, "no Thai label of criterion 8 carries word-end hints"
    wizard.go_to("actions")
    page = wizard.pages["actions"]
    page.refresh()
    assert page.gap_list.count() > 0 and ZWSP in page.gap_list.item(0).text()
    page.gap_list.setCurrentRow(0)
    assert page.add_selected_gap() is not None
    stored = context.store.get_assessment(window.session.id).actions
    assert stored and all(ZWSP not in a.description for a in stored)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in stored[0].description)


def test_text_copied_from_a_hinted_label_reaches_the_clipboard_plain(qapp, qtbot, windows_like):
    from PySide6.QtWidgets import QApplication

    thaiwrap.keep_clipboard_plain(qapp)
    label = WrapLabel(SAFETY)
    qtbot.addWidget(label)
    label.show()
    label.activateWindow()
    qtbot.waitUntil(lambda: QApplication.applicationState().name == "ApplicationActive", timeout=2000)
    QApplication.clipboard().setText(label.text())  # what Ctrl+C on the selected label does
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == SAFETY, timeout=2000)
