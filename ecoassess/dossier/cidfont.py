"""Sarabun embedded as a CID font (Type 0, Identity-H) whose codes each map to their own text.

ReportLab embeds a TrueType font as simple 256-code subsets that readers take for WinAnsi
text where the ToUnicode map has a gap. Here each font is one Type 0 font per document:
two-byte codes given out in order of first use, a CIDToGIDMap to the subset's glyphs, widths,
and a ToUnicode entry for every code, never empty. Shaped graphemes (`searchable.Cluster`)
become composite glyphs of the subset. Written against ReportLab's dynamic-font interface
(`splitString`, `getSubsetInternalName`, `addObjects`), pinned with the ReportLab version.
"""

from __future__ import annotations

import hashlib
from struct import pack, unpack
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_ARGS_ARE_XY_VALUES,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFont,
    TTFontMaker,
)

from ecoassess.dossier import searchable
from ecoassess.errors import ExportError

SUPPORTED_REPORTLAB = "5.1.0"
GlyphKey = tuple[Any, ...]  # ("g", glyph id) or ("c", components, advance)


def check_version() -> None:
    """Fail loudly when ReportLab is not the version this font class was written against."""
    import reportlab

    if reportlab.Version != SUPPORTED_REPORTLAB:
        raise ExportError("error.dossier_reportlab_version", found=reportlab.Version,
                          expected=SUPPORTED_REPORTLAB)


class _DocState:
    """The codes one document uses: CID n stands for chars[n] (CID 0 is .notdef)."""

    def __init__(self) -> None:
        self.cids: dict[int, int] = {}
        self.chars: list[int] = [0]
        self.internal_name: str | None = None


