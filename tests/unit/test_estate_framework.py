"""Estate frameworks are data, validated on load, with provenance on every item: what sources
say is labelled sourced, the app's inferences draft, and the unknown stays an empty slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecoassess.errors import ValidationError
from ecoassess.estate.framework import (
    DATA_DIR,
    check_mapping,
    framework,
    frameworks,
    level_history,
    parse_framework,
)
from ecoassess.reference import estates

ECO_IE = (DATA_DIR / "ieat-eco-ie.yaml").read_text(encoding="utf-8")


def test_eco_ie_ships_what_is_known_and_no_more():
    fw = framework("ieat-eco-ie")
    assert [d.id for d in fw.dimensions] == ["physical", "economic", "environmental", "social", "management"]
    assert all(d.provenance == "sourced" and d.sources for d in fw.dimensions)
    # 22 aspects: the count is sourced, every name is not yet known.
    assert fw.aspect_count.value == 22 and fw.aspect_count.provenance == "sourced"
    assert len(fw.aspects) == 22 and all(a.name is None and a.provenance == "unknown" for a in fw.aspects)
    assert [lv.id for lv in fw.levels] == ["eco_champion", "eco_excellence", "eco_world_class"]
    # No level has a known pass mark.
    assert all(lv.threshold.value is None and lv.threshold.provenance == "unknown" for lv in fw.levels)
    world = fw.level("eco_world_class")
    indicators = [r for r in world.requirements if r.provenance == "sourced"]
    assert len(indicators) == 7 and all(r.sources == ["pinthong"] for r in indicators)
    champion = fw.level("eco_champion")
    assert {r.id for r in champion.requirements} == {"champion_eco_team", "champion_master_plan"}
    assert all(r.provenance == "draft" and r.type == "prerequisite" for r in champion.requirements)
    assert fw.dimension_mapping.provenance == "draft"


def test_sdgs_ie_names_two_goals_infers_one_and_leaves_three_open():
    fw = framework("ieat-sdgs-ie")
    assert fw.valid_from_be == 2568 and fw.levels == []
    assert [(g.id, g.provenance) for g in fw.goals] == [
        ("sdg6", "sourced"), ("sdg7", "sourced"), ("sdg8", "draft"),
        ("goal4", "unknown"), ("goal5", "unknown"), ("goal6", "unknown")]


def test_every_item_carries_a_known_provenance_and_fingerprint():
    for fw in frameworks():
        assert len(fw.fingerprint) == 64
        for item in fw._sourced_items():
            assert item.provenance in ("sourced", "draft", "unknown")


def test_level_history_names_estates_of_the_ieat_list():
    names = {e.name_th for e in estates()}
    entries = level_history().entries
    assert entries and all(e.estate in names for e in entries)
    ril = [e for e in entries if e.estate == "นิคมอุตสาหกรรมอาร์ ไอ แอล"]
    assert [(e.level, e.year) for e in ril][:2] == [("eco_excellence", 2017), ("eco_world_class", 2019)]


@pytest.mark.parametrize(("edit", "path"), [
    (("  provenance: sourced\n  sources: [unpsa]\n- id: economic", "  provenance: sourced\n- id: economic"),
     "dimensions[physical]"),
    (("- {id: A22}\n", ""), "(top)"),
    (("title: {th: อาคารเขียว, en: Green buildings}", "title: {th: อาคารเขียว}"),
     "levels[eco_world_class].requirements[wc_green_building].title.en"),
    (("    sources: [pinthong]\n    supported_by: [C05]", "    sources: [nowhere]\n    supported_by: [C05]"),
     "(top)"),
])
def test_a_broken_framework_is_refused_with_its_place(edit, path):
    old, new = edit
    assert old in ECO_IE
    with pytest.raises(ValidationError) as caught:
        parse_framework(ECO_IE.replace(old, new, 1), "edited.yaml")
    assert caught.value.key == "estate.framework_invalid"
    assert caught.value.params["path"] == path
    assert "edited.yaml" in caught.value.message("en")


def test_yaml_errors_name_the_line():
    with pytest.raises(ValidationError) as caught:
        parse_framework("id: [unclosed\n", "bad.yaml")
    assert caught.value.key == "estate.framework_yaml" and "line" in caught.value.params["path"]


def test_an_officer_mapping_must_place_each_member_once():
    mapping = {d: [] for d in ("physical", "economic", "environmental", "social", "management")}
    mapping["physical"] = ["C09", "C11"]
    assert check_mapping(mapping)["physical"] == ["C09", "C11"]
    with pytest.raises(ValidationError):
        check_mapping({**mapping, "economic": ["C09"]})
    with pytest.raises(ValidationError):
        check_mapping({"physical": ["C01"]})
    with pytest.raises(ValidationError):
        check_mapping({**mapping, "social": ["X99"]})


def test_shipped_data_live_in_the_package():
    assert Path(DATA_DIR, "ieat-sdgs-ie.yaml").is_file()
