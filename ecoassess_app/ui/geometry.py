"""Window sizes that fit the screen: light enough for the home window's first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to at most width×height, inside the screen's free area (a 1366×768 laptop)."""
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 24), min(height, free.height() - 48)
    window.resize(width, height)
