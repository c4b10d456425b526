"""Answer controls built from a scheme input definition (bool, number, percent, options …)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import option_letter
from ecoassess.limits import RANGES
from ecoassess.scoring.values import LIMIT_KIND
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.widgets.be_date import BuddhistDateEdit
from ecoassess_app.ui.widgets.wrapcheck import WrapCheck


class InputControl(QObject):
    """One scheme input: `container` to place (the `widget` itself unless it has a label beside
    it), `value()`/`set_value()`, `changed(value)` on edits."""

    changed = Signal(object)

    def __init__(self, definition: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.id = definition.id
        self.widget = self._build(parent)
        if not hasattr(self, "container"):
            self.container = self.widget

    # Subclasses build and translate their widget.
    def _build(self, parent: QWidget | None) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.widget.setAccessibleName(pick(self.definition.label))
        if self.definition.help is not None:
            self.widget.setToolTip(pick(self.definition.help))

    def focus_widget(self) -> QWidget:
        return self.widget


class BoolControl(InputControl):
    """A check box with its label wrapping beside it (`widget` is the QCheckBox itself)."""

    widget: QCheckBox
    container: WrapCheck

    def _build(self, parent: QWidget | None) -> QCheckBox:
        self.container = WrapCheck(parent)
        box = self.container.box
        box.toggled.connect(lambda on: self.changed.emit(bool(on)))
        return box

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.blockSignals(True)
        self.widget.setChecked(bool(value))
        self.widget.blockSignals(False)

    def retranslate(self) -> None:
        super().retranslate()
        self.container.setText(pick(self.definition.label))
        if self.definition.help is not None:
            self.container.setToolTip(pick(self.definition.help))


class NumberControl(InputControl):
    """Two decimals for numbers and percentages; the empty state shows a dash. The top of the
    range is the core's sane range for the kind (percent 10,000; count 10⁶; quantity 10¹⁵)."""

    widget: QSpinBox | QDoubleSpinBox

    def _build(self, parent: QWidget | None) -> QSpinBox | QDoubleSpinBox:
        top = RANGES[LIMIT_KIND[self.definition.type]][1]
        spin: QSpinBox | QDoubleSpinBox
        if self.definition.type == "integer":
            spin = QSpinBox(parent)
            spin.setRange(-1, int(top))
            spin.setValue(spin.minimum())
        else:
            spin = QDoubleSpinBox(parent)
            spin.setDecimals(2)
            spin.setRange(-0.01, float(top))
            spin.setValue(spin.minimum())
        spin.setSpecialValueText("—")
        spin.setMinimumWidth(140)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel never focuses it (see wheelguard)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda _v: self.changed.emit(self.value()))
        return spin

    def value(self) -> float | int | None:
        spin = self.widget
        if spin.value() <= spin.minimum():
            return None
        return int(spin.value()) if isinstance(spin, QSpinBox) else round(float(spin.value()), 2)

    def set_value(self, value: Any) -> None:
        spin = self.widget
        spin.blockSignals(True)
        spin.setValue(spin.minimum() if value is None else value)  # type: ignore[arg-type]  # int or float
        spin.blockSignals(False)

    def retranslate(self) -> None:
        super().retranslate()
        unit = pick(self.definition.unit) if self.definition.unit is not None else ""
        if self.definition.type == "percent":
            unit = "%"
        self.widget.setSuffix(f" {unit}" if unit else "")


class OptionsControl(InputControl):
    """Several options (advanced measures): one check box each; the value is a list of ids."""

    def _build(self, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: dict[str, WrapCheck] = {}
        for option in self.definition.options:
            row = WrapCheck(box)
            row.box.toggled.connect(lambda _on: self.changed.emit(self.value()))
            layout.addWidget(row)
            self.rows[option.id] = row
            self.boxes[option.id] = row.box
        return box

    def value(self) -> list[str]:
        return [oid for oid, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for oid, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(oid in chosen)
            box.blockSignals(False)

    def retranslate(self) -> None:
        super().retranslate()
        lang = current_language()
        for option in self.definition.options:
            row = self.rows[option.id]
            row.setText(f"{option_letter(option.id, lang)} {pick(option.label)}")
            if option.evidence is not None:
                row.setToolTip(QCoreApplication.translate("InputControl", "Evidence: %1")
                               .replace("%1", pick(option.evidence)))

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self.widget)


class ChoiceControl(InputControl):
    """One choice from a list; the first entry means "not answered"."""

    widget: QComboBox

    def _build(self, parent: QWidget | None) -> QComboBox:
        combo = QComboBox(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem("—", None)
        for option in self.definition.options:
            combo.addItem("", option.id)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit(self.value()))
        return combo

    def value(self) -> str | None:
        chosen: str | None = self.widget.currentData()
        return chosen

    def set_value(self, value: Any) -> None:
        index = max(0, self.widget.findData(value)) if value else 0
        self.widget.blockSignals(True)
        self.widget.setCurrentIndex(index)
        self.widget.blockSignals(False)

    def retranslate(self) -> None:
        super().retranslate()
        for index, option in enumerate(self.definition.options, start=1):
            self.widget.setItemText(index, pick(option.label))


class DateControl(InputControl):
    widget: BuddhistDateEdit

    def _build(self, parent: QWidget | None) -> BuddhistDateEdit:
        edit = BuddhistDateEdit(parent)
        edit.date_changed.connect(lambda d: self.changed.emit(d.isoformat() if d else None))
        return edit

    def value(self) -> str | None:
        found = self.widget.date()
        return found.isoformat() if found else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        self.widget.set_date(value or None)


CONTROLS = {
    "bool": BoolControl, "number": NumberControl, "percent": NumberControl,
    "integer": NumberControl, "options": OptionsControl, "choice": ChoiceControl,
    "date": DateControl,
}


def make_control(definition: Any, parent: QWidget | None = None) -> InputControl:
    control = CONTROLS[definition.type](definition, parent)
    control.retranslate()
    return control
