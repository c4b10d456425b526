"""What an auditor reads against, laid out for submission: sizes, margins, rows, breaks, annex."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pypdf
import pytest

from ecoassess.demo import create_demo
from ecoassess.dossier.export import build_dossier
from ecoassess.dossier.fonts import register_fonts
from ecoassess.dossier.thaiwrap import _width, units, wrap_lines
from ecoassess.i18n import message
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate_assessment
from ecoassess.storage import open_store
from tests.unit.pdf_readers import pages_text, squash

EPOCH = "1780000000"  # 28 May 2026
SOCIAL = "ร่วมกับชุมชนปลูกป่าชายเลน 12 ไร่ จ้างงานคนในพื้นที่ 35 คน และลดข้อร้องเรียนเหลือศูนย์"


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    """The demo factory with a social outcome, a lapsing certificate and CSV/XLSX evidence."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        root = tmp_path_factory.mktemp("layout")
        store = open_store(root / "data")
        assessment_id = create_demo(store)
        value = dict(store.get_assessment(assessment_id).answers["improvement"].value)
        value["social_outcome"] = SOCIAL
        store.save_answer(assessment_id, "improvement", value=value)
        xlsx = root / "ปริมาณน้ำทิ้งรายเดือน.xlsx"
        _workbook(xlsx)
        wide = root / "site-plan-landscape.pdf"
        _landscape_pdf(wide)
        store.add_evidence(assessment_id, wide, description="ผังโรงงาน (แนวนอน)", items=["C11"])
        broken = root / "damaged-report.pdf"
        broken.write_bytes(b"%PDF-1.4\nthis is not really a PDF")
        store.add_evidence(assessment_id, xlsx, description="ปริมาณน้ำทิ้งรายเดือน 60 เดือน",
                           items=["C03"])
        store.add_evidence(assessment_id, broken, description="รายงานที่เสียหาย", items=["C06"])
        assessment = store.get_assessment(assessment_id)
        iso = next(ev for ev in assessment.evidence if "iso14001" in ev.original_name)
        lapsing = replace(iso, expiry=date(2026, 12, 31))  # before the planned audit (Feb 2027)
        assessment = replace(assessment, evidence=[lapsing if ev.id == iso.id else ev
                                                   for ev in assessment.evidence])
        scheme = load_scheme()
        result = evaluate_assessment(scheme, assessment)
        pdfs = {}
        for lang in ("th", "en", "both"):
            pdfs[lang] = build_dossier(assessment, scheme, result, lang, root / f"{lang}.pdf",
                                       with_evidence=lang == "both",
                                       evidence_resolver=lambda ev: store.evidence_file(ev.sha256,
                                                                                        ev.original_name))
        yield SimpleNamespace(store=store, assessment=assessment, scheme=scheme, result=result,
                              root=root, pdfs=pdfs, iso=iso,
                              texts={k: pages_text("pdfium", v) for k, v in pdfs.items()})
        store.close()


def _workbook(path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["เดือน", "น้ำทิ้ง (ลบ.ม.)", "BOD (มก./ล.)"] + [f"คอลัมน์ {i}" for i in range(4, 12)])
    for month in range(1, 61):
        sheet.append([f"เดือนที่ {month}", 1000 + month, 18.5] + [month] * 8)
    book.create_sheet("อื่น ๆ").append(["ไม่แสดง"])
    book.save(path)


def _landscape_pdf(path):
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A3))
    canvas.drawString(100, 400, "SITE PLAN LANDSCAPE")
    canvas.save()


def _font_sizes(path) -> dict[str, set[float]]:
    """Font size of every text run (Tf operand), by page, read from the content streams."""
    reader = pypdf.PdfReader(str(path))
    sizes: dict[str, set[float]] = {}
    for number, page in enumerate(reader.pages, 1):
        data = page.get_contents().get_data().decode("latin-1")
        found = {float(s) for s in re.findall(r"/F\d+ ([\d.]+) Tf", data)}
        sizes[str(number)] = found
    return sizes


@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_text_under_10_pt_and_body_at_12(factory, lang):
    sizes = _font_sizes(factory.pdfs[lang])
    every = set().union(*sizes.values())
    assert min(every) >= 10, sorted(every)
    assert 12 in every


