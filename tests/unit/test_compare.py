"""Comparison of two assessments of one factory: points then and now, what changed."""

from __future__ import annotations

import pytest

from ecoassess import model
from ecoassess.compare import compare_ids, report_lines
from ecoassess.errors import ValidationError
from ecoassess.storage import open_store
from tests.unit.portable_helpers import make_assessment


def carry_forward(store, source_id: str) -> str:
    """What 'next year' does: same factory, answers copied, marked carried over."""
    source = store.get_assessment(source_id)
    new_id = store.create_assessment(source.profile, scheme_id=source.scheme_id,
                                     scheme_version=source.scheme_version,
                                     factory_uid=source.factory_uid, carried_from=source.id,
                                     settings=dict(source.settings))
    for item_id, a in source.answers.items():
        store.save_answer(new_id, item_id, value=a.value, status=model.WorkflowStatus.CARRIED_OVER,
                          not_applicable=a.not_applicable, justification=a.justification, note=a.note)
    return new_id


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "data") as s:
        yield s


def test_carried_forward_comparison_shows_points_then_and_now(store, tmp_path):
    then_id = make_assessment(store, tmp_path / "f")
    now_id = carry_forward(store, then_id)
    store.save_answer(now_id, "C02", value={"inventory": True, "target_achievement_pct": 100.0,
                                            "advanced": ["a", "b"]}, note="ปีนี้ทำเพิ่ม")
    store.save_answer(now_id, "C01", value={"inventory": False})
    cmp = compare_ids(store, None, now_id)
    assert cmp.then_id == then_id and cmp.now_id == now_id
    by_id = {c.id: c for c in cmp.criteria}
    assert len(by_id) == 14
    c01, c02, c03 = by_id["C01"], by_id["C02"], by_id["C03"]
    assert c01.points_now < c01.points_then
    assert c01.inputs_changed == ["advanced", "inventory", "target_achievement_pct"]
    assert c02.points_now > c02.points_then and "advanced" in c02.inputs_changed and c02.note_changed
    assert not c03.changed and c03.delta == 0
    assert cmp.delta == sum(c.delta for c in cmp.criteria)
    assert by_id["C05"].not_applicable_then and by_id["C05"].points_now is None
    # evidence was not carried here: the report says so for the items that had some
    assert by_id["C01"].evidence_then == 1 and by_id["C01"].evidence_now == 0
    lines = report_lines(cmp, "th", only_changed=True)
    assert any(line.startswith("C02 ") and "บันทึกเปลี่ยน" in line for line in lines)
    assert not any(line.startswith("C03 ") for line in lines)
    en = "\n".join(report_lines(cmp, "en"))
    assert "C03 " in en and f"{c02.points_then} → {c02.points_now} (+{c02.delta})" in en
    data = cmp.as_json()
    assert data["criteria"][1]["delta"] == c02.delta and data["delta"] == cmp.delta


def test_two_assessments_of_the_same_factory_compare_in_either_order(store, tmp_path):
    first = make_assessment(store, tmp_path / "f")
    uid = store.get_assessment(first).factory_uid
    second = store.create_assessment(store.get_assessment(first).profile, scheme_id="eco-factory",
                                     scheme_version=store.get_assessment(first).scheme_version,
                                     factory_uid=uid)
    cmp = compare_ids(store, second, first)
    assert cmp.total_then == 0 and cmp.total_now > 0


def test_unrelated_or_unlinked_refused(store, tmp_path):
    first = make_assessment(store, tmp_path / "a")
    other = make_assessment(store, tmp_path / "b", name_th="โรงงานอื่น", seed=2)
    with pytest.raises(ValidationError) as info:
        compare_ids(store, first, other)
    assert info.value.key == "compare.unrelated"
    with pytest.raises(ValidationError) as info:
        compare_ids(store, None, first)
    assert info.value.key == "compare.no_previous"
