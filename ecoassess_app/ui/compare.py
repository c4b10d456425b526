"""Comparison view: one factory's points per criterion then and now, and what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.compare import Comparison, CriterionChange
from ecoassess.i18n import format_day, format_number, format_year, label
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.tables import TableFit
from ecoassess_app.ui.thaiwrap import WrapLabel, breakable

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

UP, DOWN = QColor("#c8e6c9"), QColor("#ffcdd2")


def comparison_pair(store: Store, assessment_id: str) -> tuple[str, str] | None:
    """(then, now) for the selected assessment: with the one it was carried from, else with the
    most recently edited other assessment of the same factory, older one first."""
    current = store.get_assessment(assessment_id)
    partner = None
    if current.carried_from:
        try:
            partner = store.get_assessment(current.carried_from)
        except Exception:  # the earlier one was deleted: fall back to the same factory
            partner = None
    if partner is None:
        for summary in store.list_assessments():  # newest first
            if summary.id != assessment_id and \
                    store.get_assessment(summary.id).factory_uid == current.factory_uid:
                partner = store.get_assessment(summary.id)
                break
    if partner is None:
        return None
    if partner.carried_from == current.id or (current.carried_from != partner.id
                                              and partner.created_at > current.created_at):
        return current.id, partner.id
    return partner.id, current.id


class CompareDialog(QDialog):
    """A table of the 14 criteria: points then, now, the change, and what changed."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.summary = WrapLabel("", self)
        self.summary.setWordWrap(True)
        self.only_changed = QCheckBox(self)
        self.only_changed.toggled.connect(lambda _on: self._fill())
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.fit = TableFit(self.table, stretch=(0, 4), share=0.35)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_changed)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560)
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        c = self.comparison
        years = f"{format_year(c.then_year, lang)} → {format_year(c.now_year, lang)}"
        self.setWindowTitle(self.tr("Comparison: %1, %2").replace("%1", label(c.factory, lang)).replace("%2", years))
        self.only_changed.setText(self.tr("Show only criteria that changed"))
        self.close_button.setText(self.tr("Close"))
        self.summary.setText("\n".join([
            self.tr("Then: %1 · Now: %2").replace("%1", self.when(c.then_year, c.then_date))
            .replace("%2", self.when(c.now_year, c.now_date)),
            self.tr("Total: %1 of %2 (%3 %) → %4 of %5 (%6 %), change %7")
            .replace("%1", str(c.total_then)).replace("%2", str(c.max_then))
            .replace("%3", format_number(c.percent_then, lang, 1)).replace("%4", str(c.total_now))
            .replace("%5", str(c.max_now)).replace("%6", format_number(c.percent_now, lang, 1))
            .replace("%7", f"{c.delta:+d}"),
            self.tr("Verdict: %1 → %2").replace("%1", label(c.verdict_then, lang))
            .replace("%2", label(c.verdict_now, lang)),
        ]))
        lang = current_language()
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), format_year(c.then_year, lang),
                                              format_year(c.now_year, lang), self.tr("Change"),
                                              self.tr("What changed")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def when(self, year: int | None, day: Any) -> str:
        """"year 2568 (15 พฤศจิกายน 2568)": the year assessed, and the date where one is set."""
        lang = current_language()
        shown = self.tr("year %1").replace("%1", format_year(year, lang))
        return f"{shown} ({format_day(day, lang)})" if day else shown

    def _points(self, value: int | None) -> str:
        return self.tr("N/A") if value is None else str(value)

    def _what(self, change: CriterionChange) -> str:
        parts = []
        if change.inputs_changed:
            parts.append(self.tr("answers: %1").replace("%1", ", ".join(change.inputs_changed)))
        if change.not_applicable_then != change.not_applicable_now:
            parts.append(self.tr("not applicable changed"))
        if change.note_changed:
            parts.append(self.tr("note"))
        if change.evidence_then != change.evidence_now:
            parts.append(self.tr("evidence %1 → %2").replace("%1", str(change.evidence_then))
                         .replace("%2", str(change.evidence_now)))
        return "; ".join(parts)

    def visible_changes(self) -> list[CriterionChange]:
        changes = self.comparison.criteria
        return [c for c in changes if c.changed] if self.only_changed.isChecked() else list(changes)

    def _fill(self) -> None:
        lang = current_language()
        rows = self.visible_changes()
        self.table.setRowCount(len(rows))
        for r, change in enumerate(rows):
            cells = [breakable(f"{change.id} {label(change.name, lang)}"), self._points(change.points_then),
                     self._points(change.points_now), f"{change.delta:+d}", self._what(change)]
            cells[4] = breakable(cells[4])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 3 and change.delta:
                    item.setBackground(UP if change.delta > 0 else DOWN)
                self.table.setItem(r, column, item)
        self.fit.refit()


def open_comparison(parent: QWidget, store: Store, assessment_id: str) -> CompareDialog | None:
    """Show the comparison of `assessment_id` with its partner; None when there is none."""
    from ecoassess.compare import compare_ids

    pair = comparison_pair(store, assessment_id)
    if pair is None:
        return None
    dialog = CompareDialog(compare_ids(store, *pair), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
