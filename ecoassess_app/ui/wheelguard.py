"""The mouse wheel scrolls the page; it changes a number, date or choice only in a focused field.

Scrolling a long form with the wheel used to change whatever spin box or list passed under the
pointer (employees became 0, saved at once). One application-wide filter sends such wheel turns
to the page that holds the field instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox)


def guarded_field(widget: QWidget) -> QWidget | None:
    """The spin box or combo box a wheel turn over `widget` would change (its own line edit
    included), or None."""
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, GUARDED):
            return candidate
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


POLISH, WHEEL = QEvent.Type.Polish, QEvent.Type.Wheel


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the application passes here: one look at its type, and out.
        kind = event.type()
        if kind is not WHEEL and kind is not POLISH:
            return False
        if kind is POLISH:
            if isinstance(watched, GUARDED) and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                # Qt gives wheel focus before any filter runs: take the wheel out of their focus policy.
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if not isinstance(watched, QWidget):
            return False
        field = guarded_field(watched)
        if field is None or field.hasFocus():
            return False
        area = _scroll_area(field)
        if area is not None and area.verticalScrollBar() is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def install(app: QApplication) -> WheelGuard:
    """Once per application (idempotent)."""
    guard = getattr(app, "_wheel_guard", None)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._wheel_guard = guard  # type: ignore[attr-defined]
    return guard
