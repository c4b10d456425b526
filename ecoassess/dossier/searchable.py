"""Shaped Thai that every PDF reader can search: one glyph, one code, one text per grapheme.

HarfBuzz splits ำ into two glyphs, moves tone marks with offsets and swaps glyphs for mark
variants. Written glyph by glyph, a reader must either map some glyph to nothing (MuPDF then
prints U+FFFD or the WinAnsi character of the byte) or guess spaces from the offsets (pypdf and
MuPDF put one inside ฟื้นฟู). So each grapheme (a base with its marks and sara am) is shaped
into ONE glyph instead: a composite glyph of the shaped glyphs at their shaped offsets, built
into the embedded font (`cidfont`). Its code maps to the grapheme's text in the ToUnicode
CMap, its width is the grapheme's advance, and nothing else is positioned, so the drawing is
the shaped drawing and the text is the typed text, in every reader.

`glyph_text(text, font)` returns the text with such graphemes replaced by private code points
(Supplementary Private Use Area-A, never in a font or in typed text); plain glyphs that need
no help (Latin, a consonant at its own advance) stay as they are.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

PSEUDO_BASE = 0xF0000
PSEUDO_LAST = 0xFFFFD
# Scripts HarfBuzz must shape; Latin, digits and punctuation keep the font's own glyphs.
_COMPLEX = re.compile("[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]")
# Spacing vowels that belong to the consonant before them (sara am of Thai and Lao).
_ATTACHED_SPACING = {"\u0e33", "\u0eb3"}
FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Cluster:
    """One grapheme as drawn: glyphs (font glyph id, x, y in font units) and its advance."""

    font: str
    text: str
    components: tuple[tuple[int, int, int], ...]
    advance: int


_lock = threading.Lock()
_codes: dict[Cluster, int] = {}
_clusters: list[Cluster] = []
_cache: dict[tuple[str, str], str] = {}


def cluster(code: int) -> Cluster | None:
    """The grapheme a private code stands for (None for an ordinary character)."""
    index = code - PSEUDO_BASE
    return _clusters[index] if 0 <= index < len(_clusters) else None


def source_text(text: str) -> str:
    """The typed text a string from `glyph_text` stands for."""
    out = []
    for ch in text:
        found = cluster(ord(ch))
        out.append(found.text if found else ch)
    return "".join(out)


def _attached(ch: str) -> bool:
    return ch in _ATTACHED_SPACING or unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _grapheme_starts(text: str) -> list[int]:
    """For each character, the index where its grapheme (base + attached marks) begins."""
    starts: list[int] = []
    for i, ch in enumerate(text):
        starts.append(starts[-1] if i and _attached(ch) else i)
    return starts


@cache
def _hb_font(font_name: str) -> Any:  # a uharfbuzz.Font (uharfbuzz ships no types)
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]  # a TTFont's
    return hb.Font(hb.Face(hb.Blob(face._ttf_data)))  # scale = units per em


def _code_for(found: Cluster, width_1000: float) -> int:
    code = _codes.get(found)
    if code is None:
        with _lock:
            code = _codes.get(found)
            if code is None:
                code = PSEUDO_BASE + len(_clusters)
                if code > PSEUDO_LAST:
                    raise OverflowError("too many distinct shaped graphemes")
                from reportlab.pdfbase import pdfmetrics

                pdfmetrics.getFont(found.font).face.charWidths[code] = width_1000  # type: ignore[attr-defined]
                _clusters.append(found)
                _codes[found] = code
    return code


def _shape(text: str, font_name: str) -> str:
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]  # a TTFont's
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    if buf.direction != "ltr":
        return text  # right-to-left scripts are not shaped (none in the scheme's languages)
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(_hb_font(font_name), buf, FEATURES)
    starts = _grapheme_starts(text)
    groups: list[tuple[int, list[Any]]] = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        start = starts[min(info.cluster, len(text) - 1)]
        if not groups or groups[-1][0] != start:
            groups.append((start, []))
        groups[-1][1].append((info.codepoint, pos))
    scale = 1000 / face.unitsPerEm
    out = []
    for n, (start, glyphs) in enumerate(groups):
        end = groups[n + 1][0] if n + 1 < len(groups) else len(text)
        piece = text[start:end]
        components, pen = [], 0
        for gid, pos in glyphs:
            components.append((gid, pen + pos.x_offset, pos.y_offset))
            pen += pos.x_advance
        if len(piece) == 1 and len(components) == 1:
            gid, dx, dy = components[0]
            if (dx, dy) == (0, 0) and face.charToGlyph.get(ord(piece)) == gid \
                    and face.hmetrics[gid][0] == pen:
                out.append(piece)  # the font's own glyph for this character
                continue
        found = Cluster(font_name, piece, tuple(components), pen)
        out.append(chr(_code_for(found, pen * scale)))
    return "".join(out)


def glyph_text(text: str, font_name: str) -> str:
    """`text` as the font's searchable shaped glyphs (unchanged when nothing needs shaping)."""
    if not text or not _COMPLEX.search(text):
        return text
    key = (text, font_name)
    shaped = _cache.get(key)
    if shaped is None:
        shaped = _shape(text, font_name)
        if len(_cache) > 200_000:
            _cache.clear()
        _cache[key] = shaped
    return shaped
