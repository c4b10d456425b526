"""Results that do not mislead a factory: size by revenue, what to fill in, certificate expiry
against the audit or the as-of date, "unanswered" before an answer, and a verdict whose words
follow what it rests on."""

from __future__ import annotations

from datetime import date

import pytest

from ecoassess.errors import ValidationError
from ecoassess.model import Certification, FactoryProfile, ItemAnswer, WorkflowStatus
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate
from ecoassess.scoring.answered import is_answered

SCHEME = load_scheme()
TODAY = date(2026, 6, 1)
STRICT_FULL = {f"l{n}": True for n in range(1, 6)}


def full_marks(route: str = "iso14001", valid_until: str = "2030-01-01") -> dict[str, ItemAnswer]:
    """Every prerequisite met and every criterion at 5 points (70/70)."""
    answers = {"G1": ItemAnswer("G1", {"met": True}), "G3": ItemAnswer("G3", {"met": True}),
               "G4": ItemAnswer("G4", {"met": True}),
               "G2": ItemAnswer("G2", {"ems_route": route, "certificate_valid_until": valid_until})}
    for c in SCHEME.criteria:
        if c.ladder == "target":
            value = {"inventory": True, "target_achievement_pct": 100, "advanced": ["a"]}
        elif c.ladder == "band":
            value = {"baseline_met": True, "increase_pct": 100}
        else:
            value = {}
            for level in c.levels:
                for cond in [*level.requires, *level.any_of[:1]]:
                    value[cond.input] = True if cond.min is None else cond.min
        answers[c.id] = ItemAnswer(c.id, value)
    return answers


def test_a_full_score_is_seventy():
    assert evaluate(SCHEME, FactoryProfile(size="large"), None, full_marks(), as_of=TODAY).total == 70


def test_revenue_decides_over_a_declared_size_and_the_warning_names_both():
    # 900 M baht and 600 employees declared "medium", on Green Industry level 2: the SME rule
    # makes it large, so G2 (level 3 or ISO 14001 for a large factory) is not met.
    profile = FactoryProfile(employees_permanent=600, annual_revenue_baht=900_000_000, size="medium")
    result = evaluate(SCHEME, profile, None, full_marks(route="gi2"), as_of=TODAY)
    assert (result.size, result.size_basis) == ("large", "revenue")
    assert result.prerequisite("G2").status == "not_met"
    assert result.verdict.status == "not_eligible"
    size = [w.text for w in result.warnings if w.kind == "size"]
    assert len(size) == 1
    assert "ขนาดกลาง" in size[0]["th"] and "ขนาดใหญ่" in size[0]["th"]
    assert "medium" in size[0]["en"] and "large" in size[0]["en"] and "revenue" in size[0]["en"]


def test_without_revenue_employees_decide_and_without_both_the_declared_size():
    by_staff = evaluate(SCHEME, FactoryProfile(employees_permanent=120, size="large"), None, {},
                        as_of=TODAY)
    assert (by_staff.size, by_staff.size_basis) == ("medium", "employees")
    declared = evaluate(SCHEME, FactoryProfile(size="small"), None, {}, as_of=TODAY)
    assert (declared.size, declared.size_basis) == ("small", "declared")
    assert not [w for w in declared.warnings if w.kind == "size"]


def test_an_unknown_size_says_what_to_fill_in():
    result = evaluate(SCHEME, FactoryProfile(), None, full_marks(route="gi2"), as_of=TODAY)
    g2 = result.prerequisite("G2")
    assert g2.status == "unknown" and result.total == 70
    assert "annual revenue" in g2.reasons[0]["en"] and "profile page" in g2.reasons[0]["en"]
    assert "รายได้ต่อปี" in g2.reasons[0]["th"]
    assert any("รายได้ต่อปี" in r["th"] for r in result.verdict.reasons)  # said where it fails
    no_route = evaluate(SCHEME, FactoryProfile(), None,
                        {"G2": ItemAnswer("G2", {"ems_route": "none"})}, as_of=TODAY)
    assert any("annual revenue" in r["en"] for r in no_route.prerequisite("G2").reasons)


