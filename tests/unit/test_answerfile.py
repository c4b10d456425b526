"""The JSON answer-file format: loading rules, errors that name the place, conversion, JSON Schema."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from ecoassess import answer_schema, answerfile
from ecoassess.demo import demo_dir
from ecoassess.errors import ValidationError
from ecoassess.model import Assessment, AssessmentStatus, FactoryProfile, WorkflowStatus
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate

SCHEME = load_scheme()
DEMO = demo_dir() / "answers.json"


def write(tmp_path, data, name="answers.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load(tmp_path, data):
    return answerfile.load_answer_file(write(tmp_path, data))


def error_of(tmp_path, data):
    with pytest.raises(ValidationError) as caught:
        load(tmp_path, data)
    return caught.value


def test_demo_answers_every_item_plausibly():
    af = answerfile.load_answer_file(DEMO)
    assert sorted(af.prerequisites) == ["G1", "G2", "G3", "G4"]
    assert sorted(af.criteria) == [c.id for c in SCHEME.criteria]
    assert len(af.improvement.years) == 3
    assert all(entry.get("note") for entry in af.criteria.values())
    _profile, audit, items = answerfile.to_items(af)
    assert audit == date(2027, 2, 15)
    result = evaluate(SCHEME, None, audit, items)
    assert all(c.answered for c in result.criteria)
    assert 0 < result.total < 70


def test_minimal_file_left_out_items_score_zero_and_stay_in_the_maximum(tmp_path):
    af = load(tmp_path, {"criteria": {"C01": {"inventory": True}}})
    profile, audit, items = answerfile.to_items(af)
    assert profile is None and audit is None and list(items) == ["C01"]
    result = evaluate(SCHEME, profile, audit, items)
    assert result.criterion("C01").points == 1  # percentage left out: not met
    assert result.criterion("C02").points == 0 and result.max == 70


def test_underscore_keys_are_ignored_at_every_depth(tmp_path):
    af = load(tmp_path, {
        "_comment": "written by hand", "profile": {"name_th": "โรงงานทดสอบ", "_todo": "address"},
        "criteria": {"_C99": {}, "C10": {"_why": "see invoice", "policy_and_vendor_list": True}},
        "improvement": {"years": [{"year": 2025, "_source": "ERP", "energy": 5}]},
    })
    assert af.criteria == {"C10": {"policy_and_vendor_list": True}}
    assert af.profile.name_th == "โรงงานทดสอบ"


@pytest.mark.parametrize(("data", "path"), [
    ({"colour": "green"}, "colour"),
    ({"criteria": {"C15": {}}}, "criteria.C15"),
    ({"criteria": {"C01": {"inventroy": True}}}, "criteria.C01.inventroy"),
    ({"prerequisites": {"G5": {"met": True}}}, "prerequisites.G5"),
    ({"prerequisites": {"G1": {"ok": True}}}, "prerequisites.G1.ok"),
    ({"profile": {"factory": "x"}}, "profile.factory"),
    ({"settings": {"theme": "dark"}}, "settings.theme"),
    ({"improvement": {"years": [{"year": 2025, "electricity": 4}]}}, "improvement.years[0].electricity"),
])
def test_unknown_keys_are_errors_naming_them(tmp_path, data, path):
    err = error_of(tmp_path, data)
    assert err.key == "answers.unknown_key"
    assert err.params["path"] == path
    assert path in err.message("en") and path in err.message("th")


@pytest.mark.parametrize(("data", "path", "key"), [
    ({"criteria": {"C01": {"target_achievement_pct": -3}}}, "criteria.C01.target_achievement_pct", "value.negative"),
    ({"criteria": {"C11": {"increase_pct": -0.5}}}, "criteria.C11.increase_pct", "value.negative"),
    ({"improvement": {"years": [{"year": 2025, "water": -1}]}}, "improvement.years[0].water", "value.negative"),
    ({"profile": {"annual_revenue_baht": -1}}, "profile.annual_revenue_baht", "answers.invalid"),
    ({"criteria": {"C01": {"inventory": "yes"}}}, "criteria.C01.inventory", "value.type"),
    ({"criteria": {"C01": {"advanced": ["a", "k"]}}}, "criteria.C01.advanced", "value.unknown_option"),
    ({"prerequisites": {"G2": {"ems_route": "iso9001"}}}, "prerequisites.G2.ems_route", "value.unknown_option"),
    ({"prerequisites": {"G2": {"certificate_valid_until": "31/12/2027"}}},
     "prerequisites.G2.certificate_valid_until", "value.type"),
    ({"planned_audit_date": "soon"}, "planned_audit_date", "answers.invalid"),
    ({"criteria": {"C05": {"status": "finished"}}}, "criteria.C05.status", "answers.invalid"),
    ({"criteria": {"C05": {"status": {}}}}, "criteria.C05.status", "answers.invalid"),
    ({"criteria": {"C05": {"note": ["a list"]}}}, "criteria.C05.note", "answers.invalid"),
    ({"improvement": {"years": [{"year": 2568, "water": 1}]}}, "improvement.years[0].year", "limits.year_be"),
    ({"settings": {"target_percent": -10}}, "settings.target_percent", "value.negative"),
    ({"scheme": "green-industry"}, "scheme", "answers.invalid"),
    ({"format_version": 2}, "format_version", "answers.invalid"),
])
def test_bad_values_name_the_place(tmp_path, data, path, key):
    err = error_of(tmp_path, data)
    assert (err.key, err.params["path"]) == (key, path)


def test_malformed_json_names_the_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "criteria": {\n    "C01": {"inventory": true,}\n  }\n}', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        answerfile.load_answer_file(path)
    assert caught.value.key == "answers.not_json" and caught.value.params["line"] == 3
    with pytest.raises(ValidationError):
        load(tmp_path, ["not", "an", "object"])


def test_na_with_justification_and_notes_convert(tmp_path):
    af = load(tmp_path, {"criteria": {"C12": {"not_applicable": True,
                                              "justification": "อาคารเช่าในเมือง ไม่มีพื้นที่ธรรมชาติ",
                                              "note": "ตรวจสอบกับผู้ตรวจ"}},
                         "settings": {"not_applicable_allowed": ["C12"]}})
    _p, _d, items = answerfile.to_items(af)
    c12 = items["C12"]
    assert c12.not_applicable and c12.value == {} and c12.status == WorkflowStatus.DONE
    assert c12.note == "ตรวจสอบกับผู้ตรวจ"
    result = evaluate(SCHEME, None, None, items, settings=af.settings)
    assert result.criterion("C12").points is None and result.max == 65


def test_profile_converts_to_the_model(tmp_path):
    af = load(tmp_path, {"profile": {"name_th": "โรงงาน", "employees_permanent": 120,
                                     "annual_revenue_baht": 250e6, "size": "medium",
                                     "contacts": [{"role": "coordinator", "name": "คุณเอ"}],
                                     "certifications": [{"kind": "iso14001",
                                                         "valid_until": "2028-01-01"}]}})
    profile, _d, _i = answerfile.to_items(af)
    assert isinstance(profile, FactoryProfile)
    assert profile.size == "medium" and profile.contacts[0].name == "คุณเอ"
    assert profile.certifications[0].valid_until == date(2028, 1, 1)


def test_round_trip_through_an_assessment(tmp_path):
    af = answerfile.load_answer_file(DEMO)
    profile, audit, items = answerfile.to_items(af)
    now = datetime(2026, 11, 28)
    assessment = Assessment(
        id="x", factory_uid="f", profile=profile or FactoryProfile(name_th="โรงงานสาธิต"),
        scheme_id=SCHEME.id, scheme_version=SCHEME.version, assessment_date=date(2026, 11, 15),
        planned_audit_date=audit, signatory_name="", signatory_position="",
        status=AssessmentStatus.DRAFT, settings={"target_percent": 65, "last_tab": 3},
        last_page="", is_demo=True, created_at=now, updated_at=now, answers=items)
    exported = answerfile.from_assessment(assessment)
    assert exported.settings == {"target_percent": 65}
    path = tmp_path / "export.json"
    answerfile.dump_answer_file(exported, path)
    again = answerfile.load_answer_file(path)
    _p2, audit2, items2 = answerfile.to_items(again)
    assert audit2 == audit
    assert {k: (v.value, v.note, v.not_applicable) for k, v in items2.items()} == \
        {k: (v.value, v.note, v.not_applicable) for k, v in items.items()}
    assert evaluate(SCHEME, None, audit, items2).total == evaluate(SCHEME, None, audit, items).total


def _conforms(value, schema, path="$"):
    """A small JSON Schema check for the parts the answer-file schema uses (no $ref)."""
    if "enum" in schema:
        assert value in schema["enum"], path
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if kinds:
        ok = {"object": dict, "array": list, "string": str, "boolean": bool,
              "integer": int, "number": (int, float), "null": type(None)}
        assert any(isinstance(value, ok[k]) and not (k in ("integer", "number") and
                                                      isinstance(value, bool)) for k in kinds), path
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if key in schema["properties"]:
                _conforms(item, schema["properties"][key], f"{path}.{key}")
            else:
                assert key.startswith("_") or schema.get("additionalProperties", True), f"{path}.{key}"
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _conforms(item, schema["items"], f"{path}[{i}]")
    if isinstance(value, int | float) and "minimum" in schema and not isinstance(value, bool):
        assert value >= schema["minimum"], path


def test_json_schema_describes_every_item_and_accepts_the_demo():
    schema = answer_schema.json_schema(SCHEME)
    json.dumps(schema)
    props = schema["properties"]
    assert sorted(props["criteria"]["properties"]) == [c.id for c in SCHEME.criteria]
    c01 = props["criteria"]["properties"]["C01"]
    assert c01["additionalProperties"] is False and c01["patternProperties"] == {"^_": {}}
    assert c01["properties"]["advanced"]["items"]["enum"] == ["a", "b", "c", "d", "e"]
    assert c01["properties"]["target_achievement_pct"] == {
        "type": "number", "minimum": 0, "maximum": 10_000,
        "description": c01["properties"]["target_achievement_pct"]["description"]}
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    for group in ("prerequisites", "criteria", "improvement"):
        _conforms(demo[group], props[group], group)
    with pytest.raises(AssertionError):
        _conforms({"C01": {"inventroy": True}}, props["criteria"])


def test_demo_through_the_real_store_exports_and_reloads(tmp_path):
    from ecoassess.demo import create_demo
    from ecoassess.scoring import evaluate_assessment
    from ecoassess.storage import open_store

    store = open_store(tmp_path / "data")
    try:
        assessment = store.get_assessment(create_demo(store))
    finally:
        store.close()
    stored = evaluate_assessment(SCHEME, assessment)
    assert stored.total == 42 and stored.size == "medium"
    exported = answerfile.from_assessment(assessment)
    path = tmp_path / "demo-export.json"
    answerfile.dump_answer_file(exported, path)
    again = answerfile.load_answer_file(path)
    profile, audit, items = answerfile.to_items(again)
    assert profile.name_th == assessment.profile.name_th and audit == assessment.planned_audit_date
    assert evaluate(SCHEME, profile, audit, items).total == stored.total


def test_cleared_fields_count_as_not_answered():
    from ecoassess.model import ItemAnswer

    items = {"G2": ItemAnswer("G2", {"ems_route": "", "certificate_valid_until": ""}),
             "C01": ItemAnswer("C01", {"inventory": True, "target_achievement_pct": ""})}
    result = evaluate(SCHEME, None, None, items)
    assert result.prerequisite("G2").status == "unanswered"  # cleared: nothing is set
    assert result.criterion("C01").points == 1
