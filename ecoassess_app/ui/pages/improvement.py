"""Continual improvement: 3 years of product value and quantities, with intensities and trend."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from ecoassess import ecoefficiency, model
from ecoassess.errors import ValidationError
from ecoassess.i18n import BE_OFFSET, format_number
from ecoassess.limits import check_number
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import tint
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.pages.base import (
    DONE,
    IN_PROGRESS,
    NOT_STARTED,
    BasePage,
    multiline_edit,
    wrap_label,
)
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.tables import TableFit
from ecoassess_app.ui.thaiwrap import breakable

ITEM = "improvement"


def parse_number(text: str) -> float | None:
    """A quantity as typed: thousands separators and spaces allowed, Thai digits too; empty is
    None. Raises ValueError for text, "nan"/"inf" and negative numbers."""
    cleaned = text.replace(",", "").replace(" ", "").replace("\u00a0", "").strip()
    if not cleaned:
        return None
    number = float(cleaned)
    if not math.isfinite(number) or number < 0:
        raise ValueError(text)
    return number


def show_number(number: float) -> str:
    """A quantity for its cell: thousands separators, two decimals (12,345.50)."""
    return format_number(number, "en", 2)


INVALID = "#f8d7da"


def label_item(text: str) -> QTableWidgetItem:
    """A row's name in the first column: wraps between words, cannot be edited."""
    item = QTableWidgetItem(breakable(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setBackground(QColor("#f3f3f3"))
    return item


class ImprovementPage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.spec = session.scheme.improvement
        row = QHBoxLayout()
        self.year_caption = QLabel(self.content)
        self.last_year = QSpinBox(self.content)
        self.last_year.setRange(1990, 2200)
        self.last_year.valueChanged.connect(self._year_changed)
        self.year_caption.setBuddy(self.last_year)
        row.addWidget(self.year_caption)
        row.addWidget(self.last_year)
        row.addStretch(1)
        self.body.addLayout(row)
        self.data_caption = wrap_label(parent=self.content)
        # What each row is sits in a first column of its own, so that a long name wraps.
        self.table = QTableWidget(1 + len(self.spec.quantities), 1 + self.spec.years, self.content)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._cell_changed)
        self.table.setMinimumHeight(230)
        self.table_fit = TableFit(self.table, stretch=tuple(range(1, 1 + self.spec.years)), share=0.4)
        self.invalid: dict[tuple[int, int], str] = {}  # cells holding text that is not a quantity
        self.error = wrap_label(parent=self.content, name="improvementError")
        tint(self.error, "#b00020")
        self.result_caption = wrap_label(parent=self.content)
        self.results = QTableWidget(len(self.spec.quantities), 2 + self.spec.years, self.content)
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setMinimumHeight(200)
        self.results_fit = TableFit(self.results, stretch=tuple(range(1, 2 + self.spec.years)), share=0.3)
        self.messages = wrap_label(parent=self.content, name="improvementMessages")
        self.note = wrap_label(parent=self.content)
        tint(self.note, "#555", italic=True)
        # The social part of the block, in the factory's own words (printed in the dossier)
        self.social_caption = QLabel(self.content)
        self.social_caption.setWordWrap(True)
        self.social_help = wrap_label(parent=self.content)
        tint(self.social_help, "#555")
        self.social = multiline_edit(self.content, 90)
        self.social.setObjectName("socialOutcome")
        self.social_caption.setBuddy(self.social)
        self.social.textChanged.connect(self._social_changed)
        for widget in (self.data_caption, self.table, self.error, self.result_caption, self.results,
                       self.messages, self.note, self.social_caption, self.social_help, self.social):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.retranslate()

    def side_title(self) -> str:
        return self.tr("Continual improvement")

    def rows(self) -> list[Any]:
        return [self.spec.product_value, *self.spec.quantities]

    def cell(self, row: int, year_index: int) -> QTableWidgetItem:
        """The data cell of a row (quantity) and a year (0 = the earliest shown)."""
        item = self.table.item(row, 1 + year_index)
        assert item is not None  # every data cell is filled when the table is built
        return item

    def years(self) -> list[int]:
        last = self._last_year_ce()
        return list(range(last - self.spec.years + 1, last + 1))

    def _last_year_ce(self) -> int:
        years = [r.get("year") for r in self.session.value(ITEM, "years", []) if isinstance(r, dict)]
        stored = [y for y in years if isinstance(y, int)]
        return max(stored) if stored else date.today().year - 1

    def year_text(self, year: int) -> str:
        return str(year + BE_OFFSET) if current_language() == "th" else str(year)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Continual improvement"))
        self.set_intro(self.tr("Three years of data: product value and the amounts used or emitted."))
        self.year_caption.setText(self.tr("&Latest year of data"))
        self.last_year.setAccessibleName(self.tr("Latest year of data"))
        self.data_caption.setText(self.tr("Data per year (type numbers; they are saved at once):"))
        self.table.setAccessibleName(self.tr("Data per year"))
        self.result_caption.setText(self.tr("Intensity %1, change on the year before, and trend:")
                                    .replace("%1", pick(self.spec.intensity_unit)))
        self.results.setAccessibleName(self.tr("Intensities and trend"))
        self.note.setText(pick(self.spec.note) if self.spec.note else "")
        field = self.spec.social_outcome
        for widget in (self.social_caption, self.social_help, self.social):
            widget.setVisible(field is not None)
        if field is not None:
            self.social_caption.setText(pick(field.label))
            self.social_help.setText(pick(field.help) if field.help else "")
            self.social.setAccessibleName(pick(field.label))
        self.refresh()

    def refresh(self) -> None:
        th = current_language() == "th"
        self.last_year.blockSignals(True)
        offset = BE_OFFSET if th else 0
        self.last_year.setRange(1990 + offset, 2200 + offset)
        self.last_year.setValue(self._last_year_ce() + offset)
        self.last_year.blockSignals(False)
        years = self.years()
        by_year = {r.get("year"): r for r in self.session.value(ITEM, "years", []) if isinstance(r, dict)}
        self.table.blockSignals(True)
        self.table.setHorizontalHeaderLabels([self.tr("Per year")] + [self.year_text(y) for y in years])
        for r, quantity in enumerate(self.rows()):
            self.table.setItem(r, 0, label_item(f"{pick(quantity.label)} ({pick(quantity.unit)})"))
            for c, year in enumerate(years, start=1):
                raw = by_year.get(year, {}).get(quantity.id)
                text = "" if raw is None else show_number(raw)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.invalid.clear()
        self.table.blockSignals(False)
        field = self.spec.social_outcome
        if field is not None:
            text = self.session.value(ITEM, field.id) or ""
            if self.social.toPlainText() != text:
                self.social.blockSignals(True)
                self.social.setPlainText(text)
                self.social.blockSignals(False)
        self.table_fit.refit()
        self._show_error()
        self._show_results()

    def _social_changed(self) -> None:
        field = self.spec.social_outcome
        if self._loading or field is None:
            return
        value = dict(self.session.answer(ITEM).value)
        text = self.social.toPlainText()
        if text.strip():
            value[field.id] = text
        else:
            value.pop(field.id, None)
        self.session.set_fields(ITEM, value=value)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            return
        quantity = self.rows()[item.row()]
        year = self.years()[item.column() - 1]
        place = (item.row(), item.column())
        try:
            number = parse_number(item.text())
        except ValueError:
            # The typed text stays in its cell, marked, until it is corrected; the saved figure
            # is unchanged.
            self.invalid[place] = self.tr("“%1” is not a quantity: type a number of zero or more, "
                                          "e.g. 12,500.75.").replace("%1", item.text())
            self._mark(item, self.invalid[place])
            self._show_error()
            return
        if number is not None:
            kind = "baht" if quantity.id == self.spec.product_value.id else "quantity"
            try:  # the core's sane range: a slip of ten zeros is a reason, not a figure
                check_number(number, kind, f"{year} {pick(quantity.label)}")
            except ValidationError as error:
                self.invalid[place] = error_text(error)
                self._mark(item, self.invalid[place])
                self._show_error()
                return
        self.invalid.pop(place, None)
        self._mark(item, "")
        self._show_error()
        self._store(year, quantity.id, number)
        if number is not None and item.text() != show_number(number):
            self.table.blockSignals(True)
            item.setText(show_number(number))
            self.table.blockSignals(False)

    def _mark(self, item: QTableWidgetItem, problem: str) -> None:
        self.table.blockSignals(True)
        item.setBackground(QColor(INVALID) if problem else QBrush())
        item.setToolTip(problem)
        self.table.blockSignals(False)

    def _show_error(self) -> None:
        """The first cell still to correct (and how many), until every one is fixed."""
        if not self.invalid:
            self.error.setText("")
            return
        first = self.invalid[min(self.invalid)]
        more = len(self.invalid) - 1
        self.error.setText(first + (" " + self.tr("(%1 more cells to correct)").replace("%1", str(more))
                                    if more else ""))

    def _store(self, year: int, quantity_id: str, number: float | None) -> None:
        rows = {r["year"]: dict(r) for r in self.session.value(ITEM, "years", []) if isinstance(r, dict) and "year" in r}
        for shown in self.years():  # keep every shown year, so the columns stay put
            rows.setdefault(shown, {"year": shown})
        row = rows[year]
        if number is None:
            row.pop(quantity_id, None)
        else:
            row[quantity_id] = number
        value = dict(self.session.answer(ITEM).value)
        value["years"] = [rows[y] for y in sorted(rows)]
        self.session.set_fields(ITEM, value=value)
        self._show_results()

    def _year_changed(self, shown: int) -> None:
        if self._loading:
            return
        last = shown - (BE_OFFSET if current_language() == "th" else 0)
        old_years = self.years()
        rows = [r for r in self.session.value(ITEM, "years", []) if isinstance(r, dict)]
        shift = last - old_years[-1]
        moved = [{**r, "year": r["year"] + shift} for r in rows if isinstance(r.get("year"), int)]
        value = dict(self.session.answer(ITEM).value)
        value["years"] = moved or [{"year": last}]
        self.session.set_fields(ITEM, value=value)
        self.reload()

    def _show_results(self) -> None:
        figures = ecoefficiency.compute(self.session.scheme, self.session.answer(ITEM).value)
        years = self.years()
        lang = current_language()
        self.results.setHorizontalHeaderLabels([self.tr("Intensity")] + [self.year_text(y) for y in years]
                                               + [self.tr("Trend")])
        for r, series in enumerate(figures.series):
            self.results.setItem(r, 0, label_item(pick(series.label)))
            for c, year in enumerate(years, start=1):
                value = series.intensities.get(year)
                change = series.yoy_percent.get(year)
                text = format_number(value, lang, 2) if value is not None else "—"
                if change is not None:
                    text += f" ({change:+.2f} %)"
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.results.setItem(r, c, item)
            trend = {True: self.tr("improving every year"), False: self.tr("not improving every year"),
                     None: self.tr("not enough data")}[series.improving]
            self.results.setItem(r, 1 + len(years), QTableWidgetItem(breakable(trend)))
        self.results_fit.refit()
        lines = [pick(m) for m in figures.messages][:6]
        for suggestion in self.session.result().suggestions:
            lines.append("→ " + pick(suggestion.text))
        self.messages.setText("\n".join(lines))

    def leave_forward(self) -> None:
        self.session.mark_done(ITEM)

    def status(self) -> str:
        answer = self.session.assessment.answers.get(ITEM)
        if answer is None or answer.status == model.WorkflowStatus.NOT_STARTED:
            return NOT_STARTED
        return DONE if answer.status == model.WorkflowStatus.DONE else IN_PROGRESS
