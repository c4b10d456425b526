"""The three ladder shapes: target (C01–C06), strict (C07–C10, C12–C14) and band (C11)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ecoassess.bitext import Bi, bi, join, text
from ecoassess.scoring.values import fmt

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Criterion, Level

THAI_LETTERS = {"a": "ก", "b": "ข", "c": "ค", "d": "ง", "e": "จ"}  # Thai forms list options ก ข ค


@dataclass
class NextStep:
    step: str
    title: Bi
    need: Bi
    evidence: Bi
    changes: dict[str, Any]


@dataclass
class Outcome:
    points: int
    level_id: str | None
    reasons: list[Bi]
    next: NextStep | None
    notes: list[Bi] = field(default_factory=list)


def score(criterion: Criterion, values: dict[str, Any]) -> Outcome:
    """Points, reasons and the next step of one criterion from its read input values."""
    scorer = {"target": _target, "strict": _strict, "band": _band}[criterion.ladder]
    outcome = scorer(criterion, values)
    first = outcome.reasons[0]
    if outcome.next is not None:
        nxt = bi("score.next", level=outcome.points + 1, need=outcome.next.need)
        first = join([first, nxt])
    outcome.reasons = [first, *outcome.reasons[1:], *outcome.notes]
    return outcome


# -- target ladder ------------------------------------------------------------------------------

def _target(c: Any, v: dict[str, Any]) -> Outcome:
    inventory = v.get("inventory") is True
    pct: Decimal | None = v.get("target_achievement_pct")
    advanced: list[str] = v.get("advanced") or []
    low, mid, full = c.thresholds
    s1, s2, s3 = c.level("S1"), c.level("S2"), c.level("S3")
    notes: list[Bi] = []
    if not inventory:
        if pct is not None or advanced:
            notes.append(bi("score.note.above_unmet", step=bi("score.step1")))
        need = bi("score.need.step1", title=text(s1.title))
        return Outcome(0, None, [bi("score.target.0", title=text(s1.title))],
                       NextStep("S1", text(s1.title), need, text(s1.evidence), {"inventory": True}),
                       notes)
    if advanced and (pct is None or pct < full):
        notes.append(bi("score.note.s3_without_target"))
    if pct is None or pct < low:
        reason = bi("score.target.1_none") if pct is None else \
            bi("score.target.1", pct=fmt(pct), low=fmt(low))
        return Outcome(1, "S1", [reason], _pct_step(s2, low, "score.need.pct"), notes)
    if pct < full:
        points, reached, goal = (2, low, mid) if pct < mid else (3, mid, full)
        key = "score.need.pct" if goal < full else "score.need.full"
        reason = bi("score.target.mid", points=points, pct=fmt(pct), low=fmt(reached))
        return Outcome(points, "S2", [reason], _pct_step(s2, goal, key), notes)
    if not advanced:
        option_input = c.input("advanced")
        need = bi("score.need.advanced")
        return Outcome(4, "S2", [bi("score.target.4", pct=fmt(pct))],
                       NextStep("S3", text(s3.title), need, _options_evidence(option_input),
                                {"advanced": [option_input.options[0].id]}), notes)
    labels = [c.input("advanced").option(o).label for o in advanced]
    options = join([{"th": f"({THAI_LETTERS.get(o, o)}) {lb.th}", "en": f"({o}) {lb.en}"}
                    for o, lb in zip(advanced, labels, strict=True)])
    return Outcome(5, "S3", [bi("score.target.5", pct=fmt(pct), options=options)], None, notes)


def _options_evidence(option_input: Any) -> Bi:
    """Evidence for step 3: any one option will do, so list each option's hint."""
    return join([{"th": f"({THAI_LETTERS.get(o.id, o.id)}) {o.evidence.th}",
                  "en": f"({o.id}) {o.evidence.en}"} for o in option_input.options if o.evidence])


def _pct_step(s2: Any, goal: float, key: str) -> NextStep:
    return NextStep("S2", text(s2.title), bi(key, low=fmt(goal)), text(s2.evidence),
                    {"target_achievement_pct": float(goal)})


# -- strict ladder ------------------------------------------------------------------------------

