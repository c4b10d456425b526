"""The one place that hooks ReportLab internals so shaped Thai text extracts exactly.

With HarfBuzz shaping on, ReportLab writes each glyph under the code point of the first
character that maps to it, or under a private-use code point for mark variants, so extractors
give back private-use characters, decomposed ำ and reordered marks. Two fixes, both needed:

1. Every shaped glyph is written under a pseudo character that stands for the pair
   (glyph, source text of its HarfBuzz cluster): the first glyph of a cluster carries the
   cluster's text, the others carry nothing. The ToUnicode CMap maps each pseudo character to
   its text (pypdf, pdf.js, Preview read this). The record lives in the string itself, so it
   survives ReportLab's joining and slicing of shaped strings.
2. Each shaped run is wrapped in an ActualText marked-content span holding the source text
   (PDFium and poppler read this; PDFium mis-reads empty ToUnicode entries alone).

Hooks: ttfonts.shapeFragWord (also imported by paragraph and canvas), ttfonts.makeToUnicodeCMap
and PDFTextObject._formatText. They are tied to one ReportLab version, checked on install.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import reportlab
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph as rl_paragraph

from ecoassess.errors import ExportError

SUPPORTED_REPORTLAB = "5.1.0"
PSEUDO_BASE = 0xF0000  # Supplementary Private Use Area-A: never in a font's cmap or in text

_lock = threading.Lock()
_pair_codes: dict[tuple[int, int, str], int] = {}  # (id(face), glyph id, text) -> pseudo code
_code_text: dict[int, str] = {}  # pseudo code -> source text (may be empty)
_installed = False
_COMPLEX = re.compile("[^\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]")  # beyond Latin text
_SAME = object()  # cache marker: shaping left the word unchanged
_shape_cache: dict[tuple[str, str, float], Any] = {}
# Spans wrap runs with pseudo characters or Thai marks: even unshaped, poppler reorders the
# zero-width marks of a run by position unless ActualText tells it the text.
_NEEDS_SPAN = re.compile("[\U000F0000-\U000FFFFD\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]")
_orig: dict[str, Any] = {}


def check_version() -> None:
    """Fail loudly when ReportLab is not the version these hooks were written against."""
    if reportlab.Version != SUPPORTED_REPORTLAB:
        raise ExportError(
            "error.dossier_reportlab_version",
            found=reportlab.Version,
            expected=SUPPORTED_REPORTLAB,
        )


def _pseudo_code(face, gid: int, text: str, width: float) -> int:
    key = (id(face), gid, text)
    code = _pair_codes.get(key)
    if code is None:
        with _lock:
            code = _pair_codes.get(key)
            if code is None:
                code = PSEUDO_BASE + len(_code_text)
                _code_text[code] = text
                face.charToGlyph[code] = gid
                face.charWidths[code] = width
                _pair_codes[key] = code
    return code


def source_text(text: str) -> str:
    """The source text a (possibly shaped) string stands for."""
    return "".join(_code_text.get(ord(ch), ch) if ord(ch) >= PSEUDO_BASE else ch for ch in text)


def _cluster_texts(text: str, clusters: list[int]) -> list[str]:
    """For glyphs with these cluster indexes (glyph order): the text each glyph carries."""
    bounds = sorted(set(clusters))
    following = {c: (bounds[i + 1] if i + 1 < len(bounds) else len(text)) for i, c in enumerate(bounds)}
    seen: set[int] = set()
    result = []
    for c in clusters:
        if c in seen or c < 0 or c >= len(text):
            result.append("")
        else:
            seen.add(c)
            result.append(text[c : following[c]])
    return result


def _shape_frag_word(w, *args, **kwargs):
    """Shape a frag word (cached for plain one-frag words) and record each glyph's source text."""
    if args or kwargs or len(w) != 2 or isinstance(w, ttfonts.ShapedFragWord) or hasattr(w[1][0], "cbDefn"):
        return _shape_and_record(w, *args, **kwargs)
    frag, text = w[1]
    if not _COMPLEX.search(text):
        return w  # Latin, digits and punctuation need no shaping: keep ReportLab's fast path
    key = (text, frag.fontName, frag.fontSize)
    cached = _shape_cache.get(key)
    if cached is None:
        new = _shape_and_record(w)
        cached = _SAME if new is w else (new[0], new[1][1], type(new[1]))
        if len(_shape_cache) > 200_000:
            _shape_cache.clear()
        _shape_cache[key] = cached
        return new
    if cached is _SAME:
        return w
    width, shaped, pair_class = cached
    # The word's class carries ReportLab's line-breaking marks (e.g. no space after a split
    # word), so it comes from this word, never from the cached one.
    return ttfonts.makeShapedFragWord(w)([width, pair_class((frag, shaped))])


def _shape_and_record(w, *args, **kwargs):
    new = _orig["shapeFragWord"](w, *args, **kwargs)
    if new is w or not isinstance(new, ttfonts.ShapedFragWord) or isinstance(w, ttfonts.ShapedFragWord):
        return new
    text = "".join(s for f, s in w[1:] if not hasattr(f, "cbDefn"))
    runs = [
        i for i, entry in enumerate(new[1:], 1)
        if not hasattr(entry[0], "cbDefn") and isinstance(entry[1], ttfonts.ShapedStr)
    ]
    clusters = [sd.cluster for i in runs for sd in new[i][1].__shapeData__]
    carried = iter(_cluster_texts(text, clusters))
    for i in runs:
        frag, shaped = new[i]
        face = ttfonts.pdfmetrics.getFont(frag.fontName).face
        chars = []
        for ch, sd in zip(shaped, shaped.__shapeData__, strict=True):
            src = next(carried)
            if src == ch:
                chars.append(ch)
            else:
                gid = face.charToGlyph.get(ord(ch), 0)
                chars.append(chr(_pseudo_code(face, gid, src, face.charWidths.get(ord(ch), sd.width))))
        new[i] = (frag, ttfonts.ShapedStr("".join(chars), shapeData=shaped.__shapeData__))
    return new


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname, subset):
    cmap = _orig["makeToUnicodeCMap"](fontname, subset)
    if not any(code >= PSEUDO_BASE for code in subset):
        return cmap
    lines = cmap.split("\n")
    for i, code in enumerate(subset):
        if code >= PSEUDO_BASE:
            old = "<%02X> <%04X>" % (i, code)
            lines[lines.index(old)] = "<%02X> <%s>" % (i, _utf16_hex(_code_text.get(code, "")))
    return "\n".join(lines)


def _format_text(self, text):
    out = _orig["_formatText"](self, text)
    if isinstance(text, str) and _NEEDS_SPAN.search(text):
        actual = _utf16_hex(source_text(text))
        return f"/Span <</ActualText <FEFF{actual}>>> BDC {out} EMC"
    return out


def install() -> None:
    """Install the hooks (idempotent); raises ExportError on an unsupported ReportLab."""
    global _installed
    check_version()
    with _lock:
        if _installed:
            return
        _orig["shapeFragWord"] = ttfonts.shapeFragWord
        _orig["makeToUnicodeCMap"] = ttfonts.makeToUnicodeCMap
        _orig["_formatText"] = textobject.PDFTextObject._formatText
        ttfonts.shapeFragWord = _shape_frag_word
        rl_paragraph.shapeFragWord = _shape_frag_word
        rl_canvas.shapeFragWord = _shape_frag_word
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        textobject.PDFTextObject._formatText = _format_text
        _installed = True
