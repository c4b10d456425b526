"""Home window: the assessments on this machine, with New, Open, next year, Delete and menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_day, format_number
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import emphasise
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.workers import run_task

if TYPE_CHECKING:  # the model loads with the list, after the first paint
    from ecoassess import model

COL_FACTORY, COL_SCHEME, COL_EDITED, COL_READINESS, COL_STATUS = range(5)


class HomeWindow(QMainWindow):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summaries: list[model.AssessmentSummary] = []
        self.readiness: dict[str, float] = {}
        self.confirm = self._ask  # tests replace this to answer dialogs
        self.heading = QLabel(self)
        emphasise(self.heading, 1.4)
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FACTORY, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (("new", self.new_assessment), ("open", self.open_selected),
                           ("next_year", self.next_year), ("history", self.show_history),
                           ("delete", self.delete_selected)):
            button = QPushButton(self)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setCentralWidget(central)
        self._build_menus()
        from ecoassess_app.ui.portable import (
            install_portable,  # drop import, export, workshop (issue 6)
        )

        self.portable = install_portable(self)
        self.actions["estate"] = QAction(self)  # the estate window loads on first use
        self.actions["estate"].triggered.connect(self.open_estate_view)
        self.file_menu.insertAction(self.actions["backup"], self.actions["estate"])
        self.file_menu.insertSeparator(self.actions["backup"])
        fit_to_screen(self, 1100, 640)
        saved = context.prefs.geometry("home")
        if saved:
            self.restoreGeometry(saved)
        self.retranslate()

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.actions: dict[str, QAction] = {}
        for name, slot, keys in (("new", self.new_assessment, "Ctrl+N"), ("open", self.open_selected, "Ctrl+O"),
                                 ("next_year", self.next_year, ""), ("delete", self.delete_selected, "Del"),
                                 ("backup", self.backup, ""), ("restore", self.restore, ""),
                                 ("quit", self.close, "Ctrl+Q")):
            action = QAction(self)
            action.triggered.connect(slot)
            if keys:
                action.setShortcut(QKeySequence(keys))
            self.actions[name] = action
            if name in ("backup", "quit"):
                self.file_menu.addSeparator()
            self.file_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in self.context.shared_actions():
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.actions["about"] = QAction(self)
        self.actions["about"].triggered.connect(self.about)
        self.help_menu.addAction(self.actions["about"])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eco Factory readiness"))
        self.heading.setText(self.tr("Assessments on this computer"))
        self.empty_hint.setText(self.tr(
            "No assessment yet. Press New assessment to start one; everything you type is saved at once."))
        self.table.setHorizontalHeaderLabels([self.tr("Factory"), self.tr("Scheme version"), self.tr("Last edited"),
                                              self.tr("Readiness"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Assessments"))
        texts = {"new": self.tr("&New assessment"), "open": self.tr("&Open"),
                 "next_year": self.tr("New for ne&xt year"), "delete": self.tr("&Delete")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
            self.actions[name].setText(text)
        self.buttons["history"].setText(self.tr("Hi&story…"))
        self.actions["backup"].setText(self.tr("&Back up the data…"))
        self.actions["restore"].setText(self.tr("&Restore a backup…"))
        self.actions["quit"].setText(self.tr("&Quit"))
        self.actions["about"].setText(self.tr("&About"))
        self.actions["estate"].setText(self.tr("&Estate view (Eco Industrial Town)…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- list ----------------------------------------------------------------------------
    def load_later(self) -> None:
        """List after the window has been painted once; readiness figures follow a moment later.

        A zero timer would run before the first paint, leaving a blank window while the
        database layer loads; so the list waits for the first paint event.
        """
        self._load_after_paint = True
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if getattr(self, "_load_after_paint", False):
            self._load_after_paint = False
            QTimer.singleShot(0, self.reload)
            QTimer.singleShot(0, self.context.first_painted)  # the log, the Thai word list…

    def reload(self) -> None:
        try:
            self.summaries = self.context.store.list_assessments()
        except Exception as error:  # a locked or damaged data folder: say so, never crash
            QMessageBox.critical(self, self.tr("Cannot open the data folder"), error_text(error))
            self.summaries = []
        self._fill()
        QTimer.singleShot(0, self.compute_readiness)

    def compute_readiness(self) -> None:
        from ecoassess import scoring

        for summary in self.summaries:
            try:
                result = scoring.evaluate_assessment(self.context.scheme, self.context.store.get_assessment(summary.id))
            except Exception:  # an unreadable answer shows as "—" here; the wizard explains it
                continue
            self.readiness[summary.id] = result.percent
        self._fill()

    def status_text(self, status: str) -> str:
        return {"draft": self.tr("draft"), "complete": self.tr("complete"),
                "submitted": self.tr("submitted")}.get(status, status)

    def _fill(self) -> None:
        lang = current_language()
        selected = self.selected_id()
        self.table.setRowCount(len(self.summaries))
        for row, s in enumerate(self.summaries):
            name = (s.factory_th if lang == "th" else s.factory_en) or s.factory_th or s.factory_en \
                or self.tr("(factory not named yet)")
            if s.is_demo:
                name += " " + self.tr("[demo]")
            percent = self.readiness.get(s.id)
            cells = (name, s.scheme_version, f"{format_day(s.updated_at, lang, 'short')} {s.updated_at:%H:%M}",
                     "—" if percent is None else f"{format_number(percent, lang)} %", self.status_text(str(s.status)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, item)
            if s.id == selected:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and self.summaries:
            self.table.selectRow(0)
        has = bool(self.summaries)
        self.empty_hint.setVisible(not has)
        for name in ("open", "next_year", "history", "delete"):
            self.buttons[name].setEnabled(has)

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- commands ------------------------------------------------------------------------
    def new_assessment(self) -> Any:
        from ecoassess import model

        scheme = self.context.scheme
        new_id = self.context.store.create_assessment(model.FactoryProfile(), scheme_id=scheme.id,
                                                      scheme_version=scheme.version)
        self.reload()
        return self.context.open_wizard(new_id)

    def open_selected(self) -> Any:
        assessment_id = self.selected_id()
        return self.context.open_wizard(assessment_id) if assessment_id else None

    def next_year(self) -> Any:
        source = self.selected_id()
        if not source:
            return None
        try:
            new_id = self.context.store.copy_forward(source, scheme_version=self.context.scheme.version)
        except Exception as error:
            QMessageBox.warning(self, self.tr("Could not copy"), error_text(error))
            return None
        self.reload()
        return self.context.open_wizard(new_id)

    def show_history(self) -> Any:
        from types import SimpleNamespace

        from ecoassess_app.ui.history import HistoryDialog

        assessment_id = self.selected_id()
        if not assessment_id:
            return None
        window = self.context.windows.get(assessment_id)
        if window is not None:
            window.session.flush()
        dialog = HistoryDialog(SimpleNamespace(store=self.context.store, id=assessment_id,
                                               scheme=self.context.scheme), self)
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        assessment_id = self.selected_id()
        if not assessment_id:
            return False
        if not self.confirm(self.tr("Delete this assessment? A backup copy of the data is kept first.")):
            return False
        window = self.context.windows.get(assessment_id)
        if window is not None:
            window.close()
        backup = self.context.store.delete_assessment(assessment_id)
        self.statusBar().showMessage(self.tr("Deleted. Backup: %1").replace("%1", str(backup)), 10000)
        self.reload()
        return True

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    def backup(self) -> Any:
        store = self.context.store
        return run_task(self, self.tr("Backing up…"), lambda progress: store.backup(), self._backup_done)

    def _backup_done(self, ok: bool, payload: Any) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("Backup written: %1").replace("%1", str(payload)), 15000)
        else:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(payload))

    def restore(self) -> None:
        start = str(self.context.data_dir / "backups")
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), start,
                                               self.tr("Backups (*.sqlite3)"))
        if not name or not self.confirm(self.tr("Replace the current data with this backup? "
                                                "A copy of the current data is kept.")):
            return
        self.restore_from(Path(name))

    def restore_from(self, source: Path) -> None:
        from ecoassess.storage import restore_database

        self.context.close()
        try:
            restore_database(self.context.data_dir, source)
        except Exception as error:
            QMessageBox.warning(self, self.tr("Restore failed"), error_text(error))
        self.reload()

    def open_estate_view(self) -> Any:
        from ecoassess_app.ui.estate import open_estate_window

        return open_estate_window(self.context, None)

    def about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            app_version = version("ecoassess")
        except PackageNotFoundError:
            app_version = "dev"
        scheme = self.context.scheme
        text = "\n\n".join([
            self.tr("ecoassess %1: Eco Factory readiness self-assessment").replace("%1", app_version),
            self.tr("Scheme: %1, version %2").replace("%1", pick(scheme.title)).replace("%2", scheme.version),
            self.tr("Data folder: %1").replace("%1", str(self.context.data_dir)),
            self.tr("The scheme's wording is ours, not the official FTI text; criteria whose indicators "
                    "are not public are drafted and marked as draft on every page and in the dossier."),
        ])
        QMessageBox.about(self, self.tr("About ecoassess"), text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.context.prefs.set_geometry("home", bytes(self.saveGeometry()))
        for window in list(self.context.windows.values()):
            window.close()
        super().closeEvent(event)
