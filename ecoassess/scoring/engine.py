"""The readiness engine: scheme + profile + answers → points, prerequisites, verdict and gaps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ecoassess.asof import as_of_date
from ecoassess.bitext import bi, text
from ecoassess.ecoefficiency import improving_quantities
from ecoassess.errors import ValidationError
from ecoassess.model import Assessment, EvidenceInfo, FactoryProfile, ItemAnswer
from ecoassess.scheme.settings import SETTING_KEYS, effective_settings
from ecoassess.scoring import ladders
from ecoassess.scoring.answered import is_answered
from ecoassess.scoring.certificates import describe, g2_source, unreadable_levels
from ecoassess.scoring.evidence_expiry import evidence_expiry_warnings
from ecoassess.scoring.prerequisites import evaluate_prerequisite
from ecoassess.scoring.result import (
    CriterionResult,
    Gap,
    PrerequisiteResult,
    ReadinessResult,
    Suggestion,
    Warning,
)
from ecoassess.scoring.values import cents, read_values
from ecoassess.scoring.verdict import (
    profile_certificate_warnings,
    qualifiers_of,
    verdict_label,
    verdict_of,
    verdict_short,
)
from ecoassess.sme import decide_size

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

__all__ = ["SETTING_KEYS", "effective_settings", "evaluate", "evaluate_assessment", "what_if"]

def evaluate(
    scheme: Scheme, profile: FactoryProfile | None, planned_audit_date: date | None,
    answers: Mapping[str, ItemAnswer], evidence_counts: Mapping[str, int] | None = None,
    settings: Mapping[str, Any] | None = None, as_of: date | None = None,
    evidence: Iterable[EvidenceInfo] | None = None,
) -> ReadinessResult:
    """Score everything. Pure: no I/O. Raises ValidationError (naming the place) on bad values.

    `as_of` is the day the result speaks for (default: `ecoassess.asof.as_of_date()`): a
    certificate, and each linked evidence file's expiry, is checked against the planned audit
    date, or against `as_of` when none is set.
    """
    as_of = as_of or as_of_date()
    eff = effective_settings(scheme, settings)
    conf = {k: v["value"] for k, v in eff.items()}
    decision = decide_size(profile)
    prerequisites: list[PrerequisiteResult] = []
    warnings: list[Warning] = _size_warnings(scheme, profile, decision)
    used: set[int] = set()  # the profile certificates a requirement rests on (warned there)
    for p in scheme.prerequisites:
        answer = answers.get(p.id)
        source = None
        if p.kind == "route":  # G2: from the profile's certificates (the one place to type them)
            source = g2_source(p, profile, answer, decision.size, planned_audit_date, as_of)
            answer = _answer_from(p, answer, source)
            if source.index is not None:
                used.add(source.index)
        result, found = evaluate_prerequisite(p, answer, decision.size,
                                              planned_audit_date,
                                              {"g4_blocks": conf["g4_blocks"] and not p.blocking},
                                              scheme, as_of)
        if source is not None and source.certificate is not None:
            result.reasons.append(bi("certs.from_profile", cert=describe(source.certificate)))
            if source.conflict is not None:
                found.append(Warning("certificate_conflict", p.id, source.conflict))
        prerequisites.append(result)
        warnings += found
    warnings += profile_certificate_warnings(profile, planned_audit_date, as_of, skip=used)
    if unreadable_levels(profile):
        warnings.append(Warning("certificate_level", "profile", bi("certs.gi_no_level")))
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
    warnings += evidence_expiry_warnings(evidence or (), planned_audit_date, as_of)
    total = sum(c.points for c in criteria if c.points is not None)
    maximum = sum(c.max_points for c in criteria if not c.not_applicable)
    percent = float(cents(Decimal(total * 100) / maximum)) if maximum else 0.0
    verdict = verdict_of(criteria, prerequisites, total, maximum, percent, eff,
                         {k: text(v.label) for k, v in scheme.provenance_labels.items()})
    verdict.qualifiers = qualifiers_of(prerequisites, warnings, eff)
    verdict.label = verdict_label(verdict, [p.id for p in prerequisites
                                            if not p.blocking and p.status != "met"])
    verdict.short = verdict_short(verdict)
    return ReadinessResult(
        scheme.id, scheme.version, scheme.fingerprint, decision.size, criteria, prerequisites,
        total, maximum, percent, verdict, gaps, warnings, _suggestions(scheme, answers), eff,
        decision.basis, as_of.isoformat())


def _answer_from(p: Any, answer: ItemAnswer | None, source: Any) -> ItemAnswer | None:
    """G2's answer as the engine reads it: the route and expiry of the profile's certificate
    (the answer's own only while the profile names none); notes and N/A as answered."""
    if source.certificate is None:
        return answer
    base = answer or ItemAnswer(item_id=p.id)
    value = {k: v for k, v in base.value.items() if k not in ("ems_route", "certificate_valid_until")}
    return replace(base, value={**value, **source.values})


def _size_warnings(scheme: Scheme, profile: FactoryProfile | None, decision: Any) -> list[Warning]:
    """A declared size that the figures contradict: both named, the figures' size used."""
    if not decision.contradicts:
        return []
    figures = {"revenue": bi("seams.size.by_revenue"), "employees": bi("seams.size.by_employees")}
    return [Warning("size", "profile", bi(
        "seams.size.contradicts", declared=text(scheme.size_names[decision.declared]),
        used=text(scheme.size_names[decision.size]), basis=figures[decision.basis]))]


def _evaluate_criterion(
    c: Any, answer: ItemAnswer | None, conf: dict[str, Any],
) -> tuple[CriterionResult, Gap | None, list[Warning]]:
    values = read_values(c, answer.value if answer else None)
    answered = is_answered(c, answer)
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


def _suggestions(scheme: Scheme, answers: Mapping[str, ItemAnswer]) -> list[Suggestion]:
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


def evaluate_assessment(scheme: Scheme, assessment: Assessment,
                        as_of: date | None = None) -> ReadinessResult:
    """Score a stored assessment: its answers, its settings and its linked evidence (counts and
    expiry)."""
    return evaluate(scheme, assessment.profile, assessment.planned_audit_date, assessment.answers,
                    assessment.evidence_counts(), assessment.settings, as_of, assessment.evidence)


def what_if(
    scheme: Scheme, profile: FactoryProfile | None, planned_audit_date: date | None,
    answers: Mapping[str, ItemAnswer], close: Iterable[str],
    evidence_counts: Mapping[str, int] | None = None, settings: Mapping[str, Any] | None = None,
    as_of: date | None = None, evidence: Iterable[EvidenceInfo] | None = None,
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
    return evaluate(scheme, profile, planned_audit_date, projected, evidence_counts, settings, as_of,
                    evidence)