def condition_met(cond: Any, v: dict[str, Any]) -> bool:
    value = v.get(cond.input)
    if cond.min is None:
        return value is True
    return value is not None and value >= Decimal(str(cond.min))


def level_met(level: Level, v: dict[str, Any]) -> bool:
    every = all(condition_met(cond, v) for cond in level.requires)
    some = not level.any_of or any(condition_met(cond, v) for cond in level.any_of)
    return every and some


def _condition_need(c: Any, cond: Any, v: dict[str, Any]) -> Bi:
    label = text(c.input(cond.input).label)
    if cond.min is None:
        return label
    value = v.get(cond.input)
    now = fmt(value) if value is not None else bi("score.not_entered")
    return bi("score.cond.min", label=label, min=fmt(cond.min), value=now)


def _condition_change(cond: Any) -> dict[str, Any]:
    return {cond.input: True if cond.min is None else float(cond.min)}


def _strict(c: Any, v: dict[str, Any]) -> Outcome:
    met = [level_met(lv, v) for lv in c.levels]
    points = met.index(False) if False in met else len(met)
    notes: list[Bi] = []
    counted_out = [str(i + 1) for i in range(points + 1, len(met)) if met[i]]
    if counted_out:
        notes.append(bi("score.note.levels_above_unmet", levels=", ".join(counted_out),
                        level=points + 1))
    if points == 0:
        reason = bi("score.strict.0", title=text(c.levels[0].title))
    else:
        reason = bi("score.strict.n", points=points, situation=text(c.point_row(points).situation))
    level_id = c.levels[points - 1].id if points else None
    if points == len(met):
        return Outcome(points, level_id, [reason], None, notes)
    return Outcome(points, level_id, [reason], _strict_step(c, c.levels[points], v), notes)


def _strict_step(c: Any, level: Level, v: dict[str, Any]) -> NextStep:
    needs: list[Bi] = []
    changes: dict[str, Any] = {}
    if len(level.requires) == 1 and not level.any_of and level.requires[0].min is None:
        # one yes/no condition: the level's own title says it best ("Safe storage and handling")
        return NextStep(level.id, text(level.title), text(level.title), text(level.evidence),
                        _condition_change(level.requires[0]))
    for cond in level.requires:
        if not condition_met(cond, v):
            needs.append(_condition_need(c, cond, v))
            changes.update(_condition_change(cond))
    if level.any_of and not any(condition_met(cond, v) for cond in level.any_of):
        options = join([_condition_need(c, cond, v) for cond in level.any_of], " / ")
        needs.append(bi("score.cond.any", options=options))
        changes.update(_condition_change(level.any_of[0]))
    return NextStep(level.id, text(level.title), join(needs), text(level.evidence), changes)


# -- band ladder --------------------------------------------------------------------------------

def _band(c: Any, v: dict[str, Any]) -> Outcome:
    s1, s2 = c.level("S1"), c.level("S2")
    increase: Decimal | None = v.get("increase_pct")
    notes: list[Bi] = []
    if v.get("baseline_met") is not True:
        if increase:
            notes.append(bi("score.note.above_unmet", step=bi("score.step1")))
        need = bi("score.need.step1", title=text(s1.title))
        return Outcome(0, None, [bi("score.band.0", title=text(s1.title))],
                       NextStep("S1", text(s1.title), need, text(s1.evidence),
                                {"baseline_met": True}), notes)
    bands = [t for t in c.thresholds if increase is not None and increase >= Decimal(str(t))]
    points = min(c.max_points, 1 + len(bands))
    if points == 1:
        reason = bi("score.band.1_none") if increase is None else \
            bi("score.band.1", pct=fmt(increase), low=fmt(c.thresholds[0]))
    else:
        reason = bi("score.band.n", points=points, pct=fmt(increase), low=fmt(bands[-1]))
    if points == c.max_points:
        return Outcome(points, "S2", [reason], None, notes)
    goal = c.thresholds[points - 1]
    step = NextStep("S2", text(s2.title), bi("score.need.band", low=fmt(goal)), text(s2.evidence),
                    {"increase_pct": float(goal)})
    return Outcome(points, "S1" if points == 1 else "S2", [reason], step, notes)
