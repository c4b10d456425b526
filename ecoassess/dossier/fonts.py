"""Registers the Sarabun font family (vendored in ecoassess/resources/fonts) with ReportLab, once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
ITALIC = "Sarabun-Italic"
BOLD_ITALIC = "Sarabun-BoldItalic"

_FILES = {
    REGULAR: "Sarabun-Regular.ttf",
    BOLD: "Sarabun-Bold.ttf",
    ITALIC: "Sarabun-Italic.ttf",
    BOLD_ITALIC: "Sarabun-BoldItalic.ttf",
}


def font_dir() -> Path:
    """The folder holding the Sarabun TTF files."""
    from ecoassess.paths import fonts_dir

    return fonts_dir()


@cache
def register_fonts() -> str:
    """Register Sarabun (regular, bold, italics) and its family mapping; return the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from ecoassess.dossier.cidfont import SearchableTTFont, check_version

    check_version()
    folder = font_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(SearchableTTFont(name, str(folder / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
