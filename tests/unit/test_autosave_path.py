"""The wizard's saves take a lean path (plain SQL, no ORM rows), and the ORM reads what they wrote."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select

from ecoassess import model
from ecoassess.errors import NotFoundError, ValidationError
from ecoassess.storage import models as orm
from ecoassess.storage import open_store
from tests.clock import Clock

PROFILE = model.FactoryProfile(
    name_th="บริษัท ยางพาราภาคตะวันออก จำกัด", name_en="Eastern Rubber Co., Ltd.", province="ระยอง",
    employees_permanent=340, annual_revenue_baht=1_250_000_000.0,
    contacts=[model.Contact(role="coordinator", name="คุณวิภาวรรณ", email="wipa@example.co.th")],
    certifications=[model.Certification(kind="iso14001", valid_until=date(2027, 9, 30))],
)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data")
    s.clock = Clock(datetime(2026, 6, 1, 8, 30, 0, tzinfo=UTC))
    yield s
    s.close()


@pytest.fixture
def aid(store) -> str:
    return store.create_assessment(PROFILE, scheme_id="eco-factory", scheme_version="2026.1")


def statements(store) -> list[str]:
    sent: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, _p, _ctx, _many: sent.append(" ".join(sql.split())))
    return sent


def orm_answer(store, aid: str, item: str) -> orm.Answer:
    with store._sessions() as s:  # noqa: SLF001 - the ORM's own reading of the row
        return s.scalars(select(orm.Answer).where(orm.Answer.assessment_id == aid,
                                                  orm.Answer.item_id == item)).one()


def test_an_answer_saved_on_the_lean_path_reads_back_through_the_orm_exactly(store, aid):
    saved = store.save_answer(aid, "C03", value={"water_m3": 12_500.5, "since": date(2025, 1, 1)},
                              status="in_progress", not_applicable=False, note="มิเตอร์น้ำประปา 2 ตัว")
    row = orm_answer(store, aid, "C03")
    assert row.value == {"water_m3": 12_500.5, "since": "2025-01-01"}  # a date stored as ISO text
    assert (row.status, row.not_applicable, row.note) == ("in_progress", False, "มิเตอร์น้ำประปา 2 ตัว")
    assert row.updated_at == store.clock.now
    assert saved == store.get_assessment(aid).answers["C03"]
    store.clock.advance(2)
    store.save_answer(aid, "C03", not_applicable=1, justification="ไม่มีหม้อไอน้ำ")
    again = store.get_assessment(aid)
    assert again.answers["C03"].not_applicable is True and again.answers["C03"].note == "มิเตอร์น้ำประปา 2 ตัว"
    assert again.updated_at == store.clock.now  # the home list shows the assessment as edited now


def test_a_save_reads_no_whole_row_and_commits_once(store, aid):
    store.save_answer(aid, "C05", note="ก")
    store.clock.advance(1)
    sent = statements(store)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    store.save_answer(aid, "C05", note="กข", value={"l1": True})
    assert len(commits) == 1
    assert not any(s.startswith("SELECT assessment.") or "SELECT *" in s for s in sent)
    # touch the assessment, read the answer, look at the last minute's history, write two
    # history rows (one merged), the answer and the write counter
    assert len(sent) <= 7, sent


def test_saving_to_a_deleted_assessment_is_refused_and_writes_nothing(store, aid):
    other = store.create_assessment(PROFILE, scheme_id="eco-factory", scheme_version="2026.1")
    store.save_answer(other, "C01", note="อยู่")
    with pytest.raises(NotFoundError):
        store.save_answer("no-such-assessment", "C01", note="หาย")
    with pytest.raises(NotFoundError):
        store.update_profile("no-such-assessment", PROFILE)
    with pytest.raises(NotFoundError):
        store.update_assessment("no-such-assessment", signatory_name="นายสมศักดิ์")
    with store._sessions() as s:  # noqa: SLF001
        assert s.scalars(select(orm.Answer.assessment_id)).all() == [other]
        assert s.scalars(select(orm.History.assessment_id)).all() == [other]


def test_a_profile_edit_writes_only_what_changed_and_reads_back(store, aid):
    before = store.get_assessment(aid)
    store.clock.advance(30)
    edited = replace(before.profile, province="ชลบุรี",
                     contacts=[*before.profile.contacts, model.Contact(role="applicant", name="คุณสุดา")],
                     certifications=[model.Certification(kind="green_industry", detail="3")])
    store.update_profile(aid, edited)
    after = store.get_assessment(aid)
    assert after.profile == edited
    assert after.updated_at == store.clock.now
    changes = {h.field: (h.old_value, h.new_value) for h in store.history(aid)}
    assert set(changes) == {"province", "contacts", "certifications"}
    assert changes["province"] == ("ระยอง", "ชลบุรี")
    assert changes["certifications"][1] == [{"kind": "green_industry", "detail": "3", "valid_until": None}]
    store.clock.advance(30)
    store.update_profile(aid, edited)  # nothing new: the assessment is not marked edited again
    assert store.get_assessment(aid).updated_at == after.updated_at


def test_assessment_fields_keep_their_types_and_the_page_is_no_edit(store, aid):
    created = store.get_assessment(aid).updated_at
    store.clock.advance(5)
    store.update_assessment(aid, last_page="C04")
    assert store.get_assessment(aid).updated_at == created  # where the user is: not an edit
    store.update_assessment(aid, planned_audit_date=date(2027, 2, 15), status="complete", is_demo=False,
                            assessment_year=2027, settings={})
    got = store.get_assessment(aid)
    assert (got.planned_audit_date, got.status, got.is_demo, got.assessment_year, got.last_page) == \
        (date(2027, 2, 15), model.AssessmentStatus.COMPLETE, False, 2027, "C04")
    assert got.updated_at == store.clock.now
    fields = [h.field for h in store.history(aid)]
    assert sorted(fields) == ["assessment_year", "planned_audit_date", "status"]  # settings unchanged
    with pytest.raises(ValidationError):
        store.update_assessment(aid, assessment_year=2570)  # a Buddhist-Era year: refused, as before
