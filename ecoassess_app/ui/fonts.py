"""Loads the bundled Sarabun font so Thai never renders as boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FAMILY = "Sarabun"
FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")
BASE_POINT_SIZE = 11
PRESENTATION_POINT_SIZE = 15


def font_folder() -> Path:
    """Sarabun's TTFs: ecoassess/resources/fonts, from source, installed and frozen alike."""
    from ecoassess.paths import fonts_dir

    return fonts_dir()


def load_fonts() -> list[str]:
    """Register Sarabun Regular and Bold with Qt; returns the families Qt reports."""
    families: list[str] = []
    folder = font_folder()
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_app_font(app: QApplication, presentation: bool = False) -> QFont:
    """Make Sarabun the application font, larger in presentation mode."""
    font = QFont(FAMILY)
    font.setPointSize(PRESENTATION_POINT_SIZE if presentation else BASE_POINT_SIZE)
    app.setFont(font)
    return font


def presenting() -> bool:
    """True while the app font is presentation mode's larger one."""
    return QApplication.font().pointSize() >= PRESENTATION_POINT_SIZE


def emphasise(widget, scale: float = 1.0) -> None:  # noqa: ANN001
    """Bold (and optionally larger) text that follows the app font, presentation mode included."""
    font = QFont()  # only the attributes set here are resolved: the rest follows the parent
    font.setBold(True)
    if scale != 1.0:
        widget.setProperty("fontScale", scale)
        font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    widget.setFont(font)


def tint(widget, colour: str, italic: bool = False) -> None:  # noqa: ANN001
    """Coloured (optionally italic) text without a style sheet, so the app font still applies."""
    from PySide6.QtGui import QColor, QPalette

    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)
    if italic:
        font = QFont()
        font.setItalic(True)
        widget.setFont(font)


def tinted_box(frame, background: str, text: str | None = None, margin: int | None = None) -> None:  # noqa: ANN001
    """A framed box on a coloured background (optionally with coloured text, and a label's
    `margin` inside its frame) without a style sheet: under one, every text inside keeps its
    first font and does not grow in presentation mode. The one way to colour a box in the app."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QFrame, QLabel

    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    palette = frame.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    if text is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    frame.setPalette(palette)
    if margin is not None and isinstance(frame, QLabel):
        frame.setMargin(margin)


def refresh_emphasis() -> None:
    """Re-apply emphasis after the application font changed."""
    for widget in QApplication.allWidgets():
        scale = widget.property("fontScale")
        if scale:
            emphasise(widget, float(scale))