class SearchableTTFont(TTFont):
    """A TrueType font written as a Type 0 CID font with composite glyphs for shaped text."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=False)  # shaping happens in `searchable`
        self.doc_states: WeakKeyDictionary[Any, _DocState] = WeakKeyDictionary()

    def _state(self, doc: Any) -> _DocState:
        state = self.doc_states.get(doc)
        if state is None:
            state = self.doc_states[doc] = _DocState()
        return state

    def splitString(self, text: str | bytes, doc: Any,  # noqa: N802 - ReportLab's interface
                    encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        state = self._state(doc)
        out = bytearray()
        for ch in text:
            code = 32 if ch == "\xa0" else ord(ch)
            cid = state.cids.get(code)
            if cid is None:
                cid = state.cids[code] = len(state.chars)
                if cid > 0xFFFF:
                    raise OverflowError("more than 65535 distinct glyphs in one font")
                state.chars.append(code)
            out += cid.to_bytes(2, "big")
        return [(0, bytes(out))]

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:  # noqa: N802
        state = self._state(doc)
        if state.internal_name is None:
            state.internal_name = f"F{len(doc.fontMapping) + 1}"
            doc.fontMapping[self.fontName] = "/" + state.internal_name
            doc.delayedFonts.append(self)
        return "/" + state.internal_name

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        state = self.doc_states.pop(doc)
        face = self.face
        keys: list[GlyphKey] = []
        texts: list[str] = []
        widths: list[int] = []
        for code in state.chars:
            found = searchable.cluster(code)
            if found is not None:
                keys.append(("c", found.components, found.advance))
                texts.append(found.text)
            else:
                keys.append(("g", face.charToGlyph.get(code, 0) if code else 0))
                texts.append(chr(code) if code else "")
            widths.append(face.charWidths.get(code, face.defaultWidth) if code else face.defaultWidth)
        font_bytes, gids = make_subset(face, keys)
        tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(font_bytes).digest()[:6])
        base_font = f"{tag}+{face.name.decode('latin-1')}"
        compress = [pdfdoc.PDFZCompress] if doc.compression else None

        def stream(content: bytes | str, **entries: Any) -> Any:
            s = pdfdoc.PDFStream(content=content, filters=compress)
            s.dictionary.dict.update(entries)
            return doc.Reference(s)

        descriptor = doc.Reference(pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("FontDescriptor"), "FontName": pdfdoc.PDFName(base_font),
            "Flags": (face.flags | 4) & ~32, "FontBBox": pdfdoc.PDFArray(face.bbox),
            "ItalicAngle": face.italicAngle, "Ascent": face.ascent, "Descent": face.descent,
            "CapHeight": face.capHeight, "StemV": face.stemV,
            "FontFile2": stream(font_bytes, Length1=len(font_bytes)),
        }))
        cid_to_gid = b"".join(pack(">H", g) for g in gids)
        descendant = doc.Reference(pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Font"), "Subtype": pdfdoc.PDFName("CIDFontType2"),
            "BaseFont": pdfdoc.PDFName(base_font),
            "CIDSystemInfo": pdfdoc.PDFDictionary({
                "Registry": pdfdoc.PDFString("Adobe"), "Ordering": pdfdoc.PDFString("Identity"),
                "Supplement": 0}),
            "FontDescriptor": descriptor, "DW": face.defaultWidth,
            "W": pdfdoc.PDFArray([0, pdfdoc.PDFArray([_num(w) for w in widths])]),
            "CIDToGIDMap": stream(cid_to_gid),
        }))
        font = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Font"), "Subtype": pdfdoc.PDFName("Type0"),
            "BaseFont": pdfdoc.PDFName(base_font), "Encoding": pdfdoc.PDFName("Identity-H"),
            "DescendantFonts": pdfdoc.PDFArray([descendant]),
            "ToUnicode": stream(to_unicode_cmap(texts)),
        })
        ref = doc.Reference(font, state.internal_name)
        doc.idToObject["BasicFonts"].dict[state.internal_name] = ref


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 3)


def to_unicode_cmap(texts: list[str]) -> str:
    """A ToUnicode CMap for two-byte codes: code n gives texts[n] (code 0, .notdef, nothing)."""
    entries = [f"<{n:04X}> <{t.encode('utf-16-be').hex().upper()}>" for n, t in enumerate(texts) if t]
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for i in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[i : i + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class _Glyphs:
    """Reads glyphs of the source font: raw data, bounding box, components, outline size."""

    def __init__(self, face: Any) -> None:
        self.face = face
        self.glyf = face.get_table("glyf")
        self._sizes: dict[int, tuple[int, int, int, int]] = {}

    def data(self, gid: int) -> bytes:
        start, end = self.face.glyphPos[gid], self.face.glyphPos[gid + 1]
        return bytes(self.glyf[start:end])

    def bbox(self, gid: int) -> tuple[int, int, int, int] | None:
        data = self.data(gid)
        return unpack(">4h", data[2:10]) if len(data) >= 10 else None

    def components(self, gid: int) -> list[tuple[int, int]]:
        """(offset of the glyph id field, component glyph id) of a composite glyph."""
        data = self.data(gid)
        if len(data) < 10 or unpack(">h", data[:2])[0] >= 0:
            return []
        found, pos, flags = [], 10, GF_MORE_COMPONENTS
        while flags & GF_MORE_COMPONENTS:
            flags, child = unpack(">HH", data[pos : pos + 4])
            found.append((pos + 2, child))
            pos += 4 + (4 if flags & GF_ARG_1_AND_2_ARE_WORDS else 2)
            if flags & GF_WE_HAVE_A_SCALE:
                pos += 2
            elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
                pos += 4
            elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
                pos += 8
        return found

    def size(self, gid: int) -> tuple[int, int, int, int]:
        """(points, contours, component depth, components) of a glyph, nested ones included."""
        if gid not in self._sizes:
            data = self.data(gid)
            contours = unpack(">h", data[:2])[0] if len(data) >= 10 else 0
            if contours >= 0:
                points = unpack(">H", data[10 + 2 * (contours - 1) : 10 + 2 * contours])[0] + 1 \
                    if contours else 0
                self._sizes[gid] = (points, contours, 0, 0)
            else:
                parts = [self.size(child) for _, child in self.components(gid)]
                self._sizes[gid] = (sum(p[0] for p in parts), sum(p[1] for p in parts),
                                    1 + max((p[2] for p in parts), default=0), len(parts))
        return self._sizes[gid]


def _composite(glyphs: _Glyphs, components: tuple[tuple[int, int, int], ...], new_gid: dict[int, int]) -> tuple[bytes, int]:
    """Glyph data of a composite of (glyph id, x, y) parts, and its left side bearing."""
    inked = [(g, x, y) for g, x, y in components if glyphs.bbox(g) is not None]
    if not inked:
        return b"", 0
    boxes = [(b[0] + x, b[1] + y, b[2] + x, b[3] + y)
             for (g, x, y), b in ((c, glyphs.bbox(c[0])) for c in inked) if b is not None]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
           max(b[2] for b in boxes), max(b[3] for b in boxes))
    out = [pack(">h4h", -1, *box)]
    for i, (g, x, y) in enumerate(inked):
        flags = GF_ARG_1_AND_2_ARE_WORDS | GF_ARGS_ARE_XY_VALUES
        if i + 1 < len(inked):
            flags |= GF_MORE_COMPONENTS
        out.append(pack(">HHhh", flags, new_gid[g], x, y))
    return b"".join(out), box[0]


def make_subset(face: Any, keys: list[GlyphKey]) -> tuple[bytes, list[int]]:
    """A TrueType subset holding the glyph of every key; also each key's glyph id in it."""
    glyphs = _Glyphs(face)
    order: list[GlyphKey] = [("g", 0)]
    index: dict[GlyphKey, int] = {("g", 0): 0}

    def add(key: GlyphKey) -> int:
        if key not in index:
            index[key] = len(order)
            order.append(key)
        return index[key]

    gids = [add(key) for key in keys]
    n = 0
    while n < len(order):  # components of composites, and of the source's own composites
        key = order[n]
        parts: list[int] = [c[0] for c in key[1]] if key[0] == "c" else [c for _, c in glyphs.components(key[1])]
        for part in parts:
            add(("g", part))
        n += 1
    new_gid = {key[1]: gid for key, gid in index.items() if key[0] == "g"}
    datas, metrics, sizes = [], [], []
    for key in order:
        if key[0] == "g":
            data = glyphs.data(key[1])
            for offset, child in glyphs.components(key[1]):
                data = data[:offset] + pack(">H", new_gid[child]) + data[offset + 2 :]
            datas.append(data)
            metrics.append(face.hmetrics[key[1]])
            sizes.append(glyphs.size(key[1]))
        else:
            data, lsb = _composite(glyphs, key[1], new_gid)
            datas.append(data)
            metrics.append((key[2], lsb))
            sizes_of = [glyphs.size(g) for g, _, _ in key[1]]
            sizes.append((sum(p[0] for p in sizes_of), sum(p[1] for p in sizes_of),
                          1 + max((p[2] for p in sizes_of), default=0), len(sizes_of)))
    return _font_file(face, datas, metrics, sizes), gids


