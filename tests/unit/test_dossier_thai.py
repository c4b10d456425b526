"""Thai text engine of the dossier: shaping, word-boundary wrapping and exact text extraction."""

from __future__ import annotations

import pypdf
import pypdfium2 as pdfium
import pytest
import reportlab
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from ecoassess.dossier import cidfont, searchable
from ecoassess.dossier.fonts import register_fonts
from ecoassess.dossier.styles import styles
from ecoassess.dossier.thaiwrap import ThaiParagraph, draw_text, tokens, wrap_lines
from ecoassess.errors import ExportError

CRITERIA_TH = [
    "การจัดการวัตถุดิบ", "การจัดการพลังงาน", "การจัดการน้ำและน้ำเสีย",
    "การจัดการมลภาวะทางอากาศ", "การจัดการก๊าซเรือนกระจก", "การจัดการของเสีย",
    "การจัดการสารเคมีและวัตถุอันตราย", "การจัดการสุขภาพและความปลอดภัยในการทำงาน",
    "การจัดการระบบขนส่งและโลจิสติกส์", "การจัดการโซ่อุปทานสีเขียว", "การจัดการภูมิทัศน์สีเขียว",
    "การจัดการความหลากหลายทางชีวภาพ", "การกระจายรายได้ให้กับชุมชน", "การอยู่ร่วมกับชุมชนโดยรอบ",
]
HARD_WORDS = ["ที่", "นี่", "ปั้น", "ฟื้น", "ฐุ", "ญู", "น้ำ", "ค่ำ", "ก๊าซ", "ผู้ใหญ่", "กตัญญู"]
NOTE = (
    "ผู้ใหญ่บ้านที่นี่ปั้นโอ่งดินเผาเพื่อฟื้นฟูชุมชน ตรวจวัดน้ำเสียทุกค่ำ ก๊าซเรือนกระจกลดลง "
    "ร้อยละ 12.50 บัญชีฐุและญูเป็นคำทดสอบ พนักงานมีความกตัญญูต่อชุมชนรอบโรงงาน"
)
HEADER = "โรงงานน้ำดื่มผู้ใหญ่ ที่ นี่"
FOOTER = "หน้าที่ 1 ค่ำ ก๊าซ ฟื้น"


def _squash(text: str) -> str:
    return "".join(text.split())


def _build(path):
    register_fonts()
    st = styles()

    def on_page(canvas, doc):
        draw_text(canvas, HEADER, st.header, 20 * mm, 280 * mm, 120 * mm)
        draw_text(canvas, FOOTER, st.footer, 20 * mm, 10 * mm, 120 * mm)

    story = [ThaiParagraph(name, st.h2) for name in CRITERIA_TH]
    story.append(ThaiParagraph(NOTE, st.body))
    story.append(Table([[ThaiParagraph(w, st.cell), ThaiParagraph(NOTE, st.cell)] for w in HARD_WORDS],
                       colWidths=[30 * mm, 60 * mm]))
    SimpleDocTemplate(str(path), invariant=1).build(story, onFirstPage=on_page, onLaterPages=on_page)


@pytest.fixture(scope="module")
def thai_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("thai") / "thai.pdf"
    _build(path)
    return path


def _pdfium_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _pypdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.mark.parametrize("extract", [_pdfium_text, _pypdf_text], ids=["pdfium", "pypdf"])
def test_every_thai_string_extracts_exactly(thai_pdf, extract):
    text = _squash(extract(thai_pdf))
    expected = CRITERIA_TH + HARD_WORDS + [NOTE, HEADER, FOOTER]
    missing = [w for w in expected if _squash(w) not in text]
    assert missing == []
    assert not any(0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000 for ch in text)


def test_each_shaped_grapheme_is_one_code_that_stands_for_its_text():
    """ำ (two glyphs), stacked marks (moved glyphs) become one code each; Latin stays as typed."""
    register_fonts()
    word = "ที่ปั้นน้ำ"
    shaped = searchable.glyph_text(word, "Sarabun")
    assert len(shaped) < len(word)
    assert all(ord(ch) >= searchable.PSEUDO_BASE or ch in word for ch in shaped)
    assert searchable.source_text(shaped) == word
    assert searchable.glyph_text("ISO 14001 (a)", "Sarabun") == "ISO 14001 (a)"
    water = searchable.cluster(ord(searchable.glyph_text("ำ", "Sarabun")[-1]))
    assert water is not None and water.text == "ำ" and len(water.components) == 2


def test_lines_break_between_words():
    register_fonts()
    lines = wrap_lines(NOTE, "Sarabun", 11, 120)
    assert len(lines) > 3
    assert "".join(lines) == NOTE.replace(" ", "") or _squash("".join(lines)) == _squash(NOTE)
    boundaries, pos = set(), 0
    for token in tokens(NOTE):
        if not token.isspace():
            pos += len(token)
            boundaries.add(pos)
    pos = 0
    for line in lines[:-1]:
        pos += len(_squash(line))
        assert pos in boundaries, line


def test_overlong_token_is_split_without_orphan_marks():
    register_fonts()
    lines = wrap_lines("กตัญญู" * 8, "Sarabun", 11, 40)
    assert len(lines) > 1
    assert "".join(lines) == "กตัญญู" * 8
    assert all(line[0] not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e48\u0e49\u0e4a\u0e4b" for line in lines)


def test_wrapped_paragraph_lines_end_on_word_boundaries(thai_pdf):
    """Every extracted line of the wrapped note starts and ends on a newmm word boundary."""
    note = _squash(NOTE)
    boundaries, pos = {0}, 0
    for token in tokens(NOTE):
        if not token.isspace():
            pos += len(token)
            boundaries.add(pos)
    checked = 0
    for line in _pdfium_text(thai_pdf).splitlines():
        piece = _squash(line)
        if piece and piece != note and piece in note and piece not in HARD_WORDS:
            start = note.index(piece)
            assert start in boundaries and start + len(piece) in boundaries, line
            checked += 1
    assert checked >= 10


def test_unsupported_reportlab_fails_loudly(monkeypatch):
    monkeypatch.setattr(reportlab, "Version", "9.9.9")
    with pytest.raises(ExportError) as info:
        cidfont.check_version()
    assert info.value.params["found"] == "9.9.9"


def test_pasted_zero_width_spaces_do_not_print_as_spaces(tmp_path):
    """A note pasted from a web page (or copied from the app on Windows) carries U+200B."""
    register_fonts()
    path = tmp_path / "zwsp.pdf"
    pasted = "การจัดการ\u200bสุขภาพ\u200bและ\u200bความปลอดภัย"
    SimpleDocTemplate(str(path), invariant=1).build([ThaiParagraph(pasted, styles().body)])
    text = _pdfium_text(path).strip()
    assert text == "การจัดการสุขภาพและความปลอดภัย"
