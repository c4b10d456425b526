"""G2 from the profile's certificates: typed once on the profile, a lapse before the audit is
"not met" with its reason, and a route in a file or an older database moves onto the profile."""

from __future__ import annotations

import sqlite3
from datetime import date

from ecoassess import model
from ecoassess.model import Certification, FactoryProfile, ItemAnswer
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate
from ecoassess.scoring.certificates import move_to_profile, route_of
from ecoassess.storage import open_store

SCHEME = load_scheme()
TODAY = date(2026, 6, 1)
LARGE = dict(annual_revenue_baht=900_000_000)


def g2(profile, answers=None, audit=None):
    result = evaluate(SCHEME, profile, audit, answers or {}, as_of=TODAY)
    return result, result.prerequisite("G2")


def test_an_iso_14001_on_the_profile_answers_g2_without_typing_it_again():
    profile = FactoryProfile(**LARGE, certifications=[Certification("iso14001", "", date(2028, 6, 30))])
    _result, found = g2(profile, audit=date(2027, 2, 15))
    assert found.status == "met" and found.answered
    assert any("ISO 14001" in r["en"] and "2028" in r["en"] for r in found.reasons)
    assert any("ข้อมูลโรงงาน" in r["th"] and "2571" in r["th"] for r in found.reasons)  # BE in Thai


def test_a_certificate_lapsing_before_the_planned_audit_makes_g2_not_met_with_the_reason():
    profile = FactoryProfile(**LARGE, certifications=[Certification("iso14001", "", date(2027, 1, 31))])
    result, found = g2(profile, audit=date(2027, 2, 15))
    assert found.status == "not_met"
    assert "2027" in found.reasons[0]["en"] and "before the planned audit" in found.reasons[0]["en"]
    assert result.verdict.status == "not_eligible"
    assert any("G2" in r["en"] and "before the planned audit" in r["en"] for r in result.verdict.reasons)
    assert "certificate_lapses" in result.verdict.qualifiers
    # reported once, by G2, not a second time as a profile warning
    assert [w.item_id for w in result.warnings if w.kind == "certificate_lapse"] == ["G2"]


def test_without_an_audit_date_today_decides():
    profile = FactoryProfile(**LARGE, certifications=[Certification("iso14001", "", date(2026, 5, 1))])
    _result, found = g2(profile)
    assert found.status == "not_met" and "no audit date" in found.reasons[0]["en"]


def test_the_certificate_the_size_accepts_and_valid_longest_is_chosen():
    profile = FactoryProfile(**LARGE, certifications=[
        Certification("green_industry", "ระดับ ๒", date(2030, 1, 1)),   # level 2: not for a large factory
        Certification("iso14001", "", date(2026, 1, 1)),                 # lapsed
        Certification("green_industry", "GI level 4", date(2029, 1, 1)),  # level 4 includes level 3
    ])
    _result, found = g2(profile, audit=date(2027, 2, 15))
    assert found.status == "met"
    assert any("Green Industry GI level 4" in r["en"] for r in found.reasons)


def test_unanswered_until_a_route_is_listed_and_none_is_not_met():
    _r, found = g2(FactoryProfile(**LARGE))
    assert found.status == "unanswered"
    _r, found = g2(FactoryProfile(**LARGE), {"G2": ItemAnswer("G2", {"ems_route": "none"})})
    assert found.status == "not_met"
    # a certificate added on the profile later answers it
    profile = FactoryProfile(**LARGE, certifications=[Certification("iso14001", "", date(2030, 1, 1))])
    _r, found = g2(profile, {"G2": ItemAnswer("G2", {"ems_route": "none"})})
    assert found.status == "met"


def test_a_file_route_differing_from_the_profile_is_a_warning_and_the_profile_is_used():
    profile = FactoryProfile(**LARGE, certifications=[Certification("iso14001", "", date(2030, 1, 1))])
    answers = {"G2": ItemAnswer("G2", {"ems_route": "iso14001", "certificate_valid_until": "2026-01-01"})}
    result, found = g2(profile, answers, audit=date(2027, 2, 15))
    assert found.status == "met"
    conflict = [w.text for w in result.warnings if w.kind == "certificate_conflict"]
    assert conflict and "2026" in conflict[0]["en"] and "2030" in conflict[0]["en"]


