"""The home window's questions: a new assessment's factory and year, and next year's year."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import BE_OFFSET
from ecoassess.limits import YEAR_MAX, YEAR_MIN
from ecoassess_app.ui.fonts import tint
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel


@dataclass
class NewAssessment:
    name_th: str
    name_en: str
    year: int  # Common Era


class YearBox(QSpinBox):
    """A year as the reader counts it (Buddhist Era in Thai); `year()` is always Common Era."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = BE_OFFSET if current_language() == "th" else 0
        self.setRange(YEAR_MIN + self.offset, YEAR_MAX + self.offset)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_year(self, year: int) -> None:
        self.setValue(year + self.offset)

    def year(self) -> int:
        return self.value() - self.offset


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    dialog.ok_button = ok  # type: ignore[attr-defined]  # both dialogs declare it
    cancel = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    cancel.setAutoDefault(False)
    return buttons


class NewAssessmentDialog(QDialog):
    ok_button: QPushButton  # made by _buttons

    """Asks for the factory's name (Thai or English, at least one) and the year assessed."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.intro = WrapLabel(self.tr("Which factory is assessed, and for which year? Everything "
                                       "else is asked page by page and saved as you type."), self)
        self.name_th = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.year_box = YearBox(self)
        self.year_box.set_year(year)
        for edit, name in ((self.name_th, self.tr("Factory name (Thai)")),
                           (self.name_en, self.tr("Factory name (English)"))):
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._check)
        self.year_box.setAccessibleName(self.tr("Year assessed"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("Factory name (&Thai)"), self.name_th),
                             (self.tr("Factory name (&English)"), self.name_en),
                             (self.year_caption(), self.year_box)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.hint = QLabel(self.tr("Enter the name in Thai or English (or both)."), self)
        tint(self.hint, "#555")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(_buttons(self, self.tr("C&reate"), self.tr("Cancel")))
        self._check()
        self.name_th.setFocus()

    def year_caption(self) -> str:
        return self.tr("&Year assessed (B.E.)") if current_language() == "th" else self.tr("&Year assessed")

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.name_th.text().strip() or self.name_en.text().strip()))

    def answer(self) -> NewAssessment:
        return NewAssessment(self.name_th.text().strip(), self.name_en.text().strip(), self.year_box.year())


class NextYearDialog(QDialog):
    ok_button: QPushButton  # made by _buttons

    """Asks which year the copy is for: the year after the original's unless told otherwise."""

    def __init__(self, factory: str, source_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_year = source_year
        self.setWindowTitle(self.tr("New for next year"))
        shown = str(source_year + (BE_OFFSET if current_language() == "th" else 0))
        self.intro = WrapLabel(self.tr("A copy of %1 (year %2) for a later year: the answers come "
                                       "over marked \u201ccarried over\u201d to confirm, the 3-year data "
                                       "move forward a year, and unfinished actions follow.")
                               .replace("%1", factory).replace("%2", shown), self)
        self.year_box = YearBox(self)
        self.year_box.setMinimum(source_year + 1 + self.year_box.offset)
        self.year_box.set_year(source_year + 1)
        self.year_box.setAccessibleName(self.tr("Year of the new assessment"))
        caption = QLabel(self.tr("&Year of the new assessment (B.E.)") if current_language() == "th"
                         else self.tr("&Year of the new assessment"), self)
        caption.setBuddy(self.year_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(caption, self.year_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("C&reate the copy"), self.tr("Cancel")))
        self.year_box.setFocus()

    def year(self) -> int:
        return self.year_box.year()
