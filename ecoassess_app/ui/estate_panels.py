"""Tabs of the estate window: overview figures, heat map, dimension roll-up, snapshots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_day, format_number, label
from ecoassess_app.ui.estate_dialogs import et
from ecoassess_app.ui.estate_model import SORT_ROLE, HeatMapModel, SnapshotsModel
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel

BAND_COLOURS = ("#c0392b", "#d35400", "#f39c12", "#7cb342", "#2e7d32")


class BarsChart(QWidget):
    """Labelled horizontal bars with their own colour and value text (a histogram of readiness
    bands, or the dimension scores); drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float, str, str]] = []  # label, share 0–1, value text, colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, float, str, str]]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b[0]} {b[2]}" for b in self.bars))
        self.setFixedHeight(max(1, len(self.bars)) * self.row_height() + 8)
        self.update()

    def row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, max(1, len(self.bars)) * self.row_height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics, row = self.fontMetrics(), self.row_height()
        label_w = min(int(self.width() * 0.4), max((metrics.horizontalAdvance(b[0]) for b in self.bars),
                                                   default=0) + 12)
        value_w = max((metrics.horizontalAdvance(b[2]) for b in self.bars), default=0) + 12
        track_w = max(10, self.width() - label_w - value_w - 8)
        ink = self.palette().windowText().color()
        for index, (text, share, value, colour) in enumerate(self.bars):
            top = 4 + index * row
            painter.setPen(ink)
            painter.drawText(QRectF(0, top, label_w - 6, row), int(Qt.AlignmentFlag.AlignVCenter), text)
            track = QRectF(label_w, top + row * 0.2, track_w, row * 0.6)
            painter.setPen(QColor("#9e9e9e"))
            painter.setBrush(QColor("#eeeeee"))
            painter.drawRect(track)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(track.left(), track.top(), track.width() * max(0.0, min(1.0, share)),
                                    track.height()))
            painter.setPen(ink)
            painter.drawText(QRectF(label_w + track_w + 6, top, value_w, row), int(Qt.AlignmentFlag.AlignVCenter),
                             value)
        painter.end()


