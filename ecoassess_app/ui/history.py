"""History view: one row per edit in words (page, field, old and new value, when), a page
filter, a lazy model that opens 100k rows at once, and "restore the value before this change"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecoassess import history_view
from ecoassess.errors import EcoAssessError
from ecoassess.i18n import format_day
from ecoassess.timeutil import local
from ecoassess_app.ui import dialogs
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language, pick

PAGE = 200  # rows read per fetch: the view asks for more as it scrolls
Index = QModelIndex | QPersistentModelIndex

if TYPE_CHECKING:
    pass


class HistoryModel(QAbstractTableModel):
    """Rows from the store a page at a time (canFetchMore / fetchMore), newest first."""

    def __init__(self, session: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[str] | None = None
        # The versions moved from: they name the rows of criteria the scheme no longer has.
        self.former = history_view.former_schemes(session.store, session.id, session.scheme)
        self.rows: list[history_view.HistoryRow] = []
        self.total = 0
        self.headers: list[str] = []
        self.reload()

    def set_filter(self, items: list[str] | None) -> None:
        self.items = items
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        store, aid = self.session.store, self.session.id
        self.total = store.history_count(aid, self.items)
        self.rows = self._read(0)
        self.endResetModel()

    def _read(self, offset: int) -> list[history_view.HistoryRow]:
        entries = self.session.store.history_page(self.session.id, offset, PAGE, self.items)
        return [history_view.describe(self.session.scheme, e, self.former) for e in entries]

    # Qt's model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        more = self._read(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        return self.cell(row, index.column())

    def cell(self, row: history_view.HistoryRow, column: int) -> str:
        if column == 0:
            return pick(row.page)
        if column == 1:
            return pick(row.what)
        if column == 2:
            return pick(row.old)
        if column == 3:
            return pick(row.new)
        stamp = local(row.changed_at)  # stored in UTC, shown in this computer's time
        return f"{format_day(stamp, current_language(), 'short')} {stamp:%H:%M:%S}"

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section < len(self.headers):
            return self.headers[section]
        return None


class HistoryDialog(QDialog):
    restored = Signal(str)  # the item id whose value came back

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = HistoryModel(session, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive,) * 2
                                      + (QHeaderView.ResizeMode.Stretch,) * 2
                                      + (QHeaderView.ResizeMode.ResizeToContents,)):
            header.setSectionResizeMode(column, mode)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.filter_caption = QLabel(self)
        self.filter = QComboBox(self)
        self.filter_caption.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)
        self.count_label.setContentsMargins(4, 0, 6, 0)  # room for the last Thai mark
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.filter_caption)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.show_error = lambda title, text: dialogs.warn(self, title, text)
        self.retranslate()
        fit_to_screen(self, 900, 520)
        self._size_columns()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change history"))
        self.view.setAccessibleName(self.tr("Change history"))
        self.model.headers = [self.tr("Page"), self.tr("What"), self.tr("Old value"), self.tr("New value"),
                              self.tr("When")]
        self.filter_caption.setText(self.tr("&Show"))
        self.restore_button.setText(self.tr("&Restore the value before this change"))
        self.restore_button.setToolTip(self.tr("Puts back the old value of the selected row; "
                                               "the restore is itself recorded here"))
        self.close_button.setText(self.tr("Close"))
        self._fill_filter()

    def _fill_filter(self) -> None:
        """Every page with history, in the wizard's order."""
        scheme = self.session.scheme
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All pages"), None)
        ids = ["profile", "assessment", *(p.id for p in scheme.prerequisites),
               *(c.id for c in scheme.criteria), "improvement"]
        former = dict.fromkeys(i for s in self.model.former for i in s.item_ids() if i not in ids)
        dropped = [i for i in former if self.session.store.history_count(self.session.id, [i])]  # left by a move
        for item_id in [*ids, *dropped]:
            self.filter.addItem(pick(history_view.page_name(scheme, item_id, self.model.former)), item_id)
        self.filter.blockSignals(False)
        self._show_count()

    def _filter_changed(self) -> None:
        item = self.filter.currentData()
        self.model.set_filter(None if item is None else [item])
        self.view.resizeRowsToContents()  # the heights were the unfiltered rows'
        self._show_count()
        self._selected()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 changes").replace("%1", f"{self.model.total:,}"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._size_columns)  # presentation mode: rows as tall as the text
        super().changeEvent(event)

    def _size_columns(self) -> None:
        width = max(self.view.viewport().width(), 600)
        self.view.setColumnWidth(0, int(width * 0.2))
        self.view.setColumnWidth(1, int(width * 0.16))
        self.view.resizeRowsToContents()

    def selected_row(self) -> history_view.HistoryRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _selected(self) -> None:
        row = self.selected_row()
        self.restore_button.setEnabled(row is not None and row.restorable)

    def restore_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not row.restorable or row.id is None:
            return False
        self.session.flush()  # nothing typed may be lost under the restored value
        try:
            history_view.restore(self.session.store, self.session.id, row.id)
        except EcoAssessError as error:
            self.show_error(self.tr("Change history"), error_text(error))
            return False
        self.session.reload()
        self.model.reload()
        self._show_count()
        self.restored.emit(row.item_id)
        return True
