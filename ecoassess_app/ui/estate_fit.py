"""Estate tables that fit their tab: the heat map and the snapshots (model views of hundreds of
rows) and the small item tables of the other tabs, which show all their rows in a page that
scrolls vertically."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyle,
    QTableView,
    QTableWidget,
    QWidget,
)

from ecoassess_app.ui.tables import TableFit

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)  # as the delegate wraps


def text_margin(view: QAbstractItemView) -> int:
    """The item delegate's text margin on each side (the focus frame's margin plus one)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def heading_width(view: QTableView, column: int) -> int:
    """The width a heading needs: its widest line and the header's margins."""
    header, model = view.horizontalHeader(), view.model()
    text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    font = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if font is not None else header.fontMetrics()
    widest = max((metrics.horizontalAdvance(line) for line in str(text or "").split("\n")), default=0)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return widest + 2 * margin + 2  # 2 px to spare: 18 headings must fit 1024 px in larger text


class ModelFit(QObject):
    """A model view of many rows fitted to its width without asking the delegate about every
    cell: the panel gives each column's natural width once after filling (`set_widths`); the
    columns that do not wrap keep theirs, the `wrap` columns share what is left (the `stretch`
    column takes the rest) and each row is as tall as its wrapped texts, measured with the
    font on those columns only. Done again, once, when the view changes width or is sorted;
    on a font change (presentation mode) the panel's `remeasure` gives the natural widths anew.
    """

    def __init__(self, view: QTableView, stretch: int, wrap: tuple[int, ...], *, share: float = 0.3) -> None:
        super().__init__(view)
        self.view, self.stretch, self.share = view, stretch, share
        self.wrap = tuple(c for c in wrap if c != stretch)
        self.natural: dict[int, int] = {}
        self.minimum: dict[int, int] = {}
        self.remeasure: Callable[[], None] | None = None  # the panel's measuring, after a font change
        self._width = -1
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no width jump
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setMinimumSectionSize(16)
        view.horizontalHeader().setStretchLastSection(False)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit)
        view.viewport().installEventFilter(self)
        view.model().layoutChanged.connect(lambda *_a: self._later.start())  # sorted: new row order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width and self.natural:
            self._later.start()
        elif event.type() == QEvent.Type.FontChange and self.natural and self.remeasure is not None:
            QTimer.singleShot(0, self, self.remeasure)  # every width measured in the new font
        return False

    def set_widths(self, natural: dict[int, int], minimum: dict[int, int] | None = None) -> None:
        """Each column's natural width (content and heading); `minimum` for the wrap columns
        (their heading, which does not wrap). Then fit, here and now."""
        self.natural, self.minimum = dict(natural), dict(minimum or {})
        self.refit()

    def refit(self) -> None:
        view = self.view
        self._width = room = view.viewport().width()
        columns = view.model().columnCount(QModelIndex())
        natural, minimum = dict(self.natural), dict(self.minimum)
        header = view.horizontalHeader()
        if header.isSortIndicatorShown() and 0 <= header.sortIndicatorSection() < columns:
            # the sorted column's heading gives the arrow half the header's height
            arrow = header.height() // 2
            natural[header.sortIndicatorSection()] = natural.get(header.sortIndicatorSection(), 40) + arrow
            minimum[header.sortIndicatorSection()] = minimum.get(header.sortIndicatorSection(), 0) + arrow
        fixed = [c for c in range(columns) if c != self.stretch and c not in self.wrap]
        widths = {c: natural.get(c, 40) for c in fixed}
        rest = room - sum(widths.values())
        wants = {c: natural.get(c, 40) for c in self.wrap}
        floor = minimum.get(self.stretch, 60)
        if sum(wants.values()) + max(floor, natural.get(self.stretch, 0)) > rest:
            cap = max(int(rest * self.share / max(len(wants), 1)), 1)
            wants = {c: max(minimum.get(c, 0), min(w, cap)) for c, w in wants.items()}
        widths.update(wants)
        widths[self.stretch] = max(floor, rest - sum(wants.values()))
        for column, width in widths.items():
            if view.columnWidth(column) != width:
                view.setColumnWidth(column, width)
        self.fit_rows(widths)

    def fit_rows(self, widths: dict[int, int]) -> None:
        """Rows as tall as their wrapped texts; the commonest height is the default, so that only
        the other rows are sized one by one."""
        view, model = self.view, self.view.model()
        metrics = QFontMetrics(view.font())
        margin = text_margin(view)
        grid = 1 if view.showGrid() else 0  # a cell is its section less the grid line
        pad = 2 * margin + 2 + grid
        line = metrics.height() + pad
        wrapping = (self.stretch, *self.wrap)
        cache: dict[tuple[int, str], int] = {}

        def height(text: str, width: int) -> int:
            key = (width, text)
            found = cache.get(key)
            if found is None:
                room = max(width - grid - 2 * margin, 1)
                found = cache[key] = metrics.boundingRect(QRect(0, 0, room, 100_000), WRAP, text).height() + pad
            return found

        heights = []
        for row in range(model.rowCount(QModelIndex())):
            tallest = line
            for column in wrapping:
                text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if text:
                    tallest = max(tallest, height(str(text), widths[column]))
            heights.append(tallest)
        header = view.verticalHeader()
        common = Counter(heights).most_common(1)[0][0] if heights else line
        if header.defaultSectionSize() != common:
            header.setDefaultSectionSize(common)
        for row, tall in enumerate(heights):
            if header.sectionSize(row) != tall:
                header.resizeSection(row, tall)


def fitted_table(parent: QWidget, stretch: tuple[int, ...], share: float = 0.6) -> QTableWidget:
    """A read-only item table for a page that scrolls: columns sized once after filling
    (TableFit), text wrapped, and as tall as its rows, so that it never scrolls by itself."""
    table = QTableWidget(0, 0, parent)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.fit = TableFit(table, stretch=stretch, share=share)  # type: ignore[attr-defined]
    table.verticalHeader().sectionResized.connect(lambda *_a: fit_height(table))
    table.horizontalHeader().sectionResized.connect(lambda *_a: fit_height(table))
    return table


def fit_height(table: QTableWidget) -> None:
    """The table's height: its heading and every row, nothing to scroll."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    heading = table.horizontalHeader()
    header = max(heading.height(), heading.sizeHint().height()) if not heading.isHidden() else 0
    frame = 2 * table.frameWidth() if table.frameShape() != QFrame.Shape.NoFrame else 0
    height = header + rows + frame
    if table.height() != height or table.minimumHeight() != height:
        table.setFixedHeight(height)


def refit_now(table: QTableWidget) -> None:
    """Size a freshly filled fitted table (columns once, then rows and height)."""
    table.fit.refit()  # type: ignore[attr-defined]
    fit_height(table)
