"""The heat map (factories × C01–C14) and the snapshots tab: model views of hundreds of rows,
filled once per refresh and fitted to the tab's width (no sideways scrolling)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_number, label, message
from ecoassess_app.ui.estate_dialogs import et
from ecoassess_app.ui.estate_fit import ModelFit, heading_width, text_margin
from ecoassess_app.ui.estate_model import SORT_ROLE, HeatMapModel, SnapshotsModel
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel

DATE_SAMPLE = "00/00/0000"  # a short date, Buddhist or Common Era: digits of one width


def _view(parent: QWidget, proxy: QSortFilterProxyModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setMinimumHeight(90)  # with the tab's notes, the window fits 1366×768 at 150 % in larger text
    return view


def _column_texts(model: Any, column: int) -> set[str]:
    """The distinct texts of one column (a few hundred rows: read once per fill)."""
    return {str(model.data(model.index(r, column))) for r in range(model.rowCount(QModelIndex()))}


class HeatMapPanel(QWidget):
    """Factories × C01–C14, coloured; the estate's weakest criteria in red in the header.

    Criterion columns are as narrow as their code (the name is on hover); the factory name
    takes the rest of the width and wraps, and so does the readiness verdict.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HeatMapModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = _view(self, self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit = ModelFit(self.view, stretch=0, wrap=(), share=0.5)  # and the verdict, once filled
        self.fit.remeasure = self.size_columns
        self.weakest = WrapLabel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.weakest)
        layout.addWidget(self.view, 1)

    def show_overview(self, ov: Any) -> None:
        lang = current_language()
        self.model.set_overview(ov)
        names = [f"{s.id} {label(s.name, lang)}" for s in ov.heatmap.criteria if s.id in ov.heatmap.weakest]
        self.weakest.setText(et("report.weakest", criteria=", ".join(names) or "—")
                             + "  " + self.tr("(header: criterion and estate mean; point to a code for its name; "
                                              "click to sort)"))
        self.size_columns()

    def size_columns(self) -> None:
        """Natural widths measured once per fill: headings, the widest name and verdict, and the
        figures from samples (not cell by cell)."""
        view, model = self.view, self.model
        header = view.horizontalHeader()
        header.setMinimumHeight(header.fontMetrics().height() * 2 + 10)
        metrics = view.fontMetrics()
        pad = 2 * text_margin(view) + 2
        lang = current_language()
        columns = model.columnCount()
        percent, verdict = columns - 2, columns - 1
        natural = {c: heading_width(view, c) for c in range(columns)}
        natural[0] = max([natural[0], *(metrics.horizontalAdvance(model.name_text(r)) + pad
                                        for r in range(len(model.rows)))])
        natural[1] = max(natural[1], metrics.horizontalAdvance(DATE_SAMPLE) + pad)
        natural[percent] = max(natural[percent], metrics.horizontalAdvance(format_number(100.0, lang, 1)) + pad)
        verdicts = {message(f"verdict.{r.verdict}", lang) for r in model.rows}
        natural[verdict] = max([natural[verdict], *(metrics.horizontalAdvance(v) + pad for v in verdicts)])
        self.fit.wrap = (verdict,)
        self.fit.set_widths(natural, {0: heading_width(view, 0), verdict: heading_width(view, verdict)})


class SnapshotsPanel(QWidget):
    """Every snapshot, newest first per factory: date, source, consent, scheme, readiness."""

    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SnapshotsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = _view(self, self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.fit = ModelFit(self.view, stretch=0, wrap=(2,), share=0.45)
        self.fit.remeasure = self.size_columns
        self.note = WrapLabel("", self)
        self.remove = QPushButton(self)
        self.remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Each import is kept beside the earlier ones; the overview uses each "
                                  "factory's latest. No evidence files and no contact details are kept."))
        self.remove.setText(self.tr("Remove the selected snapshot…"))

    def show_rows(self, rows: list[Any], names: dict[int, str]) -> None:
        self.model.set_rows(rows, names)
        self.size_columns()

    def size_columns(self) -> None:
        view, model = self.view, self.model
        metrics = view.fontMetrics()
        pad = 2 * text_margin(view) + 2
        natural = {c: heading_width(view, c) for c in range(model.columnCount())}
        for column in range(model.columnCount()):
            samples = _column_texts(model, column) if column != 1 else {DATE_SAMPLE}
            natural[column] = max([natural[column], *(metrics.horizontalAdvance(t) + pad for t in samples)])
        self.fit.set_widths(natural, {0: heading_width(view, 0), 2: heading_width(view, 2)})

    def selected_snapshot(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.snapshot_id(self.proxy.mapToSource(rows[0]).row())

    def describe(self, snapshot_id: int) -> str:
        return self.model.describe(snapshot_id)

    def _remove(self) -> None:
        snapshot = self.selected_snapshot()
        if snapshot is not None:
            self.remove_requested.emit(snapshot)
