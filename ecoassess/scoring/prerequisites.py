"""General requirements G1–G4: met / not met / unanswered (or G2 unknown), reasons, warnings.

Statuses: "met"; "not_met" (answered and failing, or a certificate lapsing before the audit);
"unanswered" (nothing entered or confirmed yet: never "not met" before an answer); "unknown"
(G2 answered with a route that depends on a factory size nobody has given).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess.bitext import Bi, bi, day, join, text
from ecoassess.model import ItemAnswer
from ecoassess.scoring.answered import is_answered
from ecoassess.scoring.result import PrerequisiteResult, Warning
from ecoassess.scoring.values import read_values

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

STATUSES = ("met", "not_met", "unanswered", "unknown")


def evaluate_prerequisite(
    p: Any, answer: ItemAnswer | None, size: str | None, planned_audit_date: date | None,
    settings: dict[str, Any], scheme: Scheme, as_of: date,
) -> tuple[PrerequisiteResult, list[Warning]]:
    values = read_values(p, answer.value if answer else None)
    answered = is_answered(p, answer)
    blocking = p.blocking or bool(settings["g4_blocks"])
    warnings: list[Warning] = []
    reasons: list[Bi]
    if not answered:
        status, reasons = "unanswered", []  # the status says it all
    elif p.kind == "route":
        status, reasons = _route_status(p, values, size, scheme)
        if status == "met":
            lapse = _certificate_lapse(p, values, planned_audit_date, as_of)
            if lapse is not None:
                status, reasons = "not_met", [lapse, *reasons]
                warnings.append(Warning("certificate_lapse", p.id, lapse))
            elif values.get("certificate_valid_until") is None:
                warnings.append(Warning("certificate_expiry", p.id,
                                        bi("prereq.cert_no_expiry", item=p.id)))
    else:
        status = "met" if values.get("met") is True else "not_met"
        reasons = [bi(f"prereq.{status}")]
    if status in ("not_met", "unknown") and not blocking:  # an unanswered one warns of nothing
        warnings.append(Warning("prerequisite", p.id, bi("prereq.warning_only", item=p.id)))
    result = PrerequisiteResult(p.id, text(p.name), text(p.title), p.provenance, status, blocking,
                                answered, reasons, bi(f"prereq.{status}"))
    return result, warnings


def _route_names(p: Any, routes: list[str]) -> Bi:
    route_input = p.input("ems_route")
    return join([text(route_input.option(r).label) for r in routes], " / ")


def _route_status(p: Any, values: dict[str, Any], size: str | None, scheme: Scheme) -> tuple[str, list[Bi]]:
    route = values.get("ems_route")
    every_size = set.intersection(*(set(v.routes) for v in p.variants))
    variant = p.variant_for(size)
    wanted = variant.routes if variant else sorted(every_size)
    if route is None or route == "none":
        reasons = [bi("prereq.route_none", routes=_route_names(p, wanted))]
        if variant is None:
            reasons.append(bi("seams.size.fill_in"))
        return "not_met", reasons
    label = text(p.input("ems_route").option(route).label)
    if variant is None:
        if route in every_size:
            return "met", [bi("prereq.size_any", route=label)]
        return "unknown", [bi("seams.size.unknown_route", route=label)]
    size_name = text(scheme.size_names[size])  # type: ignore[index]  # a size the scheme names
    if route in variant.routes:
        return "met", [bi("prereq.route_ok", route=label, size=size_name)]
    return "not_met", [bi("prereq.route_wrong", route=label, size=size_name,
                          routes=_route_names(p, variant.routes))]


def _certificate_lapse(p: Any, values: dict[str, Any], audit: date | None, as_of: date) -> Bi | None:
    """The reason G2 fails when the certificate lapses before the audit (or before the as-of
    date when no audit is planned); None while it stays valid."""
    expiry = values.get("certificate_valid_until")
    if expiry is None:
        return None
    if audit is not None:
        if expiry < audit:
            return bi("prereq.cert_expires", item=p.id, expiry=day(expiry), audit=day(audit))
        return None
    if expiry < as_of:
        return bi("seams.cert.expired", item=p.id, expiry=day(expiry), as_of=day(as_of))
    return None
