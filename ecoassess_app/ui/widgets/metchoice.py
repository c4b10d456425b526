"""A yes/no requirement answered in three states: met, not met, not answered (never a lone tick)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from ecoassess_app.ui.widgets.inputs import InputControl

# The stored value of each choice: "not answered" removes the value (the core's unanswered).
CHOICES = (("yes", True), ("no", False), ("open", None))


class MetChoice(InputControl):
    """Three radio buttons for a `met` input; `changed(True | False | None)` on a click."""

    def _build(self, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(box)
        self.buttons: dict[str, QRadioButton] = {}
        for name, value in CHOICES:
            button = QRadioButton(box)
            button.setObjectName(f"met_{name}")
            self.group.addButton(button)
            button.clicked.connect(lambda _c=False, v=value: self.changed.emit(v))
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        self.yes, self.no, self.open = (self.buttons[n] for n, _v in CHOICES)
        return box

    def value(self) -> Any:
        return next((v for n, v in CHOICES if self.buttons[n].isChecked()), None)

    def set_value(self, value: Any) -> None:
        name = "yes" if value is True else "no" if value is False else "open"
        self.buttons[name].setChecked(True)

    def retranslate(self) -> None:
        super().retranslate()
        self.yes.setText(self.tr("Met"))
        self.no.setText(self.tr("Not met"))
        self.open.setText(self.tr("Not answered"))

    def focus_widget(self) -> QWidget:
        return self.yes
