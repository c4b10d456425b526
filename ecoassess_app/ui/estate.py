"""The estate window (Eco Industrial Town): pick an estate, collect the factories' snapshots, see
coverage, readiness, the heat map, the dimension roll-up and the levels, write the report.

Every figure comes from `ecoassess.estate` (the core computes, the window shows); long work runs
on the worker thread. Dialog hooks (`choose_*`, `ask_*`, `confirm`, `show_message`) are
replaceable so that tests can answer them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.estate_actions import EstateActions
from ecoassess_app.ui.estate_dialogs import et
from ecoassess_app.ui.estate_heatmap import HeatMapPanel, SnapshotsPanel
from ecoassess_app.ui.estate_levels import LevelsPanel
from ecoassess_app.ui.estate_panels import DimensionsPanel, OverviewPanel
from ecoassess_app.ui.flow import FlowLayout
from ecoassess_app.ui.fonts import tinted_box
from ecoassess_app.ui.geometry import clamp_to_screen, fit_to_screen
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel
from ecoassess_app.ui.workers import run_task

if TYPE_CHECKING:
    from ecoassess_app.ui.app import AppContext


class EstateWindow(QMainWindow):
    show_message: Callable[[str, str], None]  # a dialog hook, set by EstateActions

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.estates: list[Any] = []
        self.estate: Any = None
        self.overview: Any = None
        self.rows: list[Any] = []
        self.tasks: list[Any] = []
        self.loaded: Callable[[], None] = lambda: None  # called once the view is filled
        self._shown_in = ""  # the language the view was last computed in
        self.commands = EstateActions(self)  # sets the dialog hooks
        self.picker = EstatePicker(self)
        self.picker.activated.connect(lambda _i: self.select(self.picker.currentData()))
        self.picker_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.commands.new_estate())
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(lambda: self.commands.delete_estate())
        self.anonymise = QCheckBox(self)
        self.anonymise.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.anonymise)
        self.notice = WrapLabel("", self)
        tinted_box(self.notice, "#fff8e1", margin=6)  # no style sheet: it grows in presentation mode
        self.tabs = QTabWidget(self)
        self.overview_panel = OverviewPanel(self)
        self.heat_panel = HeatMapPanel(self)
        self.dimension_panel = DimensionsPanel(self)
        self.levels_panel = LevelsPanel(self)
        self.snapshot_panel = SnapshotsPanel(self)
        for panel in (self.overview_panel, self.heat_panel, self.dimension_panel, self.levels_panel,
                      self.snapshot_panel):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(lambda _i: self._fill_lazy())
        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()  # five buttons wrap on a small or scaled screen, and in presentation mode
        for name, slot in (("files", lambda: self.commands.import_files()),
                           ("folder", lambda: self.commands.import_folder()),
                           ("local", lambda: self.commands.import_local()),
                           ("report", lambda: self.commands.write_report()),
                           ("sheet", lambda: self.commands.write_sheet())):
            button = QPushButton(self)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        # On a small screen in larger text (1366×768 at 150 %, presentation mode) the window's
        # content is taller than the screen: it scrolls as a whole rather than overlapping.
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(central)
        self.setCentralWidget(self.scroller)
        self.commands.connect_panels()
        fit_to_screen(self, 1240, 740)
        saved = context.prefs.geometry("estate")
        if saved:
            self.restoreGeometry(saved)
            clamp_to_screen(self)  # a size remembered on a bigger monitor
        self.retranslate()

    # --- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Estate view (Eco Industrial Town)"))
        self.picker_label.setText(self.tr("Estate:"))
        self.new_button.setText(self.tr("&New estate…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this estate and its snapshots (the data are backed up first)"))
        self.anonymise.setText(self.tr("Codes instead of factory names"))
        self.notice.setText(et("notice"))
        for index, text in enumerate((self.tr("Overview"), self.tr("Heat map"), self.tr("Dimensions"),
                                      self.tr("Levels"), self.tr("Factories and snapshots"))):
            self.tabs.setTabText(index, text)
        texts = {"files": self.tr("&Import files…"), "folder": self.tr("Import a &folder…"),
                 "local": self.tr("From this &computer…"), "report": self.tr("Estate &report (PDF)…"),
                 "sheet": self.tr("&Spreadsheet (XLSX/CSV)…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["files"].setToolTip(self.tr("Each file is checked whole; a refused file changes nothing"))
        self.overview_panel.retranslate()
        self.dimension_panel.retranslate()
        self.snapshot_panel.retranslate()
        self.levels_panel.retranslate()
        if self.estates and self._shown_in != current_language():
            # names, dates and labels in the new language: list and compute again
            self.reload_estates(self.estate.id if self.estate else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- estates -------------------------------------------------------------------------
    def reload_estates(self, select_id: int | None = None, *, wait: bool = False) -> None:
        """List the estates again and show the chosen one (computed here with `wait`)."""
        from ecoassess.storage.estates import list_estates

        self.estates = list_estates(self.context.store)
        lang = current_language()
        self.picker.set_estates([(e.id, e.name(lang) + (" " + et("demo_mark") if e.is_demo else ""),
                                  et("counts", factories=e.factories, snapshots=e.snapshots))
                                 for e in self.estates])
        wanted = select_id if select_id is not None else (self.estate.id if self.estate else None)
        index = self.picker.findData(wanted) if wanted is not None else 0
        self.picker.setCurrentIndex(max(index, 0) if self.estates else -1)
        has = bool(self.estates)
        for button in [*self.buttons.values(), self.delete_button]:
            button.setEnabled(has)
        if has:
            self.select(self.picker.currentData(), wait=wait)
        else:
            self.estate, self.overview, self.rows = None, None, []
            for panel in (self.heat_panel,):
                panel.model.set_overview(None)
            self.statusBar().showMessage(et("none"))

    def select(self, estate_id: int | None, *, wait: bool = False) -> None:
        self.estate = next((e for e in self.estates if e.id == estate_id), None)
        self.refresh(wait=wait)

    # --- computing and showing ---------------------------------------------------------
    def _job(self) -> Callable[[Any], Any]:
        from ecoassess.estate.overview import build_overview
        from ecoassess.estate.results import scored_rows

        store, estate, lang = self.context.store, self.estate, current_language()
        anonymise = self.anonymise.isChecked()
        self._shown_in = lang

        def job(progress: Any) -> Any:
            rows = scored_rows(store, estate.id, lambda done, total: progress(100 * done // max(total, 1)))
            return build_overview(store, estate, lang, anonymise=anonymise, rows=rows), rows

        return job

    def refresh(self, *, wait: bool = False) -> None:
        """Compute the overview off the GUI thread (or here, with `wait`) and show it."""
        if self.estate is None:
            return
        job = self._job()
        if wait:
            self._computed(True, job(lambda *_a: None))
            return
        self.tasks.append(run_task(self, self.tr("Computing the estate view…"), job, self._computed))

    def _computed(self, ok: bool, payload: Any) -> None:
        if not ok:
            self.show_message(self.windowTitle(), error_text(payload))
            return
        self.overview, self.rows = payload
        self.show_overview(self.overview)
        self.loaded()

    def show_overview(self, ov: Any) -> None:
        self.estate = ov.estate
        self.overview_panel.show_overview(ov)
        self.heat_panel.show_overview(ov)
        self._filled: set[int] = set()
        self._fill_lazy()
        cov = ov.coverage
        self.statusBar().showMessage(et("counts", factories=cov.factories, snapshots=cov.snapshots))

    def _fill_lazy(self) -> None:
        """The other tabs are filled when first shown after each refresh."""
        if self.overview is None:
            return
        index = self.tabs.currentIndex()
        if index in getattr(self, "_filled", set()):
            return
        self._filled.add(index)
        panel = self.tabs.widget(index)
        if panel is self.dimension_panel:
            self.dimension_panel.show_overview(self.overview)
        elif panel is self.levels_panel:
            self.levels_panel.show_overview(self.overview)
        elif panel is self.snapshot_panel:
            from ecoassess.estate.overview import display_names
            from ecoassess.estate.results import latest_per_factory

            names = display_names(latest_per_factory(self.rows), current_language(), self.anonymise.isChecked())
            self.snapshot_panel.show_rows(self.rows, names)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.context.prefs.set_geometry("estate", bytes(self.saveGeometry().data()))
        # A computation or an import still running finishes first: its thread belongs to this
        # window, and the store must not be left mid-transaction.
        deadline = time.monotonic() + 120
        while any(not t.done for t in self.tasks) and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        super().closeEvent(event)


class EstatePicker(QComboBox):
    """The estate chooser: each estate's name, shortened with "…" when the box is narrower
    (a free name may be 200 characters); the full name and its counts on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.names: list[str] = []
        self.currentIndexChanged.connect(lambda _i: self.show_tip())

    def show_tip(self) -> None:
        self.setToolTip(self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")

    def set_estates(self, estates: list[tuple[int, str, str]]) -> None:
        """(id, name, counts) of each estate."""
        self.blockSignals(True)
        self.clear()
        self.names = [name for _id, name, _counts in estates]
        for estate_id, name, counts in estates:
            self.addItem(name, estate_id)
            self.setItemData(self.count() - 1, f"{name}\n{counts}", Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.elide()
        self.show_tip()

    def elide(self) -> None:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = max(field.width() - 6, 40)
        metrics = self.fontMetrics()
        for index, name in enumerate(self.names):
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
            if self.itemText(index) != shown:
                self.setItemText(index, shown)
        self.view().setMinimumWidth(min(max((metrics.horizontalAdvance(n) for n in self.names), default=0) + 40,
                                        self.window().width()))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.elide()


def open_estate_window(context: AppContext, parent: QWidget | None = None) -> EstateWindow:
    """Open (or raise) the one estate window of the app."""
    window = getattr(context, "estate_window", None)
    if window is None or not window.isVisible():
        window = EstateWindow(context, parent)
        context.estate_window = window
        window.reload_estates()
    window.show()
    window.raise_()
    return window

