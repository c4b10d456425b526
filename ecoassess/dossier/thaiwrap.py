"""Thai line breaking for ReportLab: pre-wrap on pythainlp word boundaries, join with <br/>."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ecoassess.dossier.searchable import glyph_text
from ecoassess.thaisplit import THAI, tokens, without_break_hints

# A character that may not start a line: Thai above/below marks, sara am, and the
# vowels that follow their consonant.
_ATTACHED = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
# Where a long file name, path or hash may break: after - _ / .
_SOFT_PIECES = re.compile(r"[^\-_/.]+[\-_/.]*|[\-_/.]+")
# Widths are the shaped advances; a hair of margin for rounding in the PDF's widths.
_MARGIN = 0.999


def _clusters(token: str) -> list[str]:
    """Split a token into pieces that can be broken between (marks stay with their base)."""
    pieces: list[str] = []
    for ch in token:
        if pieces and _ATTACHED.match(ch):
            pieces[-1] += ch
        else:
            pieces.append(ch)
    return pieces


_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_OPENING = "([{<\u201c\u2018"
_CLOSING = ")]}>.,;:!?%\u201d\u2019\u0e46\u0e2f"  # ... and ๆ ฯ, which may not start a line


def _soft_pieces(token: str) -> list[str]:
    """A file name or code cut after - _ / . but never before its extension."""
    pieces = _SOFT_PIECES.findall(token)
    if len(pieces) > 1 and _EXTENSION.search(token) and pieces[-2].endswith("."):
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    return pieces


def _split_long(unit: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Cut a unit wider than `width` into pieces that fit: between its words first, then
    after punctuation in names, and only then between letters (never inside a cluster)."""
    pieces: list[str] = []
    for token in tokens(unit):
        if measure(token) <= width:
            pieces.append(token)
            continue
        for part in ([token] if THAI.search(token) else _soft_pieces(token)):
            pieces.extend([part] if measure(part) <= width else _clusters(part))
    parts: list[str] = []
    current = ""
    for piece in pieces:
        if current.strip() and measure(current + piece) > width:
            parts.append(current.rstrip())
            current = piece.lstrip()
        else:
            current += piece
    if current:
        parts.append(current)
    return parts


def _starts_number(token: str) -> bool:
    return token[:1].isdigit() or token[:1] == "%"


def _joined(before: str, token: str) -> bool:
    """No line break between two tokens that touch (no space between them)."""
    if token[:1] in _CLOSING or before[-1:] in _OPENING or token[:1] in "([{_-/\\":
        return True
    # Latin, digits and punctuation that touch are one word (ร.ง.4, 14001:2015, file.pdf)
    return not THAI.search(before[-1:]) and not THAI.search(token[:1])


def _glued_over_space(before: str, token: str) -> bool:
    """No line break at the space between these tokens (ISO 14001, ร้อยละ 25, 100 %, ( ก )."""
    return _starts_number(token) or token[:1] in _CLOSING or before[-1:] in _OPENING


def units(line: str) -> list[str]:
    """A line cut where it may break: unbreakable units, and the spaces between them."""
    out: list[str] = []
    for token in tokens(line):
        if not out or token.isspace():
            out.append(token)
        elif out[-1].isspace():
            if len(out) >= 2 and _glued_over_space(out[-2], token):
                space = out.pop()
                out[-1] += space + token
            else:
                out.append(token)
        elif _joined(out[-1], token):
            out[-1] += token
        else:
            out.append(token)
    return out


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(glyph_text(text, font), font, size)


def wrap_lines(text: str, font: str, size: float, width: float, first_indent: float = 0) -> list[str]:
    """Break `text` into lines no wider than `width` points, where a line may break."""
    limit = width * _MARGIN

    def measure(s: str) -> float:
        return _width(s, font, size)

    space = measure(" ")
    lines: list[str] = []
    for hard_line in text.split("\n"):
        current, used = "", 0.0
        avail = limit - (first_indent if not lines else 0)
        for unit in units(hard_line):
            if unit.isspace():
                if current:
                    current += " "
                    used += space
                continue
            unit_width = measure(unit)
            if used + unit_width <= avail:
                current += unit
                used += unit_width
                continue
            if current.strip():
                lines.append(current.rstrip())
                avail = limit
            pieces = _split_long(unit, avail, measure) if unit_width > avail else [unit]
            lines.extend(pieces[:-1])
            current = pieces[-1]
            used = measure(current)
        lines.append(current.rstrip())
    return lines


