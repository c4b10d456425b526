"""A date input that shows and accepts Buddhist-Era years in Thai (Qt has no Buddhist calendar)."""

from __future__ import annotations

import re
from datetime import date
from datetime import date as _Date  # the class below has a method `date` that hides the type

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import BE_OFFSET, format_day
from ecoassess.limits import YEAR_MAX, YEAR_MIN
from ecoassess_app.ui.fonts import tint
from ecoassess_app.ui.i18n import current_language

_PATTERN = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_typed(text: str) -> tuple[date | None, bool]:
    """(the date, whether its year was typed in the Buddhist Era). dd/mm/yyyy or yyyy-mm-dd;
    the year is taken as the core's limits say: 1900–2200 is CE, a year that is a sane one
    once 543 is taken off is BE; anything else (or a day that does not exist) is ValueError."""
    text = text.strip()
    if not text:
        return None, False
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        found = _PATTERN.match(text)
        if not found:
            raise ValueError(text)
        day, month, year = (int(g) for g in found.groups())
    if YEAR_MIN <= year <= YEAR_MAX:
        return date(year, month, day), False
    if YEAR_MIN <= year - BE_OFFSET <= YEAR_MAX:
        return date(year - BE_OFFSET, month, day), True
    raise ValueError(text)


def parse_date(text: str) -> date | None:
    """The date typed (see `parse_typed`); ValueError when malformed or out of range."""
    return parse_typed(text)[0]


def format_short(value: date | None, lang: str) -> str:
    """dd/mm/yyyy, the year in the Buddhist Era for Thai."""
    if value is None:
        return ""
    year = value.year + BE_OFFSET if lang == "th" else value.year
    return f"{value.day:02d}/{value.month:02d}/{year}"


class CalendarPopup(QFrame):
    """A month grid under a month list and a year box that counts in the Buddhist Era in Thai.

    QCalendarWidget has no Buddhist calendar (its own header would show 2026 for 2569), so its
    navigation bar is hidden and this header drives it. Picking a day emits `picked(date)`.
    """

    picked = Signal(object)

    def __init__(self, lang: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.offset = BE_OFFSET if lang == "th" else 0
        locale = QLocale("th_TH" if lang == "th" else "en_GB")
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(locale)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)  # as Thai wall calendars
        self.previous, self.next_month = QToolButton(self), QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_month.setArrowType(Qt.ArrowType.RightArrow)
        self.month = QComboBox(self)
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number), number)
        self.year = QSpinBox(self)
        self.year.setRange(1900 + self.offset, 2200 + self.offset)
        header = QHBoxLayout()
        for widget in (self.previous, self.month, self.year, self.next_month):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.calendar)
        self.retranslate()
        shown = value or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self._show_page(shown.year, shown.month)
        self.calendar.currentPageChanged.connect(self._show_page)
        self.month.currentIndexChanged.connect(self._header_changed)
        self.year.valueChanged.connect(self._header_changed)
        self.previous.clicked.connect(self.calendar.showPreviousMonth)
        self.next_month.clicked.connect(self.calendar.showNextMonth)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)  # Enter on the keyboard
        self.calendar.setFocus()

    def retranslate(self) -> None:
        self.previous.setAccessibleName(self.tr("Previous month"))
        self.next_month.setAccessibleName(self.tr("Next month"))
        self.month.setAccessibleName(self.tr("Month"))
        self.year.setAccessibleName(self.tr("Year (B.E.)") if self.offset else self.tr("Year"))
        self.calendar.setAccessibleName(self.tr("Day"))

    def _show_page(self, year: int, month: int) -> None:
        for widget in (self.month, self.year):
            widget.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.year.setValue(year + self.offset)
        for widget in (self.month, self.year):
            widget.blockSignals(False)

    def _header_changed(self, _value: int = 0) -> None:
        self.calendar.setCurrentPage(self.year.value() - self.offset, self.month.currentIndex() + 1)

    def _pick(self, chosen: QDate) -> None:
        self.picked.emit(date(chosen.year(), chosen.month(), chosen.day()))
        self.close()


