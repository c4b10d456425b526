"""The brief's ladders, edge by edge: target (C01, C06, drafted C02–C05), strict (C10, C14, drafted), band (C11)."""

from __future__ import annotations

import pytest

from ecoassess.errors import ValidationError
from ecoassess.model import ItemAnswer
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate

SCHEME = load_scheme()


def scored(cid: str, **value):
    result = evaluate(SCHEME, None, None, {cid: ItemAnswer(cid, value)})
    return result.criterion(cid)


def points(cid: str, **value) -> int | None:
    return scored(cid, **value).points


TARGET_CASES = [
    # (inventory, % of own target achieved, advanced measures) -> points
    (None, None, [], 0),
    (False, None, [], 0),
    (False, 100, ["a"], 0),  # a higher step never counts without S1
    (True, None, [], 1),
    (True, 0, [], 1),
    (True, 24.99, [], 1),
    (True, 24.994, [], 1),  # compared at two decimals: 24.99
    (True, 24.995, [], 2),  # compared at two decimals: 25.00
    (True, 25, [], 2),
    (True, 25.0, [], 2),
    (True, 49.99, [], 2),
    (True, 50, [], 3),
    (True, 99.99, [], 3),
    (True, 99.99, ["a"], 3),  # S3 without full achievement does not raise the score
    (True, 24.99, ["a", "b", "c"], 1),
    (True, 100, [], 4),
    (True, 250, [], 4),  # no upper cap
    (True, 100, ["a"], 5),
    (True, 100, ["e"], 5),
    (True, 130.5, ["b", "d"], 5),
]


@pytest.mark.parametrize("cid", ["C01", "C06", "C02", "C03", "C04", "C05"])
@pytest.mark.parametrize(("inventory", "pct", "advanced", "expected"), TARGET_CASES)
def test_target_ladder(cid, inventory, pct, advanced, expected):
    value = {"inventory": inventory, "target_achievement_pct": pct, "advanced": advanced}
    assert points(cid, **value) == expected


C10_CASES = [
    ({}, 0),
    ({"policy_and_vendor_list": True}, 1),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 0.99}, 1),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 1}, 2),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 2.99, "ecoproduct_policy": True}, 2),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 3}, 2),  # L3 also needs the policy
    ({"policy_and_vendor_list": True, "green_purchase_pct": 3, "ecoproduct_policy": True}, 3),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 4.99, "ecoproduct_policy": True,
      "ecolabel_products": 2}, 3),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 5, "ecoproduct_policy": True,
      "ecolabel_products": 0}, 3),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 5, "ecoproduct_policy": True,
      "ecolabel_products": 1}, 4),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 5, "ecoproduct_policy": True,
      "ecolabel_products": 1, "suppliers_green": True}, 5),
    ({"policy_and_vendor_list": True, "green_purchase_pct": 12.5, "ecoproduct_policy": False,
      "ecolabel_products": 3, "suppliers_green": True}, 2),  # strict: L3 unmet stops at 2
    ({"policy_and_vendor_list": False, "green_purchase_pct": 12.5, "ecoproduct_policy": True,
      "ecolabel_products": 3, "suppliers_green": True}, 0),  # contradictory, not an error
]


@pytest.mark.parametrize(("value", "expected"), C10_CASES)
def test_c10_green_supply_chain(value, expected):
    assert points("C10", **value) == expected


C11_CASES = [
    (None, None, 0), (False, 80, 0), (True, None, 1), (True, 0, 1), (True, 24.99, 1),
    (True, 25, 2), (True, 25.00, 2), (True, 49.99, 2), (True, 50, 3), (True, 74.99, 3),
    (True, 75, 4), (True, 99.99, 4), (True, 100, 5), (True, 400, 5),
]


@pytest.mark.parametrize(("baseline", "increase", "expected"), C11_CASES)
def test_c11_green_landscape_bands(baseline, increase, expected):
    assert points("C11", baseline_met=baseline, increase_pct=increase) == expected


@pytest.mark.parametrize("increase", [0, 10, 25, 37.5, 50, 60, 75, 99.99, 100, 180])
def test_c11_matches_the_inferred_formula(increase):
    import math

    assert points("C11", baseline_met=True, increase_pct=increase) == min(5, 1 + math.floor(increase / 25))


C14_L4 = {"disclosure": True, "network": True, "network_decides": True,
          "joint_monitoring": True, "community_activities": True}
