"""Saving every second while an officer types leaves one history row per field and minute."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import event

NOTE = "ลดการใช้น้ำมันเตาที่หม้อไอน้ำ"




def type_note(store, aid: str, text: str, *, item: str = "C05", start: str = "") -> None:
    """The wizard's autosave while someone types: the text so far, saved once a second."""
    for end in range(len(start) + 1, len(text) + 1, 3):
        store.save_answer(aid, item, note=text[:end])
        store.clock.advance(1)
    store.save_answer(aid, item, note=text)


def test_a_note_typed_over_half_a_minute_is_one_row_from_empty_to_the_whole_text(store, aid):
    type_note(store, aid, NOTE)
    rows = store.history(aid)
    assert [(h.item_id, h.field, h.old_value, h.new_value) for h in rows] == [("C05", "note", "", NOTE)]
    assert rows[0].changed_at == datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # when the edit began
    assert store.get_assessment(aid).answers["C05"].note == NOTE


def test_typing_for_longer_than_a_minute_starts_a_new_row_each_minute(store, aid):
    long_note = NOTE * 8  # ~ 75 saves, one a second
    type_note(store, aid, long_note)
    rows = list(reversed(store.history(aid)))  # oldest first
    assert len(rows) == 2
    assert rows[0].old_value == "" and rows[1].old_value == rows[0].new_value  # a chain, nothing lost
    assert rows[1].new_value == long_note
    assert rows[1].changed_at - rows[0].changed_at == timedelta(seconds=60)


def test_a_pause_of_a_minute_separates_two_edits(store, aid):
    store.save_answer(aid, "C05", note="ร่างแรก")
    store.clock.advance(60)
    store.save_answer(aid, "C05", note="ร่างที่สอง")
    rows = store.history(aid)
    assert [(h.old_value, h.new_value) for h in rows] == [("ร่างแรก", "ร่างที่สอง"), ("", "ร่างแรก")]


def test_edits_of_other_fields_and_items_stay_their_own_rows(store, aid):
    store.save_answer(aid, "C05", note="ก")
    store.save_answer(aid, "C05", value={"l1": True})
    store.save_answer(aid, "C06", note="ข")
    store.clock.advance(5)
    store.save_answer(aid, "C05", note="กข", value={"l1": True, "l2": True})
    store.save_answer(aid, "C06", note="ขค")
    rows = {(h.item_id, h.field): (h.old_value, h.new_value) for h in store.history(aid)}
    assert rows == {("C05", "note"): ("", "กข"), ("C05", "value"): ({}, {"l1": True, "l2": True}),
                    ("C06", "note"): ("", "ขค")}
    assert len(store.history(aid)) == 3


def test_a_change_undone_within_the_minute_leaves_no_row(store, aid):
    store.save_answer(aid, "C12", not_applicable=True)
    store.clock.advance(4)
    store.save_answer(aid, "C12", not_applicable=False)
    assert store.history(aid) == []
    assert store.get_assessment(aid).answers["C12"].not_applicable is False


def test_profile_and_assessment_fields_merge_too(store, aid):
    profile = store.get_assessment(aid).profile
    for name in ("โรงงานน้ำใส จ", "โรงงานน้ำใส จำกัด"):
        store.update_profile(aid, replace(profile, name_th=name))
        store.clock.advance(1)
    for person in ("นาย", "นายสมชาย"):
        store.update_assessment(aid, signatory_name=person)
        store.clock.advance(1)
    store.update_assessment(aid, planned_audit_date=date(2027, 2, 1))
    rows = [(h.item_id, h.field, h.old_value, h.new_value) for h in store.history(aid)]
    assert rows == [("assessment", "planned_audit_date", None, "2027-02-01"),
                    ("assessment", "signatory_name", "", "นายสมชาย"),
                    ("profile", "name_th", "โรงงานน้ำใส", "โรงงานน้ำใส จำกัด")]


def test_evidence_links_are_events_never_merged(store, aid, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"%PDF-1.4 a")
    second.write_bytes(b"%PDF-1.4 b")
    store.add_evidence(aid, first, items=["C05"])
    store.add_evidence(aid, second, items=["C05"])
    assert [h.new_value for h in store.history(aid)] == ["b.pdf", "a.pdf"]


def test_each_save_is_still_one_transaction(store, aid):
    store.save_answer(aid, "C05", note="ก")
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    store.clock.advance(1)
    store.save_answer(aid, "C05", note="กข", value={"l1": True})
    store.clock.advance(1)
    store.update_profile(aid, replace(store.get_assessment(aid).profile, province="ชลบุรี"))
    assert len(commits) == 2
    assert len(store.history(aid)) == 3  # note merged; value and province their own rows
