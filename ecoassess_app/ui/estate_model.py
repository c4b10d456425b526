"""Table models of the estate window: the heat map (factories × C01–C14) and the snapshots.

Models, not item widgets: a view of 3,000 rows asks only for the cells on screen, and the data
stay plain lists filled once per refresh.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ecoassess.i18n import format_day, format_number, label, message
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.tables import shade

SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex



def name_ranks(names: list[str]) -> list[int]:
    """Each name's place in Thai dictionary order (Thai and English names alike)."""
    from ecoassess.reference import thai_sorted

    order = thai_sorted(range(len(names)), lambda i: names[i].casefold())
    rank = [0] * len(names)
    for place, i in enumerate(order):
        rank[i] = place
    return rank


class HeatMapModel(QAbstractTableModel):
    """Rows: the latest snapshot of each factory. Columns: name, date, C01…C14, %, readiness."""

    FIXED = 2  # name, date

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.criteria: list[Any] = []
        self.weakest: set[str] = set()
        self._colours: list[list[QColor | None]] = []
        self._rank: list[int] = []  # Thai dictionary order of the names
        self._bold = QFont()
        self._bold.setBold(True)

    def set_overview(self, overview: Any) -> None:
        self.beginResetModel()
        heat = overview.heatmap if overview is not None else None
        self.rows = list(heat.rows) if heat else []
        self.criteria = list(heat.criteria) if heat else []
        self.weakest = set(heat.weakest) if heat else set()
        maxima = [c.max for c in self.criteria]
        self._colours = [[shade(r.points.get(c.id), m) for c, m in zip(self.criteria, maxima, strict=True)]
                         for r in self.rows]
        self._rank = name_ranks([r.name for r in self.rows])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.FIXED + len(self.criteria) + 2

    def criterion_at(self, column: int) -> Any:
        index = column - self.FIXED
        return self.criteria[index] if 0 <= index < len(self.criteria) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        criterion = self.criterion_at(column)
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.name_text(index.row())
            if column == 1:
                return format_day(row.date, lang, "short")
            if criterion is not None:
                points = row.points.get(criterion.id)
                return "–" if points is None else str(points)
            if column == self.columnCount() - 2:
                return format_number(row.percent, lang, 1)
            return message(f"verdict.{row.verdict}", lang)
        if role == SORT_ROLE:
            if column == 0:
                return self._rank[index.row()]
            if column == 1:
                return row.date.toordinal()
            if criterion is not None:
                points = row.points.get(criterion.id)
                return -1 if points is None else points
            return row.percent if column == self.columnCount() - 2 else row.verdict
        if role == Qt.ItemDataRole.BackgroundRole and criterion is not None:
            return self._colours[index.row()][column - self.FIXED]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and criterion is not None:
            return f"{criterion.id} {label(criterion.name, lang)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        criterion = self.criterion_at(section)
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if criterion is not None:
                mean = "–" if criterion.mean is None else format_number(criterion.mean, lang, 1)
                return f"{criterion.id}\n{mean}"
            names = [message("estate.col.factory", lang), message("estate.col.date", lang)]
            names += ["%", message("estate.col.verdict", lang)]
            index = section if section < self.FIXED else section - len(self.criteria)
            return names[index]
        if role == Qt.ItemDataRole.ToolTipRole and criterion is not None:
            return f"{criterion.id} {label(criterion.name, lang)}"
        if role == Qt.ItemDataRole.FontRole and criterion is not None and criterion.id in self.weakest:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and criterion is not None and criterion.id in self.weakest:
            return QColor("#b71c1c")
        return None

    def name_text(self, row: int) -> str:
        """The factory cell: its code, and its name unless anonymised."""
        found = self.rows[row]
        return found.name if found.name == found.code else f"{found.code}  {found.name}"

    def factory_id(self, row: int) -> int | None:
        return self.rows[row].factory_id if 0 <= row < len(self.rows) else None


class SnapshotsModel(QAbstractTableModel):
    """Every snapshot of the estate: factory, date, source, consent, scheme version, readiness."""

    COLUMNS = ("factory", "date", "source", "consent", "scheme", "percent")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.names: dict[int, str] = {}
        self._rank: list[int] = []

    def set_rows(self, rows: list[Any], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.names = list(rows), dict(names)
        self._rank = name_ranks([self.names.get(r.factory_id, r.code) for r in self.rows])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        row, name = self.rows[index.row()], self.COLUMNS[index.column()]
        lang = current_language()
        if name == "factory":
            shown = self.names.get(row.factory_id, row.code)
            if role == SORT_ROLE:
                return self._rank[index.row()]
            return shown if shown == row.code else f"{row.code}  {shown}"
        if name == "date":
            return row.dated.toordinal() if role == SORT_ROLE else format_day(row.dated, lang, "short")
        if name == "source":
            return f"{message('estate.source.' + row.source, lang)}: {row.source_name}"
        if name == "consent":
            return message("sheet.yes" if row.consent else "sheet.no", lang)
        if name == "scheme":
            mapped = f" ← {row.mapped_from}" if row.mapped_from else ""
            return row.scheme_version + mapped
        percent = row.summary["percent"] if row.summary else None
        if role == SORT_ROLE:
            return -1 if percent is None else percent
        return "—" if percent is None else format_number(percent, lang, 1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return message("estate.snapcol." + self.COLUMNS[section], current_language())

    def snapshot_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def describe(self, snapshot_id: int) -> str:
        """"F007  บริษัท … (4/11/2569)": the factory as shown and the snapshot's date."""
        for index, row in enumerate(self.rows):
            if row.id == snapshot_id:
                factory = self.data(self.index(index, 0))
                return f"{factory} ({format_day(row.dated, current_language(), 'short')})"
        return str(snapshot_id)
