"""A date input that shows and accepts Buddhist-Era years in Thai (Qt has no Buddhist calendar)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ecoassess.i18n import BE_OFFSET, format_day
from ui.i18n import current_language

_PATTERN = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
BE_THRESHOLD = 2400  # a four-digit year at or above this is a Buddhist-Era year


def parse_date(text: str) -> date | None:
    """dd/mm/yyyy with a BE (≥ 2400) or CE year, or ISO yyyy-mm-dd; ValueError when malformed."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        found = _PATTERN.match(text)
        if not found:
            raise ValueError(text)
        day, month, year = (int(g) for g in found.groups())
    if year >= BE_THRESHOLD:
        year -= BE_OFFSET
    return date(year, month, day)


def format_short(value: date | None, lang: str) -> str:
    """dd/mm/yyyy, the year in the Buddhist Era for Thai."""
    if value is None:
        return ""
    year = value.year + BE_OFFSET if lang == "th" else value.year
    return f"{value.day:02d}/{value.month:02d}/{year}"


class BuddhistDateEdit(QWidget):
    """Line edit for dd/mm/yyyy plus a preview of the long date; emits date_changed(date|None)."""

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(10)
        self.edit.setMinimumWidth(110)
        self.preview = QLabel(self)
        self.preview.setObjectName("datePreview")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview, 1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._commit)
        self.edit.textEdited.connect(self._preview_typed)
        self.retranslate()

    def date(self) -> date | None:
        return self._date

    def set_date(self, value: date | None) -> None:
        """Show `value` without emitting date_changed."""
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

    def _preview_typed(self, text: str) -> None:
        try:
            self._show_preview(parse_date(text))
        except ValueError:
            self.preview.setText(self.tr("not a date: use day/month/year"))

    def _show_preview(self, value: date | None) -> None:
        self.preview.setText(format_day(value, current_language()) if value else "")

    def _commit(self) -> None:
        try:
            value = parse_date(self.edit.text())
        except ValueError:
            return
        if value != self._date:
            self._date = value
            self.date_changed.emit(value)
        self.edit.setText(format_short(value, current_language()))
        self._show_preview(value)

    def retranslate(self) -> None:
        lang = current_language()
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy (B.E.)") if lang == "th" else self.tr("dd/mm/yyyy"))
        if self.is_valid():
            self.edit.setText(format_short(self._date, lang))
        self._show_preview(self._date)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
