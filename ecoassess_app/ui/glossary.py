"""The glossary window: every term and abbreviation the ladders use, with its source; searchable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.tables import TableFit
from ecoassess_app.ui.thaiwrap import WrapLabel, breakable
from ecoassess_app.ui.widgets.helppane import headword, source_line

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme


class GlossaryDialog(QDialog):
    def __init__(self, scheme: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme
        self.intro = WrapLabel("", self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fit = TableFit(self.table, stretch=(1, 2), share=0.25)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.intro.setText(self.tr("The terms and abbreviations the criteria use, each with where it "
                                   "comes from. Type to find one."))
        self.search.setPlaceholderText(self.tr("Find a term (e.g. SEC, ผชพ.)"))
        self.search.setAccessibleName(self.tr("Find a term"))
        self.table.setAccessibleName(self.tr("Glossary"))
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Meaning"), self.tr("Source")])
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        entries = self.scheme.glossary
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            term = headword(entry)
            cells = (term, f"{pick(entry.name)}: {pick(entry.definition)}",
                     source_line(self.scheme, entry.sources))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(breakable(text)))
        self.fit.refit()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row, entry in enumerate(self.scheme.glossary):
            words = " ".join([*entry.spellings(), entry.name.th, entry.name.en]).casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in words)

    def visible_terms(self) -> list[str]:
        return [e.term for row, e in enumerate(self.scheme.glossary) if not self.table.isRowHidden(row)]
