"""The common frame of every wizard page: scrolling body, refresh from the session, retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ecoassess_app.ui.fonts import tint
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.thaiwrap import WrapLabel

NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"


def wrap_label(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """A word-wrapping label that breaks Thai between words (see ui/thaiwrap.py)."""
    label = WrapLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def error_label(parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """An inline validation message shown under its field; hidden while empty.

    Inside a form row use wrap=False: QFormLayout squeezes the field above a wrapping label.
    """
    label = QLabel(parent)
    label.setWordWrap(wrap)
    label.setObjectName("fieldError")
    tint(label, "#b00020")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class BasePage(QWizardPage):
    """A page bound to one key of the page order; subclasses fill `self.body`."""

    def __init__(self, session: AssessmentSession, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.key = key
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A scroll bar that comes and goes lays the wrapped text out twice on every show.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(4, 4, 12, 4)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll)

    # QWizard's stacked layout asks every page for its size hints whenever the layout changes;
    # the body scrolls anyway, so fixed hints spare laying out 21 pages of wrapped Thai text.
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 560)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 320)

    # Subclasses override these three.
    def refresh(self) -> None:
        """Show the session's current data (called when the page is entered)."""

    def retranslate(self) -> None:
        """Set every visible text in the UI language."""

    def status(self) -> str:
        return NOT_STARTED

    def side_title(self) -> str:
        return self.title()

    def leave_forward(self) -> None:
        """Called when the user moves on with Next: confirms the page's answers."""

    # Qt hooks
    def cleanupPage(self) -> None:  # noqa: N802 - keep answers when going Back
        pass

    def reload(self) -> None:
        self._loading = True
        try:
            self.refresh()
        finally:
            self._loading = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)