C14_CASES = [
    ({}, 0),
    ({"disclosure": True}, 1),
    ({"disclosure": True, "network": True}, 2),
    ({"disclosure": True, "network": True, "network_decides": True}, 3),
    ({**C14_L4, "community_activities": False}, 3),  # L4 needs both
    (C14_L4, 4),
    ({**C14_L4, "no_complaints_3y": True}, 4),  # L5 needs one option too
    ({**C14_L4, "no_complaints_3y": True, "survey_pct": 79.9}, 4),
    ({**C14_L4, "no_complaints_3y": True, "survey_pct": 79.99}, 4),
    ({**C14_L4, "no_complaints_3y": True, "survey_pct": 79.995}, 5),  # 80.00 at two decimals
    ({**C14_L4, "no_complaints_3y": True, "survey_pct": 80}, 5),
    ({**C14_L4, "no_complaints_3y": True, "csr_standard": True}, 5),
    ({**C14_L4, "no_complaints_3y": True, "sustainability_report": True}, 5),
    ({**C14_L4, "no_complaints_3y": True, "consumer_awareness": True}, 5),
    ({**C14_L4, "no_complaints_3y": False, "csr_standard": True, "survey_pct": 95}, 4),
    ({**C14_L4, "disclosure": False, "no_complaints_3y": True, "csr_standard": True}, 0),
]


@pytest.mark.parametrize(("value", "expected"), C14_CASES)
def test_c14_community(value, expected):
    assert points("C14", **value) == expected


@pytest.mark.parametrize("cid", ["C07", "C08", "C09", "C12", "C13"])
@pytest.mark.parametrize(("levels", "expected"), [
    ((), 0), ((1,), 1), ((1, 2), 2), ((1, 2, 3), 3), ((1, 2, 3, 4), 4), ((1, 2, 3, 4, 5), 5),
    ((2, 3, 4, 5), 0), ((1, 2, 4, 5), 2), ((1, 3), 1),
])
def test_drafted_strict_ladders(cid, levels, expected):
    value = {f"l{n}": n in levels for n in range(1, 6)}
    assert points(cid, **value) == expected


def test_target_reason_names_the_level_and_what_the_next_needs():
    reason = scored("C01", inventory=True, target_achievement_pct=50).reasons[0]
    assert reason["en"] == ("level 3: 50.00 % of the target achieved (at least 50 %); "
                            "level 4 needs the target fully achieved (100 %)")
    assert reason["th"].startswith("ระดับ 3: บรรลุผลร้อยละ 50.00 ของเป้าหมาย")


def test_target_explains_s3_without_full_achievement():
    reasons = scored("C06", inventory=True, target_achievement_pct=60, advanced=["d"]).reasons
    assert any("do not raise the score" in r["en"] for r in reasons)


def test_strict_explains_levels_above_an_unmet_one():
    reasons = scored("C09", l1=True, l2=True, l4=True, l5=True).reasons
    assert any(r["en"] == "level(s) 4, 5 met but not counted: level 3 is not met" for r in reasons)


def test_c10_reason_shows_threshold_and_current_value():
    reason = scored("C10", policy_and_vendor_list=True, green_purchase_pct=3.5,
                    ecoproduct_policy=True).reasons[0]
    assert "at least 5 (now 3.50)" in reason["en"]
    assert "ไม่น้อยกว่า 5 (ปัจจุบัน 3.50)" in reason["th"]


def test_full_marks_have_no_next_step():
    reason = scored("C14", **C14_L4, no_complaints_3y=True, survey_pct=80).reasons[0]
    assert reason["en"] == "level 5: Levels 1–5 all met"


@pytest.mark.parametrize(("cid", "value", "place"), [
    ("C01", {"inventory": True, "target_achievement_pct": -1}, "C01.target_achievement_pct"),
    ("C10", {"ecolabel_products": -2}, "C10.ecolabel_products"),
    ("C11", {"baseline_met": True, "increase_pct": -0.01}, "C11.increase_pct"),
    ("C14", {"survey_pct": -5}, "C14.survey_pct"),
])
def test_negative_values_name_the_place(cid, value, place):
    with pytest.raises(ValidationError) as caught:
        points(cid, **value)
    assert caught.value.key == "value.negative"
    assert caught.value.params["path"] == place
    assert place in caught.value.message("th")


@pytest.mark.parametrize(("cid", "value", "place"), [
    ("C01", {"inventory": "yes"}, "C01.inventory"),
    ("C01", {"target_achievement_pct": "60"}, "C01.target_achievement_pct"),
    ("C01", {"advanced": ["z"]}, "C01.advanced"),
    ("C10", {"ecolabel_products": 1.5}, "C10.ecolabel_products"),
])
def test_wrong_types_name_the_place(cid, value, place):
    with pytest.raises(ValidationError) as caught:
        points(cid, **value)
    assert caught.value.params["path"] == place
