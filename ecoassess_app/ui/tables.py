"""Tables that fit their page: columns sized once after filling, text wrapped, rows as tall as it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QStyle, QTableWidget


class TableFit(QObject):
    """Keeps one table fitted to its width.

    `refit()` (call it once after filling) sizes the columns to their content; the columns that
    do not stretch get at most `share` of the width together (their text wraps beyond that) and
    the `stretch` columns share the rest; then the rows take the height of their wrapped text.
    The same happens again, once, when the table changes width or font (presentation mode) —
    never per row.
    """

    def __init__(self, table: QTableWidget, stretch: tuple[int, ...], *, share: float = 0.6,
                 keep: tuple[int, ...] = ()) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.share = share
        self.keep = keep  # columns of editors (a date, a list): never narrower than their content
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        table.horizontalHeader().setMinimumSectionSize(24)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit)
        self._rows = QTimer(self)
        self._rows.setSingleShot(True)
        self._rows.setInterval(0)
        self._rows.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(lambda *_: self._rows.start())
        self._width = -1
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        resized = event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._width
        if resized or event.type() == QEvent.Type.FontChange:  # larger text: all measured anew
            self._later.start()
        return False

    def heading_width(self, column: int) -> int:
        """The width a column's heading text needs. No room is kept for a sort arrow: in Fusion on
        this Qt (PySide6 6.11) it sits beside the text, at the right edge, and a sorted column's
        heading is checked against it by tools/fitcheck.py (`_sorted_label_room`)."""
        header = self.table.horizontalHeader()
        item = self.table.horizontalHeaderItem(column)
        text = item.text() if item is not None else ""
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return max(header.minimumSectionSize(), header.fontMetrics().horizontalAdvance(text) + 2 * margin + 2)

    def refit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        self._width = table.viewport().width()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        room = max(self._width, 200)
        count = table.columnCount()
        stretch = {c % count for c in self.stretch} if count else set()  # -1: the last column
        fixed = [c for c in range(count) if c not in stretch and not table.isColumnHidden(c)]
        limit = int(room * (self.share if stretch else 1.0))
        limit -= sum(table.columnWidth(c) for c in fixed if c in self.keep)
        widths = {c: table.columnWidth(c) for c in fixed if c not in self.keep}
        cap = level_cap(list(widths.values()), max(limit, 0))
        for column, width in widths.items():  # the widest give way first; short ones keep theirs
            if width > cap:  # …never narrower than their heading, which cannot wrap
                table.setColumnWidth(column, max(self.heading_width(column), cap))
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()


def level_cap(widths: list[int], limit: int) -> int:
    """The largest cap such that the widths, each cut down to it, add up to at most `limit`."""
    if sum(widths) <= limit:
        return max(widths, default=0)
    remaining, ordered = limit, sorted(widths)
    for index, width in enumerate(ordered):
        share = remaining // (len(ordered) - index)
        if width > share:
            return max(share, 1)
        remaining -= width
    return ordered[-1]


LOW, MID, HIGH = (245, 187, 187), (255, 237, 179), (189, 230, 191)


def shade(points: int | None, maximum: int) -> QColor | None:
    """The heat maps' colour (class and estate): red (no points) through amber to green (full points); None for not applicable."""
    if points is None or maximum <= 0:
        return None
    share = max(0.0, min(1.0, points / maximum))
    a, b, t = (LOW, MID, share * 2) if share < 0.5 else (MID, HIGH, (share - 0.5) * 2)
    return QColor(*(round(x + (y - x) * t) for x, y in zip(a, b, strict=True)))