def test_a_certificate_that_expired_years_ago_fails_g2_even_without_an_audit_date():
    answers = full_marks(valid_until="2019-03-31")
    result = evaluate(SCHEME, FactoryProfile(size="large"), None, answers, as_of=TODAY)
    g2 = result.prerequisite("G2")
    assert g2.status == "not_met" and result.verdict.status == "not_eligible"
    assert "expired on 31 March 2019" in g2.reasons[0]["en"] and "1 June 2026" in g2.reasons[0]["en"]
    assert "31 มีนาคม 2562" in g2.reasons[0]["th"]  # Thai dates in the Buddhist Era
    assert "certificate_lapses" in result.verdict.qualifiers
    # the as-of date is a parameter: the same answers scored for 2018 pass
    assert evaluate(SCHEME, FactoryProfile(size="large"), None, answers,
                    as_of=date(2018, 1, 1)).prerequisite("G2").status == "met"


def test_the_planned_audit_date_decides_when_it_is_set():
    answers = full_marks(valid_until="2027-01-31")
    before = evaluate(SCHEME, FactoryProfile(size="large"), date(2027, 3, 1), answers, as_of=TODAY)
    assert before.prerequisite("G2").status == "not_met"
    assert "before the planned audit on 1 March 2027" in before.prerequisite("G2").reasons[0]["en"]
    on_time = evaluate(SCHEME, FactoryProfile(size="large"), date(2027, 1, 31), answers, as_of=TODAY)
    assert on_time.prerequisite("G2").status == "met"


def test_the_as_of_date_defaults_to_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01
    result = evaluate(SCHEME, FactoryProfile(size="large"), None, full_marks(valid_until="2029-12-31"))
    assert result.as_of == "2030-01-01" and result.prerequisite("G2").status == "not_met"


def test_profile_certificates_lapsing_before_the_audit_are_warnings_and_a_qualifier():
    profile = FactoryProfile(size="large", certifications=[
        Certification("green_industry", "3", date(2027, 1, 1)),
        Certification("iso14001", "", date(2031, 1, 1))])
    result = evaluate(SCHEME, profile, date(2027, 6, 1), full_marks(), as_of=TODAY)
    lapses = [w.text for w in result.warnings if w.kind == "certificate_lapse"]
    assert len(lapses) == 1 and lapses[0]["en"].startswith("Green Industry 3: expires on 1 January 2027")
    assert result.verdict.status == "ready" and "certificate_lapses" in result.verdict.qualifiers
    assert "พร้อมรับการตรวจประเมิน" not in result.verdict.label["th"]
    assert "a certificate lapses before the audit" in result.verdict.label["en"]


def test_nothing_is_not_met_before_an_answer():
    result = evaluate(SCHEME, None, None, {}, as_of=TODAY)
    assert [p.status for p in result.prerequisites] == ["unanswered"] * 4
    assert [p.status_label["en"] for p in result.prerequisites] == ["not answered yet"] * 4
    assert result.verdict.status == "not_yet"
    assert all("not answered yet" in r["en"] for r in result.verdict.reasons[:3])
    g1_unticked = evaluate(SCHEME, None, None, {"G1": ItemAnswer("G1", {"met": False})}, as_of=TODAY)
    assert g1_unticked.prerequisite("G1").status == "not_met"
    confirmed = evaluate(SCHEME, None, None, {"G3": ItemAnswer("G3", {}, WorkflowStatus.DONE)},
                         as_of=TODAY)
    # a page passed with Next says nothing about whether the factory passes: still unanswered,
    # and the draft G4 left open neither warns nor qualifies the verdict
    assert confirmed.prerequisite("G3").status == "unanswered"
    assert "draft_prerequisite_not_met" not in result.verdict.qualifiers
    assert not [w for w in result.warnings if w.kind == "prerequisite"]
    g4_no = evaluate(SCHEME, None, None, {"G4": ItemAnswer("G4", {"met": False})}, as_of=TODAY)
    assert "draft_prerequisite_not_met" in g4_no.verdict.qualifiers


