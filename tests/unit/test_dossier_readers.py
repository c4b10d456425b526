"""A Thai and a bilingual dossier read back exactly in PDFium, pypdf, poppler and MuPDF."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from ecoassess.demo import create_demo
from ecoassess.dossier.export import build_dossier
from ecoassess.dossier.fonts import register_fonts
from ecoassess.dossier.styles import styles
from ecoassess.dossier.thaiwrap import ThaiParagraph, draw_text
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate_assessment
from ecoassess.storage import open_store
from tests.unit.pdf_readers import READERS, STRAY, missing, pages_text, require

# ำ alone and under a tone mark, stacked marks on tall consonants, leading vowels, ฤ ฐ ญ ฎ ฏ,
# ็ and ์, and the words MuPDF-based readers could not find before (จำกัด, กำหนด, น้ำเสีย).
HARD_WORDS = [
    "จำกัด", "กำหนด", "น้ำเสีย", "ค่ำ", "ทำ", "ฟื้นฟู", "ปั้น", "ป่า", "ฝั่ง", "ฟ้า", "ผู้ใหญ่",
    "ที่นี่", "เก็บ", "เครื่อง", "แม่น้ำ", "โรงงาน", "ใบอนุญาต", "ไม้", "ฤดูฝน", "ทฤษฎี",
    "ฐานข้อมูล", "กตัญญู", "ญาติ", "ฎีกา", "ปฏิบัติ", "ศักดิ์", "สิทธิ์", "ก๊าซ", "ก๋วยเตี๋ยว",
]
HARD_NOTE = "ผลการตรวจ: " + " ".join(HARD_WORDS) + " ISO 14001 (ก) ร.ง.4"


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory) -> Path:
    """Hard words in paragraphs, bold and regular table cells, and a header drawn on the canvas."""
    register_fonts()
    st = styles()
    path = tmp_path_factory.mktemp("readers") / "hard.pdf"

    def on_page(canvas, doc):
        draw_text(canvas, "ส่วนหัว น้ำค่ำ ฟื้นฟู ผู้ใหญ่", st.header, 20 * mm, 280 * mm, 150 * mm)

    story = [ThaiParagraph(HARD_NOTE, st.body)]
    story.append(Table([[ThaiParagraph(w, st.cell_bold), ThaiParagraph(w, st.cell)] for w in HARD_WORDS],
                       colWidths=[45 * mm, 60 * mm]))
    SimpleDocTemplate(str(path), invariant=1).build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


@pytest.mark.parametrize("reader", READERS)
def test_hard_words_extract_exactly(small_pdf, reader):
    require(reader)
    text = "\n".join(pages_text(reader, small_pdf))
    assert missing(text, HARD_WORDS + ["ส่วนหัว น้ำค่ำ ฟื้นฟู ผู้ใหญ่"]) == []
    # exactly: each word is found as typed, with no space or stray character inside it
    assert [w for w in HARD_WORDS if w not in text] == []
    assert STRAY.findall(text) == []


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory):
    root = tmp_path_factory.mktemp("dossier-readers")
    store = open_store(root / "data")
    assessment_id = create_demo(store)
    store.save_answer(assessment_id, "C03", note=HARD_NOTE)
    assessment = store.get_assessment(assessment_id)
    store.close()
    scheme = load_scheme()
    result = evaluate_assessment(scheme, assessment)
    pdfs = {lang: build_dossier(assessment, scheme, result, lang, root / f"{lang}.pdf")
            for lang in ("th", "both")}
    return SimpleNamespace(scheme=scheme, assessment=assessment, pdfs=pdfs)


def _expected_thai(scheme, assessment) -> list[str]:
    texts = [c.name.th for c in scheme.criteria] + HARD_WORDS
    for prereq in scheme.prerequisites:
        texts += [prereq.title.th, prereq.requirement.th]
    size = evaluate_assessment(scheme, assessment).size
    variant = scheme.prerequisite("G2").variant_for(size)
    texts.append(variant.requirement.th)
    texts.append("ธงขาวดาวเขียว")
    return texts


@pytest.mark.parametrize("lang", ["th", "both"])
@pytest.mark.parametrize("reader", READERS)
def test_dossier_names_requirements_and_hard_words_extract(dossiers, reader, lang):
    require(reader)
    text = "\n".join(pages_text(reader, dossiers.pdfs[lang]))
    assert missing(text, _expected_thai(dossiers.scheme, dossiers.assessment)) == []
    assert [w for w in HARD_WORDS if w not in text] == []
    assert STRAY.findall(text) == []
    if lang == "both":
        english = [c.name.en for c in dossiers.scheme.criteria]
        english += [p.requirement.en for p in dossiers.scheme.prerequisites]
        assert missing(text, english) == []
