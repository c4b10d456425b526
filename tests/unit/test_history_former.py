"""The history of a criterion a scheme move dropped still reads in words: named by the version the
assessment was on when it was recorded, or, when that version is not on this computer, by its
code and why it has no page, in Thai and in English."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ecoassess import history_view, model
from ecoassess.scheme import latest_scheme, load_scheme
from ecoassess.scheme.update import import_with_report
from ecoassess.storage.importer import import_assessment
from ecoassess.storage.remap import move_to_version

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"  # C13 removed


@pytest.fixture
def moved(clocked_store):
    """A plant's 2569 assessment with C13 (community income) answered, a photo and an action on
    it, moved onto version 2027.1 (which has no C13) after that file was installed."""
    store = clocked_store
    data = store.layout.root
    aid = store.create_assessment(model.FactoryProfile(name_th="บริษัท ไทยรุ่งเรือง จำกัด"),
                                  scheme_id="eco-factory", scheme_version="2026.1", assessment_year=2026)
    store.save_answer(aid, "C13", value={"l1": True, "l2": True}, status="done")
    store.add_action(aid, "C13", "จัดซื้อสินค้าชุมชน")
    photo = data.parent / "ตลาดชุมชน.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 market day")
    store.add_evidence(aid, photo, items=["C13", "C02"])
    store.clock.advance(3600)
    scheme = import_with_report(NEXT_FILE, data).scheme
    copy = move_to_version(store, aid, scheme).new_id
    return store, copy, latest_scheme(data)


def _rows(store, aid, scheme, items=None):
    former = history_view.former_schemes(store, aid, scheme)
    return [history_view.describe(scheme, e, former) for e in store.history_page(aid, 0, None, items)]


def test_a_dropped_criterion_is_named_by_the_version_it_was_in(moved):
    store, aid, scheme = moved
    assert scheme.version == "2027.1" and scheme.criterion("C13") is None
    assert [s.version for s in history_view.former_schemes(store, aid, scheme)] == ["2026.1"]
    rows = _rows(store, aid, scheme, ["C13"])
    assert {r.page["th"] for r in rows} == {"C13 การกระจายรายได้ให้กับชุมชน (ไม่มีในเกณฑ์รุ่น 2027.1 แล้ว)"}
    assert {r.page["en"] for r in rows} == {"C13 Income distribution to the community (no longer in scheme 2027.1)"}
    answered = next(r for r in rows if r.what["en"] == "answer" and r.old["en"] == "—")
    # The answer reads with the 2026.1 labels, not the stored input ids.
    assert answered.new["th"].startswith("ผ่านระดับที่ 1: นโยบายและข้อมูลฐานการจ้างงาน")
    assert "l1" not in answered.new["en"] and "Level 2 met" in answered.new["en"]
    assert not any(r.restorable for r in rows)  # no page to put it back on
    assert {r.what["en"] for r in rows} >= {"answer", "evidence", "action plan: action"}


def test_rows_of_criteria_still_in_the_scheme_read_as_before(moved):
    store, aid, scheme = moved
    [linked] = [r for r in _rows(store, aid, scheme, ["C02"])]
    assert linked.page == history_view.page_name(scheme, "C02")
    assert "ไม่มีในเกณฑ์" not in linked.page["th"]
    moved_row = next(r for r in _rows(store, aid, scheme, ["assessment"]) if r.what["en"] == "scheme version")
    assert (moved_row.old["en"], moved_row.new["en"]) == ("2026.1", "2027.1")


def test_a_version_not_on_this_computer_leaves_the_code_and_says_why(clocked_store):
    """A consultant's file: the assessment was moved from the 2025 draft, which this computer
    never had, and C15 of that draft was left behind."""
    store = clocked_store
    stamp = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
    assessment = model.Assessment(
        id="5c1b2f0e-0000-4000-8000-000000000015", factory_uid="f-consultant",
        profile=model.FactoryProfile(name_th="บริษัท ลมเย็น จำกัด"), scheme_id="eco-factory",
        scheme_version="2026.1", assessment_date=None, planned_audit_date=None, signatory_name="",
        signatory_position="", status=model.AssessmentStatus.DRAFT, settings={}, last_page="",
        is_demo=False, created_at=stamp, updated_at=stamp, assessment_year=2026)
    history = [model.HistoryEntry("C15", "value", None, {"l1": True}, stamp),
               model.HistoryEntry("C15", "value", {"l1": True}, None, stamp),
               model.HistoryEntry("assessment", "scheme_version", "2025.9", "2026.1", stamp)]
    import_assessment(store, assessment, history)
    scheme = load_scheme()
    assert history_view.former_schemes(store, assessment.id, scheme) == []
    rows = _rows(store, assessment.id, scheme, ["C15"])
    assert [r.page for r in rows] == [{"th": "C15 (ไม่มีในเกณฑ์รุ่น 2026.1 แล้ว)",
                                       "en": "C15 (no longer in scheme 2026.1)"}] * 2
    assert rows[0].old == {"th": "l1: ใช่", "en": "l1: yes"}


def test_without_a_scheme_the_code_alone():
    assert history_view.page_name(None, "C13") == {"th": "C13", "en": "C13"}
