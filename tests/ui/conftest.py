"""Fixtures for the desktop UI: an app context on a temporary data folder, typing Thai safely."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from ecoassess_app.ui.app import AppContext, create_context


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    ctx = create_context(qapp, ["--data-dir", str(data_dir), "--ui-lang", "th"])
    yield ctx
    ctx.close()
    ctx.languages.uninstall()
    ctx.deleteLater()


@pytest.fixture
def home(context: AppContext, qtbot: Any):
    from ecoassess_app.ui.home import HomeWindow

    window = HomeWindow(context)
    context.home = window
    qtbot.addWidget(window)
    window.reload()
    return window


def type_thai(widget: QWidget, text: str) -> None:
    """Type through an input-method commit (qtbot.keyClicks with Thai aborts the process)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_new(context: AppContext, qtbot: Any, settings: dict | None = None) -> Any:
    """A fresh assessment opened in the wizard (optionally with scheme-setting overrides)."""
    from ecoassess import model

    scheme = context.scheme
    new_id = context.store.create_assessment(model.FactoryProfile(), scheme_id=scheme.id,
                                             scheme_version=scheme.version, settings=settings)
    return context.open_wizard(new_id)  # closed by the context fixture
