"""The windows tools/screenshots.py renders: the home window, every wizard page, the main dialogs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fitcheck import widget_problems, window_problems
from PySide6.QtWidgets import QApplication, QWidget

PASSES = 4  # wrapped text and the status bar settle over a few layout passes


class Shooter:
    def __init__(self, app: QApplication, data: Path, out: Path, check: bool, full: bool) -> None:
        from ecoassess.demo import create_demo
        from ecoassess_app.ui.app import create_context
        from ecoassess_app.ui.home import HomeWindow

        self.app, self.out, self.check, self.full = app, out, check, full
        self.problems: list[tuple[str, str]] = []
        self.written = 0
        self.context = create_context(app, ["--data-dir", str(data), "--ui-lang", "th"])
        sys.excepthook = sys.__excepthook__  # a modal crash dialog would wait forever offscreen
        self.demo_id = create_demo(self.context.store)
        self.next_id = self.context.store.copy_forward(self.demo_id)
        self.home = HomeWindow(self.context)
        self.context.home = self.home
        self.home.show()
        self.home.reload()
        self.home.compute_readiness()

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(PASSES):
            self.app.processEvents()
            # No event loop runs here: replaced widgets wait for deferred deletion explicitly.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def shoot(self, lang: str, name: str, window: QWidget, page: QWidget | None = None) -> None:
        self.settle()
        folder = self.out / lang
        folder.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(folder / f"{name}.png"))
        self.written += 1
        if self.full and page is not None:
            page.grab().save(str(folder / f"{name}-full.png"))
            self.written += 1
        if self.check:
            found = window_problems(window) + widget_problems(window)
            self.problems += [(f"{lang}/{name}", p) for p in dict.fromkeys(found)]

    def run(self, langs: list[str]) -> None:
        window = self.context.open_wizard(self.demo_id)
        for lang in langs:
            self.context.set_language(lang)
            self.settle()
            self.shoot(lang, "00-home", self.home)
            for index, key in enumerate(window.wizard.keys, start=1):
                window.wizard.go_to(key)
                self.shoot(lang, f"{index:02d}-{key}", window, window.wizard.pages[key].content)
            for name, opener in self.dialogs().items():
                dialog = opener()
                if dialog is None:
                    continue
                try:
                    self.shoot(lang, name, dialog)
                finally:
                    dialog.close()
                    dialog.deleteLater()
        if self.out.name == "1366x768":
            self.presentation(window, langs[-1])
        window.close()

    def presentation(self, window: Any, lang: str) -> None:
        """Trainers' larger text on the busiest page kinds (not checked: projectors differ)."""
        self.context.set_presentation(True)
        check, self.check = self.check, False
        for key in ("C01", "review"):
            window.wizard.go_to(key)
            self.shoot(lang, f"presentation-{key}", window)
        self.check = check
        self.context.set_presentation(False)

    def dialogs(self) -> dict[str, Callable[[], QWidget | None]]:
        """Dialogs shown without waiting for an answer (each is closed after its picture)."""
        return {}

    def close(self) -> None:
        for window in list(self.context.windows.values()):
            window.close()
        self.home.close()
        self.context.close()
