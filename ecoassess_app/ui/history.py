"""History view: what changed in an assessment, old and new value, and when."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_day
from ecoassess.timeutil import local
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.tables import TableFit

if TYPE_CHECKING:
    pass


def show_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class HistoryDialog(QDialog):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change history"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Old value"), self.tr("New value"), self.tr("When")])
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.fit = TableFit(self.table, stretch=(1, 2), share=0.45)
        self.table.verticalHeader().hide()
        self.scheme = getattr(session, "scheme", None)
        entries = session.store.history(session.id)
        self.table.setRowCount(len(entries))
        lang = current_language()
        for row, entry in enumerate(entries):
            stamp = local(entry.changed_at)  # stored in UTC, shown in this computer's time
            when = f"{format_day(stamp, lang, 'short')} {stamp:%H:%M:%S}"
            for column, text in enumerate((self.what(entry.item_id, entry.field), show_value(entry.old_value),
                                           show_value(entry.new_value), when)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.fit.refit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 520)

    def what(self, item_id: str, field: str) -> str:
        """"C02 Energy management · notes" rather than raw ids."""
        fields = {"value": self.tr("answer"), "note": self.tr("notes"), "justification": self.tr("justification"),
                  "not_applicable": self.tr("not applicable"), "evidence": self.tr("evidence"),
                  "action": self.tr("action"), "scheme_version": self.tr("scheme version")}
        items = {"profile": self.tr("Factory profile"), "assessment": self.tr("Assessment"),
                 "improvement": self.tr("Continual improvement")}
        name = items.get(item_id, item_id)
        found = None
        if self.scheme is not None:
            found = self.scheme.criterion(item_id) or self.scheme.prerequisite(item_id)
        if found is not None:
            name = f"{item_id} {pick(found.name)}"
        return f"{name} · {fields.get(field, field)}"
