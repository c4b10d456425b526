"""The home list's bulk reading scores every assessment exactly as the wizard and `score` do."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.readiness import readiness_percents, scheme_key
from ecoassess.scheme import load_scheme, scheme_for_assessment
from ecoassess.scoring import evaluate_assessment
from ecoassess.storage import open_store
from ecoassess.storage.scoring_inputs import scoring_inputs

PROFILE = model.FactoryProfile(
    name_th="บริษัท ยางพาราภาคตะวันออก จำกัด", name_en="Eastern Rubber Co., Ltd.", province="ระยอง",
    employees_permanent=340, employees_outsourced=25, annual_revenue_baht=1_250_000_000.0, size="large",
    contacts=[model.Contact(role="coordinator", name="คุณวิภาวรรณ", email="wipa@example.co.th")],
    certifications=[model.Certification(kind="iso14001", valid_until=date(2027, 9, 30))],
)


@pytest.fixture
def folder(tmp_path):
    """A trainer's data folder: the demo, its next-year copy with evidence linked, a factory of its
    own with a planned audit and answers, and a fresh empty one."""
    data = tmp_path / "data"
    with open_store(data) as store:
        demo = create_demo(store)
        copy = store.copy_forward(demo)
        sheet = tmp_path / "บัญชีของเสีย.pdf"
        sheet.write_bytes(b"%PDF-1.4 waste register")
        store.add_evidence(copy, sheet, description="บัญชีของเสีย 2569", items=["C05", "C06"])
        own = store.create_assessment(PROFILE, scheme_id="eco-factory", scheme_version="2026.1",
                                      planned_audit_date=date(2027, 3, 1))
        store.save_answer(own, "C01", value={"inventory": True}, note="ลดการใช้น้ำ")
        store.save_answer(own, "G1", not_applicable=True, justification="ไม่มีหม้อไอน้ำ")
        empty = store.create_assessment(model.FactoryProfile(), scheme_id="eco-factory",
                                        scheme_version="2026.1")
    return data, [demo, copy, own, empty]


def test_bulk_inputs_are_what_the_store_loads_one_by_one(folder):
    data, ids = folder
    with open_store(data, read_only=True) as store:
        loaded = {i: store.get_assessment(i) for i in ids}
    inputs = scoring_inputs(data, ids)
    assert [i.id for i in inputs] == ids  # in the order asked
    for item in inputs:
        full = loaded[item.id]
        assert item.profile == full.profile
        assert item.planned_audit_date == full.planned_audit_date
        assert item.settings == full.settings
        assert (item.scheme_id, item.scheme_version) == (full.scheme_id, full.scheme_version)
        assert item.answers == {k: replace(a, updated_at=None) for k, a in full.answers.items()}
        counts: dict[str, int] = {}
        for evidence in full.evidence:
            for linked in evidence.items:
                counts[linked] = counts.get(linked, 0) + 1
        assert item.evidence_counts == counts
    demo, copy = inputs[0].evidence_counts, inputs[1].evidence_counts  # the copy carries the demo's
    assert copy["C05"] == demo.get("C05", 0) + 1 and copy["C06"] == demo.get("C06", 0) + 1


def test_the_list_figures_are_the_wizards_figures(folder):
    data, ids = folder
    percents = readiness_percents(data, ids)
    with open_store(data, read_only=True) as store:
        for ident in ids:
            assessment = store.get_assessment(ident)
            expected = evaluate_assessment(scheme_for_assessment(assessment, data), assessment).percent
            assert percents[ident] == expected
    assert percents[ids[0]] > 0 and percents[ids[3]] == 0


def test_a_deleted_assessment_is_left_out_and_an_unreadable_one_is_a_dash(folder):
    data, ids = folder
    with open_store(data) as store:
        store.delete_assessment(ids[3])
    # A target the scheme cannot take, written by another tool straight into the file.
    conn = sqlite3.connect(data / "ecoassess.sqlite3")
    with conn:
        conn.execute("UPDATE assessment SET settings = ? WHERE id = ?", ('{"target_percent": -5}', ids[2]))
    conn.close()
    failed: list[str] = []
    percents = readiness_percents(data, ids, on_error=lambda ident, _error: failed.append(ident))
    assert ids[3] not in percents
    # the scheme refuses the value: that assessment shows "—", the rest are scored
    assert failed == [ids[2]] and percents[ids[2]] is None
    assert percents[ids[0]] is not None and percents[ids[1]] is not None


def test_many_ids_are_read_in_chunks_within_sqlites_limits(folder):
    data, ids = folder
    asked = ids * 300 + ["not-an-id"]  # 1201 ids: more than one query's worth
    assert len(scoring_inputs(data, asked)) == len(ids) * 300


def test_the_cache_key_changes_with_the_day_and_the_schemes(folder, monkeypatch):
    data, _ids = folder
    first = scheme_key(data)
    assert first == scheme_key(data)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01: another day
    assert scheme_key(data) != first
    assert any(version == load_scheme().version for _id, version, _fp in first[1])


def test_scoring_the_list_loads_no_database_layer(folder):
    """The home list scores while the store is still opening: in a fresh process, no SQLAlchemy."""
    import subprocess
    import sys

    data, ids = folder
    code = ("import sys; from pathlib import Path; from ecoassess.readiness import readiness_percents; "
            f"p = readiness_percents(Path({str(data)!r}), {ids!r}); "
            "print(len(p), 'sqlalchemy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(len(ids)), "False"]
