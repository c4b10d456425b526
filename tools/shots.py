"""The windows tools/screenshots.py renders: the home window, every wizard page, the main dialogs,
the estate window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fitcheck import not_grown, text_sizes, widget_problems, window_problems
from PySide6.QtWidgets import QApplication, QWidget

NEXT_SCHEME = Path(__file__).resolve().parent.parent / "tests" / "data" / "eco-factory-2027.1.yaml"
MODAL = {"30-new-assessment", "31-next-year", "32-delete", "37-file-dialog", "38-scheme-changes",
         "39-scheme-move"}
PASSES = 4  # wrapped text and the status bar settle over a few layout passes


class Shooter:
    def __init__(self, app: QApplication, data: Path, out: Path, check: bool, full: bool,
                 presentation: bool = False) -> None:
        from ecoassess_app.ui.app import create_context
        from ecoassess_app.ui.home import HomeWindow

        self.app, self.out, self.check, self.full = app, out, check, full
        self.problems: list[tuple[str, str]] = []
        self.presenting = presentation  # each window shown normal, then switched to larger text
        self.written = 0
        self.context = create_context(app, ["--data-dir", str(data), "--ui-lang", "th"])
        sys.excepthook = sys.__excepthook__  # a modal crash dialog would wait forever offscreen
        self.home = HomeWindow(self.context)  # first on an empty data folder (first run)
        self.context.home = self.home
        self.home.show()
        self.home.reload()
        self.demo_id = self.next_id = ""

    def with_demo(self) -> None:
        """The demo factory and its next-year copy, listed with their readiness."""
        from ecoassess.demo import create_demo

        self.demo_id = create_demo(self.context.store)
        self.next_id = self.context.store.copy_forward(self.demo_id)
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
        if self.presenting and not self.context.presentation:
            before = text_sizes(window)
            self.context.set_presentation(True)
            try:
                self.settle()  # every text is measured anew: nested scroll areas take more passes
                self._shoot(lang, name, window, page)
                if self.check:
                    self.problems += [(f"{lang}/{name}", p) for p in not_grown(before, window)]
            finally:
                self.context.set_presentation(False)
                self.settle()
        else:
            self._shoot(lang, name, window, page)

    def _shoot(self, lang: str, name: str, window: QWidget, page: QWidget | None = None) -> None:
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
        for lang in langs:
            self.context.set_language(lang)
            self.shoot(lang, "00-home-first-run", self.home)
        self.with_demo()
        window = self.context.open_wizard(self.demo_id)
        for lang in langs:
            self.context.set_language(lang)
            self.settle()
            self.shoot(lang, "00-home", self.home)
            for index, key in enumerate(window.wizard.keys, start=1):
                window.wizard.go_to(key)
                self.shoot(lang, f"{index:02d}-{key}", window, window.wizard.pages[key].content)
            self.help_open(lang, window)
            for name, opener in self.dialogs().items():
                # A modal dialog blocks the View menu: it is only ever seen opened in the mode.
                if self.presenting:
                    self.context.set_presentation(name in MODAL)
                dialog = opener()
                if dialog is None:
                    continue
                try:
                    self.shoot(lang, name, dialog)
                finally:
                    dialog.close()
                    dialog.deleteLater()
                    if self.presenting:
                        self.context.set_presentation(False)
                    self.settle()
        window.close()
        self.estate(langs)

    ESTATE_TABS = ("overview", "heatmap", "dimensions", "levels", "snapshots")

    def estate(self, langs: list[str]) -> None:
        """The estate window of a demo estate of 30 factories, every tab."""
        import time

        from ecoassess.estate.demo import create_demo_estate
        from ecoassess_app.ui.estate import EstateWindow

        create_demo_estate(self.context.store, 30)
        window = EstateWindow(self.context)
        window.show()
        window.reload_estates(wait=True)
        try:
            for lang in langs:
                self.context.set_language(lang)
                deadline = time.monotonic() + 60
                while window.tasks and not all(t.done for t in window.tasks) and \
                        time.monotonic() < deadline:
                    self.app.processEvents()
                for index, tab in enumerate(self.ESTATE_TABS):
                    window.tabs.setCurrentIndex(index)
                    if tab == "levels":
                        window.levels_panel.levels.setCurrentRow(2)  # Eco-World Class
                    self.shoot(lang, f"40-estate-{tab}", window)
                    if tab == "levels":  # its requirement items, scrolled to (small screens)
                        from PySide6.QtCore import QPoint

                        levels = window.levels_panel
                        top = levels.level_notice.mapTo(levels.body, QPoint(0, 0)).y()
                        levels.scroll_area.verticalScrollBar().setValue(top)
                        self.shoot(lang, "40-estate-levels-items", window)
                        levels.scroll_area.verticalScrollBar().setValue(0)
        finally:
            window.close()
            self.settle()

    def help_open(self, lang: str, window: Any) -> None:
        """A criterion with its help pane and a step's help open, scrolled to them."""
        window.wizard.go_to("C02")
        page = window.wizard.pages["C02"]
        page.help_button.setChecked(True)
        self.shoot(lang, "05-C02-help", window, page.content)
        page.help_button.setChecked(False)
        toggle = page.level_help["S1"]
        toggle.button.setChecked(True)
        self.settle()
        page.scroll_area.ensureWidgetVisible(toggle.pane)
        self.shoot(lang, "05-C02-help-S1", window, page.content)
        toggle.button.setChecked(False)
        window.wizard.go_to("prerequisites")
        prereq = window.wizard.pages["prerequisites"].rows["G2"]["help"]
        prereq.button.setChecked(True)
        self.settle()
        window.wizard.pages["prerequisites"].scroll_area.ensureWidgetVisible(prereq.pane)
        self.shoot(lang, "03-prerequisites-help-G2", window)
        prereq.button.setChecked(False)

    def dialogs(self) -> dict[str, Callable[[], QWidget | None]]:
        """Dialogs shown without waiting for an answer (each is closed after its picture)."""
        from ecoassess.compare import compare_ids
        from ecoassess_app.ui import dialogs
        from ecoassess_app.ui.compare import CompareDialog
        from ecoassess_app.ui.glossary import GlossaryDialog
        from ecoassess_app.ui.history import HistoryDialog
        from ecoassess_app.ui.home_dialogs import NewAssessmentDialog, NextYearDialog
        from ecoassess_app.ui.workshop import WorkshopWindow

        home, context = self.home, self.context
        summary = home.summary(self.demo_id)

        def show(widget: QWidget) -> QWidget:
            widget.show()
            return widget

        def workshop() -> QWidget:
            window = WorkshopWindow(context, home)
            window.include_demo.setChecked(True)  # the demo and its copy: a filled table
            return window

        def file_dialog() -> QWidget:
            from PySide6.QtWidgets import QFileDialog

            return show(dialogs.file_dialog(home, home.tr("Restore a backup"), str(context.data_dir),
                                            "*.sqlite3", QFileDialog.FileMode.ExistingFile))

        def scheme_update(step: int) -> QWidget:
            """The FTI's next file (tests/data) as the import shows it; the move step is shown
            without installing, so the later pictures stay on the shipped version."""
            from ecoassess.scheme.update import preview_import
            from ecoassess.storage.remap import assessments_to_move
            from ecoassess_app.ui.scheme_update import SchemeUpdateDialog

            preview = preview_import(NEXT_SCHEME, context.data_dir)
            dialog = SchemeUpdateDialog(home, preview, NEXT_SCHEME)
            if step == 1:
                dialog.installed = preview
                dialog.reports = assessments_to_move(context.store, context.data_dir, preview.scheme)
                dialog.stack.setCurrentIndex(1)
                dialog.retranslate()
            return show(dialog)

        return {
            "30-new-assessment": lambda: show(NewAssessmentDialog(2026, home)),
            "31-next-year": lambda: show(NextYearDialog(summary.factory_th, 2026, home)),
            "32-delete": lambda: show(home.delete_question(summary)),
            "33-compare": lambda: show(CompareDialog(compare_ids(context.store, None, self.next_id), home)),
            "34-glossary": lambda: show(GlossaryDialog(context.scheme, home)),
            "35-history": lambda: show(HistoryDialog(context.windows[self.demo_id].session, home)),
            "36-workshop": lambda: show(workshop()),
            "37-file-dialog": file_dialog,
            "38-scheme-changes": lambda: scheme_update(0),
            "39-scheme-move": lambda: scheme_update(1),
        }

    def close(self) -> None:
        for window in list(self.context.windows.values()):
            window.close()
        self.home.close()
        self.context.close()
