"""A factory's 2569 assessment meets the FTI's next scheme file: what the app shows before it
installs anything, the mapping report, and the move that keeps the original."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.scheme import find_scheme, latest_scheme, load_scheme
from ecoassess.scheme.update import import_with_report, preview_import
from ecoassess.storage import open_store
from ecoassess.storage.remap import assessments_to_move, mapping_report, move_to_version

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"


@pytest.fixture()
def factory(tmp_path):
    """A plant with answers on C01 (option e goes in 2027.1), C10 (an input renamed), C13 (gone),
    a photo cited by C13 and C02, and an action on C13."""
    data = tmp_path / "data"
    store = open_store(data)
    aid = store.create_assessment(model.FactoryProfile(name_th="บริษัท ไทยรุ่งเรือง จำกัด",
                                                       name_en="Thai Rungrueang Co., Ltd."),
                                  scheme_id="eco-factory", scheme_version="2026.1", assessment_year=2026)
    store.save_answer(aid, "C01", value={"inventory": True, "advanced": ["a", "e"]}, status="done")
    store.save_answer(aid, "C10", value={"policy_and_vendor_list": True, "suppliers_green": True})
    store.save_answer(aid, "C13", value={"l1": True}, status="done")
    store.save_answer(aid, "C02", value={"inventory": True, "target_achievement_pct": 80})
    photo = tmp_path / "community-day.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    evidence = store.add_evidence(aid, photo, description="วันชุมชน")
    store.link_evidence(aid, evidence.id, "C13")
    store.link_evidence(aid, evidence.id, "C02")
    store.add_action(aid, "C13", "จัดซื้อสินค้าชุมชน")
    store.add_action(aid, "C02", "ติดตั้งมิเตอร์ย่อย")
    yield store, aid, data
    store.close()


def test_the_preview_checks_and_compares_but_installs_nothing(tmp_path):
    data = tmp_path / "data"
    seen = preview_import(NEXT_FILE, data)
    assert (seen.scheme.version, seen.base.version, seen.already_here, seen.is_newest) == \
        ("2027.1", "2026.1", False, True)
    assert seen.diff.answers_without_place() == ["C13", "C01.advanced.e", "C10.suppliers_green"]
    assert not (data / "schemes").exists() and latest_scheme(data).version == "2026.1"
    assert seen.path.name == "eco-factory-2027.1.yaml"


def test_a_file_changed_after_it_was_shown_is_not_installed(tmp_path):
    data = tmp_path / "data"
    copy = tmp_path / "next.yaml"
    shutil.copy(NEXT_FILE, copy)
    seen = preview_import(copy, data)
    copy.write_text(copy.read_text(encoding="utf-8").replace("value: 75", "value: 80", 1), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_with_report(copy, data, expect=seen.scheme.fingerprint)
    assert "ถูกแก้ไขหลังจากที่แสดงความเปลี่ยนแปลง" in caught.value.message("th")
    assert find_scheme(data, "eco-factory", "2027.1") is None
    done = import_with_report(NEXT_FILE, data, expect=seen.scheme.fingerprint)
    assert done.scheme.version == "2027.1" and find_scheme(data, "eco-factory", "2027.1") is not None


def test_the_mapping_report_names_what_stays_and_what_goes(factory):
    store, aid, data = factory
    import_with_report(NEXT_FILE, data)
    [report] = assessments_to_move(store, data, latest_scheme(data))
    assert (report.assessment_id, report.from_version, report.to_version) == (aid, "2026.1", "2027.1")
    assert report.kept_items == ["C01", "C02", "C10"] and report.kept_evidence == 1 and report.kept_actions == 1
    codes = [code for code, _text in report.dropped]
    assert codes == ["C01.advanced.e", "C10.suppliers_green", "C13", "evidence C13", "action C13"]
    th = report.lines("th")
    assert th[0] == "คำตอบที่ยังใช้ได้: 3 ข้อ (C01, C02, C10)"
    assert "• คำตอบของ C13 การกระจายรายได้ให้กับชุมชน" in th
    assert "• แผนปฏิบัติการของ C13 การกระจายรายได้ให้กับชุมชน" in th
    en = report.lines("en")
    assert en[3] == "Dropped (the change history keeps the old values): 5"
    assert any(line.startswith("• option (e) Assesses the material footprint") for line in en)
    # on the version it is on already, nothing to move; an empty one drops nothing
    assert assessments_to_move(store, data, load_scheme()) == []
    empty = store.create_assessment(model.FactoryProfile(name_th="โรงงานใหม่"), scheme_id="eco-factory",
                                    scheme_version="2026.1")
    fresh = mapping_report(store.get_assessment(empty), latest_scheme(data))
    assert fresh.lines("en") == ["No answers yet", "Evidence links kept: 0", "Actions kept: 0",
                                 "Everything has its place in version 2027.1: nothing is dropped."]


def test_moving_makes_a_copy_on_the_new_version_and_keeps_the_original(factory):
    store, aid, data = factory
    import_with_report(NEXT_FILE, data)
    before = store.get_assessment(aid)
    moved = move_to_version(store, aid, latest_scheme(data))
    assert moved.dropped == ["C01.advanced.e", "C10.suppliers_green", "C13", "evidence C13", "action C13"]
    original, copy = store.get_assessment(aid), store.get_assessment(moved.new_id)
    assert original.scheme_version == "2026.1" and original.answers.keys() == before.answers.keys()
    assert original.answers["C13"].value == {"l1": True} and len(original.actions) == 2
    assert copy.scheme_version == "2027.1" and copy.assessment_year == 2026
    assert copy.profile.name_th == "บริษัท ไทยรุ่งเรือง จำกัด" and copy.factory_uid == original.factory_uid
    assert set(copy.answers) == {"C01", "C02", "C10"}
    assert copy.answers["C01"].value == {"inventory": True, "advanced": ["a"]}
    assert [ev.items for ev in copy.evidence] == [["C02"]]
    assert [a.description for a in copy.actions] == ["ติดตั้งมิเตอร์ย่อย"]
    changes = {(h.item_id, h.field, str(h.old_value), str(h.new_value)) for h in store.history(moved.new_id)}
    assert ("assessment", "scheme_version", "2026.1", "2027.1") in changes
    assert ("C13", "value", "{'l1': True}", "None") in changes
    assert ("C13", "action", "จัดซื้อสินค้าชุมชน", "None") in changes
    assert len(store.history(moved.new_id)) > len(store.history(aid))  # the original's history first
    with pytest.raises(ValidationError) as caught:
        move_to_version(store, moved.new_id, latest_scheme(data))
    assert caught.value.message("th") == "การประเมินนี้อยู่บนเกณฑ์รุ่น 2027.1 อยู่แล้ว"
