"""Window sizes that fit the screen: light enough for the home window's first paint.

A 1366×768 laptop at 150 % scaling is 911×512 logical pixels; after the taskbar and the
title bar about 440 remain. Windows open at most that large, and a size remembered on a
bigger monitor is shrunk back onto the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

TASKBAR = 40  # logical pixels assumed at the bottom when the platform reports no taskbar
TITLE_BAR = 31  # the window frame's title bar (Windows 10/11 at any scaling, logical)
FRAME = 8  # the frame's sides


def free_area(widget: QWidget) -> QRect | None:
    """The part of the widget's screen a window may use. Platforms that report no taskbar
    (offscreen, some Linux desktops) are given one, so that a window never ends up under it."""
    screen = widget.screen()
    if screen is None:
        return None
    free = screen.availableGeometry()
    if free == screen.geometry():
        free = free.adjusted(0, 0, 0, -TASKBAR)
    return free


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to at most width×height, inside the screen's free area, frame included."""
    free = free_area(window)
    if free is not None:
        width = min(width, free.width() - 2 * FRAME)
        height = min(height, free.height() - TITLE_BAR - FRAME)
    window.resize(width, height)
    if free is not None:
        centre_on(window, free)


def clamp_to_screen(window: QWidget) -> None:
    """After restoring a remembered geometry: never larger than the screen, never off it."""
    free = free_area(window)
    if free is None:
        return
    width = min(window.width(), free.width() - 2 * FRAME)
    height = min(window.height(), free.height() - TITLE_BAR - FRAME)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), free.left()), free.right() - width - 2 * FRAME + 1)
    y = min(max(window.y(), free.top()), free.bottom() - height - TITLE_BAR - FRAME + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, free.left()), max(y, free.top()))


def centre_on(window: QWidget, free: QRect) -> None:
    x = free.left() + max(0, (free.width() - window.width() - 2 * FRAME) // 2)
    y = free.top() + max(0, (free.height() - window.height() - TITLE_BAR - FRAME) // 2)
    window.move(x, y)
