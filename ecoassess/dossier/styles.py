"""Paragraph and table styles of the dossier: Sarabun, generous Thai leading (shaping: `searchable`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from ecoassess.dossier import fonts

# Tables default to Helvetica for their own text state: name Sarabun so no unembedded font appears.
FONT_CMD = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)
LEADING = 1.6  # stacked Thai marks (ผู้, ปั้น) must not touch the line above

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1b5e20")
ACCENT_LIGHT = colors.HexColor("#e8f5e9")
RULE = colors.HexColor("#9aa5b1")
MET = colors.HexColor("#2e7d32")
NOT_MET = colors.HexColor("#c62828")
DRAFT = colors.HexColor("#b26a00")


def _style(name: str, size: float, *, bold: bool = False, color: colors.Color = INK,
           align: Literal[0, 1, 2, 4] = TA_LEFT, before: float = 0.0, after: float = 0.0, indent: float = 0.0,
           keep: bool = False) -> ParagraphStyle:
    family = fonts.register_fonts()
    return ParagraphStyle(
        name,
        fontName=fonts.BOLD if bold else family,
        fontSize=size,
        leading=round(size * LEADING, 2),
        textColor=color,
        alignment=align,
        spaceBefore=before,
        spaceAfter=after,
        leftIndent=indent,
        keepWithNext=int(keep),
        allowWidows=0,
        allowOrphans=0,
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading_en: ParagraphStyle
    cover_en: ParagraphStyle
    small_keep: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    body_en: ParagraphStyle
    small: ParagraphStyle
    small_en: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    header: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    toc: ParagraphStyle
    met: ParagraphStyle
    not_met: ParagraphStyle
    draft: ParagraphStyle
    center: ParagraphStyle


BODY = 12.0  # body text
MIN_SIZE = 10.0  # nothing smaller anywhere: tables, headers, footers, chart labels
CELL = 10.5


@cache
def styles() -> Styles:
    """The dossier's styles (built once, after the fonts are registered)."""
    return Styles(
        title=_style("title", 24, bold=True, color=ACCENT, align=TA_CENTER, after=6),
        subtitle=_style("subtitle", 15, color=MUTED, align=TA_CENTER, after=4),
        cover_en=_style("cover_en", 12, color=MUTED, align=TA_CENTER, after=2),
        heading_en=_style("heading_en", 12.5, color=MUTED, after=4, keep=True),
        small_keep=_style("small_keep", MIN_SIZE, color=MUTED, keep=True),
        h1=_style("h1", 18, bold=True, color=ACCENT, before=4, after=6, keep=True),
        h2=_style("h2", 14.5, bold=True, color=INK, before=8, after=3, keep=True),
        h3=_style("h3", 12.5, bold=True, color=INK, before=4, after=2, keep=True),
        body=_style("body", BODY, after=3),
        body_en=_style("body_en", 11, color=MUTED, after=3),
        small=_style("small", MIN_SIZE, color=MUTED),
        small_en=_style("small_en", MIN_SIZE, color=MUTED),
        cell=_style("cell", CELL),
        cell_bold=_style("cell_bold", CELL, bold=True),
        cell_bold_center=_style("cell_bold_center", CELL, bold=True, align=TA_CENTER),
        cell_right=_style("cell_right", CELL, align=TA_RIGHT),
        cell_center=_style("cell_center", CELL, align=TA_CENTER),
        cell_small=_style("cell_small", MIN_SIZE),
        header=_style("header", MIN_SIZE, color=MUTED),
        footer=_style("footer", MIN_SIZE, color=MUTED),
        footer_right=_style("footer_right", MIN_SIZE, color=MUTED, align=TA_RIGHT),
        toc=_style("toc", BODY),
        met=_style("met", CELL, bold=True, color=MET),
        not_met=_style("not_met", CELL, bold=True, color=NOT_MET),
        draft=_style("draft", 11, bold=True, color=DRAFT),
        center=_style("center", BODY, align=TA_CENTER),
    )


@cache
def keeping(style: ParagraphStyle) -> ParagraphStyle:
    """The same style, kept with the next flowable (for the English line under a heading)."""
    if style.keepWithNext:
        return style
    return ParagraphStyle(style.name + "_keep", parent=style, keepWithNext=1)
