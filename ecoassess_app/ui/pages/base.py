"""The common frame of every wizard page: scrolling body, refresh from the session, retranslation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ecoassess_app.ui.fonts import tint
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.thaiwrap import WrapLabel

NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"
NEEDS_EVIDENCE = "needs_evidence"  # answered, but a level is claimed without evidence
# the core's item states (ecoassess.scoring.progress) as page states
FROM_PROGRESS = {"not_started": NOT_STARTED, "in_progress": IN_PROGRESS, "complete": DONE,
                 "needs_evidence": NEEDS_EVIDENCE}


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
    label = WrapLabel("", parent) if wrap else QLabel(parent)
    label.setObjectName("fieldError")
    tint(label, "#b00020")
    label.hide()
    return label


class ReservedLine(QLabel):
    """One line of height whatever its text (Thai marks included), so that a message appearing
    in it moves nothing."""

    def _line(self) -> int:
        return self.fontMetrics().height() + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._line())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._line())


def reserved_error_label(parent: QWidget | None = None) -> QLabel:
    """A validation message whose line is kept while empty, so that showing it never pushes
    the fields below it down (the profile's form)."""
    label = ReservedLine(parent)
    label.setObjectName("fieldError")
    tint(label, "#b00020")
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setToolTip(text)
    label.setVisible(bool(text))


def multiline_edit(parent: QWidget | None = None, height: int = 70) -> QPlainTextEdit:
    """A multi-line field that Tab leaves (Ctrl+Tab would be unknown to most officers), and
    that holds at most the core's TEXT_MAX characters: the store refuses more, and a refused
    save would be retried for ever."""
    from ecoassess.limits import TEXT_MAX

    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)

    def cap() -> None:
        text = edit.toPlainText()
        if len(text) > TEXT_MAX:
            cursor = edit.textCursor()
            position = min(cursor.position(), TEXT_MAX)
            edit.setPlainText(text[:TEXT_MAX])  # emits textChanged again, now within the cap
            cursor = edit.textCursor()
            cursor.setPosition(position)
            edit.setTextCursor(cursor)
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), QCoreApplication.translate(
                "Pages", "At most %1 characters: attach a longer text as an evidence file.").replace(
                "%1", f"{TEXT_MAX:,}"), edit)

    edit.textChanged.connect(cap)
    return edit


class BasePage(QWizardPage):
    """A page bound to one key of the page order; subclasses fill `self.body`."""

    open_requested = Signal(str)  # a page key (or item id) this page wants shown

    def __init__(self, session: AssessmentSession, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.key = key
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        # What must stay in sight while the body scrolls (a criterion's live score).
        self.top = QVBoxLayout()
        self.top.setContentsMargins(4, 0, 12, 0)
        self.top.setSpacing(2)
        outer.addLayout(self.top)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # A scroll bar that comes and goes lays the wrapped text out twice on every show.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Pages scroll vertically only: everything wraps to the width it is given.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(4, 4, 12, 4)
        self.intro = wrap_label(parent=self.content, name="pageIntro")
        tint(self.intro, "#444")
        self.intro.hide()
        self.body.addWidget(self.intro)
        self.scroll_area.setWidget(self.content)
        outer.addWidget(self.scroll_area, 1)

    def set_intro(self, text: str) -> None:
        """The page's one-line purpose, at the top of its body (QWizard's subtitle would cost a
        line of every page's height on a 768-pixel screen)."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    # QWizard's stacked layout asks every page for its size hints whenever the layout changes;
    # the body scrolls anyway, so fixed hints spare laying out 21 pages of wrapped Thai text.
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 560)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 160)

    # Subclasses override these three.
    def refresh(self) -> None:
        """Show the session's current data (called when the page is entered)."""

    def retranslate(self) -> None:
        """Set every visible text in the UI language."""

    def status(self) -> str:
        return NOT_STARTED

    def side_title(self) -> str:
        return self.title()

    def badge_text(self) -> str:
        """A provenance mark that goes wherever the page's item is listed ("draft", "inferred")."""
        return ""

    def code_text(self) -> str:
        """What the page's short code stands for, for tooltips ("C02 = criterion 2: …")."""
        return ""

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
