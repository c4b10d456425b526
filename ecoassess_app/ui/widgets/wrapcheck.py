"""A check box whose text wraps: Qt's QCheckBox cannot wrap, so its text is a label beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QWidget

from ecoassess_app.ui.thaiwrap import WrapLabel


class ClickLabel(WrapLabel):
    """A wrapping label that reports a click (a click on a check box's text ticks the box)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()) \
                and not self.hasSelectedText():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrapCheck(QWidget):
    """`box` is the real QCheckBox (focus, keyboard, accessible name); `label` wraps its text
    between words, Thai included, and ticks the box when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label = ClickLabel("", self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.clicked.connect(self._label_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def _label_clicked(self) -> None:
        if self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.label.setText(text)
        self.box.setAccessibleName(self.label.plain_text())

    def text(self) -> str:
        return self.label.plain_text()

    def setToolTip(self, text: str) -> None:  # noqa: N802
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.label.setToolTip(text)
