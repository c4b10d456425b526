"""Spreadsheet export: CSV with BOM and XLSX, one row per criterion, points from the engine."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate_assessment
from ecoassess.spreadsheet import criterion_rows, export_assessments
from ecoassess.storage import open_store
from tests.unit.portable_helpers import make_assessment


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "data") as s:
        yield s


def test_csv_has_bom_thai_and_one_row_per_criterion(store, tmp_path):
    first = make_assessment(store, tmp_path / "f1")
    second = make_assessment(store, tmp_path / "f2", name_th="โรงงานที่สอง", seed=2)
    path = export_assessments(store, [first, second], tmp_path / "out.csv", "th")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "โรงงาน" and rows[0][5] == "คะแนน"
    body = rows[1:]
    assert len(body) == 28 and [r[3] for r in body[:14]] == [f"C{i:02d}" for i in range(1, 15)]
    assert {r[0] for r in body} == {"โรงงานทดสอบน้ำดี", "โรงงานที่สอง"}
    result = evaluate_assessment(load_scheme(), store.get_assessment(first))
    c01 = next(r for r in body if r[1] == first and r[3] == "C01")
    assert c01[5] == str(result.criteria[0].points) and c01[10] == "ลดการใช้น้ำ ที่ปั้น"
    assert c01[11] == "1"  # one evidence file linked to C01
    c05 = next(r for r in body if r[1] == first and r[3] == "C05")
    assert c05[5] == "" and c05[8] == "ใช่" and c05[9] == "ไม่มีกิจกรรมนี้"


def test_xlsx_matches_rows(store, tmp_path):
    aid = make_assessment(store, tmp_path / "f1")
    path = export_assessments(store, [aid], tmp_path / "out.xlsx", "en")
    sheet = load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:6] == ("Factory", "Assessment id", "Assessment date", "Criterion",
                             "Criterion name", "Points")
    rows = criterion_rows(store.get_assessment(aid), "en")
    assert len(values) == 15
    assert [v[5] for v in values[1:]] == [r.points for r in rows]  # N/A: an empty cell
    assert values[5][5] is None and values[5][8] == "yes"
    assert values[1][10] == "ลดการใช้น้ำ ที่ปั้น"


def test_output_folder_refused(store, tmp_path):
    from ecoassess.errors import ValidationError

    aid = make_assessment(store, tmp_path / "f1")
    with pytest.raises(ValidationError):
        export_assessments(store, [aid], tmp_path, "en")