def _font_file(face: Any, datas: list[bytes], metrics: list[tuple[int, int]],
               sizes: list[tuple[int, int, int, int]]) -> bytes:
    maker = TTFontMaker()
    for tag in ("name", "OS/2", "cvt ", "fpgm", "prep", "gasp"):
        if tag in face.table:
            maker.add(tag, face.get_table(tag))
    maker.add("post", b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16)
    glyf, offsets, pos = [], [], 0
    for data in datas:
        offsets.append(pos)
        padded = data + b"\0" * (-len(data) % 4)
        glyf.append(padded)
        pos += len(padded)
    offsets.append(pos)
    maker.add("glyf", b"".join(glyf))
    long_loca = pos >= 0x20000
    maker.add("loca", pack(f">{len(offsets)}{'L' if long_loca else 'H'}",
                           *(o if long_loca else o >> 1 for o in offsets)))
    head = bytearray(face.get_table("head"))
    head[50:52] = pack(">h", 1 if long_loca else 0)
    maker.add("head", bytes(head))
    maker.add("hmtx", b"".join(pack(">HH", aw, lsb & 0xFFFF) for aw, lsb in metrics))
    hhea = bytearray(face.get_table("hhea"))
    hhea[10:12] = pack(">H", max(aw for aw, _ in metrics))
    hhea[34:36] = pack(">H", len(metrics))
    maker.add("hhea", bytes(hhea))
    maxp = bytearray(face.get_table("maxp"))
    maxp[4:6] = pack(">H", len(datas))
    if len(maxp) >= 32:  # version 1.0: the composite limits readers may allocate by
        old = unpack(">HH", maxp[10:14]) + unpack(">HH", maxp[28:32])
        composite = [s for s in sizes if s[2]]
        maxp[10:14] = pack(">HH", max([old[0]] + [s[0] for s in composite]),
                           max([old[1]] + [s[1] for s in composite]))
        maxp[28:32] = pack(">HH", max([old[2]] + [s[3] for s in composite]),
                           max([old[3]] + [s[2] for s in composite]))
    maker.add("maxp", bytes(maxp))
    # An empty Windows Unicode cmap: CID fonts reach glyphs through CIDToGIDMap, but some
    # validators and older readers expect the table.
    maker.add("cmap", pack(">HHHHI12H", 0, 1, 3, 1, 12, 4, 24, 0, 2, 2, 0, 0,
                           0xFFFF, 0, 0xFFFF, 1, 0))
    return maker.makeStream()
