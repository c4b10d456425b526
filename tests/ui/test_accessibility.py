"""Every input on every page has an accessible name, in Thai and in English; pages fit 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
)

from ecoassess.demo import create_demo

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTableWidget)


def unnamed_inputs(page) -> list[str]:  # noqa: ANN001
    missing = []
    from PySide6.QtWidgets import QWidget

    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS + (QAbstractButton,)):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box: the outer widget carries the name
        if not widget.isVisibleTo(page) or widget.objectName().startswith("qt_"):
            continue  # hidden, or Qt's own parts (a table's corner button)
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_visible_input_has_an_accessible_name(context, lang):
    context.set_language(lang)
    window = context.open_wizard(create_demo(context.store))
    window.resize(1366, 740)
    problems = {}
    for key in window.wizard.keys:
        window.wizard.go_to(key)
        page = window.wizard.pages[key]
        missing = unnamed_inputs(page)
        if missing:
            problems[key] = missing
        assert page.width() <= 1366 - (window.side.width() if window.side.isVisible() else 0)
    assert problems == {}
