"""Totals, N/A, prerequisites by factory size, verdict, warnings, gaps and what-if."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ecoassess.errors import ValidationError
from ecoassess.model import (
    Assessment,
    AssessmentStatus,
    EvidenceInfo,
    FactoryProfile,
    ItemAnswer,
    WorkflowStatus,
)
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate, evaluate_assessment, what_if

SCHEME = load_scheme()
PREREQS_MET = {
    "G1": ItemAnswer("G1", {"met": True}),
    "G2": ItemAnswer("G2", {"ems_route": "iso14001", "certificate_valid_until": "2030-01-01"}),
    "G3": ItemAnswer("G3", {"met": True}),
    "G4": ItemAnswer("G4", {"met": True}),
}


def strict_at(cid: str, level: int) -> ItemAnswer:
    return ItemAnswer(cid, {f"l{n}": n <= level for n in range(1, 6)})


def answers_with(total_by_drafted: dict[str, int]) -> dict[str, ItemAnswer]:
    """Prerequisites met, and the drafted strict criteria at the given levels."""
    out = dict(PREREQS_MET)
    out.update({cid: strict_at(cid, lvl) for cid, lvl in total_by_drafted.items()})
    return out


def test_empty_answers_score_zero_out_of_seventy():
    result = evaluate(SCHEME, None, None, {})
    assert (result.total, result.max, result.percent) == (0, 70, 0.0)
    assert [c.id for c in result.criteria] == [f"C{n:02d}" for n in range(1, 15)]
    assert all(c.points == 0 and not c.answered for c in result.criteria)
    assert {p.status for p in result.prerequisites} == {"unanswered"}
    assert result.verdict.status == "not_yet"  # nothing is "not met" before an answer


def test_total_is_the_sum_and_percent_has_two_decimals():
    answers = answers_with({"C07": 5, "C08": 3, "C09": 1})
    result = evaluate(SCHEME, None, None, answers)
    assert result.total == 9
    assert result.percent == round(9 * 100 / 70, 2) == 12.86


def test_exactly_the_target_is_ready():
    # 49 / 70 = 70.00 %: compared at two decimals, it reaches the 70 % target
    answers = answers_with({"C07": 5, "C08": 5, "C09": 5, "C12": 5, "C13": 5})
    answers["C14"] = ItemAnswer("C14", {"disclosure": True, "network": True, "network_decides": True,
                                        "joint_monitoring": True, "community_activities": True,
                                        "no_complaints_3y": True, "csr_standard": True})
    answers["C01"] = ItemAnswer("C01", {"inventory": True, "target_achievement_pct": 100,
                                        "advanced": ["a"]})
    answers["C06"] = ItemAnswer("C06", {"inventory": True, "target_achievement_pct": 100,
                                        "advanced": ["a"]})
    answers["C10"] = ItemAnswer("C10", {"policy_and_vendor_list": True, "green_purchase_pct": 5,
                                        "ecoproduct_policy": True, "ecolabel_products": 1,
                                        "suppliers_green": True})
    answers["C11"] = ItemAnswer("C11", {"baseline_met": True, "increase_pct": 75})
    result = evaluate(SCHEME, FactoryProfile(size="large"), None, answers)
    assert (result.total, result.percent) == (49, 70.0)
    assert result.verdict.status == "ready"
    assert result.verdict.target_percent == 70.0
    assert result.verdict.target_provenance == "assumption"
    answers["C11"] = ItemAnswer("C11", {"baseline_met": True, "increase_pct": 74.99})
    assert evaluate(SCHEME, FactoryProfile(size="large"), None, answers).verdict.status == "not_yet"


def test_target_and_minimum_come_from_settings():
    answers = answers_with({"C07": 5, "C08": 5, "C09": 5, "C12": 5, "C13": 5})  # 25 / 70
    assert evaluate(SCHEME, None, None, answers).verdict.status == "not_yet"
    result = evaluate(SCHEME, None, None, answers, settings={"target_percent": 35})
    assert result.verdict.status == "ready"
    assert result.settings["target_percent"] == {
        "value": 35, "provenance": "assumption", "changed": True,
        "label": SCHEME.settings.target_percent.label.as_dict()}
    strict = evaluate(SCHEME, None, None, answers,
                      settings={"target_percent": 35, "criterion_minimum": 1})
    assert strict.verdict.status == "not_yet"
    assert sum("below the per-criterion minimum" in r["en"] for r in strict.verdict.reasons) == 9


@pytest.mark.parametrize(("settings", "place"), [
    ({"target_percent": -1}, "settings.target_percent"),
    ({"criterion_minimum": -0.5}, "settings.criterion_minimum"),
    ({"not_applicable_allowed": ["C99"]}, "settings.not_applicable_allowed"),
    ({"g4_blocks": "yes"}, "settings.g4_blocks"),
])
def test_bad_settings_name_the_place(settings, place):
    with pytest.raises(ValidationError) as caught:
        evaluate(SCHEME, None, None, {}, settings=settings)
    assert caught.value.params["path"] == place


def test_not_applicable_needs_permission_and_justification():
    na = {"C12": ItemAnswer("C12", not_applicable=True, justification="โรงงานอยู่ในอาคารเช่า ไม่มีพื้นที่เปิด")}
    by_default = evaluate(SCHEME, None, None, na)
    assert by_default.criterion("C12").points == 0 and by_default.max == 70
    assert [w.kind for w in by_default.warnings if w.item_id == "C12"] == ["not_applicable"]
    allowed = evaluate(SCHEME, None, None, na, settings={"not_applicable_allowed": ["C12"]})
    c12 = allowed.criterion("C12")
    assert c12.points is None and c12.not_applicable
    assert allowed.max == 65
    assert "โรงงานอยู่ในอาคารเช่า" in c12.reasons[0]["th"]
    assert all(g.criterion_id != "C12" for g in allowed.gaps)
    unjustified = {"C12": ItemAnswer("C12", not_applicable=True, justification="  ")}
    result = evaluate(SCHEME, None, None, unjustified, settings={"not_applicable_allowed": ["C12"]})
    assert result.criterion("C12").points == 0 and result.max == 70


@pytest.mark.parametrize(("size", "route", "status"), [
    ("large", "iso14001", "met"), ("large", "gi3", "met"), ("large", "gi2", "not_met"),
    ("large", "white_flag_green_star", "not_met"), ("medium", "gi2", "met"),
    ("medium", "white_flag_green_star", "met"), ("small", "gi2", "met"),
    ("small", "iso14001", "met"), ("medium", "none", "not_met"), (None, "iso14001", "met"),
    (None, "gi2", "unknown"), (None, None, "not_met"),
])
def test_g2_depends_on_factory_size(size, route, status):
    answers = {"G2": ItemAnswer("G2", {"ems_route": route, "certificate_valid_until": "2030-01-01"})}
    result = evaluate(SCHEME, FactoryProfile(size=size), None, answers)
    assert result.prerequisite("G2").status == status


def test_size_is_decided_by_revenue_and_a_declared_size_does_not_override_it():
    answers = {"G2": ItemAnswer("G2", {"ems_route": "gi2", "certificate_valid_until": "2030-01-01"})}
    big = FactoryProfile(employees_permanent=120, annual_revenue_baht=650_000_000)
    assert evaluate(SCHEME, big, None, answers).size == "large"
    assert evaluate(SCHEME, big, None, answers).prerequisite("G2").status == "not_met"
    declared = FactoryProfile(employees_permanent=120, annual_revenue_baht=650_000_000, size="medium")
    result = evaluate(SCHEME, declared, None, answers)
    assert (result.size, result.size_basis) == ("large", "revenue")
    assert result.prerequisite("G2").status == "not_met"
    assert [w.kind for w in result.warnings if w.item_id == "profile"] == ["size"]


def test_certificate_lapsing_before_the_audit_fails_g2_with_the_reason():
    answers = {"G2": ItemAnswer("G2", {"ems_route": "iso14001",
                                       "certificate_valid_until": "2027-01-31"})}
    result = evaluate(SCHEME, FactoryProfile(size="large"), date(2027, 2, 15), answers,
                      as_of=date(2026, 6, 1))
    g2 = result.prerequisite("G2")
    assert g2.status == "not_met" and "2570" in g2.reasons[0]["th"]
    assert "before the planned audit" in g2.reasons[0]["en"]
    assert result.verdict.status == "not_eligible"
    assert "certificate_lapses" in result.verdict.qualifiers
    later = evaluate(SCHEME, FactoryProfile(size="large"), date(2027, 1, 31), answers,
                     as_of=date(2026, 6, 1))
    assert later.prerequisite("G2").status == "met"
    assert not [w for w in later.warnings if w.kind.startswith("certificate")]


def test_g4_warns_unless_settings_make_it_blocking():
    answers = {k: v for k, v in PREREQS_MET.items() if k != "G4"}
    answers["G4"] = ItemAnswer("G4", {"met": False})
    result = evaluate(SCHEME, FactoryProfile(size="large"), None, answers)
    assert result.prerequisite("G4").status == "not_met"
    assert not result.prerequisite("G4").blocking
    assert result.verdict.status == "not_yet"
    assert any(r["en"].startswith("G4 (draft) not met") for r in result.verdict.reasons)
    blocked = evaluate(SCHEME, FactoryProfile(size="large"), None, answers, settings={"g4_blocks": True})
    assert blocked.verdict.status == "not_eligible"


def test_not_eligible_lists_every_failed_prerequisite():
    answers = {"G1": ItemAnswer("G1", {"met": False}), "G2": PREREQS_MET["G2"],
               "G3": ItemAnswer("G3", {}, status=WorkflowStatus.DONE), "G4": PREREQS_MET["G4"]}
    verdict = evaluate(SCHEME, FactoryProfile(size="large"), None, answers).verdict
    assert verdict.status == "not_eligible"
    assert [r["en"][:2] for r in verdict.reasons[:2]] == ["G1", "G3"]
    assert verdict.reasons[-1]["en"].startswith("total 0/70")


def test_missing_evidence_warns_for_claimed_levels_only():
    answers = answers_with({"C07": 2, "C08": 0})
    result = evaluate(SCHEME, FactoryProfile(size="large"), None, answers, evidence_counts={"G1": 1})
    missing = {w.item_id for w in result.warnings if w.kind == "missing_evidence"}
    assert missing == {"G2", "G3", "G4", "C07"}
    unknown = evaluate(SCHEME, FactoryProfile(size="large"), None, answers)
    assert not [w for w in unknown.warnings if w.kind == "missing_evidence"]


def test_gaps_are_ranked_by_points_added_then_criterion_order():
    answers = {"C09": ItemAnswer("C09", {"l1": True, "l2": True, "l4": True, "l5": True}),
               "C01": ItemAnswer("C01", {"target_achievement_pct": 60}),
               "C13": ItemAnswer("C13", {"l2": True})}
    gaps = evaluate(SCHEME, None, None, answers).gaps
    assert len(gaps) == 14
    assert [(g.criterion_id, g.points_added) for g in gaps[:3]] == [("C01", 3), ("C09", 3), ("C13", 2)]
    assert [g.criterion_id for g in gaps[3:]] == ["C02", "C03", "C04", "C05", "C06", "C07", "C08",
                                                  "C10", "C11", "C12", "C14"]
    c09 = gaps[1]
    assert (c09.step, c09.current_points, c09.next_points) == ("L3", 2, 3)
    assert c09.evidence["en"] and c09.evidence["th"] and c09.provenance == "draft"


def test_what_if_projects_closed_gaps_without_touching_answers():
    answers = {"C01": ItemAnswer("C01", {"inventory": True, "target_achievement_pct": 60})}
    base = evaluate(SCHEME, None, None, answers)
    projected = what_if(SCHEME, None, None, answers, ["C01", "C01", "C14"])
    assert projected.criterion("C01").points == 5
    assert projected.criterion("C14").points == 1
    assert projected.total == base.total + 3
    assert answers["C01"].value == {"inventory": True, "target_achievement_pct": 60}
    with pytest.raises(ValidationError):
        what_if(SCHEME, None, None, answers, ["C99"])


def test_suggests_advanced_option_a_from_improving_data_without_ticking_it():
    improvement = {"years": [
        {"year": 2023, "product_value": 100e6, "waste": 300, "energy": 10e6},
        {"year": 2024, "product_value": 110e6, "waste": 290, "energy": 12e6},
        {"year": 2025, "product_value": 120e6, "waste": 280, "energy": 13e6},
    ]}
    answers = {"improvement": ItemAnswer("improvement", improvement),
               "C06": ItemAnswer("C06", {"inventory": True, "target_achievement_pct": 100})}
    result = evaluate(SCHEME, None, None, answers)
    assert [(s.criterion_id, s.option_id) for s in result.suggestions] == [("C06", "a")]
    assert result.criterion("C06").points == 4
    answers["C06"] = ItemAnswer("C06", {"inventory": True, "target_achievement_pct": 100,
                                        "advanced": ["a"]})
    assert evaluate(SCHEME, None, None, answers).suggestions == []


def test_evaluate_assessment_counts_linked_evidence():
    now = datetime(2026, 11, 1)
    evidence = [EvidenceInfo(1, "a" * 64, "x.pdf", 10, "application/pdf", items=["C07", "G1"])]
    assessment = Assessment(
        id="abc", factory_uid="f", profile=FactoryProfile(size="small"), scheme_id="eco-factory",
        scheme_version=SCHEME.version, assessment_date=None, planned_audit_date=None,
        signatory_name="", signatory_position="", status=AssessmentStatus.DRAFT,
        settings={"target_percent": 10}, last_page="", is_demo=False, created_at=now,
        updated_at=now, answers=answers_with({"C07": 2, "C08": 1}), evidence=evidence)
    result = evaluate_assessment(SCHEME, assessment)
    assert result.total == 3 and result.verdict.target_percent == 10.0
    missing = {w.item_id for w in result.warnings if w.kind == "missing_evidence"}
    assert missing == {"G2", "G3", "G4", "C08"}


def test_result_is_plain_json_ready_data():
    import json

    data = evaluate(SCHEME, None, None, PREREQS_MET).to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert {"total", "max", "percent", "criteria", "prerequisites", "verdict", "gaps"} <= set(data)
    assert data["verdict"]["target_percent"] == 70.0
    assert "ข้อกำหนดทั่วไป" in text
