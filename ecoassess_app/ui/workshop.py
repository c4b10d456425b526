"""Workshop mode window for trainers: import a class's folder, class overview, CSV/PDF, demo reset."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_number, label
from ecoassess.package.names import OnConflict
from ecoassess.workshop import Overview, class_overview, display_name
from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.flow import FlowLayout
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.tables import TableFit, shade
from ecoassess_app.ui.thaiwrap import WrapLabel
from ecoassess_app.ui.workers import pool, run_task

if TYPE_CHECKING:
    from ecoassess.storage.service import Store
    from ecoassess_app.ui.app import AppContext



class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number (N/A below zero), not by its text."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return super().__lt__(other)


def export_criteria(store: Store, overview: Overview, dest: Path, lang: str) -> Path:
    """One row per criterion of every factory listed; anonymised, codes replace names and ids."""
    from ecoassess.scheme import scheme_for_assessment
    from ecoassess.spreadsheet import check_sheet_output, criterion_rows, export_rows

    check_sheet_output(dest, data_root=store.layout.root, force=True)  # before any work
    rows = []
    for entry in overview.rows:
        assessment = store.get_assessment(entry.assessment_id)
        for row in criterion_rows(assessment, lang, scheme_for_assessment(assessment, store.layout.root)):
            if overview.anonymised:
                row.factory = row.assessment_id = entry.code
            rows.append(row)
    return export_rows(rows, dest, lang, data_root=store.layout.root, force=True)


class WorkshopWindow(QDialog):
    """Factories × 14 criteria with totals; sortable, coloured, optionally anonymised.

    The dialog hooks (`choose_folder`, `choose_save`, `confirm`, `show_message`) are replaceable
    so that tests can answer them.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 on_changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.on_changed = on_changed or (lambda: None)
        self.overview: Overview | None = None
        self.last_outcomes: list[Any] = []
        self.tasks: list[Any] = []
        self.choose_folder: Callable[[], Path | None] = self._folder_dialog
        self.choose_save: Callable[[str, str], Path | None] = self._save_dialog
        self.confirm: Callable[[str], bool] = self._ask
        self.show_message: Callable[[str, str], None] = \
            lambda title, text: dialogs.inform(self, title, text)
        self.heading = WrapLabel("", self)
        self.heading.setWordWrap(True)
        self.anonymise = QCheckBox(self)
        self.include_demo = QCheckBox(self)
        for box in (self.anonymise, self.include_demo):
            box.toggled.connect(lambda _on: self.refresh())
        self.conflict_policy = QComboBox(self)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.fit = TableFit(self.table, stretch=(0,), share=0.8)
        self.buttons: dict[str, QPushButton] = {}
        # The buttons wrap onto as many rows as the width needs: one row of five is wider than a
        # laptop at 150 %, and three are, in presentation mode's larger text.
        row = FlowLayout()
        for name, slot in (("import", self.import_folder), ("csv", self.export_csv),
                           ("pdf", self.export_pdf), ("sheet", self.export_sheet),
                           ("reset", self.reset_demo)):
            button = QPushButton(self)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        options = QGridLayout()
        self.policy_label = QLabel(self)
        options.addWidget(self.anonymise, 0, 0)
        options.addWidget(self.include_demo, 0, 1)
        options.addWidget(self.policy_label, 1, 0)
        options.addWidget(self.conflict_policy, 1, 1)
        options.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        fit_to_screen(self, 1200, 640)
        self.retranslate()

    def done(self, result: int) -> None:
        """Closed with Esc or Close: a class import under way finishes first (this dialog is
        deleted on close, and the import's report belongs to it)."""
        pool().wait_for(self)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - the title bar's close
        pool().wait_for(self)
        super().closeEvent(event)

    # --- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workshop mode: class overview"))
        self.anonymise.setText(self.tr("Anonymise (codes instead of factory names)"))
        self.include_demo.setText(self.tr("Include the demo factory"))
        self.policy_label.setText(self.tr("When an assessment is already here:"))
        current = self.conflict_policy.currentIndex()
        self.conflict_policy.clear()
        self.conflict_policy.addItem(self.tr("skip it"), OnConflict.ASK.value)
        self.conflict_policy.addItem(self.tr("keep both"), OnConflict.KEEP_BOTH.value)
        self.conflict_policy.addItem(self.tr("replace it"), OnConflict.REPLACE.value)
        self.conflict_policy.setCurrentIndex(max(current, 0))
        texts = {"import": self.tr("&Import a folder of files…"), "csv": self.tr("Export &CSV…"),
                 "pdf": self.tr("Export class summary &PDF…"),
                 "sheet": self.tr("Export every criterion (&XLSX)…"), "reset": self.tr("&Reset demo data…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- table ---------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = current_language()
        try:
            self.overview = class_overview(self.context.store, lang, anonymise=self.anonymise.isChecked(),
                                           include_demo=self.include_demo.isChecked())
        except Exception as error:  # a damaged assessment must not close the window
            self.heading.setText(error_text(error))
            return
        ov = self.overview
        self.heading.setText(self.tr("%1 factories. Click a column heading to sort.")
                             .replace("%1", str(len(ov.rows))))
        # Criteria by number ("1" … "14"), their code and name on hover: 14 columns fit a laptop.
        numbers = [c[1:].lstrip("0") if c[:1] == "C" and c[1:].isdigit() else c for c in ov.criteria]
        headers = [self.tr("Factory"), *numbers, self.tr("Total"), self.tr("%"), self.tr("Verdict")]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for column, name in enumerate(ov.criterion_names, start=1):
            header = self.table.horizontalHeaderItem(column)
            assert header is not None  # set by setHorizontalHeaderLabels above
            header.setToolTip(f"{ov.criteria[column - 1]} = {label(name, lang)}")
        self.table.setRowCount(len(ov.rows))
        for r, row in enumerate(ov.rows):
            cell = QTableWidgetItem(display_name(row, ov))
            cell.setData(Qt.ItemDataRole.UserRole + 1, row.assessment_id)
            self.table.setItem(r, 0, cell)
            for c, points in enumerate(row.points):
                item = NumberItem(self.tr("N/A") if points is None else str(points),
                                  -1 if points is None else points)
                colour = shade(points, ov.max_points[c])
                if colour is not None:
                    item.setBackground(colour)
                self.table.setItem(r, 1 + c, item)
            base = 1 + len(row.points)
            self.table.setItem(r, base, NumberItem(str(row.total), row.total))
            self.table.setItem(r, base + 1, NumberItem(format_number(row.percent, lang, 1), row.percent))
            verdict = QTableWidgetItem(label(row.verdict_short or row.verdict_label, lang) or row.verdict)
            verdict.setToolTip(label(row.verdict_label, lang))  # the whole wording, qualifiers and all
            self.table.setItem(r, base + 2, verdict)
        self.table.setSortingEnabled(True)
        self.fit.refit()

    def column_values(self, column: int) -> list[str]:
        items = (self.table.item(r, column) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    # --- actions -------------------------------------------------------------------------
    def import_folder(self) -> Any:
        from ecoassess.workshop import import_folder, package_files

        folder = self.choose_folder()
        if folder is None:
            return None
        if not package_files(folder):
            self.show_message(self.windowTitle(), self.tr("No .ecoassess files in %1").replace("%1", str(folder)))
            return None
        store, policy = self.context.store, OnConflict(self.conflict_policy.currentData())

        def job(progress: Any) -> Any:
            return import_folder(store, folder, policy, lambda done, total, name: progress(
                100 * done // max(total, 1), name))

        task = run_task(self, self.tr("Importing the class…"), job, self._imported)
        self.tasks.append(task)
        return task

    def _imported(self, ok: bool, payload: Any) -> None:
        if not ok:
            self.show_message(self.windowTitle(), error_text(payload))
            return
        self.last_outcomes = payload
        lang = current_language()
        done = [o for o in payload if o.ok]
        skipped = [o for o in payload if not o.ok]
        lines = [self.tr("%1 imported, %2 skipped.").replace("%1", str(len(done))).replace("%2", str(len(skipped)))]
        lines += [f"{o.path.name}: {self.reason(o, lang)}" for o in skipped]
        self.refresh()
        self.on_changed()
        self.show_message(self.windowTitle(), "\n".join(lines))

    def reason(self, outcome: Any, lang: str) -> str:
        """Why a file was skipped, in the words of this window (its buttons, not CLI flags)."""
        from ecoassess.package.names import PackageConflict

        if isinstance(outcome.error, PackageConflict):
            return self.tr("this assessment (%1) is already here. To bring it in, choose \u201ckeep "
                           "both\u201d or \u201creplace it\u201d under \u201cWhen an assessment is "
                           "already here\u201d and import the folder again.").replace(
                "%1", str(outcome.error.params.get("factory", "")))
        return outcome.reason(lang)

    def export_csv(self) -> Path | None:
        from ecoassess.workshop import overview_csv

        dest = self.choose_save(self.tr("Class overview (CSV)"), "class-overview.csv")
        if dest is None or self.overview is None:
            return None
        root = self.context.store.layout.root  # force: the save dialog asked before replacing
        overview = self.overview
        return self._write(lambda: overview_csv(overview, current_language(), dest,
                                                data_root=root, force=True))

    def export_pdf(self) -> Path | None:
        from ecoassess.workshop_pdf import summary_pdf

        dest = self.choose_save(self.tr("Class summary (PDF)"), "class-summary.pdf")
        if dest is None or self.overview is None:
            return None
        root = self.context.store.layout.root  # force: the save dialog asked before replacing
        overview = self.overview
        return self._write(lambda: summary_pdf(overview, current_language(), dest,
                                               data_root=root, force=True))

    def export_sheet(self) -> Path | None:
        """All listed assessments, one row per criterion (points, level, N/A, note, evidence)."""
        dest = self.choose_save(self.tr("Criteria of every factory (XLSX or CSV)"), "class-criteria.xlsx")
        if dest is None or self.overview is None:
            return None
        overview, lang = self.overview, current_language()
        return self._write(lambda: export_criteria(self.context.store, overview, dest, lang))

    def _write(self, work: Callable[[], Path]) -> Path | None:
        try:
            path = work()
        except Exception as error:
            self.show_message(self.windowTitle(), error_text(error))
            return None
        self.show_message(self.windowTitle(), self.tr("Written: %1").replace("%1", str(path)))
        return path

    def reset_demo(self) -> str | None:
        from ecoassess.workshop import reset_demo

        if not self.confirm(self.tr("Delete the demo assessments and create a fresh demo factory? "
                                     "A backup of the data is kept first.")):
            return None  # your own assessments are never touched
        new_id = reset_demo(self.context.store)
        self.refresh()
        self.on_changed()
        return new_id

    # --- default dialogs -----------------------------------------------------------------
    def _folder_dialog(self) -> Path | None:
        name = dialogs.existing_folder(self, self.tr("Folder of .ecoassess files"),
                                       folders.start_in("class-folder"))
        folders.remember("class-folder", name)
        return Path(name) if name else None

    def _save_dialog(self, title: str, suggested: str) -> Path | None:
        name, _f = dialogs.save_file(self, title, folders.start_in("class-exports", suggested))
        folders.remember("class-exports", name)
        return Path(name) if name else None

    def _ask(self, text: str) -> bool:
        return dialogs.confirm(self, self.windowTitle(), text, action=self.tr("Delete and recreate"))