def test_green_industry_without_a_level_asks_for_it():
    profile = FactoryProfile(**LARGE, certifications=[Certification("green_industry", "", date(2030, 1, 1))])
    result, found = g2(profile)
    assert found.status == "unanswered"
    assert any(w.kind == "certificate_level" for w in result.warnings)


def test_routes_of_the_profile_kinds():
    assert route_of(Certification("white_flag_gold_star")) == "white_flag_green_star"
    assert route_of(Certification("green_industry", "1")) is None
    assert route_of(Certification("eco_factory")) is None


def test_moving_a_file_route_onto_the_profile():
    profile = FactoryProfile(certifications=[Certification("iso14001", "ISO 14001:2015", None)])
    answer = ItemAnswer("G2", {"ems_route": "iso14001", "certificate_valid_until": "2028-06-30"}, note="n")
    moved, left, notices = move_to_profile(profile, answer)
    assert moved.certifications == [Certification("iso14001", "ISO 14001:2015", date(2028, 6, 30))]
    assert left.value == {} and left.note == "n" and notices == []
    # a different date already on the profile: the profile's is kept and a notice says so
    moved2, _left, notices = move_to_profile(moved, ItemAnswer("G2", {"ems_route": "iso14001",
                                                                     "certificate_valid_until": "2027-01-01"}))
    assert moved2.certifications == moved.certifications
    assert len(notices) == 1 and "2027" in notices[0]["en"] and "2028" in notices[0]["en"]
    # another route is added beside it; "none" stays (the profile wins) with a notice when it lists one
    moved3, _l, _n = move_to_profile(moved, ItemAnswer("G2", {"ems_route": "gi2"}))
    assert moved3.certifications[-1] == Certification("green_industry", "2", None)
    _p, left, notices = move_to_profile(FactoryProfile(), ItemAnswer("G2", {"ems_route": "none"}))
    assert left.value == {"ems_route": "none"} and notices == []
    _p, left, notices = move_to_profile(moved, ItemAnswer("G2", {"ems_route": "none"}))
    assert left.value == {"ems_route": "none"} and len(notices) == 1


def test_a_package_route_lands_on_the_profile_with_the_same_score(tmp_path):
    from ecoassess.package import OnConflict, pack_assessment, unpack_package
    from ecoassess.scoring import evaluate_assessment

    with open_store(tmp_path / "a") as source:
        aid = source.create_assessment(FactoryProfile(name_th="โรงงานทดสอบ", **LARGE),
                                       scheme_id=SCHEME.id, scheme_version=SCHEME.version,
                                       planned_audit_date=date(2027, 2, 15))
        source.save_answer(aid, "G2", value={"ems_route": "gi3", "certificate_valid_until": "2027-01-10"},
                           status="done")
        before = evaluate_assessment(SCHEME, source.get_assessment(aid), TODAY)
        package = pack_assessment(source, aid, tmp_path / "f.ecoassess")
    with open_store(tmp_path / "b") as target:
        result = unpack_package(target, package, OnConflict.KEEP_BOTH)
        after = target.get_assessment(result.assessment_id)
    assert after.profile.certifications == [Certification("green_industry", "3", date(2027, 1, 10))]
    assert after.answers["G2"].value == {}
    scored = evaluate_assessment(SCHEME, after, TODAY)
    assert scored.prerequisite("G2").status == before.prerequisite("G2").status == "not_met"
    assert scored.total == before.total


def test_migration_0005_moves_stored_routes_onto_the_factory(tmp_path):
    data = tmp_path / "data"
    with open_store(data) as store:
        aid = store.create_assessment(FactoryProfile(name_th="เก่า", certifications=[
            Certification("iso14001", "", date(2029, 1, 1))]), scheme_id=SCHEME.id,
            scheme_version=SCHEME.version)
        store.save_answer(aid, "G2", value={"ems_route": "white_flag_green_star",
                                            "certificate_valid_until": "2027-12-31"}, note="ธง")
    db = data / "ecoassess.sqlite3"
    conn = sqlite3.connect(db)
    with conn:  # as a 0004 database left it
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
        conn.execute("PRAGMA user_version = 4")
    conn.close()
    with open_store(data) as store:
        moved = store.get_assessment(aid)
    assert moved.profile.certifications == [
        Certification("iso14001", "", date(2029, 1, 1)),
        Certification("white_flag_green_star", "", date(2027, 12, 31))]
    assert moved.answers["G2"].value == {} and moved.answers["G2"].note == "ธง"
    assert model.WorkflowStatus(moved.answers["G2"].status)