def _score_colour(score: float | None) -> str:
    return BAND_COLOURS[min(4, int((score or 0) // 20))]


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{format_number(value, current_language(), 1)} %"


def fill_table(table: QTableWidget, header: list[str], rows: list[list[str]], text_columns: int = 1) -> None:
    """A small read-only table (a few dozen rows at most), sized to its contents; columns after
    the first `text_columns` hold figures and are centred."""
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c >= text_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 6
    table.setFixedHeight(min(height, 520))


def small_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return table


class OverviewPanel(QScrollArea):
    """Coverage, certifications, readiness distribution, eco-efficiency and signals."""

    threshold_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        self.coverage_box, self.ready_box = QGroupBox(body), QGroupBox(body)
        self.eco_box, self.signal_box = QGroupBox(body), QGroupBox(body)
        self.coverage_form, self.ready_form = QFormLayout(), QFormLayout()
        self.certs = small_table(body)
        cov = QVBoxLayout(self.coverage_box)
        cov.addLayout(self.coverage_form)
        cov.addWidget(self.certs)
        self.histogram = BarsChart(body)
        self.threshold_button = QPushButton(body)
        self.threshold_button.clicked.connect(self.threshold_requested.emit)
        ready = QVBoxLayout(self.ready_box)
        ready.addLayout(self.ready_form)
        ready.addWidget(self.histogram)
        ready.addWidget(self.threshold_button, 0, Qt.AlignmentFlag.AlignLeft)
        ready.addStretch(1)
        self.eco_note = WrapLabel("", body)
        self.eco = small_table(body)
        eco = QVBoxLayout(self.eco_box)
        eco.addWidget(self.eco_note)
        eco.addWidget(self.eco)
        self.signals = small_table(body)
        QVBoxLayout(self.signal_box).addWidget(self.signals)
        grid.addWidget(self.coverage_box, 0, 0)
        grid.addWidget(self.ready_box, 0, 1)
        grid.addWidget(self.eco_box, 1, 0, 1, 2)
        grid.addWidget(self.signal_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.coverage_box.setTitle(self.tr("Coverage"))
        self.ready_box.setTitle(self.tr("Eco Factory readiness"))
        self.eco_box.setTitle(self.tr("Estate-wide eco-efficiency"))
        self.signal_box.setTitle(self.tr("Symbiosis, circularity and community signals"))
        self.threshold_button.setText(self.tr("Set the threshold…"))

    def _form(self, form: QFormLayout, pairs: list[tuple[str, str]]) -> None:
        while form.rowCount():
            form.removeRow(0)
        for key, value in pairs:
            form.addRow(key, QLabel(value))

    def show_overview(self, ov: Any) -> None:
        lang = current_language()
        cov, ready = ov.coverage, ov.readiness
        ages = " · ".join(f"{et('age.' + k)} {v}" for k, v in cov.age.items())
        self._form(self.coverage_form, [
            (et("report.factories"), str(cov.factories)), (et("report.snapshots"), str(cov.snapshots)),
            (et("report.consent"), str(cov.consent)), (et("report.age"), ages),
            (et("report.newest"), format_day(cov.newest, lang))])
        total = max(cov.factories, 1)
        rows = [[et("cert." + c.kind), str(c.count), _pct(c.percent)] for c in cov.certifications]
        rows += [[et(key), str(n), _pct(100 * n / total)] for key, n in
                 (("eco_valid", cov.eco_factory_valid), ("eco_expired", cov.eco_factory_expired),
                  *((f"gi.{k}", v) for k, v in cov.green_industry.items()))]
        fill_table(self.certs, [et("report.col.certificate"), et("report.col.count"), et("report.col.share")], rows)
        threshold = f"{_pct(ready.threshold)} ({et('prov.' + ready.threshold_provenance)})"
        self._form(self.ready_form, [
            (et("report.mean"), _pct(ready.mean)), (et("report.median"), _pct(ready.median)),
            (et("report.prereq_met"), et("report.of_value", count=ready.prerequisites_met, total=ready.factories)),
            (et("report.threshold"), threshold),
            (et("report.above"), et("report.of_value", count=ready.at_or_above_threshold, total=ready.factories))])
        total = max(ready.factories, 1)
        self.histogram.set_bars([(f"{b.low}–{b.high} %", b.count / total, f"{b.count} / {ready.factories}",
                                  BAND_COLOURS[i]) for i, b in enumerate(ready.histogram)])
        self._show_eco(ov)
        sig = ov.signals
        rows = [[et("signal." + k), str(v), str(sig.answered[k])] for k, v in sig.counts.items()]
        rows.append([et("signal.complaints"), str(sig.complaints_or_accidents), str(sig.factories)])
        fill_table(self.signals, [et("report.col.signal"), et("report.col.yes"), et("report.col.answered")], rows)

    def _show_eco(self, ov: Any) -> None:
        eco = ov.eco_efficiency
        if not eco.years:
            self.eco_note.setText(et("report.eco_none"))
            fill_table(self.eco, [""], [])
            return
        self.eco_note.setText(et("report.eco_intro", unit=label(eco.intensity_unit, current_language())))
        trend = {True: "trend.improving", False: "trend.not_improving", None: "trend.unknown"}
        lang = current_language()
        rows = [[f"{label(q.label, lang)} ({label(q.unit, lang)})",
                 *["—" if q.intensities[y] is None else format_number(q.intensities[y], lang, 2) for y in eco.years],
                 et(trend[q.improving]), str(q.factories)] for q in eco.quantities]
        fill_table(self.eco, [et("report.col.quantity"), *[str(y) for y in eco.years], et("report.col.trend"),
                              et("report.col.factories")], rows)


class HeatMapPanel(QWidget):
    """Factories × C01–C14, coloured; the estate's weakest criteria in red in the header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HeatMapModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.weakest = WrapLabel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.weakest)
        layout.addWidget(self.view, 1)
        self.sized_for: tuple[int, int] | None = None

    def show_overview(self, ov: Any) -> None:
        lang = current_language()
        self.model.set_overview(ov)
        names = [f"{s.id} {label(s.name, lang)}" for s in ov.heatmap.criteria if s.id in ov.heatmap.weakest]
        self.weakest.setText(et("report.weakest", criteria=", ".join(names) or "—")
                             + "  " + self.tr("(header: criterion and estate mean; click to sort)"))
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths set once from the font, not measured over every row (3,000 rows stay cheap)."""
        header = self.view.horizontalHeader()
        metrics = self.fontMetrics()
        header.setMinimumHeight(metrics.height() * 2 + 10)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = self.model
        longest = max((len(r.name) for r in model.rows), default=10)
        sample = next((r for r in model.rows if len(r.name) == longest), None)
        name_w = metrics.horizontalAdvance(f"F000  {sample.name}" if sample else "F000") + 24
        self.view.setColumnWidth(0, max(160, min(name_w, 420)))
        self.view.setColumnWidth(1, metrics.horizontalAdvance("00/00/0000") + 18)
        for c in range(model.FIXED, model.FIXED + len(model.criteria)):
            self.view.setColumnWidth(c, metrics.horizontalAdvance("C00") + 18)
        last = model.columnCount()
        self.view.setColumnWidth(last - 2, metrics.horizontalAdvance("100.0") + 20)
        self.view.setColumnWidth(last - 1, metrics.horizontalAdvance(et("col.verdict")) + 90)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)


class DimensionsPanel(QWidget):
    """The 14 criteria rolled up into IEAT's 5 dimensions through an editable, inferred mapping."""

    edit_requested = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = WrapLabel("", self)
        self.chart = BarsChart(self)
        self.table = small_table(self)
        self.edit = QPushButton(self)
        self.reset = QPushButton(self)
        self.edit.clicked.connect(self.edit_requested.emit)
        self.reset.clicked.connect(self.reset_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setText(self.tr("Edit the mapping…"))
        self.reset.setText(self.tr("Back to the app's draft mapping"))

    def show_overview(self, ov: Any) -> None:
        lang = current_language()
        self.note.setText(et("report.dimensions_intro", provenance=et("prov." + ov.mapping_provenance)))
        self.chart.set_bars([(label(d.name, lang), (d.score or 0) / 100, _pct(d.score), _score_colour(d.score))
                             for d in ov.dimensions])
        names = {s.id: s.name for s in ov.heatmap.criteria}
        rows = []
        for d in ov.dimensions:
            members = ", ".join(f"{m} {label(names[m], lang)}" if m in names else et("member." + m)
                                if m in ("G2", "improvement") else m for m in d.members)
            rows.append([label(d.name, lang), members, _pct(d.score)])
        fill_table(self.table, [et("report.col.dimension"), et("report.col.members"), et("report.col.score")], rows,
                   text_columns=2)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reset.setEnabled(ov.mapping_provenance == "officer")


class SnapshotsPanel(QWidget):
    """Every snapshot, newest first per factory: date, source, consent, scheme, readiness."""

    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SnapshotsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        samples = ("F000  " + "ก" * 30, "00/00/0000", "x" * 40, "ไม่ใช่", "2026.1 ← 2025.1", "100.0")
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                                 metrics.horizontalAdvance(title)) + 28)
        header.setStretchLastSection(True)

    def selected_snapshot(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.snapshot_id(self.proxy.mapToSource(rows[0]).row())

    def _remove(self) -> None:
        snapshot = self.selected_snapshot()
        if snapshot is not None:
            self.remove_requested.emit(snapshot)
