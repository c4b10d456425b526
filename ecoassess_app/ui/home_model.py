"""The home list as a model: rows filled once, texts made when a row is first shown, readiness
figures set cell by cell as the background pass (home_readiness) delivers them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

COL_FACTORY, COL_YEAR, COL_SCHEME, COL_EDITED, COL_READINESS, COL_STATUS = range(6)
COLUMNS = 6
Index = QModelIndex | QPersistentModelIndex
# (summary, readiness percent or None) -> the six texts of its row, in the window's language
RowTexts = Callable[[Any, float | None], tuple[str, ...]]


class HomeModel(QAbstractTableModel):
    """Assessment summaries (newest first, as the store lists them) and their readiness."""

    def __init__(self, row_texts: RowTexts, shown: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.row_texts = row_texts
        # A name as drawn (Thai break hints where Qt has none): only for the rows on screen,
        # since hinting needs the Thai dictionary; widths and sorting use the plain text.
        self.shown = shown
        self.summaries: list[Any] = []
        self.rows: dict[str, int] = {}
        self.percents: dict[str, float | None] = {}
        self.headers: list[str] = [""] * COLUMNS
        self._texts: list[tuple[str, ...] | None] = []  # made on first use: a view asks for few rows
        # Newest first, as the store lists them, until a heading is clicked (kept over reloads).
        self.sort_column, self.sort_order = COL_EDITED, Qt.SortOrder.DescendingOrder
        self.collator = QCollator(QLocale("th_TH"))
        self.collator.setNumericMode(True)  # "โรงงาน 2" before "โรงงาน 10"

    # --- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(index.row(), index.column())
            return self.shown(text) if index.column() == COL_FACTORY else text
        if role == Qt.ItemDataRole.UserRole:
            return self.summaries[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_FACTORY:
            return self.text(index.row(), COL_FACTORY)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < COLUMNS:
            return self.headers[section]
        return None

    # --- filling -------------------------------------------------------------------------
    def text(self, row: int, column: int) -> str:
        texts = self._texts[row]
        if texts is None:
            summary = self.summaries[row]
            texts = self._texts[row] = self.row_texts(summary, self.percents.get(summary.id))
        return texts[column]

    def set_headers(self, headers: list[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def set_summaries(self, summaries: list[Any]) -> None:
        """A new list (after a reload): one reset, no per-row signals; in the chosen order."""
        self.beginResetModel()
        self.summaries = list(summaries)
        self._order(fresh=True)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A heading was clicked: reorder, keeping the selection on its assessment."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        where = [(self.summaries[i.row()].id, i.column()) for i in kept]
        self._order()
        self.changePersistentIndexList(kept, [self.index(self.rows[ident], column)
                                              for ident, column in where])
        self.layoutChanged.emit()

    def _order(self, *, fresh: bool = False) -> None:
        # Thai names in dictionary order (a leading vowel sorts by the consonant after it).
        texts = {COL_FACTORY, COL_SCHEME, COL_STATUS}
        column = self.sort_column

        def key(summary: Any) -> Any:
            if column in texts:
                return self.collator.sortKey(self.row_texts(summary, None)[column])
            if column == COL_YEAR:
                return (summary.assessment_year or 0, summary.carried_from_year or 0)
            if column == COL_READINESS:
                percent = self.percents.get(summary.id)
                return -1.0 if percent is None else percent
            return summary.updated_at

        if not (fresh and column == COL_EDITED and self.sort_order == Qt.SortOrder.DescendingOrder):
            # (a fresh list is in the store's order, newest first: nothing to do; a stable sort
            # keeps that order among equals)
            self.summaries.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.rows = {s.id: row for row, s in enumerate(self.summaries)}
        self._texts = [None] * len(self.summaries)

    def retext(self) -> None:
        """The language changed: every text is made again when next shown."""
        self._texts = [None] * len(self.summaries)
        if self.summaries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.summaries) - 1, COLUMNS - 1))

    def set_percents(self, percents: dict[str, float | None]) -> list[int]:
        """Readiness figures for some assessments; the rows whose figure changed."""
        changed = []
        for ident, percent in percents.items():
            row = self.rows.get(ident)
            if ident in self.percents and self.percents[ident] == percent:
                continue
            self.percents[ident] = percent
            if row is not None:
                self._texts[row] = None
                changed.append(row)
        self._changed(changed, COL_READINESS, COL_READINESS)
        return changed

    def update_summary(self, summary: Any) -> int | None:
        """One row's summary changed (its wizard saved): its row, or None when not listed."""
        row = self.rows.get(summary.id)
        if row is None:
            return None
        self.summaries[row] = summary
        self._texts[row] = None
        self._changed([row], 0, COLUMNS - 1)
        return row

    def _changed(self, rows: Iterable[int], first: int, last: int) -> None:
        rows = sorted(rows)
        if rows:  # one signal for the span: the view repaints only what it shows of it
            self.dataChanged.emit(self.index(rows[0], first), self.index(rows[-1], last))

    # --- reading -------------------------------------------------------------------------
    def summary(self, row: int) -> Any:
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def find(self, ident: str) -> Any:
        row = self.rows.get(ident)
        return None if row is None else self.summaries[row]
