"""The estate report (PDF) and spreadsheet: Thai that reads back, names or codes as chosen, the
app's-own-indicators notice, and outputs checked before any work."""

from __future__ import annotations

import csv
import io
from datetime import date

import pypdf
import pypdfium2 as pdfium
import pytest

from ecoassess.errors import EcoAssessError
from ecoassess.estate.demo import create_demo_estate
from ecoassess.estate.overview import build_overview
from ecoassess.estate.report import render_report, report_id, write_report
from ecoassess.estate.sheet import write_sheet
from ecoassess.fileio import check_output
from ecoassess.storage import open_store

AS_OF = date(2026, 12, 1)


@pytest.fixture(scope="module")
def estate(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    with open_store(folder) as store:
        estate = create_demo_estate(store, 12)
        yield store, estate, folder


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "".join("".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc)))
    finally:
        doc.close()


def test_thai_report_reads_back_and_says_what_the_figures_are(estate):
    store, est, _folder = estate
    ov = build_overview(store, est, "th", as_of=AS_OF)
    text = _text(render_report(ov, "th"))
    for phrase in ("ตัวชี้วัดที่แอปคำนวณไม่ใช่เกณฑ์ทางการของกนอ.", "แผนภาพรายเกณฑ์", "มิติสิ่งแวดล้อม",
                   "เกณฑ์ของระดับนี้ยังไม่ทราบจากแหล่งทางการ", "ร่าง(อนุมานโดยแอป)", "ยังไม่ทราบชื่อ"):
        assert phrase in text, phrase
    named = [r.name for r in ov.heatmap.rows if r.named]
    assert named and all("".join(n.split()) in text for n in named)


def test_english_and_bilingual_reports(estate):
    store, est, _folder = estate
    english = pypdf.PdfReader(io.BytesIO(render_report(build_overview(store, est, "en", as_of=AS_OF), "en")))
    words = "".join(p.extract_text() for p in english.pages)
    assert "Criterion heat map" in words and "not official IEAT criteria" in words
    both = _text(render_report(build_overview(store, est, "th", as_of=AS_OF), "both"))
    assert "แผนภาพรายเกณฑ์" in both and "Criterionheatmap" in both


def test_anonymised_report_names_no_factory(estate):
    store, est, _folder = estate
    ov = build_overview(store, est, "th", anonymise=True, as_of=AS_OF)
    text = _text(render_report(ov, "th"))
    assert "บริษัท" not in text and "F001" in text


def test_the_same_data_give_the_same_report(estate):
    store, est, _folder = estate
    ov = build_overview(store, est, "en", as_of=AS_OF)
    assert report_id(ov, "en") == report_id(build_overview(store, est, "en", as_of=AS_OF), "en")
    assert render_report(ov, "en") == render_report(ov, "en")
    with pytest.raises(EcoAssessError):
        render_report(ov, "fr")


def test_outputs_are_checked_before_work_and_written_whole(estate, tmp_path):
    store, est, folder = estate
    ov = build_overview(store, est, "th", as_of=AS_OF)
    with pytest.raises(EcoAssessError) as caught:
        check_output(folder / "ecoassess.sqlite3", kind="pdf", data_root=folder)
    assert caught.value.key == "output.app_file"
    theirs = tmp_path / "theirs.pdf"
    theirs.write_bytes(b"%PDF-1.4 someone else's")
    with pytest.raises(EcoAssessError):
        check_output(theirs, kind="pdf", data_root=folder)
    path = write_report(ov, "th", check_output(tmp_path / "estate.pdf", kind="pdf", data_root=folder))
    assert path.read_bytes().startswith(b"%PDF")
    check_output(path, kind="pdf", data_root=folder)  # the app's own report may be replaced
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_spreadsheet_heat_map_and_figures_read_back(estate, tmp_path):
    from openpyxl import load_workbook

    store, est, folder = estate
    ov = build_overview(store, est, "th", as_of=AS_OF)
    book = load_workbook(write_sheet(ov, "th", tmp_path / "estate.xlsx"))
    heat = book.worksheets[0]
    header = [c.value for c in heat[1]]
    assert header[:4] == ["รหัส", "โรงงาน", "วันที่ประเมิน", "C01"] and "C14" in header
    assert heat.max_row == len(ov.heatmap.rows) + 1
    first = ov.heatmap.rows[0]
    row = [c.value for c in heat[2]]
    assert row[0] == first.code and row[3] == first.points["C01"]
    assert len(book.worksheets) == 3 and book.properties.creator == "ecoassess"
    figures = [[c.value for c in r] for r in book.worksheets[1].iter_rows()]
    assert any(r[1] == "ค่าเฉลี่ย" and r[2] == ov.readiness.mean for r in figures)
    data = (tmp_path / "heat.csv")
    write_sheet(build_overview(store, est, "en", anonymise=True, as_of=AS_OF), "en", data)
    raw = data.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Code", "Factory", "Assessed"] and rows[1][0] == rows[1][1]
    check_output(data, kind="csv", data_root=folder)


def test_new_certification_kinds_print_in_the_dossier(tmp_path):
    from dataclasses import replace

    from ecoassess import model
    from ecoassess.dossier import render_dossier
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate_assessment
    from tests.unit.portable_helpers import make_assessment

    with open_store(tmp_path / "data") as store:
        aid = make_assessment(store, tmp_path / "files")
        profile = store.get_assessment(aid).profile
        certs = [model.Certification("eco_factory", "", date(2027, 3, 31)),
                 model.Certification("white_flag_gold_star"), model.Certification("csr_diw", "Continuous Award")]
        store.update_profile(aid, replace(profile, certifications=certs))
        assessment = store.get_assessment(aid)
    scheme = load_scheme()
    text = _text(render_dossier(assessment, scheme, evaluate_assessment(scheme, assessment), "th"))
    assert "ธงขาวดาวทอง" in text and "CSR-DIW" in text and "31มีนาคม2570" in text
