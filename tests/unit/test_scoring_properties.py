"""Properties of the engine over random answers: bounds, sums, and that doing more never costs points."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ecoassess.model import ItemAnswer
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate, what_if

SCHEME = load_scheme()
PERCENT = st.one_of(st.none(), st.integers(0, 300),
                    st.decimals(0, 300, places=3).map(float))


def input_value(input_def):
    if input_def.type == "bool":
        return st.one_of(st.none(), st.booleans())
    if input_def.type in ("percent", "number"):
        return PERCENT
    if input_def.type == "integer":
        return st.one_of(st.none(), st.integers(0, 4))
    if input_def.type == "options":
        return st.lists(st.sampled_from([o.id for o in input_def.options]), unique=True, max_size=3)
    raise AssertionError(input_def.type)


def criterion_value(criterion):
    return st.fixed_dictionaries({i.id: input_value(i) for i in criterion.inputs})


ALL_ANSWERS = st.fixed_dictionaries({
    c.id: st.one_of(st.none(), criterion_value(c)) for c in SCHEME.criteria})


def to_answers(values):
    return {cid: ItemAnswer(cid, v) for cid, v in values.items() if v is not None}


def more_met(input_def, value, data):
    """A value that satisfies at least as much as `value`."""
    if input_def.type == "bool":
        return True
    if input_def.type in ("percent", "number", "integer"):
        extra = data.draw(st.integers(0, 200) if input_def.type == "integer" else
                          st.decimals(0, 200, places=2).map(float))
        return (value or 0) + extra
    options = [o.id for o in input_def.options]
    return sorted(set(value or []) | {data.draw(st.sampled_from(options))})


@settings(max_examples=150, deadline=None)
@given(ALL_ANSWERS)
def test_points_are_bounded_and_total_is_their_sum(values):
    result = evaluate(SCHEME, None, None, to_answers(values))
    for c in result.criteria:
        assert 0 <= c.points <= c.max_points
        assert c.reasons and all(r["th"] and r["en"] for r in c.reasons)
    assert result.total == sum(c.points for c in result.criteria)
    assert result.max == 70
    assert result.percent == float((Decimal(result.total * 100) / 70).quantize(Decimal("0.01")))
    assert all(g.points_added >= 1 for g in result.gaps)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SCHEME.criteria), st.data())
def test_meeting_more_never_lowers_a_score(criterion, data):
    value = data.draw(criterion_value(criterion))
    before = evaluate(SCHEME, None, None, {criterion.id: ItemAnswer(criterion.id, value)})
    input_def = data.draw(st.sampled_from(criterion.inputs))
    improved = {**value, input_def.id: more_met(input_def, value.get(input_def.id), data)}
    after = evaluate(SCHEME, None, None, {criterion.id: ItemAnswer(criterion.id, improved)})
    assert after.criterion(criterion.id).points >= before.criterion(criterion.id).points
    assert after.total >= before.total


@settings(max_examples=100, deadline=None)
@given(ALL_ANSWERS, st.lists(st.sampled_from([c.id for c in SCHEME.criteria]), max_size=6))
def test_closing_gaps_adds_exactly_their_projected_points(values, close):
    answers = to_answers(values)
    base = evaluate(SCHEME, None, None, answers)
    projected = what_if(SCHEME, None, None, answers, close)
    assert projected.total >= base.total
    if len(close) == 1:
        gap = next((g for g in base.gaps if g.criterion_id == close[0]), None)
        assert projected.total - base.total == (gap.points_added if gap else 0)
