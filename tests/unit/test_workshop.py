"""Workshop mode: folder import with a bad file, class overview, anonymise, CSV, PDF, demo reset."""

from __future__ import annotations

import csv
import io

import pytest

from ecoassess.package import OnConflict, pack_assessment
from ecoassess.storage import open_store
from ecoassess.workshop import class_overview, import_folder, overview_csv, reset_demo
from ecoassess.workshop_pdf import summary_pdf
from tests.unit.portable_helpers import make_assessment

NAMES = ["โรงงานกรุงเทพ", "โรงงานระยอง", "โรงงานชลบุรี"]


@pytest.fixture()
def class_folder(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    with open_store(tmp_path / "trainee") as store:
        for i, name in enumerate(NAMES):
            aid = make_assessment(store, tmp_path / f"f{i}", name_th=name, seed=i,
                                  evidence_sizes=(100 + i,))
            if i == 1:
                store.save_answer(aid, "C03", value={"inventory": True, "target_achievement_pct": 100.0})
            pack_assessment(store, aid, folder / f"{i}-{name}.ecoassess")
    (folder / "9-broken.ecoassess").write_bytes(b"PK\x03\x04 this is not really a zip")
    (folder / "notes.txt").write_text("not a package")
    return folder


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "trainer") as s:
        yield s


def test_folder_import_skips_the_bad_file_and_reports_it(store, class_folder):
    seen = []
    outcomes = import_folder(store, class_folder, progress=lambda d, t, n: seen.append((d, t)))
    assert [o.ok for o in outcomes] == [True, True, True, False]
    assert outcomes[3].path.name == "9-broken.ecoassess"
    assert "nothing was imported" in outcomes[3].reason("en")
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert len(store.list_assessments()) == 3
    again = import_folder(store, class_folder)  # the same class twice: conflicts are reported
    assert [o.ok for o in again] == [False] * 4
    assert again[0].error.key == "package.conflict"
    both = import_folder(store, class_folder, OnConflict.KEEP_BOTH)
    assert sum(o.ok for o in both) == 3 and len(store.list_assessments()) == 6


def test_overview_sorted_anonymised_csv_and_pdf(store, class_folder, tmp_path):
    import_folder(store, class_folder)
    overview = class_overview(store, "th")
    assert [r.factory for r in overview.rows] == sorted(NAMES)
    assert overview.criteria == [f"C{i:02d}" for i in range(1, 15)]
    assert all(len(r.points) == 14 and r.total == sum(p or 0 for p in r.points) for r in overview.rows)
    rayong = next(r for r in overview.rows if r.factory == "โรงงานระยอง")
    assert rayong.points[2] > min(r.points[2] for r in overview.rows)
    hidden = class_overview(store, "th", anonymise=True)
    assert sorted(r.factory for r in hidden.rows) == ["F01", "F02", "F03"]
    assert {r.code: r.total for r in hidden.rows} == {r.code: r.total for r in overview.rows}
    path = overview_csv(hidden, "en", tmp_path / "class.csv")
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Code", "C01"] and len(rows) == 4  # the code is not repeated as a name
    assert [r[0] for r in rows[1:]] == ["F01", "F02", "F03"]
    assert not any(name in text.decode("utf-8-sig") for name in NAMES)
    pdf = summary_pdf(overview, "th", tmp_path / "class.pdf")
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    page_text = reader.pages[0].extract_text()
    assert "โรงงานระยอง" in page_text and "C14" in page_text
    anon_pdf = summary_pdf(hidden, "en", tmp_path / "anon.pdf")
    anon_text = PdfReader(anon_pdf).pages[0].extract_text()
    assert "F01" in anon_text and not any(name in anon_text for name in NAMES)
    assert anon_text.count("F01") == 1  # the class PDF names each factory once, by its code


def test_pdf_of_a_large_class_stays_one_page(store, tmp_path):
    from ecoassess.workshop import Overview, OverviewRow

    rows = [OverviewRow(f"F{i:02d}", f"โรงงานที่ {i}", f"id{i}", [i % 6] * 14, 14 * (i % 6), 70,
                        20.0 * (i % 6), "not_ready") for i in range(40)]
    overview = Overview([f"C{i:02d}" for i in range(1, 15)], [{"th": "ก", "en": "a"}] * 14, [5] * 14, rows)
    from pypdf import PdfReader

    assert len(PdfReader(summary_pdf(overview, "th", tmp_path / "big.pdf")).pages) == 1


def test_reset_demo_replaces_only_demo_data(store, tmp_path):
    from ecoassess.demo import create_demo

    own = make_assessment(store, tmp_path / "own")
    old_demo = create_demo(store)
    store.save_answer(old_demo, "C01", note="แก้ระหว่างอบรม")
    new_demo = reset_demo(store)
    ids = {s.id for s in store.list_assessments()}
    assert ids == {own, new_demo} and new_demo != old_demo
    assert store.get_assessment(new_demo).answers["C01"].note != "แก้ระหว่างอบรม"
