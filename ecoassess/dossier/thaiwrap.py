"""Thai line breaking for ReportLab: pre-wrap on pythainlp word boundaries, join with <br/>."""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

THAI = re.compile("[\u0e00-\u0e7f]")
# A character that may not start a line: Thai above/below marks, sara am, and the
# vowels that follow their consonant.
_ATTACHED = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
_LATIN_TOKENS = re.compile(r"\s+|[^\s]+")
# Shaped advances can differ from the cmap widths by kerning; keep a small margin.
_MARGIN = 0.985


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens of one line of text, whitespace kept as its own tokens."""
    if not THAI.search(text):
        return tuple(_LATIN_TOKENS.findall(text))
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=True))


def _clusters(token: str) -> list[str]:
    """Split a token into pieces that can be broken between (marks stay with their base)."""
    pieces: list[str] = []
    for ch in token:
        if pieces and _ATTACHED.match(ch):
            pieces[-1] += ch
        else:
            pieces.append(ch)
    return pieces


def _split_long(token: str, width: float, measure) -> list[str]:
    """Cut a token wider than `width` into pieces that fit (never inside a cluster)."""
    parts: list[str] = []
    current = ""
    for piece in _clusters(token):
        if current and measure(current + piece) > width:
            parts.append(current)
            current = piece
        else:
            current += piece
    if current:
        parts.append(current)
    return parts


def wrap_lines(text: str, font: str, size: float, width: float, first_indent: float = 0) -> list[str]:
    """Break `text` into lines no wider than `width` points, on word boundaries."""
    limit = width * _MARGIN

    def measure(s: str) -> float:
        return stringWidth(s, font, size)

    lines: list[str] = []
    for hard_line in text.split("\n"):
        current = ""
        avail = limit - (first_indent if not lines else 0)
        for token in tokens(hard_line):
            if token.isspace():
                if current:
                    current += " "
                continue
            candidate = current + token
            if measure(candidate) <= avail:
                current = candidate
                continue
            if current.strip():
                lines.append(current.rstrip())
                avail = limit
            pieces = _split_long(token, avail, measure) if measure(token) > avail else [token]
            lines.extend(pieces[:-1])
            current = pieces[-1]
        lines.append(current.rstrip())
    return lines


class ThaiParagraph(Paragraph):
    """A Paragraph of plain text that breaks lines between words, Thai included.

    The text is wrapped when the width is known (in `wrap`), so the same flowable works in a
    frame, a table cell or a header. Pieces made by `split` are already wrapped.
    """

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):
        self._plain = None if frags is not None else (text or "")
        self._wrapped_width: float | None = None
        markup = None if frags is not None else escape(self._plain).replace("\n", "<br/>")
        super().__init__(markup, style, bulletText=bulletText, frags=frags, **kwargs)

    def wrap(self, availWidth, availHeight):
        if self._plain is not None:
            style = self.style
            width = availWidth - style.leftIndent - style.rightIndent
            if width != self._wrapped_width:
                lines = wrap_lines(self._plain, style.fontName, style.fontSize, width,
                                   style.firstLineIndent)
                plain = self._plain
                Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), style,
                                   bulletText=self.bulletText)
                self._plain = plain
                self._wrapped_width = width
        return super().wrap(availWidth, availHeight)

    def plain_text(self) -> str:
        return self._plain or ""


def draw_text(canvas, text: str, style, x: float, y: float, width: float) -> float:
    """Draw text on a canvas through the shaped, searchable Paragraph path (never drawString).

    `y` is the baseline-box bottom; returns the height used.
    """
    para = ThaiParagraph(text, style)
    _, height = para.wrapOn(canvas, width, 10_000)
    para.drawOn(canvas, x, y)
    return height
