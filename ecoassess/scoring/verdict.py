"""The verdict: status from prerequisites, total and minimum; qualifiers; wording that follows them.

Statuses stay "not_eligible" / "not_yet" / "ready". The words "ready for the audit"
(พร้อมรับการตรวจประเมิน) are used only when no qualifier applies: not while the threshold is an
assumption, a draft requirement (G4) is not met, or a certificate lapses before the audit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ecoassess.bitext import Bi, bi, day, join
from ecoassess.scoring.result import CriterionResult, PrerequisiteResult, Verdict, Warning
from ecoassess.scoring.values import cents, fmt

OFFICIAL = "published-form"
FAILING = ("not_met", "unknown")  # answered and not passing; "unanswered" never counts as failing


def verdict_of(
    criteria: list[CriterionResult], prerequisites: list[PrerequisiteResult], total: int,
    maximum: int, percent: float, eff: dict[str, dict[str, Any]], provenance_names: dict[str, Bi],
) -> Verdict:
    target, minimum = eff["target_percent"], eff["criterion_minimum"]
    reasons: list[Bi] = []
    failed = [p for p in prerequisites if p.blocking and p.status in FAILING]
    pending = [p for p in prerequisites if p.blocking and p.status == "unanswered"]
    for p in failed:
        state = p.status_label
        detail = {lang: f"{state[lang]} — {p.reasons[0][lang]}" for lang in state} \
            if p.reasons and p.reasons[0] != state else state  # "not met — not met" says it once
        reasons.append(bi("verdict.prereq_failed", item=p.id, title=p.title, status=detail))
    reasons += [bi("seams.verdict.prereq_unanswered", item=p.id, title=p.title) for p in pending]
    reasons += [bi("prereq.warning_only", item=p.id) for p in prerequisites
                if not p.blocking and p.status in FAILING]
    names = {key: provenance_names.get(eff[key]["provenance"], eff[key]["provenance"])
             for key in ("target_percent", "criterion_minimum")}
    params = {"total": total, "max": maximum, "percent": fmt(cents(percent)),
              "target": fmt(target["value"]), "provenance": names["target_percent"]}
    below_target = maximum == 0 or cents(percent) < cents(target["value"])
    if maximum == 0:
        reasons.append(bi("verdict.all_na"))
    else:
        reasons.append(bi("verdict.below_target" if below_target else "verdict.reaches_target",
                          **params))
    low = [c for c in criteria if c.points is not None and c.points < minimum["value"]]
    reasons += [bi("verdict.below_minimum", item=c.id, points=c.points, minimum=minimum["value"],
                   provenance=names["criterion_minimum"]) for c in low]
    status = "not_eligible" if failed else \
        ("not_yet" if pending or below_target or low else "ready")
    return Verdict(status, bi(f"verdict.{status}"), reasons, float(target["value"]),
                   target["provenance"], minimum["value"], minimum["provenance"])


def qualifiers_of(prerequisites: list[PrerequisiteResult], warnings: list[Warning],
                  eff: dict[str, dict[str, Any]]) -> list[str]:
    """What the verdict rests on besides the score (see `Verdict`)."""
    out: list[str] = []
    if eff["target_percent"]["provenance"] != OFFICIAL:
        out.append("threshold_assumed")
    if any(not p.blocking and p.status in FAILING for p in prerequisites):  # never before an answer
        out.append("draft_prerequisite_not_met")
    if any(w.kind == "certificate_lapse" for w in warnings):
        out.append("certificate_lapses")
    return out


def verdict_short(verdict: Verdict) -> Bi:
    """The status in a few words for a table cell; an asterisk when qualifiers apply (the full
    wording, `verdict_label`, goes beside it or in a tooltip)."""
    key = f"verdict.{verdict.status}"
    if verdict.status == "ready" and verdict.qualifiers:
        key = "seams.verdict.ready_qualified"
    base = bi(key)
    return {lang: text + "*" for lang, text in base.items()} if verdict.qualifiers else base


def verdict_label(verdict: Verdict, drafts: list[str] | None = None) -> Bi:
    """The verdict in words: the status, then what it rests on (one clause per qualifier);
    `drafts` names the warning-only requirements not met (G4)."""
    key = f"verdict.{verdict.status}"
    if verdict.status == "ready" and verdict.qualifiers:
        key = "seams.verdict.ready_qualified"
    base = bi(key)
    if not verdict.qualifiers:
        return base
    clauses = join([bi(f"seams.qualifier.{q}", target=fmt(verdict.target_percent),
                       items=", ".join(drafts or ["G4"])) for q in verdict.qualifiers])
    return bi("seams.verdict.qualified", verdict=base, clauses=clauses)


def profile_certificate_warnings(profile: Any, audit: date | None, as_of: date,
                                 skip: set[int] | frozenset[int] = frozenset()) -> list[Warning]:
    """Certificates listed on the profile that lapse before the planned audit (or before the
    as-of date when no audit is planned); `skip`: those a requirement (G2) already reports."""
    if profile is None:
        return []
    out: list[Warning] = []
    for index, cert in enumerate(profile.certifications):
        expiry = cert.valid_until
        if expiry is None or index in skip:
            continue
        name = certificate_name(cert.kind, cert.detail)
        if audit is not None and expiry < audit:
            found = bi("seams.cert.profile_before_audit", name=name, expiry=day(expiry),
                       audit=day(audit))
        elif audit is None and expiry < as_of:
            found = bi("seams.cert.profile_expired", name=name, expiry=day(expiry),
                       as_of=day(as_of))
        else:
            continue
        out.append(Warning("certificate_lapse", "profile", found))
    return out


def certificate_name(kind: str, detail: str) -> Bi:
    """"Green Industry 3", "ISO 14001", or the name typed for another certificate."""
    kinds = ("iso14001", "green_industry", "white_flag_green_star")
    if kind not in kinds:
        return {"th": detail or kind, "en": detail or kind}
    base = bi(f"seams.cert_kind.{kind}")
    # a detail that already names the certificate ("ISO 14001:2015") is not repeated after it
    return {lang: detail if detail and detail.casefold().startswith(base[lang].casefold())
            else f"{base[lang]} {detail}".strip() for lang in base}