def test_pages_are_a4_with_a_binding_margin_and_landscape_only_where_wide(factory):
    reader = pypdf.PdfReader(str(factory.pdfs["th"]))
    shapes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert set(shapes) <= {(595, 842), (842, 595)}
    matrix = message("dossier.sec.matrix", "th")
    for number, text in enumerate(factory.texts["th"]):
        if shapes[number] == (842, 595):
            assert squash(matrix) in squash(text) or number > 0 and shapes[number - 1] == (842, 595)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(factory.pdfs["th"]))
    try:
        lefts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            boxes = [textpage.get_charbox(k) for k in range(textpage.count_chars())]
            lefts.append(min(b[0] for b in boxes if b[2] > b[0]))
        assert min(lefts) >= 30 * 72 / 25.4 - 1  # nothing in the 3 cm binding margin
    finally:
        pdf.close()


def test_pdf_hygiene_dates_version_and_xmp(factory):
    reader = pypdf.PdfReader(str(factory.pdfs["th"]))
    assert reader.pdf_header >= "%PDF-1.5"
    info = reader.metadata
    assert info.creation_date.year == 2026 and info.creation_date.month == 5
    assert info.modification_date == info.creation_date
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<dc:language><rdf:Bag><rdf:li>th</rdf:li>" in xmp
    assert "รายงานการประเมินตนเอง" in xmp
    assert re.search(r"<dc:identifier>EA-[0-9A-F-]+</dc:identifier>", xmp)
    assert "2026-05-28" in xmp
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_social_outcome_round_trips_through_a_package_and_prints(factory, tmp_path):
    from ecoassess.package import pack_assessment, unpack_package

    package = pack_assessment(factory.store, factory.assessment.id, tmp_path / "f.ecoassess")
    other = open_store(tmp_path / "other")
    try:
        imported = unpack_package(other, package)
        value = other.get_assessment(imported.assessment_id).answers["improvement"].value
        assert value["social_outcome"] == SOCIAL
    finally:
        other.close()
    assert squash(SOCIAL) in squash("".join(factory.texts["th"]))
    assert squash(message("dossier.social_outcome", "en")) in squash("".join(factory.texts["en"]))


def test_no_social_outcome_says_not_reported(factory, tmp_path):
    answers = dict(factory.assessment.answers)
    value = {k: v for k, v in answers["improvement"].value.items() if k != "social_outcome"}
    answers["improvement"] = replace(answers["improvement"], value=value)
    assessment = replace(factory.assessment, answers=answers)
    out = build_dossier(assessment, factory.scheme, factory.result, "en", tmp_path / "n.pdf")
    text = squash("".join(pages_text("pdfium", out)))
    assert squash(f"{message('dossier.social_outcome', 'en')}") in text
    assert squash(message("dossier.not_reported", "en")) in text


def test_eco_efficiency_per_year_against_a_marked_reference_year(factory):
    from ecoassess import ecoefficiency

    eco = ecoefficiency.compute(factory.scheme, factory.assessment.answers["improvement"].value)
    text = squash("".join(factory.texts["en"]))
    assert squash(f"{eco.reference_year} reference year") in text
    water = next(s for s in eco.series if s.id == "water")
    year = eco.years[-1]
    assert f"{water.efficiency[year]:,.2f}" in text  # baht per m³, as computed by the core
    assert squash("Eco-efficiency (baht per m³)") in text
    assert f"{water.index[year]:,.2f}" in text


def test_evidence_index_shows_expiry_and_warns_before_the_audit(factory):
    text = squash("".join(factory.texts["en"]))
    assert squash(message("dossier.expiry_warnings", "en")) in text
    assert squash("expires 31 December 2026, before the audit on") in text
    assert factory.iso.sha256[:12] in text and factory.iso.sha256 not in text  # short hash only
    annexed = squash("".join(factory.texts["both"]))
    assert factory.iso.sha256 in annexed  # the annex shows the full SHA-256


def test_matrix_and_items_without_evidence_by_name(factory):
    text = squash("".join(factory.texts["en"]))
    assert squash(message("dossier.sec.matrix", "en")) in text
    cited = {i for ev in factory.assessment.evidence for i in ev.items}
    uncited = [c for c in factory.scheme.criteria if c.id not in cited]
    assert uncited
    for c in uncited:
        assert squash(f"Criterion {c.number}: {c.name.en}") in text


