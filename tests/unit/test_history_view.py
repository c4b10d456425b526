"""The history in words: every recorded field has a Thai and an English label, values read as
a person writes them, and a restored value is recorded like any edit."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ecoassess import history_view
from ecoassess.model import Certification, FactoryProfile, HistoryRecord
from ecoassess.scheme import load_scheme
from ecoassess.storage import open_store

SCHEME = load_scheme()


def test_every_recorded_field_has_both_labels_and_no_internal_name():
    for scope, fields in (("profile", history_view.PROFILE_FIELDS), ("assessment", history_view.ASSESSMENT_FIELDS),
                          ("C01", history_view.ANSWER_FIELDS)):
        for field in fields:
            label = history_view.field_name(scope, field)
            assert label["th"] and label["en"] and label["th"] != field, field
            assert "_" not in label["en"]  # never signatory_position


def test_values_read_as_words_with_buddhist_era_dates_in_thai():
    row = history_view.describe(SCHEME, HistoryRecord("assessment", "planned_audit_date", None, "2027-02-15",
                                                     None, 1))
    assert row.what == {"th": "วันที่วางแผนตรวจประเมิน", "en": "planned audit date"}
    assert "2570" in row.new["th"] and "2027" in row.new["en"] and row.old["th"] == "—"
    answer = history_view.format_value(SCHEME, "G2", "value", {"ems_route": "gi3"})
    assert "อุตสาหกรรมสีเขียว ระดับที่ 3" in answer["th"] and "ems_route" not in answer["th"]
    table = history_view.format_value(SCHEME, "improvement", "value",
                                      {"reference_year": 2024, "years": [{"year": 2024}, {"year": 2025}]})
    assert table["th"] == "ตารางข้อมูลปี 2567, 2568 (ปีฐาน 2567)"


def test_restoring_certificates_on_the_profile_is_itself_recorded(tmp_path):
    clock = iter(datetime(2026, 11, 20, 2, m, tzinfo=UTC) for m in range(0, 60, 5))
    with open_store(tmp_path) as store:
        store.clock = lambda: next(clock)  # each edit five minutes after the last: its own row
        aid = store.create_assessment(FactoryProfile(name_th="โรงงาน"), scheme_id=SCHEME.id,
                                      scheme_version=SCHEME.version)
        iso = [Certification("iso14001", "", date(2028, 6, 30))]
        store.update_profile(aid, FactoryProfile(name_th="โรงงาน", certifications=iso))
        store.update_profile(aid, FactoryProfile(name_th="โรงงาน"))  # removed by mistake
        removal = store.history_page(aid, 0, 1)[0]
        assert (removal.field, removal.new_value) == ("certifications", [])
        assert "ISO 14001" in history_view.describe(SCHEME, removal).old["th"]
        assert "2571" in history_view.describe(SCHEME, removal).old["th"]  # Buddhist Era
        history_view.restore(store, aid, removal.id)
        assert store.get_assessment(aid).profile.certifications == iso
        newest = store.history_page(aid, 0, 1)[0]
        assert (newest.field, newest.old_value, newest.id > removal.id) == ("certifications", [], True)


def test_the_action_plan_and_the_threshold_are_in_the_history(tmp_path):
    clock = iter(datetime(2026, 11, 20, 3, m, tzinfo=UTC) for m in range(0, 60, 5))
    with open_store(tmp_path) as store:
        store.clock = lambda: next(clock)
        aid = store.create_assessment(FactoryProfile(name_th="โรงงาน"), scheme_id=SCHEME.id,
                                      scheme_version=SCHEME.version)
        action = store.add_action(aid, "C03", "ติดตั้งมิเตอร์น้ำ")
        store.update_action(action.id, owner="คุณสมชาย", due_date=date(2027, 3, 31), status="in_progress")
        store.update_assessment(aid, settings={"target_percent": 60.0})
        store.delete_action(action.id)
        rows = [history_view.describe(SCHEME, e) for e in store.history_page(aid, 0, None)]
        said = [(r.page["th"], r.what["th"], r.old["th"], r.new["th"]) for r in rows]
        assert said[0] == ("C03 การจัดการน้ำและน้ำเสีย", "แผนปฏิบัติการ: มาตรการ", "ติดตั้งมิเตอร์น้ำ", "—")
        assert said[1][:2] == ("การประเมิน", "ค่าตั้ง (เกณฑ์ผ่าน คะแนนขั้นต่ำ)") and "เกณฑ์ผ่านร้อยละ 60" in said[1][3]
        assert ("แผนปฏิบัติการ: สถานะ", "ยังไม่ดำเนินการ", "กำลังดำเนินการ") in [s[1:] for s in said]
        assert any(s[1] == "แผนปฏิบัติการ: กำหนดเสร็จ" and "2570" in s[3] for s in said)
        assert said[-1][1:] == ("แผนปฏิบัติการ: มาตรการ", "—", "ติดตั้งมิเตอร์น้ำ")
        assert not any(r.restorable for r in rows if r.what["en"].startswith("action plan"))
        threshold = next(e for e in store.history_page(aid, 0, None) if e.field == "settings")
        history_view.restore(store, aid, threshold.id)  # back to the scheme's default
        assert not (store.get_assessment(aid).settings or {}).get("target_percent")