class BuddhistDateEdit(QWidget):
    """Line edit for dd/mm/yyyy plus a preview of the long date; emits date_changed(date|None)."""

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self.compact = compact  # in a table cell: the long date goes to the tooltip, not beside
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(10)
        self._fit_edit()
        self.pick_button = QToolButton(self)
        self.pick_button.setText("…")
        self.pick_button.clicked.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("datePreview")
        # Said beside the field when a year typed in the other era was converted, so that
        # "30/06/2028" in Thai or "30/06/2571" in English is never silently read otherwise.
        self.era_note = QLabel(self)
        self.era_note.setObjectName("eraNote")
        tint(self.era_note, "#6b4e00")  # no style sheet: it grows in presentation mode
        self.era_note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1 if compact else 0)
        layout.addWidget(self.pick_button)
        layout.addWidget(self.preview, 1)
        self.preview.setVisible(not compact)
        layout.addWidget(self.era_note)  # right beside the date it speaks of
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._commit)
        self.edit.textEdited.connect(self._preview_typed)
        self.retranslate()

    def date(self) -> date | None:
        return self._date

    def set_date(self, value: _Date | None) -> None:
        """Show `value` without emitting date_changed."""
        if value != self._date:
            self.era_note.hide()  # a note about another date no longer applies
        self._date = value
        self.edit.setText(format_short(value, current_language()))
        self._show_preview(value)

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def open_calendar(self) -> CalendarPopup:
        """Show the month grid under the field, at the typed date (or today)."""
        try:
            shown = parse_date(self.edit.text())
        except ValueError:
            shown = self._date
        if self.popup is not None:
            self.popup.deleteLater()  # one pop-up at a time, not one more per click
        self.popup = CalendarPopup(current_language(), shown, self)
        self.popup.picked.connect(self._picked)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        return self.popup

    def _picked(self, value: _Date) -> None:
        self.edit.setText(format_short(value, current_language()))
        self._commit()
        self.edit.setFocus()

    def _preview_typed(self, text: str) -> None:
        try:
            self._show_preview(parse_date(text))
        except ValueError:
            self.preview.setText(self.tr("not a date: use day/month/year"))
            if self.compact:
                self.edit.setToolTip(self.preview.text())
        self._show_era_note(text)

    def _show_era_note(self, text: str) -> None:
        """A visible note when the year typed is not in the era the field shows."""
        try:
            value, typed_be = parse_typed(text)
        except ValueError:
            value, typed_be = None, False
        thai = current_language() == "th"
        note = ""
        if value is not None and typed_be and not thai:
            note = self.tr("%1 is a Buddhist-Era year: taken as %2 (Common Era)").replace(
                "%1", str(value.year + BE_OFFSET)).replace("%2", str(value.year))
        elif value is not None and not typed_be and thai:
            note = self.tr("%1 is a Common-Era year: taken as B.E. %2").replace(
                "%1", str(value.year)).replace("%2", str(value.year + BE_OFFSET))
        self.era_note.setText(note)
        self.era_note.setVisible(bool(note))

    def _show_preview(self, value: _Date | None) -> None:
        text = format_day(value, current_language()) if value else ""
        self.preview.setText(text)
        if self.compact:
            self.edit.setToolTip(text)

    def _commit(self) -> None:
        typed = self.edit.text()
        try:
            value = parse_date(typed)
        except ValueError:
            return
        self._show_era_note(typed)  # said once the field shows the converted year too
        if value != self._date:
            self._date = value
            self.date_changed.emit(value)
        self.edit.setText(format_short(value, current_language()))
        self._show_preview(value)

    def retranslate(self) -> None:
        lang = current_language()
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy (B.E.)") if lang == "th" else self.tr("dd/mm/yyyy"))
        self.pick_button.setToolTip(self.tr("Choose from a calendar"))
        self.pick_button.setAccessibleName(self.tr("Choose from a calendar"))
        self._fit_edit()
        if self.is_valid():
            self.edit.setText(format_short(self._date, lang))
        self._show_preview(self._date)

    def _fit_edit(self) -> None:
        """Room for a whole date, and beside the field its whole hint "dd/mm/yyyy (B.E.)", in the
        font of the moment (larger in presentation mode)."""
        samples = ["00/00/00000"] + ([] if self.compact else [self.edit.placeholderText()])
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in samples) + 12)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_edit()
        super().changeEvent(event)