@pytest.mark.parametrize(("answer", "answered"), [
    (None, False), (ItemAnswer("C01"), False), (ItemAnswer("C01", {"inventory": False}), True),
    (ItemAnswer("C01", {"target_achievement_pct": 0}), True),
    (ItemAnswer("C01", {"target_achievement_pct": "", "advanced": []}), False),
    (ItemAnswer("C01", {"unknown_input": True}), False),
    (ItemAnswer("C01", not_applicable=True), True),
    (ItemAnswer("C01", status=WorkflowStatus.DONE), True),
    (ItemAnswer("C01", status=WorkflowStatus.CARRIED_OVER), False),
])
def test_answered_is_na_or_any_input_or_confirmed(answer, answered):
    assert is_answered(SCHEME.criterion("C01"), answer) is answered


def test_the_verdict_never_says_ready_for_the_audit_on_an_assumed_threshold():
    result = evaluate(SCHEME, FactoryProfile(size="large"), None, full_marks(), as_of=TODAY)
    verdict = result.verdict
    assert verdict.status == "ready" and verdict.qualifiers == ["threshold_assumed"]
    assert "พร้อมรับการตรวจประเมิน" not in verdict.label["th"]
    assert verdict.label["th"].startswith("คะแนนถึงเกณฑ์ที่ใช้")
    assert "ร้อยละ 70 เป็นสมมติฐาน" in verdict.label["th"]
    assert "ready for the audit" not in verdict.label["en"]
    assert "70 % threshold is an assumption" in verdict.label["en"]


def test_ready_for_the_audit_only_on_an_official_threshold_with_nothing_pending():
    target = SCHEME.settings.target_percent.model_copy(update={"provenance": "published-form"})
    official = SCHEME.model_copy(update={
        "settings": SCHEME.settings.model_copy(update={"target_percent": target})})
    clean = evaluate(official, FactoryProfile(size="large"), None, full_marks(), as_of=TODAY)
    assert (clean.verdict.qualifiers, clean.verdict.label["th"]) == ([], "พร้อมรับการตรวจประเมิน")
    assert clean.verdict.label["en"] == "ready for the audit"
    answers = full_marks()
    answers["G4"] = ItemAnswer("G4", {"met": False})
    draft = evaluate(official, FactoryProfile(size="large"), None, answers, as_of=TODAY)
    assert draft.verdict.status == "ready"  # G4 is a draft: a warning, not a refusal...
    assert draft.verdict.qualifiers == ["draft_prerequisite_not_met"]  # ...but the words say so
    assert "พร้อมรับการตรวจประเมิน" not in draft.verdict.label["th"]
    assert "G4 (ร่าง) ยังไม่ผ่าน" in draft.verdict.label["th"]
    assert "G4 is not met" in draft.verdict.label["en"]


def test_buddhist_era_dates_and_absurd_numbers_are_reasons_in_the_engine():
    be = {"G2": ItemAnswer("G2", {"ems_route": "iso14001", "certificate_valid_until": "2571-06-30"})}
    with pytest.raises(ValidationError) as caught:
        evaluate(SCHEME, None, None, be, as_of=TODAY)
    assert caught.value.key == "limits.date_be" and "2028-06-30" in caught.value.message("th")
    for huge in (1e26, 1e308, 10**30, 10**4000):
        answers = {"C01": ItemAnswer("C01", {"inventory": True, "target_achievement_pct": huge})}
        with pytest.raises(ValidationError) as caught:
            evaluate(SCHEME, None, None, answers, as_of=TODAY)
        assert caught.value.key == "limits.out_of_range"
        assert caught.value.params["path"] == "C01.target_achievement_pct"
        assert "10,000" in caught.value.message("en")


def test_a_table_cell_gets_the_status_alone_and_an_asterisk_when_it_is_qualified():
    from ecoassess.scoring.result import Verdict
    from ecoassess.scoring.verdict import verdict_label, verdict_short

    plain = Verdict("not_yet", {}, [], 70.0, "published-form", 0, "published-form")
    assert verdict_short(plain) == {"th": "ยังไม่พร้อม", "en": "not ready yet"}
    qualified = Verdict("ready", {}, [], 70.0, "assumption", 0, "assumption",
                        qualifiers=["threshold_assumed"])
    assert verdict_short(qualified) == {"th": "คะแนนถึงเกณฑ์ที่ใช้*", "en": "reaches the target used*"}
    assert verdict_label(qualified)["en"].startswith("reaches the target used — ")
