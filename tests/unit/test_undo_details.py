"""Undo of an evidence file's details and of action-plan rows in the core: an officer changes a
permit's expiry or a row's owner, takes it back, and the history keeps both the edit and the undo.
A step whose file or row has gone says so in Thai and English and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from ecoassess import model
from ecoassess.history_view import describe
from ecoassess.scheme import load_scheme
from ecoassess.undo import (
    TYPING_PAUSE,
    UndoLog,
    UndoTargetGone,
    action_step,
    changes,
    evidence_step,
    merge_typing,
    short,
)

SCHEME = load_scheme()




@pytest.fixture
def permit(store, aid, tmp_path) -> model.EvidenceInfo:
    path = tmp_path / "energy.pdf"
    path.write_bytes(b"%PDF-1.4 energy audit 2569")
    return store.add_evidence(aid, path, description="รายงานการตรวจสอบพลังงาน",
                              expiry=date(2027, 1, 31), items=["C02"])


def _file(store, aid, evidence_id):
    return next(e for e in store.get_assessment(aid).evidence if e.id == evidence_id)


def _edit_file(store, aid, log, info, **fields):
    """What the wizard's session does: the change in the store, then the step in the log."""
    changed = changes(info, fields)
    store.update_evidence_details(aid, info.id, item_id="C02", **{k: v for k, (_o, v) in changed.items()})
    log.push(evidence_step(info, "C02", changed))


def test_an_expiry_changed_then_undone_is_back_and_both_are_in_the_history(store, aid, permit):
    log = UndoLog()
    _edit_file(store, aid, log, permit, expiry=date(2027, 12, 31))
    assert _file(store, aid, permit.id).expiry == date(2027, 12, 31)
    assert log.peek().label == {"th": "แก้ไขวันที่ใช้ได้ถึงของ energy.pdf",
                                "en": "change of expiry date of energy.pdf"}
    store.clock.advance(5)  # within the minute that merges a field's rows: the undo keeps its own

    step = log.undo(store, aid)
    assert step.kind == "edit_evidence" and log.peek() is None
    back = _file(store, aid, permit.id)
    assert back.expiry == date(2027, 1, 31) and back.description == "รายงานการตรวจสอบพลังงาน"
    rows = [h for h in store.history(aid) if h.field == "evidence_expiry"]
    assert [(r.item_id, r.old_value, r.new_value) for r in rows] == [
        ("C02", {"file": "energy.pdf", "value": "2027-12-31"}, {"file": "energy.pdf", "value": "2027-01-31"}),
        ("C02", {"file": "energy.pdf", "value": "2027-01-31"}, {"file": "energy.pdf", "value": "2027-12-31"}),
    ]
    undo_row = describe(SCHEME, rows[0])
    assert undo_row.what == {"th": "หลักฐาน: ใช้ได้ถึง", "en": "evidence: valid until"}
    assert undo_row.new["th"] == "energy.pdf: 31/01/2570"  # Buddhist Era in Thai
    assert undo_row.old["en"].startswith("energy.pdf: ") and "2027" in undo_row.old["en"]
    assert not undo_row.restorable  # details come back with Undo, not "restore this value"


def test_several_details_from_one_dialog_are_one_step(store, aid, permit):
    log = UndoLog()
    _edit_file(store, aid, log, permit, description="รายงานพลังงานฉบับแก้ไข", document_date=date(2026, 11, 1),
               expiry=date(2027, 1, 31))  # the expiry as it was: not part of the step
    assert set(log.peek().data["fields"]) == {"description", "document_date"}
    assert log.peek().label["en"] == "change of details of energy.pdf"
    log.undo(store, aid)
    back = _file(store, aid, permit.id)
    assert (back.description, back.document_date) == ("รายงานการตรวจสอบพลังงาน", None)


def test_an_owner_mistyped_then_undone_is_back_with_its_own_history_row(store, aid):
    action = store.add_action(aid, "C02", "S3 ตั้งเป้าหมายลดการใช้พลังงาน", owner="คุณสมชาย")
    log = UndoLog()
    changed = changes(action, {"owner": "คุณสมชัย", "status": "open"})  # the status as it was
    assert changed == {"owner": ("คุณสมชาย", "คุณสมชัย")}
    store.update_action(action.id, owner="คุณสมชัย")
    log.push(action_step(action, changed))
    assert log.peek().label == {"th": "แก้ไขผู้รับผิดชอบของ “S3 ตั้งเป้าหมายลดการใช้พลังงาน” (C02)",
                                "en": "change of owner of “S3 ตั้งเป้าหมายลดการใช้พลังงาน” (C02)"}
    store.clock.advance(3)
    log.undo(store, aid)
    assert store.get_assessment(aid).actions[0].owner == "คุณสมชาย"
    rows = [(h.old_value, h.new_value) for h in store.history(aid) if h.field == "action_owner"]
    assert rows == [("คุณสมชัย", "คุณสมชาย"), ("คุณสมชาย", "คุณสมชัย")]