def test_annex_bookmarks_tables_and_damaged_files(factory):
    path = factory.pdfs["both"]
    reader = pypdf.PdfReader(str(path))
    titles = []

    def walk(items):
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title)

    walk(reader.outline)
    for ev in factory.assessment.evidence:
        assert sum(ev.original_name in t for t in titles) == 1, ev.original_name
    text = squash("".join(factory.texts["both"]))
    assert squash("เดือนที่ 39") in text and squash("เดือนที่ 40") not in text  # 40 rows: header + 39
    assert squash(message("dossier.annex_more_rows", "th", n=21)) in text  # 61 rows in all
    assert squash("คอลัมน์ 8") in text and squash("คอลัมน์ 9") not in text  # first 8 columns
    assert "ไม่แสดง" not in text  # the first sheet only
    reason = message("dossier.annex_problem", "th", reason=message("dossier.reason.bad_pdf", "th"))
    assert squash(reason) in text
    # a landscape evidence page is laid into a landscape page, at more than portrait width
    texts = factory.texts["both"]
    page = next(i for i, t in enumerate(texts) if "SITEPLANLANDSCAPE" in squash(t))
    box = reader.pages[page].mediabox
    assert float(box.width) > float(box.height)
    assert float(reader.pages[page + 1].mediabox.width) < float(reader.pages[page + 1].mediabox.height) \
        if page + 1 < len(reader.pages) else True


def test_a_row_taller_than_a_page_is_cut_and_keeps_its_label(factory, tmp_path):
    long = "ผลการตรวจวัดคุณภาพน้ำทิ้งประจำเดือนผ่านเกณฑ์มาตรฐานทุกพารามิเตอร์ " * 90
    evidence = [replace(ev, description=long) if i == 0 else ev
                for i, ev in enumerate(factory.assessment.evidence)]
    assessment = replace(factory.assessment, evidence=evidence)
    out = build_dossier(assessment, factory.scheme, factory.result, "th", tmp_path / "tall.pdf")
    texts = pages_text("pdfium", out)
    index = message("dossier.sec.evidence", "th")
    start = next(i for i, t in enumerate(texts) if squash(index) in squash(t))
    continued = message("dossier.continued", "th")
    carried = [t for t in texts[start + 1:] if squash(f"E001{continued}") in squash(t)]
    assert carried, "the cut row carries its reference on the next page"
    whole = squash("".join(texts))
    assert whole.count(squash("ผลการตรวจวัดคุณภาพน้ำทิ้งประจำเดือนผ่านเกณฑ์มาตรฐานทุกพารามิเตอร์")) >= 90


def test_bilingual_level_rows_keep_thai_and_english_on_one_page(factory):
    for text in factory.texts["both"]:
        for criterion in factory.scheme.criteria:
            for level in criterion.levels:
                # A full stop may be missing where the same words label an input (C14 L1).
                th, en = squash(level.requirement.th), squash(level.requirement.en).rstrip(".")
                flat = squash(text)
                if th in flat:
                    assert en in flat, (criterion.id, level.id)


@pytest.mark.parametrize("text, together", [
    ("ได้รับการรับรองระบบการจัดการสิ่งแวดล้อม ISO 14001 แล้ว", "ISO 14001"),
    ("ตามมาตรการข้อ (ก) และข้อ (ข) ของแผน", "(ก)"),
    ("ผลการตรวจวัดเป็นไปตามเกณฑ์มาตรฐาน (ดูภาคผนวก)", "ภาคผนวก)"),
    ("แนบไฟล์รายงานผลการตรวจวัดคุณภาพน้ำ.pdf มาด้วย", "น้ำ.pdf"),
    ("ร้อยละ 10 ของงบประมาณการจัดซื้อจัดจ้างทั้งหมดในปีงบประมาณ", "งบประมาณ"),
    ("ได้รับธงขาวดาวเขียวจากการนิคมอุตสาหกรรมแห่งประเทศไทย", "ธงขาวดาวเขียว"),
])
def test_lines_never_break_inside_tokens_brackets_extensions_or_scheme_words(text, together):
    register_fonts()
    assert any(together in unit for unit in units(text))
    for width in range(40, 260, 7):
        lines = wrap_lines(text, "Sarabun", 12, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        if _width(together, "Sarabun", 12) <= width * 0.95:  # fits a line: never cut
            assert any(together in line for line in lines), (width, lines)
        for line in lines[1:]:
            assert not line.startswith((")", "]", ".pdf", ".")), lines
        for line in lines[:-1]:
            assert not line.endswith(("(", "[")), lines
