"""The readiness engine: scheme + profile + answers → points, prerequisites, verdict and gaps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from ecoassess.errors import ValidationError
from ecoassess.model import Assessment, FactoryProfile, ItemAnswer
from ecoassess.scoring import ladders
from ecoassess.scoring.prerequisites import evaluate_prerequisite
from ecoassess.scoring.result import (
    CriterionResult,
    Gap,
    PrerequisiteResult,
    ReadinessResult,
    Suggestion,
    Verdict,
    Warning,
)
from ecoassess.scoring.values import Bi, bi, cents, fmt, read_values, text
from ecoassess.sme import effective_size

SETTING_KEYS = ("target_percent", "criterion_minimum", "not_applicable_allowed", "g4_blocks")


def effective_settings(scheme: Any, overrides: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """The scheme's settings with an assessment's overrides; each keeps its provenance."""
    out: dict[str, dict[str, Any]] = {}
    for key in SETTING_KEYS:
        setting = getattr(scheme.settings, key)
        value = setting.value
        if overrides and overrides.get(key) is not None:
            value = _checked_setting(key, overrides[key], scheme)
        out[key] = {"value": value, "provenance": setting.provenance,
                    "changed": value != setting.value, "label": text(setting.label)}
    return out


def _checked_setting(key: str, value: Any, scheme: Any) -> Any:
    place = f"settings.{key}"
    if key in ("target_percent", "criterion_minimum"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("settings.invalid", path=place, detail="not a number")
        if value < 0:
            raise ValidationError("value.negative", path=place, value=value)
        return value
    if key == "g4_blocks":
        if not isinstance(value, bool):
            raise ValidationError("settings.invalid", path=place, detail="not true/false")
        return value
    if not isinstance(value, list) or any(scheme.criterion(v) is None for v in value):
        raise ValidationError("settings.invalid", path=place, detail="not a list of criterion ids")
    return list(value)


def evaluate(
    scheme: Any, profile: FactoryProfile | None, planned_audit_date: date | None,
    answers: Mapping[str, ItemAnswer], evidence_counts: Mapping[str, int] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> ReadinessResult:
    """Score everything. Pure: no I/O. Raises ValidationError (naming the place) on bad values."""
    eff = effective_settings(scheme, settings)
    conf = {k: v["value"] for k, v in eff.items()}
    size = effective_size(profile)
    prerequisites: list[PrerequisiteResult] = []
    warnings: list[Warning] = []
    for p in scheme.prerequisites:
        result, found = evaluate_prerequisite(p, answers.get(p.id), size, planned_audit_date,
                                              {"g4_blocks": conf["g4_blocks"] and not p.blocking},
                                              scheme)
        prerequisites.append(result)
        warnings += found
    criteria: list[CriterionResult] = []
    gaps: list[Gap] = []
    for c in scheme.criteria:
        scored, gap, found = _evaluate_criterion(c, answers.get(c.id), conf)
        criteria.append(scored)
        warnings += found
        if gap is not None:
            gaps.append(gap)
    order = {c.id: i for i, c in enumerate(scheme.criteria)}
    gaps.sort(key=lambda g: (-g.points_added, order[g.criterion_id]))
    warnings += _evidence_warnings(criteria, prerequisites, evidence_counts)
    total = sum(c.points for c in criteria if c.points is not None)
    maximum = sum(c.max_points for c in criteria if not c.not_applicable)
    percent = float(cents(Decimal(total * 100) / maximum)) if maximum else 0.0
    verdict = _verdict(criteria, prerequisites, total, maximum, percent, eff,
                       {k: text(v.label) for k, v in scheme.provenance_labels.items()})
    return ReadinessResult(
        scheme.id, scheme.version, scheme.fingerprint, size, criteria, prerequisites, total,
        maximum, percent, verdict, gaps, warnings, _suggestions(scheme, answers), eff)


def _evaluate_criterion(
    c: Any, answer: ItemAnswer | None, conf: dict[str, Any],
) -> tuple[CriterionResult, Gap | None, list[Warning]]:
    values = read_values(c, answer.value if answer else None)
    answered = any(v not in (None, []) for v in values.values())
    base = CriterionResult(c.id, text(c.name), c.group, c.ladder, c.provenance,
                           c.points_provenance, 0, c.max_points, answered=answered)
    warnings: list[Warning] = []
    if answer is not None and answer.not_applicable:
        if c.id not in conf["not_applicable_allowed"]:
            warnings.append(Warning("not_applicable", c.id, bi("score.na_not_allowed", item=c.id)))
        elif not answer.justification.strip():
            warnings.append(Warning("not_applicable", c.id,
                                    bi("score.na_no_justification", item=c.id)))
        else:
            base.points, base.not_applicable, base.answered = None, True, True
            base.reasons = [bi("score.na", justification=answer.justification.strip(),
                               max=c.max_points)]
            return base, None, warnings
    outcome = ladders.score(c, values)
    base.points, base.reasons, base.level_id = outcome.points, outcome.reasons, outcome.level_id
    if not answered:
        base.reasons = [bi("score.unanswered"), *base.reasons]
    return base, _gap(c, values, outcome), warnings


def _gap(c: Any, values: dict[str, Any], outcome: ladders.Outcome) -> Gap | None:
    step = outcome.next
    if step is None:
        return None
    projected = dict(values)
    for key, value in step.changes.items():
        projected[key] = cents(value) if isinstance(value, float | int) and \
            not isinstance(value, bool) else value
    reached = ladders.score(c, projected).points
    level = c.level(step.step)
    return Gap(c.id, text(c.name), outcome.points, outcome.points + 1, reached - outcome.points,
               step.step, text(level.name), step.title, step.need, step.evidence, level.provenance,
               step.changes)


def _evidence_warnings(
    criteria: list[CriterionResult], prerequisites: list[PrerequisiteResult],
    evidence_counts: Mapping[str, int] | None,
) -> list[Warning]:
    if evidence_counts is None:
        return []
    out: list[Warning] = []
    for p in prerequisites:
        if p.status == "met" and not evidence_counts.get(p.id):
            out.append(Warning("missing_evidence", p.id,
                               bi("score.missing_evidence_prereq", item=p.id)))
    for c in criteria:
        if c.points and not evidence_counts.get(c.id):
            out.append(Warning("missing_evidence", c.id,
                               bi("score.missing_evidence", item=c.id, points=c.points)))
    return out


def _verdict(
    criteria: list[CriterionResult], prerequisites: list[PrerequisiteResult], total: int,
    maximum: int, percent: float, eff: dict[str, dict[str, Any]], provenance_names: dict[str, Bi],
) -> Verdict:
    target, minimum = eff["target_percent"], eff["criterion_minimum"]
    reasons: list[Bi] = []
    failed = [p for p in prerequisites if p.blocking and p.status != "met"]
    for p in failed:
        state = bi(f"prereq.{p.status}")
        detail = {lang: f"{state[lang]} — {p.reasons[0][lang]}" for lang in state} \
            if p.reasons else state
        reasons.append(bi("verdict.prereq_failed", item=p.id, title=p.title, status=detail))
    reasons += [bi("prereq.warning_only", item=p.id) for p in prerequisites
                if not p.blocking and p.status != "met"]
    provenance = target["provenance"]
    names = {key: provenance_names.get(eff[key]["provenance"], eff[key]["provenance"])
             for key in ("target_percent", "criterion_minimum")}
    target_value = cents(target["value"])
    params = {"total": total, "max": maximum, "percent": fmt(cents(percent)),
              "target": fmt(target["value"]), "provenance": names["target_percent"]}
    below_target = maximum == 0 or cents(percent) < target_value
    if maximum == 0:
        reasons.append(bi("verdict.all_na"))
    else:
        reasons.append(bi("verdict.below_target" if below_target else "verdict.reaches_target",
                          **params))
    low = [c for c in criteria if c.points is not None and c.points < minimum["value"]]
    reasons += [bi("verdict.below_minimum", item=c.id, points=c.points, minimum=minimum["value"],
                   provenance=names["criterion_minimum"]) for c in low]
    status = "not_eligible" if failed else ("not_yet" if below_target or low else "ready")
    return Verdict(status, bi(f"verdict.{status}"), reasons, float(target["value"]), provenance,
                   minimum["value"], minimum["provenance"])


def _suggestions(scheme: Any, answers: Mapping[str, ItemAnswer]) -> list[Suggestion]:
    from ecoassess.ecoefficiency import improving_quantities

    improvement = answers.get("improvement")
    if improvement is None:
        return []
    out: list[Suggestion] = []
    for quantity in improving_quantities(scheme, improvement.value):
        for cid in quantity.supports:
            c = scheme.criterion(cid)
            answer = answers.get(cid)
            ticked = (answer.value.get("advanced") or []) if answer else []
            advanced = c.input("advanced") if c else None
            if advanced is None or advanced.option("a") is None or "a" in ticked:
                continue
            out.append(Suggestion(cid, "advanced", "a",
                                  bi("score.suggest_advanced", item=cid,
                                     quantity=text(quantity.label))))
    return out


def evaluate_assessment(scheme: Any, assessment: Assessment) -> ReadinessResult:
    """Score a stored assessment: its answers, its settings and its linked evidence counts."""
    counts: dict[str, int] = {}
    for evidence in assessment.evidence:
        for item_id in evidence.items:
            counts[item_id] = counts.get(item_id, 0) + 1
    return evaluate(scheme, assessment.profile, assessment.planned_audit_date, assessment.answers,
                    counts, assessment.settings)


def what_if(
    scheme: Any, profile: FactoryProfile | None, planned_audit_date: date | None,
    answers: Mapping[str, ItemAnswer], close: Iterable[str],
    evidence_counts: Mapping[str, int] | None = None, settings: Mapping[str, Any] | None = None,
) -> ReadinessResult:
    """The result if the next step of each criterion in `close` were done (repeat an id to
    close several steps of it). Answers are not changed; a projected copy is scored."""
    projected = dict(answers)
    for cid in close:
        c = scheme.criterion(cid)
        if c is None:
            raise ValidationError("value.unknown_option", path="what_if", value=cid)
        answer = projected.get(cid) or ItemAnswer(item_id=cid)
        outcome = ladders.score(c, read_values(c, answer.value))
        if outcome.next is not None:
            projected[cid] = replace(answer, value={**answer.value, **outcome.next.changes},
                                     not_applicable=False)
    return evaluate(scheme, profile, planned_audit_date, projected, evidence_counts, settings)
