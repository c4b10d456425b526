"""The shipped scheme file: structure, exact Thai names, provenance, bilingual texts, validation errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ecoassess.errors import ValidationError
from ecoassess.scheme import load_scheme, parse_scheme
from ecoassess.scheme.loader import SHIPPED
from ecoassess.scheme.schema import Text

SCHEME = load_scheme()

# The brief, §2.2: FTI numbering, exact Thai names, English names, groups.
CRITERIA = [
    ("C01", "การจัดการวัตถุดิบ", "Raw material management", "eco_efficiency"),
    ("C02", "การจัดการพลังงาน", "Energy management", "eco_efficiency"),
    ("C03", "การจัดการน้ำและน้ำเสีย", "Water and wastewater management", "eco_efficiency"),
    ("C04", "การจัดการมลภาวะทางอากาศ", "Air pollution management", "eco_efficiency"),
    ("C05", "การจัดการก๊าซเรือนกระจก", "Greenhouse gas management", "eco_efficiency"),
    ("C06", "การจัดการของเสีย", "Waste management", "eco_efficiency"),
    ("C07", "การจัดการสารเคมีและวัตถุอันตราย", "Chemicals and hazardous substances management", "eco_efficiency"),
    ("C08", "การจัดการสุขภาพและความปลอดภัยในการทำงาน", "Occupational health and safety management", "eco_efficiency"),
    ("C09", "การจัดการระบบขนส่งและโลจิสติกส์", "Transport and logistics management", "eco_efficiency"),
    ("C10", "การจัดการโซ่อุปทานสีเขียว", "Green supply chain management", "eco_efficiency"),
    ("C11", "การจัดการภูมิทัศน์สีเขียว", "Green landscape management", "eco_efficiency"),
    ("C12", "การจัดการความหลากหลายทางชีวภาพ", "Biodiversity management", "eco_efficiency"),
    ("C13", "การกระจายรายได้ให้กับชุมชน", "Income distribution to the community", "social"),
    ("C14", "การอยู่ร่วมกับชุมชนโดยรอบ", "Coexistence with the surrounding community", "social"),
]
KNOWN = {"C01", "C06", "C10", "C11", "C14"}
LADDERS = {"C01": "target", "C02": "target", "C03": "target", "C04": "target", "C05": "target",
           "C06": "target", "C07": "strict", "C08": "strict", "C09": "strict", "C10": "strict",
           "C11": "band", "C12": "strict", "C13": "strict", "C14": "strict"}
INPUTS = {
    "C01": ["inventory", "target_achievement_pct", "advanced"],
    "C10": ["policy_and_vendor_list", "green_purchase_pct", "ecoproduct_policy",
            "ecolabel_products", "suppliers_green"],
    "C11": ["baseline_met", "increase_pct"],
    "C14": ["disclosure", "network", "network_decides", "joint_monitoring", "community_activities",
            "no_complaints_3y", "csr_standard", "sustainability_report", "consumer_awareness",
            "survey_pct"],
}


def test_identity_and_fingerprint():
    assert SCHEME.id == "eco-factory" and SCHEME.version
    assert re.fullmatch(r"[0-9a-f]{64}", SCHEME.fingerprint)
    assert SCHEME.max_total == 70


@pytest.mark.parametrize(("cid", "th", "en", "group"), CRITERIA)
def test_criteria_in_fti_order_with_exact_names(cid, th, en, group):
    c = SCHEME.criterion(cid)
    assert (c.name.th, c.name.en, c.group, c.max_points) == (th, en, group, 5)
    assert [x.id for x in SCHEME.criteria] == [row[0] for row in CRITERIA]
    assert c.number == int(cid[1:])


@pytest.mark.parametrize("cid", [row[0] for row in CRITERIA])
def test_ladder_type_and_provenance(cid):
    c = SCHEME.criterion(cid)
    assert c.ladder == LADDERS[cid]
    expected = "published-form" if cid in KNOWN else "draft"
    assert c.provenance == expected
    assert all(lv.provenance == expected for lv in c.levels)
    assert c.points_provenance == ("inferred" if cid == "C11" else expected)
    for input_def in c.inputs:
        assert all(o.provenance in (None, expected) for o in input_def.options)


@pytest.mark.parametrize(("cid", "ids"), [
    *INPUTS.items(), ("C06", INPUTS["C01"]), *[(c, INPUTS["C01"]) for c in ("C02", "C03", "C04", "C05")],
    *[(c, ["l1", "l2", "l3", "l4", "l5"]) for c in ("C07", "C08", "C09", "C12", "C13")],
])
def test_input_ids_match_the_answer_format(cid, ids):
    assert [i.id for i in SCHEME.criterion(cid).inputs] == ids


def test_target_ladders_offer_options_a_to_e_with_evidence():
    for cid in ("C01", "C02", "C03", "C04", "C05", "C06"):
        options = SCHEME.criterion(cid).input("advanced").options
        assert [o.id for o in options] == ["a", "b", "c", "d", "e"]
        assert all(o.evidence and o.evidence.th and o.evidence.en for o in options)


def test_known_wording_is_carried_exactly():
    c14_l5 = SCHEME.criterion("C14").level("L5")
    assert c14_l5.requirement.th.endswith("ได้คะแนนเฉลี่ยไม่น้อยกว่าร้อยละ 80")
    assert SCHEME.criterion("C06").level("S1").requirement.th == (
        "จัดทำบัญชีรายการของเสีย (Waste Inventory) ข้อมูลลักษณะของของเสียแต่ละรายการ "
        "(Waste Profile) และแผนผังการไหลของของเสีย (Waste Flow Diagram)")
    assert SCHEME.criterion("C10").level("L2").requirement.en == (
        "L1, plus green purchases of at least 1 % of the procurement budget.")
    assert "[T" not in yaml.safe_dump(SCHEME.model_dump(mode="json"), allow_unicode=True)


def test_prerequisites():
    assert [p.id for p in SCHEME.prerequisites] == ["G1", "G2", "G3", "G4"]
    g2 = SCHEME.prerequisite("G2")
    assert [o.id for o in g2.input("ems_route").options] == [
        "iso14001", "gi3", "gi2", "white_flag_green_star", "none"]
    assert g2.input("certificate_valid_until").type == "date"
    assert set(g2.variant_for("large").routes) == {"gi3", "iso14001"}
    assert {"gi2", "white_flag_green_star"} <= set(g2.variant_for("small").routes)
    assert g2.variant_for("medium") is g2.variant_for("small")
    g4 = SCHEME.prerequisite("G4")
    assert g4.provenance == "draft" and not g4.blocking
    assert all(p.blocking and p.provenance == "published-form" for p in SCHEME.prerequisites[:3])


def test_settings_are_assumptions_with_the_brief_defaults():
    s = SCHEME.settings
    assert (s.target_percent.value, s.criterion_minimum.value) == (70, 0)
    assert s.not_applicable_allowed.value == [] and s.g4_blocks.value is False
    assert {x.provenance for x in (s.target_percent, s.criterion_minimum,
                                   s.not_applicable_allowed, s.g4_blocks)} == {"assumption"}
    assert set(SCHEME.provenance_labels) == {"published-form", "inferred", "draft", "assumption"}
    assert SCHEME.provenance_labels["draft"].banner.th == "ร่าง — โปรดตรวจสอบกับเกณฑ์ทางการของ ส.อ.ท."


def test_documents_and_improvement_definitions():
    ids = [d.id for d in SCHEME.documents]
    assert ids == ["registration_form", "self_assessment_report", "evidence_per_criterion",
                   "operating_licence", "company_profile", "environmental_org_chart", "presentation"]
    assert "ร.ง.4" in SCHEME.documents[3].name.th
    imp = SCHEME.improvement
    assert imp.years == 3 and imp.product_value.unit.en == "baht"
    assert [q.id for q in imp.quantities] == ["raw_materials", "energy", "water", "ghg", "waste"]
    assert all(q.unit.th and q.unit.en for q in imp.quantities)
    assert SCHEME.improvement.quantities[0].supports == ["C01"]


def _texts(node, path="scheme"):
    if isinstance(node, Text):
        yield path, node
    elif hasattr(node, "__pydantic_fields__"):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, list | tuple):
        for i, item in enumerate(node):
            yield from _texts(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _texts(item, f"{path}.{key}")


def test_every_text_is_bilingual_and_thai_is_thai():
    texts = list(_texts(SCHEME))
    assert len(texts) > 400
    for path, t in texts:
        assert t.th.strip() and t.en.strip(), path
    for c in SCHEME.criteria:
        for lv in c.levels:
            assert re.search(r"[\u0e00-\u0e7f]", lv.requirement.th), (c.id, lv.id)
            assert re.search(r"[\u0e00-\u0e7f]", lv.evidence.th), (c.id, lv.id)
            thai_share = len(re.findall(r"[\u0e00-\u0e7f]", lv.requirement.en)) / len(lv.requirement.en)
            assert thai_share < 0.1, (c.id, lv.id)  # English may quote a Thai form name (คปอ.)


def _raw() -> dict:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


def _find(items, ident):
    return next(x for x in items if x["id"] == ident)


def _mutations():
    def drop_th(raw):
        del _find(_find(raw["criteria"], "C04")["levels"], "S2")["title"]["th"]

    def bad_provenance(raw):
        _find(raw["criteria"], "C07")["provenance"] = "official"

    def unknown_key(raw):
        _find(raw["prerequisites"], "G3")["colour"] = "green"

    def duplicate(raw):
        _find(raw["criteria"], "C13")["id"] = "C12"

    def missing_input(raw):
        c = _find(raw["criteria"], "C02")
        c["inputs"] = [i for i in c["inputs"] if i["id"] != "advanced"]

    def bad_condition(raw):
        _find(_find(raw["criteria"], "C10")["levels"], "L3")["requires"][0]["input"] = "nope"

    def negative_target(raw):
        raw["settings"]["target_percent"]["value"] = -5

    def empty_en(raw):
        raw["documents"][1]["name"]["en"] = ""

    return [
        (drop_th, "criteria[C04].levels[S2].title.th"),
        (bad_provenance, "criteria[C07].provenance"),
        (unknown_key, "prerequisites[G3].colour"),
        (duplicate, "(top)"),
        (missing_input, "criteria[C02]"),
        (bad_condition, "criteria[C10]"),
        (negative_target, "settings.target_percent"),
        (empty_en, "documents[self_assessment_report].name.en"),
    ]


@pytest.mark.parametrize(("mutate", "path"), _mutations())
def test_invalid_scheme_errors_name_the_field_path(mutate, path):
    raw = _raw()
    mutate(raw)
    with pytest.raises(ValidationError) as caught:
        parse_scheme(yaml.safe_dump(raw, allow_unicode=True), source="test.yaml")
    assert caught.value.params["path"] == path
    assert path in caught.value.message("en") and "test.yaml" in caught.value.message("th")


def test_broken_yaml_names_the_line():
    with pytest.raises(ValidationError) as caught:
        parse_scheme("id: eco-factory\nversion: [unclosed\n", source="bad.yaml")
    assert caught.value.key == "scheme.yaml_error"
    assert caught.value.params["path"].isdigit()  # the line number


def test_fingerprint_follows_content_not_formatting():
    raw = _raw()
    reformatted = parse_scheme(yaml.safe_dump(raw, allow_unicode=True, width=60, indent=4))
    assert reformatted.fingerprint == SCHEME.fingerprint
    raw["criteria"][0]["name"]["en"] = "Raw materials"
    assert parse_scheme(yaml.safe_dump(raw, allow_unicode=True)).fingerprint != SCHEME.fingerprint


def test_missing_file_is_a_validation_error(tmp_path: Path):
    with pytest.raises(ValidationError) as caught:
        load_scheme(tmp_path / "nope.yaml")
    assert caught.value.key == "scheme.unreadable"


def test_the_fast_yaml_loader_reads_the_scheme_exactly_as_the_pure_one():
    # libyaml cuts a command's start by ~0.1 s; it must not change a single value, type or key
    # order of the scheme (scores and the fingerprint depend on them).
    from ecoassess.scheme.loader import YAML_LOADER, read_yaml

    assert yaml.__with_libyaml__ and YAML_LOADER is yaml.CSafeLoader  # the wheel we pin has it
    text = SHIPPED.read_text(encoding="utf-8")
    fast, pure = read_yaml(text), read_yaml(text, yaml.SafeLoader)
    assert fast == pure
    assert repr(fast) == repr(pure)  # same key order and types (1 stays int, 1.0 float)
    assert parse_scheme(text).fingerprint == SCHEME.fingerprint
    # A hand-edited scheme with awkward YAML: a byte-order mark, anchors, quoted and folded
    # Thai, numbers written in every form.
    awkward = ("\ufeffa: &t {th: \"น้ำ\", en: 'water'}\nb: *t\nc: >-\n  ก๊าซเรือน\n  กระจก\n"
               "d: [1, 1.0, 1e3, 0x10, .5, -0, true, null, ~, '2026-01-01', 2026-01-01]\n")
    assert read_yaml(awkward) == read_yaml(awkward, yaml.SafeLoader)


def test_the_shipped_scheme_parsed_ahead_of_time_is_current_and_exactly_the_yaml():
    # Commands read the shipped scheme from its JSON twin (no YAML parser); after an edit of
    # the YAML, run tools/parse_scheme.py. Same values, types and key order as the YAML gives.
    from ecoassess.scheme.loader import PARSED_SUFFIX, parsed_beside, parsed_document, read_yaml

    text = SHIPPED.read_text(encoding="utf-8")
    twin = SHIPPED.with_name(SHIPPED.name + PARSED_SUFFIX)
    assert twin.read_text(encoding="utf-8") == parsed_document(SHIPPED), "run tools/parse_scheme.py"
    data = parsed_beside(SHIPPED, text)
    assert data is not None and repr(data) == repr(read_yaml(text))
    assert parse_scheme(text).fingerprint == SCHEME.fingerprint


def test_a_changed_scheme_text_is_read_from_its_yaml_not_from_a_stale_twin(tmp_path, monkeypatch):
    from ecoassess.scheme import loader

    monkeypatch.setattr(loader, "DATA_DIR", tmp_path.resolve())
    yaml_file = tmp_path / "eco-factory.yaml"
    twin = tmp_path / ("eco-factory.yaml" + loader.PARSED_SUFFIX)
    text = SHIPPED.read_text(encoding="utf-8")
    yaml_file.write_text(text, encoding="utf-8")
    twin.write_text(loader.parsed_document(yaml_file), encoding="utf-8")
    assert loader.load_scheme_file(yaml_file).fingerprint == SCHEME.fingerprint
    # The YAML is edited (a criterion renamed) and the twin is not rewritten: the YAML wins.
    edited = text.replace("Raw material management", "Raw materials managed", 1)
    assert edited != text
    yaml_file.write_text(edited, encoding="utf-8")
    assert loader.parsed_beside(yaml_file, edited) is None
    scheme = loader.load_scheme_file(yaml_file)
    assert scheme.fingerprint != SCHEME.fingerprint
    assert scheme.criteria[0].name.en == "Raw materials managed"
    # A damaged twin is ignored, never an error.
    twin.write_text("{not json", encoding="utf-8")
    assert loader.load_scheme_file(yaml_file).criteria[0].name.en == "Raw materials managed"


@pytest.mark.parametrize("broken", ["id: eco-factory\nversion: [unclosed\n",
                                    "a: b\n  c: d: e\n", "a: *missing\n", "a: 1\n\tb: 2\n"])
def test_a_broken_scheme_names_the_same_line_with_either_loader(broken, monkeypatch):
    import ecoassess.scheme.loader as loader

    lines = []
    for chosen in (yaml.CSafeLoader, yaml.SafeLoader):
        monkeypatch.setattr(loader, "YAML_LOADER", chosen)
        with pytest.raises(ValidationError) as caught:
            parse_scheme(broken, source="bad.yaml")
        assert caught.value.key == "scheme.yaml_error"
        lines.append(caught.value.params["path"])
    assert lines[0] == lines[1] and lines[0].isdigit()  # the message words the line number
