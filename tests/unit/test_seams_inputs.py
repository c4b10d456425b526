"""Every bad input a clear reason in the message language, and what the app stores, its files
carry: N/A without a justification, null settings, settings checked whatever their source."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from ecoassess import answerfile, model
from ecoassess.errors import ValidationError
from ecoassess.package import OnConflict, pack_assessment, unpack_package
from ecoassess.scheme import import_scheme, load_scheme
from ecoassess.scheme.loader import SHIPPED
from ecoassess.scheme.settings import setting_value
from ecoassess.scoring import evaluate, evaluate_assessment
from ecoassess.storage import open_store
from tests.unit.portable_helpers import fix_manifest, read_entries, write_entries

SCHEME = load_scheme()
# What a Thai user must never read: the libraries' own English.
LIBRARY_ENGLISH = re.compile(r"Input should|Expecting|delimiter|true or false|expected '|"
                             r"Field required|Extra inputs|not a number|InvalidOperation|Traceback")


def write(tmp_path, data, name="answers.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                    encoding="utf-8")
    return path


def refusal(tmp_path, data) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        answerfile.load_answer_file(write(tmp_path, data))
    return caught.value


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "data")
    yield s
    s.close()


@pytest.mark.parametrize(("data", "path", "key"), [
    ({"criteria": {"C01": {"target_achievement_pct": 1e26}}}, "criteria.C01.target_achievement_pct",
     "limits.out_of_range"),
    ({"criteria": {"C10": {"ecolabel_products": 10**30}}}, "criteria.C10.ecolabel_products",
     "limits.out_of_range"),
    ({"criteria": {"C11": {"increase_pct": 1e308}}}, "criteria.C11.increase_pct", "limits.out_of_range"),
    ({"profile": {"employees_permanent": 10**30}}, "profile.employees_permanent", "answers.invalid"),
    ({"profile": {"annual_revenue_baht": 1e308}}, "profile.annual_revenue_baht", "answers.invalid"),
    ({"improvement": {"years": [{"year": 2025, "energy": 1e300}]}}, "improvement.years[0].energy",
     "limits.out_of_range"),
    ({"improvement": {"years": [{"year": 2025, "product_value": 1e14}]}},
     "improvement.years[0].product_value", "limits.out_of_range"),
    ({"planned_audit_date": "2571-06-30"}, "planned_audit_date", "limits.date_be"),
    ({"prerequisites": {"G2": {"certificate_valid_until": "2571-06-30"}}},
     "prerequisites.G2.certificate_valid_until", "limits.date_be"),
    ({"profile": {"certifications": [{"kind": "iso14001", "valid_until": "2570-01-31"}]}},
     "profile.certifications[0].valid_until", "limits.date_be"),
    ({"scheme_version": "../../etc/passwd"}, "scheme_version", "limits.scheme_version"),
    ({"scheme_version": "2026/1"}, "scheme_version", "limits.scheme_version"),
    ({"settings": {"target_percent": 150}}, "settings.target_percent", "limits.out_of_range"),
    ({"settings": {"g4_blocks": "yes"}}, "settings.g4_blocks", "settings.invalid"),
])
def test_out_of_range_values_are_named_reasons_in_both_languages(tmp_path, data, path, key):
    err = refusal(tmp_path, data)
    assert (err.key, err.params["path"]) == (key, path)
    assert path in err.message("en")
    assert path in err.message("th") and not LIBRARY_ENGLISH.search(err.message("th"))


def test_a_buddhist_era_date_is_refused_with_the_common_era_date_suggested(tmp_path):
    err = refusal(tmp_path, {"planned_audit_date": "2571-06-30"})
    assert "2028-06-30" in err.message("th") and "2028-06-30" in err.message("en")
    assert "พ.ศ." in err.message("th")


def test_a_number_of_four_thousand_digits_is_a_reason_not_a_crash(tmp_path):
    err = refusal(tmp_path, '{"criteria": {"C01": {"target_achievement_pct": 1' + "0" * 4000 + "}}}")
    assert err.key == "limits.out_of_range" and "~1e4000" in err.message("en")
    err = refusal(tmp_path, '{"criteria": {"C01": {"target_achievement_pct": 1' + "0" * 5000 + "}}}")
    assert err.key == "answers.not_json" and "ยาวเกินไป" in err.message("th")


def test_a_key_given_twice_is_refused_like_in_packages(tmp_path):
    err = refusal(tmp_path, '{"criteria": {"C01": {"inventory": true, "inventory": false}}}')
    assert err.key == "answers.not_json"
    assert '"inventory"' in err.message("th") and "ซ้ำ" in err.message("th")
    assert "appears twice" in err.message("en")
    assert "NaN" in refusal(tmp_path, '{"settings": {"target_percent": NaN}}').message("en")


@pytest.mark.parametrize(("text", "thai", "english"), [
    ('{"criteria": {"C01": {"inventory": true,}}}', "จุลภาคเกิน", "comma stands before"),
    ('{"criteria": {"C01": {"inventory": true "note": ""}}}', "ขาดเครื่องหมายจุลภาค", "comma (,) is missing"),
    ('{"criteria" {}}', "ขาดเครื่องหมายทวิภาค", "colon (:) is missing"),
    ('{"criteria": {"C01": {"note": "ยังไม่เสร็จ}}}', "ไม่มีเครื่องหมายคำพูดปิด", "no closing quote"),
    ("", "ขาดค่า", "value is missing"),
])
def test_json_mistakes_are_told_in_the_message_language_with_the_line(tmp_path, text, thai, english):
    err = refusal(tmp_path, text)
    assert err.key == "answers.not_json"
    assert thai in err.message("th") and "บรรทัด 1" in err.message("th")
    assert english in err.message("en")
    assert not LIBRARY_ENGLISH.search(err.message("th")) and not LIBRARY_ENGLISH.search(err.message("en"))


@pytest.mark.parametrize(("data", "thai"), [
    ({"criteria": {"C01": {"inventory": "yes"}}}, "จริงหรือเท็จ"),
    ({"profile": {"employees_permanent": "many"}}, "จำนวนเต็ม"),
    ({"profile": {"employees_permanent": -1}}, "ไม่น้อยกว่า 0"),
    ({"profile": {"estate_kind": "park"}}, "estate / other / outside"),
    ({"planned_audit_date": "soon"}, "ปปปป-ดด-วว"),
    ({"format_version": 2}, "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: 1"),
    ({"scheme": "green-industry"}, "green-industry"),
    ({"criteria": []}, "ชุดข้อมูลแบบ"),
    ({"criteria": {"C05": {"status": "finished"}}}, "not_started"),
    ({"improvement": {"years": [{"year": 2025}, {"year": 2025}]}}, "ปีเดียวกันซ้ำ"),
    (["not", "an", "object"], "ชุดข้อมูล JSON"),
])
def test_validation_messages_have_no_library_english_in_thai(tmp_path, data, thai):
    err = refusal(tmp_path, data)
    message = err.message("th")
    assert thai in message, message
    assert not LIBRARY_ENGLISH.search(message), message


def test_not_applicable_without_a_justification_moves_through_files_unchanged(store, tmp_path):
    path = write(tmp_path, {"settings": {"not_applicable_allowed": ["C12"]},
                            "criteria": {"C12": {"not_applicable": True, "status": "done"}}})
    af = answerfile.load_answer_file(path)
    _profile, _audit, items = answerfile.to_items(af)
    assert items["C12"].not_applicable and items["C12"].justification == ""
    result = evaluate(SCHEME, None, None, items, settings=af.settings)
    assert result.criterion("C12").points == 0  # scored normally...
    assert [w.kind for w in result.warnings if w.item_id == "C12"] == ["not_applicable"]  # ...warned
    aid = store.create_assessment(model.FactoryProfile(name_th="โรงงาน"), scheme_id=SCHEME.id,
                                  scheme_version=SCHEME.version, settings=af.settings)
    store.save_answer(aid, "C12", not_applicable=True, justification="", status="done")
    stored = store.get_assessment(aid)
    again = answerfile.parse_answer_data(json.loads(answerfile.to_json(
        answerfile.from_assessment(stored, SCHEME))), "again")
    assert answerfile.to_items(again)[2]["C12"].not_applicable
    package = pack_assessment(store, aid, tmp_path / "out.ecoassess")
    other = open_store(tmp_path / "other")
    try:
        imported = other.get_assessment(unpack_package(other, package).assessment_id)
        assert imported.answers["C12"].not_applicable and imported.answers["C12"].justification == ""
        assert evaluate_assessment(SCHEME, imported).total == evaluate_assessment(SCHEME, stored).total
    finally:
        other.close()


def test_null_settings_in_a_package_mean_the_scheme_default(store, tmp_path):
    aid = store.create_assessment(model.FactoryProfile(name_th="โรงงาน"), scheme_id=SCHEME.id,
                                  scheme_version=SCHEME.version)
    package = pack_assessment(store, aid, tmp_path / "a.ecoassess")
    entries = read_entries(package)
    doc = json.loads(entries["assessment.json"])
    doc["settings"] = {"not_applicable_allowed": None, "target_percent": None}
    doc["package"]["assessment"]["settings"] = dict(doc["settings"])
    write_entries(package, fix_manifest({**entries, "assessment.json": json.dumps(doc).encode()}))
    result = unpack_package(store, package, OnConflict.KEEP_BOTH)
    imported = store.get_assessment(result.assessment_id)
    assert imported.settings == {}
    assert setting_value(SCHEME, imported.settings, "not_applicable_allowed") == []  # no TypeError


def test_settings_are_checked_when_stored_whatever_the_source(store):
    aid = store.create_assessment(model.FactoryProfile(), scheme_id=SCHEME.id,
                                  scheme_version=SCHEME.version)
    for bad in ({"target_percent": "high"}, {"not_applicable_allowed": ["C99"]},
                {"g4_blocks": 1}, {"colour": "green"}, {"target_percent": 1e30}):
        with pytest.raises(ValidationError):
            store.update_assessment(aid, settings=bad)
    with pytest.raises(ValidationError):
        store.create_assessment(model.FactoryProfile(), scheme_id=SCHEME.id,
                                scheme_version=SCHEME.version, settings={"criterion_minimum": 9})
    store.update_assessment(aid, settings={"target_percent": 65, "not_applicable_allowed": None})
    assert store.get_assessment(aid).settings == {"target_percent": 65}


def newer_scheme_file(tmp_path, version: str, target: float = 90) -> object:
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = version
    raw["settings"]["target_percent"]["value"] = target
    path = tmp_path / f"scheme-{version.replace('/', '_')}.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("version", ["2027/1", "../2027.1", "2027.1-rc1", "latest", "2027"])
def test_scheme_versions_that_are_not_year_dot_n_are_refused_on_import(tmp_path, version):
    with pytest.raises(ValidationError) as caught:
        import_scheme(newer_scheme_file(tmp_path, version), tmp_path / "data")
    assert caught.value.key == "limits.scheme_version"
    assert "2026.1" in caught.value.message("th")
    assert not (tmp_path / "data" / "schemes").exists() or \
        not list((tmp_path / "data" / "schemes").iterdir())


def test_map_to_version_moves_an_orphaned_assessment_and_records_it(tmp_path):
    from ecoassess.scheme import scheme_choice
    from ecoassess.storage.remap import map_to_scheme, mapping_preview

    data = tmp_path / "data"
    import_scheme(newer_scheme_file(tmp_path, "2027.1"), data)
    store = open_store(data)
    try:
        aid = store.create_assessment(model.FactoryProfile(name_th="โรงงาน"), scheme_id=SCHEME.id,
                                      scheme_version="2025.9")  # made on a version not here
        store.save_answer(aid, "C01", value={"inventory": True, "old_input": 3}, status="done")
        store.save_answer(aid, "C99", value={"x": 1})
        choice = scheme_choice(data, SCHEME.id, "2025.9")
        assert not choice.exact and choice.scheme.version == "2027.1"
        preview = mapping_preview(store.get_assessment(aid), choice.scheme)
        assert preview == ["C01.old_input", "C99"]
        assert map_to_scheme(store, aid, choice.scheme) == preview
        mapped = store.get_assessment(aid)
        assert mapped.scheme_version == "2027.1" and "C99" not in mapped.answers
        assert mapped.answers["C01"].value == {"inventory": True}
        changes = {(h.item_id, h.field, str(h.new_value)) for h in store.history(aid)}
        assert ("assessment", "scheme_version", "2027.1") in changes and ("C99", "value", "None") in changes
        assert scheme_choice(data, SCHEME.id, mapped.scheme_version).exact
    finally:
        store.close()


def test_next_year_on_a_newer_version_leaves_behind_what_has_no_place(tmp_path):
    def without_c13(raw):
        raw["criteria"] = [c for c in raw["criteria"] if c["id"] != "C13"]
        raw["help"].pop("C13")  # help of a removed criterion would point nowhere

    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = "2027.1"
    without_c13(raw)
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    data = tmp_path / "data"
    import_scheme(path, data)
    store = open_store(data)
    try:
        aid = store.create_assessment(model.FactoryProfile(name_th="โรงงาน"), scheme_id=SCHEME.id,
                                      scheme_version=SCHEME.version,
                                      settings={"not_applicable_allowed": ["C12", "C13"]})
        store.save_answer(aid, "C13", value={"l1": True}, status="done")
        store.save_answer(aid, "C12", value={"l1": True}, status="done")
        new_id = store.copy_forward(aid, scheme_version="2027.1")
        carried = store.get_assessment(new_id)
        assert carried.scheme_version == "2027.1" and set(carried.answers) == {"C12"}
        assert carried.settings == {"not_applicable_allowed": ["C12"]}
    finally:
        store.close()