def test_due_date_and_status_come_back_newest_first(store, aid):
    action = store.add_action(aid, "C05", "S2 จัดทำทะเบียนสารเคมี")
    log = UndoLog()
    for fields in ({"due_date": date(2027, 3, 31)}, {"status": model.ActionStatus.IN_PROGRESS}):
        current = next(a for a in store.get_assessment(aid).actions if a.id == action.id)
        changed = changes(current, fields)
        store.update_action(action.id, **fields)
        log.push(action_step(current, changed))
    log.undo(store, aid)
    row = store.get_assessment(aid).actions[0]
    assert (row.status, row.due_date) == (model.ActionStatus.OPEN, date(2027, 3, 31))
    log.undo(store, aid)
    assert store.get_assessment(aid).actions[0].due_date is None


def test_an_edit_of_a_row_removed_and_brought_back_follows_the_row(store, aid):
    from ecoassess.undo import delete_action_step

    action = store.add_action(aid, "C02", "S3 ตั้งเป้าหมาย", owner="คุณสมชาย")
    log = UndoLog()
    store.update_action(action.id, owner="คุณวิภา")
    log.push(action_step(action, {"owner": ("คุณสมชาย", "คุณวิภา")}))
    edited = store.get_assessment(aid).actions[0]
    store.delete_action(action.id)
    log.push(delete_action_step(edited))
    log.undo(store, aid)  # the row is back (under a new id, or the same one)
    log.undo(store, aid)  # and its owner edit is taken back on it
    assert [(a.description, a.owner) for a in store.get_assessment(aid).actions] == [("S3 ตั้งเป้าหมาย", "คุณสมชาย")]


def test_an_undo_of_a_file_no_longer_there_says_so_and_changes_nothing(store, aid, permit):
    log = UndoLog()
    store.save_answer(aid, "C02", note="บันทึกแรก")
    from ecoassess.undo import edit_step

    log.push(edit_step(SCHEME, "C02", {"note": ("", "บันทึกแรก")}))
    _edit_file(store, aid, log, permit, description="คำอธิบายใหม่")
    store.remove_evidence(aid, permit.id)  # e.g. from another window
    before = store.history_count(aid)
    with pytest.raises(UndoTargetGone) as caught:
        log.undo(store, aid)
    assert caught.value.message("th") == \
        "ย้อนกลับไม่ได้: ไฟล์ energy.pdf ไม่อยู่ในการประเมินนี้แล้ว ข้อมูลอื่นไม่มีการเปลี่ยนแปลง"
    assert caught.value.message("en") == \
        "Cannot undo: energy.pdf is no longer in this assessment; nothing else was changed."
    assert store.history_count(aid) == before  # nothing written
    assert log.peek().kind == "edit"  # the step that cannot be done is dropped; the older ones stay
    log.undo(store, aid)
    assert store.get_assessment(aid).answers["C02"].note == ""


def test_an_undo_of_a_row_no_longer_there_says_so(store, aid):
    action = store.add_action(aid, "C02", "S3 ตั้งเป้าหมาย")
    log = UndoLog()
    log.push(action_step(action, {"owner": ("", "คุณวิภา")}))
    store.delete_action(action.id)
    with pytest.raises(UndoTargetGone) as caught:
        log.undo(store, aid)
    assert caught.value.message("th") == \
        "ย้อนกลับไม่ได้: มาตรการ “S3 ตั้งเป้าหมาย” (C02) ไม่อยู่ในแผนแล้ว ข้อมูลอื่นไม่มีการเปลี่ยนแปลง"
    assert log.peek() is None and store.get_assessment(aid).actions == []


def test_typing_in_one_row_or_file_field_is_one_step():
    action = model.Action(id=7, item_id="C02", description="S3 ตั้งเป้าหมาย")
    log = UndoLog()
    log.push(action_step(action, {"owner": ("", "ค")}, typing=True, when=1.0))
    assert merge_typing(log.peek(), 7, {"owner": ("ค", "คุณ")}, 1.5, "edit_action")
    assert log.peek().data["fields"]["owner"] == ["", "คุณ"]
    assert not merge_typing(log.peek(), 8, {"owner": ("", "x")}, 1.6, "edit_action")  # another row
    assert not merge_typing(log.peek(), 7, {"owner": ("", "x")}, 1.6, "edit_evidence")  # a file of id 7
    assert not merge_typing(log.peek(), 7, {"owner": ("คุณ", "คุณส")}, 1.5 + TYPING_PAUSE + 0.1,
                            "edit_action")
    info = model.EvidenceInfo(id=7, sha256="0" * 64, original_name="energy.pdf", size=1, media_type="x")
    log.push(evidence_step(info, "C02", {"description": ("", "ร")}, typing=True, when=5.0))
    assert merge_typing(log.peek(), 7, {"description": ("ร", "รายงาน")}, 5.4, "edit_evidence")
    assert log.peek().data["fields"]["description"] == ["", "รายงาน"]


def test_a_long_thai_description_is_cut_for_the_menu_never_inside_a_letter():
    text = "S3 จัดทำแผนลดการใช้พลังงานไฟฟ้าและเชื้อเพลิงอย่างต่อเนื่องทุกปี"
    cut = short(text)
    assert cut.endswith("…") and len(cut) <= 41 and text.startswith(cut[:-1])
    import unicodedata

    assert unicodedata.category(text[len(cut) - 1]) not in ("Mn", "Mc")  # no mark left behind
    assert short("S3 สั้น") == "S3 สั้น"
    assert short("ก" * 39 + "เลย", 40) == "ก" * 39 + "…"  # never a leading vowel alone at the end
