"""What the estate view computes from a demo estate: its own indicators, from the one scoring
engine, cached by snapshot hash, scheme fingerprint and engine version; levels compared with the
officer's threshold and never said to be reached by the estate."""

from __future__ import annotations

import json
import statistics
from datetime import date

import pytest

from ecoassess.errors import ValidationError
from ecoassess.estate import results, service
from ecoassess.estate.demo import create_demo_estate
from ecoassess.estate.overview import build_overview
from ecoassess.storage import estates as db
from ecoassess.storage import open_store

AS_OF = date(2026, 12, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("estate")
    with open_store(folder) as store:
        estate = create_demo_estate(store, 24)
        yield store, estate


def test_demo_estate_varies_and_keeps_earlier_years(demo):
    store, estate = demo
    assert estate.is_demo and estate.factories == 24 and estate.snapshots > 24
    ov = build_overview(store, estate, "th", as_of=AS_OF)
    assert len(ov.heatmap.rows) == 24 and ov.coverage.snapshots == estate.snapshots
    assert len({r.percent for r in ov.heatmap.rows}) > 10  # varied, not copies
    assert sum(ov.coverage.age.values()) == 24


def test_heat_map_uses_each_factorys_latest_snapshot_and_the_engine(demo):
    from ecoassess.estate.snapshot import assessment_from_document
    from ecoassess.scheme import scheme_for_assessment
    from ecoassess.scoring import evaluate_assessment

    store, estate = demo
    ov = build_overview(store, estate, "en", as_of=AS_OF)
    all_rows = [r for r, _c in db.snapshot_rows(store, estate.id)]
    for heat in ov.heatmap.rows[:5]:
        mine = [r for r in all_rows if r.factory_id == heat.factory_id]
        assert heat.snapshot_id == mine[0].id and heat.date == max(r.dated for r in mine)
        doc = db.documents(store, [heat.snapshot_id])[heat.snapshot_id]
        assessment = assessment_from_document(doc)
        own = evaluate_assessment(scheme_for_assessment(assessment, None), assessment)
        assert heat.points == {c.id: c.points for c in own.criteria} and heat.percent == own.percent
    stat = ov.heatmap.criteria[0]
    values = [r.points["C01"] for r in ov.heatmap.rows if r.points["C01"] is not None]
    assert stat.mean == round(statistics.fmean(values), 2)
    assert ov.heatmap.weakest == [s.id for s in sorted(ov.heatmap.criteria, key=lambda s: (s.mean_percent, s.id))][:3]


def test_results_are_cached_and_recomputed_only_when_a_key_changes(demo, monkeypatch):
    store, estate = demo
    calls = []
    real = results.score_document
    monkeypatch.setattr(results, "score_document", lambda *a: calls.append(1) or real(*a))
    results.scored_rows(store, estate.id)
    assert calls == []  # computed at import, cached since
    monkeypatch.setattr(results, "engine_version", lambda: "a-changed-engine")
    rows = results.scored_rows(store, estate.id)
    assert len(calls) == len(rows)  # a new engine rescored everything, and cached it
    calls.clear()
    results.scored_rows(store, estate.id)
    assert calls == []


def test_json_names_dimensions_and_criteria_by_id(demo):
    store, estate = demo
    data = json.loads(json.dumps(build_overview(store, estate, "th", as_of=AS_OF).to_dict()))
    assert [d["id"] for d in data["dimensions"]] == ["physical", "economic", "environmental", "social", "management"]
    assert data["criteria"] == [f"C{i:02d}" for i in range(1, 15)]
    assert set(data["heatmap"]["rows"][0]["points"]) == set(data["criteria"])
    assert data["mapping_provenance"] == "draft"
    assert "qualif" not in json.dumps(data).lower()


def test_dimensions_follow_the_officers_mapping(tmp_path):
    with open_store(tmp_path) as store:
        estate = create_demo_estate(store, 6)
        mapping = {"physical": ["C11"], "economic": ["C13"], "environmental": ["C01"], "social": ["C14"],
                   "management": ["G2"]}
        estate = service.set_mapping(store, estate, mapping)
        ov = build_overview(store, estate, "en", as_of=AS_OF)
        assert ov.mapping_provenance == "officer"
        physical = ov.dimensions[0]
        assert physical.members == ["C11"] and physical.score == next(
            s.mean_percent for s in ov.heatmap.criteria if s.id == "C11")
        with pytest.raises(ValidationError):
            service.set_mapping(store, estate, {**mapping, "social": ["C11"]})


def test_eco_efficiency_sums_like_for_like(demo):
    store, estate = demo
    eco = build_overview(store, estate, "en", as_of=AS_OF).eco_efficiency
    assert len(eco.years) == 3 and eco.years == sorted(eco.years)
    energy = next(q for q in eco.quantities if q.id == "energy")
    assert 0 < energy.factories <= 24
    for y in eco.years:
        expected = energy.totals[y] / (energy.product_value[y] / 1_000_000)
        assert energy.intensities[y] == pytest.approx(expected, rel=1e-4)


def test_codes_replace_names_when_anonymised_or_not_agreed(demo):
    store, estate = demo
    named = build_overview(store, estate, "th", as_of=AS_OF)
    codes = build_overview(store, estate, "th", anonymise=True, as_of=AS_OF)
    assert all(r.name == r.code and not r.named for r in codes.heatmap.rows)
    for row in named.heatmap.rows:
        assert row.named == row.consent
        assert (row.name.startswith("บริษัท")) == row.consent


def test_levels_compare_with_the_officers_threshold_only(tmp_path):
    with open_store(tmp_path) as store:
        estate = create_demo_estate(store, 3)
        level = build_overview(store, estate, "en").framework.levels[2]
        assert level.id == "eco_world_class" and level.comparison == "no_threshold"
        estate = service.set_level_threshold(store, estate, "eco_world_class", 60)
        service.set_requirement(store, estate, "wc_green_building", status="met", points=8, points_max=10,
                                evidence="อาคาร LEED 2 หลัง")
        service.set_requirement(store, estate, "wc_eco_school", status="partly_met", points=3, points_max=10)
        level = build_overview(store, estate, "en").framework.levels[2]
        assert (level.threshold, level.threshold_provenance) == (60.0, "officer")
        assert (level.points, level.points_max, level.percent, level.comparison) == (11, 20, 55.0, "below")
        green = next(i for i in level.items if i.id == "wc_green_building")
        assert (green.status, green.evidence, green.provenance) == ("met", "อาคาร LEED 2 หลัง", "sourced")
        added = service.add_item(store, estate, "eco_champion", title_th="มีแผนรับมือเหตุฉุกเฉินร่วม",
                                 title_en="", type_="mandatory")
        champion = build_overview(store, estate, "en").framework.levels[0]
        mine = next(i for i in champion.items if i.id == added.requirement_id)
        assert mine.custom and mine.provenance == "officer" and mine.title["en"] == "มีแผนรับมือเหตุฉุกเฉินร่วม"


@pytest.mark.parametrize(("call", "key"), [
    (lambda s, e: service.set_level_threshold(s, e, "eco_world_class", 140), "estate.bad_percent"),
    (lambda s, e: service.set_level_threshold(s, e, "eco_world_class", float("nan")), "estate.bad_percent"),
    (lambda s, e: service.set_level_threshold(s, e, "no_such_level", 50), "estate.unknown_level"),
    (lambda s, e: service.set_requirement(s, e, "wc_ghg", status="passed"), "estate.bad_status"),
    (lambda s, e: service.set_requirement(s, e, "wc_ghg", status="met", points=12, points_max=10),
     "estate.points_above_max"),
    (lambda s, e: service.set_requirement(s, e, "not_an_item", status="met"), "estate.unknown_requirement"),
    (lambda s, e: service.name_slot(s, e, "A99", "x", "y"), "estate.unknown_slot"),
    (lambda s, e: service.add_item(s, e, "eco_champion", title_th="", title_en=" "), "estate.no_name"),
])
def test_officer_input_is_checked(tmp_path, call, key):
    with open_store(tmp_path) as store:
        estate = db.create_estate(store, name_th="นิคมทดสอบ", framework_id="ieat-eco-ie")
        with pytest.raises(ValidationError) as caught:
            call(store, estate)
        assert caught.value.key == key and caught.value.message("th")


def test_named_aspects_show_as_the_officers(tmp_path):
    with open_store(tmp_path) as store:
        estate = db.create_estate(store, name_th="นิคมทดสอบ", framework_id="ieat-eco-ie")
        estate = service.name_slot(store, estate, "A03", "การจัดการน้ำเสียรวม", "Central wastewater")
        aspects = build_overview(store, estate, "th").framework.aspects
        assert (aspects[2].name["th"], aspects[2].provenance) == ("การจัดการน้ำเสียรวม", "officer")
        assert aspects[0].name is None and aspects[0].provenance == "unknown"
        estate = service.name_slot(store, estate, "A03", "", "")
        assert build_overview(store, estate, "th").framework.aspects[2].provenance == "unknown"


def test_new_estate_from_the_list_or_a_free_name(tmp_path):
    with open_store(tmp_path) as store:
        listed = service.new_estate(store, "RIL Industrial Estate")
        assert listed.ieat and listed.name_th == "นิคมอุตสาหกรรมอาร์ ไอ แอล" and listed.province_en == "Rayong"
        free = service.new_estate(store, "สวนอุตสาหกรรมโรจนะ")
        assert not free.ieat and free.name_th == "สวนอุตสาหกรรมโรจนะ" and free.name_en == ""
        with pytest.raises(ValidationError) as caught:
            service.new_estate(store, "นิคมอุตสาหกรรมอาร์ ไอ แอล")
        assert caught.value.key == "estate.exists"
        ov = build_overview(store, listed, "en")
        assert [h["year"] for h in ov.history][:2] == [2017, 2019]  # public level history shown
        assert ov.heatmap.rows == [] and ov.readiness.mean is None
