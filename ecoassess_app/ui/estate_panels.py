"""Tabs of the estate window: overview figures and the dimension roll-up (pages that scroll
vertically, their tables as tall as their rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_day, format_number, label
from ecoassess_app.ui.estate_dialogs import et
from ecoassess_app.ui.estate_fit import fitted_table, refit_now
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel, breakable

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
    """A small read-only table (a few dozen rows at most), filled and then sized once; columns
    after the first `text_columns` hold figures and are centred."""
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(breakable(text) if c < text_columns else text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c >= text_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)
    refit_now(table)


def _form_layout() -> QFormLayout:
    """Label and value side by side, the value below its label when the two do not fit."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def scrolling_page(owner: QScrollArea) -> QWidget:
    """The body of a tab that scrolls vertically only (its tables never scroll by themselves)."""
    owner.setWidgetResizable(True)
    owner.setFrameShape(QFrame.Shape.NoFrame)
    owner.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return QWidget(owner)


class OverviewPanel(QScrollArea):
    """Coverage, certifications, readiness distribution, eco-efficiency and signals."""

    threshold_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = scrolling_page(self)
        grid = QGridLayout(body)
        self.coverage_box, self.ready_box = QGroupBox(body), QGroupBox(body)
        self.eco_box, self.signal_box = QGroupBox(body), QGroupBox(body)
        self.coverage_form, self.ready_form = _form_layout(), _form_layout()
        self.certs = fitted_table(body, stretch=(0,))
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
        self.eco = fitted_table(body, stretch=(0,), share=0.7)
        eco = QVBoxLayout(self.eco_box)
        eco.addWidget(self.eco_note)
        eco.addWidget(self.eco)
        self.signals = fitted_table(body, stretch=(0,))
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
            form.addRow(WrapLabel(key), WrapLabel(value))

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


class DimensionsPanel(QScrollArea):
    """The 14 criteria rolled up into IEAT's 5 dimensions through an editable, inferred mapping."""

    edit_requested = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = scrolling_page(self)
        self.note = WrapLabel("", body)
        self.chart = BarsChart(body)
        self.table = fitted_table(body, stretch=(1,), share=0.35)
        self.edit = QPushButton(body)
        self.reset = QPushButton(body)
        self.edit.clicked.connect(self.edit_requested.emit)
        self.reset.clicked.connect(self.reset_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
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
            members = "\n".join(f"{m} {label(names[m], lang)}" if m in names else et("member." + m)
                                 if m in ("G2", "improvement") else m for m in d.members)
            rows.append([label(d.name, lang), members, _pct(d.score)])
        fill_table(self.table, [et("report.col.dimension"), et("report.col.members"), et("report.col.score")], rows,
                   text_columns=2)
        self.reset.setEnabled(ov.mapping_provenance == "officer")