_prototypes: dict[int, tuple[Any, Any]] = {}


def _line_frags(style: ParagraphStyle, lines: list[str]) -> list[Any]:
    """Paragraph fragments for plain lines joined by line breaks (what `a<br/>b` parses to),
    made without running the markup parser for every cell."""
    entry = _prototypes.get(id(style))
    if entry is None or entry[0] is not style:
        from reportlab.platypus.paraparser import ParaParser

        _, parsed, _ = ParaParser().parse("x", style)  # type: ignore[no-untyped-call]
        entry = _prototypes[id(style)] = (style, parsed[0])
    proto = entry[1]
    frags = []
    for i, line in enumerate(lines):
        if i:
            frags.append(proto.clone(text="", lineBreak=True, link=[], us_lines=[], __tag__="br"))
        if line:
            frags.append(proto.clone(text=glyph_text(line, style.fontName), link=[], us_lines=[]))
    if not frags:
        frags.append(proto.clone(text="", link=[], us_lines=[]))
    return frags


class ThaiParagraph(Paragraph):
    """A Paragraph of plain text that breaks lines between words, Thai included.

    The text is wrapped when the width is known (in `wrap`), so the same flowable works in a
    frame, a table cell or a header. Pieces made by `split` are already wrapped.
    """

    def __init__(self, text: str | None, style: ParagraphStyle | None = None,
                 bulletText: str | None = None, frags: list[Any] | None = None,
                 **kwargs: Any) -> None:
        # A zero-width space (pasted from a web page, or copied from the app on Windows) would
        # print as a space: ReportLab has no glyph-less break hint, and the pre-wrap needs none.
        self._plain = None if frags is not None else without_break_hints(text or "")
        self._wrapped_width: float | None = None
        # The real fragments are made in wrap(), when the width is known. ReportLab takes no
        # text beside ready fragments (None); its stubs say str.
        super().__init__(None, style, bulletText=bulletText,  # type: ignore[arg-type]
                         frags=frags if frags is not None else [], **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Tables wrap each cell several times at the same width: reuse the last line breaking.
        if availWidth == getattr(self, "_last_wrap", None) and hasattr(self, "blPara"):
            return self.width, self.height
        if self._plain is not None:
            style = self.style
            width = availWidth - style.leftIndent - style.rightIndent
            if width != self._wrapped_width:
                lines = wrap_lines(self._plain, style.fontName, style.fontSize, width,
                                   style.firstLineIndent)
                plain = self._plain
                Paragraph.__init__(self, None, style, bulletText=self.bulletText,  # type: ignore[arg-type]
                                   frags=_line_frags(style, lines))
                self._plain = plain
                self._wrapped_width = width
        result = super().wrap(availWidth, availHeight)
        self._last_wrap = availWidth
        return result

    def forget_wrap(self) -> None:
        """Drop the lines of a measuring wrap (a table sizing its rows before layout); the
        next wrap breaks them again, the same way. Every cell's lines are then not held from
        the building of the story until its page is drawn."""
        if self._plain is None:  # a piece made by split: its fragments are all it has
            return
        self.frags = []
        self._wrapped_width = None
        for name in ("blPara", "_last_wrap", "_wrapWidths"):
            self.__dict__.pop(name, None)

    def plain_text(self) -> str:
        return self._plain or ""


def draw_text(canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, width: float) -> float:
    """Draw text on a canvas through the shaped, searchable Paragraph path (never drawString).

    `y` is the baseline-box bottom; returns the height used.
    """
    para = ThaiParagraph(text, style)
    _, height = para.wrapOn(canvas, width, 10_000)
    para.drawOn(canvas, x, y)
    return height
