"""Undo of ordinary edits in the core: a step per edit (a typing burst is one), taken back in
the store with a history row of its own, even within the minute that merges a field's rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ecoassess.scheme import load_scheme
from ecoassess.undo import TYPING_PAUSE, UndoLog, edit_step, merge_typing, take_back

SCHEME = load_scheme()




def test_an_answer_undone_within_the_minute_keeps_both_rows(store, aid):
    store.save_answer(aid, "C01", value={"target_achievement_pct": 60.0})
    store.clock.advance(5)
    step = edit_step(SCHEME, "C01", {"value": ({}, {"target_achievement_pct": 60.0})})
    assert step.label == {"th": "แก้ไขคำตอบ (C01 การจัดการวัตถุดิบ)",
                          "en": "change of answer (C01 Raw material management)"}
    take_back(store, aid, step)
    assert store.get_assessment(aid).answers["C01"].value == {}
    rows = [(h.old_value, h.new_value) for h in store.history(aid) if h.field == "value"]
    assert rows == [({"target_achievement_pct": 60.0}, {}), ({}, {"target_achievement_pct": 60.0})]
    store.clock.advance(5)  # the next edits never hide the undo, and merge among themselves again
    store.save_answer(aid, "C01", value={"target_achievement_pct": 70.0})
    store.clock.advance(1)
    store.save_answer(aid, "C01", value={"target_achievement_pct": 75.0})
    rows = [(h.old_value, h.new_value) for h in store.history(aid) if h.field == "value"]
    assert rows[:2] == [({}, {"target_achievement_pct": 75.0}), ({"target_achievement_pct": 60.0}, {})]
    assert len(rows) == 3


def test_profile_and_assessment_fields_come_back(store, aid):
    before = store.get_assessment(aid)
    store.update_profile(aid, replace(before.profile, name_en="Clear Water", employees_permanent=80))
    store.update_assessment(aid, planned_audit_date=date(2027, 2, 15))
    take_back(store, aid, edit_step(SCHEME, "assessment", {"planned_audit_date": (None, date(2027, 2, 15))}))
    take_back(store, aid, edit_step(SCHEME, "profile", {"employees_permanent": (None, 80)}))
    after = store.get_assessment(aid)
    assert after.planned_audit_date is None and after.profile.employees_permanent is None
    assert after.profile.name_en == "Clear Water"  # only the field undone


def test_typing_of_one_field_is_one_step_until_a_pause_or_another_field():
    log = UndoLog()
    log.push(edit_step(SCHEME, "C05", {"note": ("", "ล")}, typing=True, when=10.0))
    assert merge_typing(log.peek(), "C05", {"note": ("ล", "ลด")}, 10.5)
    assert merge_typing(log.peek(), "C05", {"note": ("ลด", "ลดน้ำ")}, 11.0)
    assert log.peek().data["fields"]["note"] == ["", "ลดน้ำ"]
    assert not merge_typing(log.peek(), "C05", {"justification": ("", "x")}, 11.2)
    assert not merge_typing(log.peek(), "C06", {"note": ("", "x")}, 11.2)
    assert not merge_typing(log.peek(), "C05", {"note": ("ลดน้ำ", "ลดน้ำมัน")}, 11.0 + TYPING_PAUSE + 0.1)
    clicked = edit_step(SCHEME, "C05", {"note": ("", "x")})  # a click is never merged into
    assert not merge_typing(clicked, "C05", {"note": ("x", "xy")}, 0.0)
