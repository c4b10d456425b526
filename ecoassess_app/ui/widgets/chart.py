"""Per-criterion readiness chart drawn with QPainter (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOURS = ("#c0392b", "#d35400", "#f39c12", "#7cb342", "#2e7d32", "#1b5e20")


@dataclass
class Bar:
    key: str  # e.g. "C01"
    label: str  # shown beside the bar
    points: float | None  # None = not applicable
    maximum: float = 5.0


class ReadinessChart(QWidget):
    """Horizontal bars, one per criterion, coloured by points; N/A bars are hatched grey.

    A criterion name too long for its column wraps onto a second line (never elided): its row
    grows, and so does the chart.
    """

    ROW_HEIGHT = 24
    LABEL_SHARE = 0.45  # of the width, at most, for the names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._na_text = "N/A"
        self._laid_out_for = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Points per criterion"))

    def set_bars(self, bars: list[Bar], na_text: str = "N/A") -> None:
        self._bars = list(bars)
        self._na_text = na_text
        self.setAccessibleDescription(
            "; ".join(f"{b.key} {na_text if b.points is None else format(b.points, 'g')}" for b in bars)
        )
        self._relayout(force=True)
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def row_height(self) -> int:
        return max(self.ROW_HEIGHT, int(self.fontMetrics().height() * 1.5))

    def label_width(self, width: int | None = None) -> int:
        metrics = self.fontMetrics()
        width = self.width() if width is None else width
        return min(int(width * self.LABEL_SHARE),
                   max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 12)

    def rows(self, width: int | None = None) -> list[tuple[int, int]]:
        """(top, height) of each bar's row: one line, or more where the name wraps."""
        metrics = self.fontMetrics()
        room = max(self.label_width(width) - 6, 10)
        flags = int(Qt.TextFlag.TextWordWrap)
        out, top = [], 4
        for bar in self._bars:
            text_height = metrics.boundingRect(0, 0, room, 10_000, flags, bar.label).height()
            height = max(self.row_height(), text_height + 6)
            out.append((top, height))
            top += height
        return out

    def _total_height(self, width: int | None = None) -> int:
        rows = self.rows(width)
        return (rows[-1][0] + rows[-1][1] + 4) if rows else self.row_height() + 8

    def _relayout(self, force: bool = False) -> None:
        if force or self._laid_out_for != self.width():
            self._laid_out_for = self.width()
            self.setFixedHeight(self._total_height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._relayout()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, self._total_height(520))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = self.label_width()
        value_width = metrics.horizontalAdvance("5.0 / 5") + 12
        bar_space = max(10, self.width() - label_width - value_width - 8)
        line = self.row_height()
        for bar, (top, row) in zip(self._bars, self.rows(), strict=True):
            label_rect = QRectF(0, top, label_width - 6, row)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap, bar.label)
            middle = top + row / 2
            track = QRectF(label_width, middle - line * 0.3, bar_space, line * 0.6)
            painter.setPen(QPen(QColor("#9e9e9e"), 1))
            painter.setBrush(QColor("#eeeeee"))
            painter.drawRect(track)
            if bar.points is None:
                painter.setBrush(QColor("#bdbdbd"))
                painter.setBrush(Qt.BrushStyle.BDiagPattern)
                painter.drawRect(track)
                value = self._na_text
            else:
                share = max(0.0, min(1.0, bar.points / bar.maximum if bar.maximum else 0.0))
                filled = QRectF(track.left(), track.top(), track.width() * share, track.height())
                colour = QColor(BAR_COLOURS[min(5, int(round(share * 5)))])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(filled)
                value = f"{bar.points:g} / {bar.maximum:g}"
            painter.setPen(self.palette().windowText().color())
            value_rect = QRectF(label_width + bar_space + 6, top, value_width, row)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, value)
        painter.end()
