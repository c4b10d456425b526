"""Sizing a long list's columns and rows from its texts, without asking the view about each cell.

TableFit (tables.py) lets Qt measure every cell through its delegate, about half a millisecond
each: half a second for a thousand rows. A list of a thousand assessments is measured here with
font metrics instead: the columns from their texts' widths, every row one line high except the
few whose text needs more, each of those measured wrapped as the delegate draws it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
)

from ecoassess_app.ui.tables import level_cap

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
# Pixels beyond a text's advance that keep it on one line: the grid line and the wrapped layout's
# rounding (a text exactly as wide as its room can still wrap).
SPARE = 3
SLICE = 150  # rows measured in one go: a few milliseconds


class ModelFit(QObject):
    """Keeps a QTableView over a model with `text(row, column)` fitted to its width.

    As TableFit: the columns that do not stretch get at most `share` of the width together
    (their text wraps beyond that), the `stretch` column takes the rest; rows are as tall as
    their wrapped text. `shown(text)` is the text as the view draws it (break hints).
    """

    def __init__(self, view: QTableView, stretch: int, shown: Callable[[str], str], *,
                 share: float = 0.6) -> None:
        super().__init__(view)
        self.view, self.stretch, self.shown, self.share = view, stretch, shown, share
        self._advances: dict[int, list[int]] = {}  # column -> each row's one-line width
        self._tall: set[int] = set()  # rows taller than one line
        self._pending: list[int] = []  # rows still to measure, a slice per turn of the event loop
        self._slices = QTimer(self)
        self._slices.setSingleShot(True)
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._next_slice)
        self._width = -1
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        view.horizontalHeader().setMinimumSectionSize(24)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setMinimumSectionSize(8)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width:
            self._later.start()
        elif event.type() == QEvent.Type.FontChange:  # presentation mode: every text measured anew
            self.forget()
            self._later.start()
        return False

    def forget(self) -> None:
        """Every text may have changed (a new list, another language): measure all again."""
        self._advances.clear()

    def reset(self) -> None:
        """The model was reset (its rows are all one line again): measure everything."""
        self._advances.clear()
        self._tall.clear()
        self._pending = []

    def update(self, rows: list[int]) -> None:
        """These rows' texts changed: measure them, and refit the columns only if one must widen."""
        if not self._advances:
            self.refit()
            return
        metrics = self.view.fontMetrics()
        widen = False
        for column, advances in self._advances.items():
            widest = max(advances, default=0)
            for row in rows:
                text = self._text(row, column)
                advances[row] = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                widen = widen or advances[row] > widest
        if widen:
            self.refit()
        else:
            self._rows(rows)

    def _text(self, row: int, column: int) -> str:
        # the models this fits (home_model) give a row's text without building a QModelIndex
        text: str = self.view.model().text(row, column)  # type: ignore[attr-defined]
        return text

    def _margin(self) -> int:
        # The item delegate's text margin: the focus frame's margin plus one, on each side.
        return 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1)

    def _advance(self, column: int) -> list[int]:
        found = self._advances.get(column)
        if found is None:
            model, metrics = self.view.model(), self.view.fontMetrics()
            widths: dict[str, int] = {}  # a column repeats its texts (years, statuses)
            found = []
            for row in range(model.rowCount()):
                text = self._text(row, column)
                width = widths.get(text)
                if width is None:
                    width = widths[text] = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                found.append(width)
            self._advances[column] = found
        return found

    def heading_width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = max(header.minimumSectionSize(), header.fontMetrics().horizontalAdvance(text) + 2 * margin + 2)
        if header.isSortIndicatorShown() and column == header.sortIndicatorSection():
            # Fusion (Qt 6) draws the sort arrow beside the heading, in the same section: room for
            # both, as the style itself counts it ("แก้ไขล่าสุด" lost its last letter under the arrow).
            width = max(width, header.sectionSizeHint(column))
        return width

    def refit(self) -> None:
        """Columns from their texts' widths, then the rows' heights."""
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        self._width = view.viewport().width()
        count, margin = model.columnCount(), self._margin()
        fixed = [c for c in range(count) if c != self.stretch]
        widths = {c: max([self.heading_width(c), *(w + margin + SPARE for w in self._advance(c))]) for c in fixed}
        cap = level_cap(list(widths.values()), max(int(max(self._width, 200) * self.share), 0))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in widths.items():  # the widest give way first; never below the heading
            view.setColumnWidth(column, width if width <= cap else max(self.heading_width(column), cap))
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        self._rows()

    def _rows(self, rows: list[int] | None = None) -> None:
        """Row heights: one line, except where a text needs more (measured wrapped, as drawn).

        All rows: the ones in sight at once, the others a slice at a time while the event loop
        runs, so that a long list never holds the window still."""
        vertical = self.view.verticalHeader()
        line = self._line_height()
        if vertical.defaultSectionSize() != line:
            vertical.setDefaultSectionSize(line)
        if rows is not None:
            self._measure(rows)
            return
        count = self.view.model().rowCount()
        first = max(self.view.rowAt(0), 0)
        shown = list(range(first, min(count, first + SLICE)))
        self._pending = [r for r in range(count) if r < first or r >= first + SLICE]
        self._measure(shown)
        if self._pending:
            self._slices.start()

    def _next_slice(self) -> None:
        rows, self._pending = self._pending[:SLICE], self._pending[SLICE:]
        self._measure(rows)
        if self._pending:
            self._slices.start()

    def _measure(self, rows: list[int]) -> None:
        view, model = self.view, self.view.model()
        vertical, metrics = view.verticalHeader(), view.fontMetrics()
        line = vertical.defaultSectionSize()
        # Beyond the text: what a one-line row adds, and never less than the grid line under the
        # cell (in presentation mode the two were equal, and the second line was cut to "…").
        extra = max(line - metrics.height(), 1)
        # A cell's text has its column less the grid line and the delegate's margins.
        room = {c: view.columnWidth(c) - self._margin() - 1 for c in range(model.columnCount())}
        # Only columns with a text that may wrap are looked at row by row (usually the names).
        advances = {c: a for c in room if max(a := self._advance(c), default=0) + SPARE - 1 > room[c]}
        tall: dict[int, int] = {}
        for column, widths in advances.items():
            limit = room[column] - SPARE + 1
            for row in rows:
                if row < len(widths) and widths[row] > limit:  # measured wrapped only if it may wrap
                    text = self.shown(self._text(row, column))
                    wrapped = metrics.boundingRect(QRect(0, 0, max(room[column], 1), 100_000), WRAP, text)
                    tall[row] = max(tall.get(row, line), wrapped.height() + extra)
        for row in rows:
            height = tall.get(row)
            if height is None and row in self._tall:  # no longer tall
                vertical.resizeSection(row, line)
                self._tall.discard(row)
            elif height is not None:
                if vertical.sectionSize(row) != height:
                    vertical.resizeSection(row, height)
                self._tall.add(row)

    def _line_height(self) -> int:
        """A one-line row as the view's delegate sizes it."""
        model = self.view.model()
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.font = self.view.font()
        option.fontMetrics = self.view.fontMetrics()
        index = model.index(0, 0) if model.rowCount() else QModelIndex()
        if not index.isValid():
            return self.view.fontMetrics().height() + 2 * (self._margin() // 2)
        option.text = "x"
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        return self.view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option,
                                                  self.view.fontMetrics().size(0, "x"), self.view).height()
