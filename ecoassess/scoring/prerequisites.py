"""General requirements G1–G4: met / not met / cannot be checked, with reasons and warnings."""

from __future__ import annotations

from datetime import date
from typing import Any

from ecoassess.model import ItemAnswer
from ecoassess.scoring.result import PrerequisiteResult, Warning
from ecoassess.scoring.values import Bi, bi, day, join, read_values, text


def evaluate_prerequisite(
    p: Any, answer: ItemAnswer | None, size: str | None, planned_audit_date: date | None,
    settings: dict[str, Any], scheme: Any,
) -> tuple[PrerequisiteResult, list[Warning]]:
    values = read_values(p, answer.value if answer else None)
    answered = any(v is not None for v in values.values())
    blocking = p.blocking or bool(settings["g4_blocks"])
    warnings: list[Warning] = []
    if p.kind == "route":
        status, reasons = _route_status(p, values, size, scheme)
        if status == "met":
            warnings += _certificate_warnings(p, values, planned_audit_date)
    else:
        status = "met" if values.get("met") is True else "not_met"
        reasons = [bi("prereq.met" if status == "met" else
                      ("prereq.not_met" if answered else "score.unanswered"))]
    if status != "met" and not blocking:
        warnings.append(Warning("prerequisite", p.id, bi("prereq.warning_only", item=p.id)))
    result = PrerequisiteResult(p.id, text(p.name), text(p.title), p.provenance, status, blocking,
                                answered, reasons)
    return result, warnings


def _route_names(p: Any, routes: list[str]) -> Bi:
    route_input = p.input("ems_route")
    return join([text(route_input.option(r).label) for r in routes], " / ")


def _route_status(p: Any, values: dict[str, Any], size: str | None, scheme: Any) -> tuple[str, list[Bi]]:
    route = values.get("ems_route")
    every_size = set.intersection(*(set(v.routes) for v in p.variants))
    variant = p.variant_for(size)
    wanted = variant.routes if variant else sorted(every_size)
    if route is None or route == "none":
        return "not_met", [bi("prereq.route_none", routes=_route_names(p, wanted))]
    label = text(p.input("ems_route").option(route).label)
    if variant is None:
        if route in every_size:
            return "met", [bi("prereq.size_any", route=label)]
        return "unknown", [bi("prereq.size_unknown", route=label)]
    size_name = text(scheme.size_names[size])
    if route in variant.routes:
        return "met", [bi("prereq.route_ok", route=label, size=size_name)]
    return "not_met", [bi("prereq.route_wrong", route=label, size=size_name,
                          routes=_route_names(p, variant.routes))]


def _certificate_warnings(p: Any, values: dict[str, Any], audit: date | None) -> list[Warning]:
    expiry = values.get("certificate_valid_until")
    if expiry is None:
        return [Warning("certificate_expiry", p.id, bi("prereq.cert_no_expiry", item=p.id))]
    if audit is not None and expiry < audit:
        return [Warning("certificate_expiry", p.id,
                        bi("prereq.cert_expires", item=p.id, expiry=day(expiry), audit=day(audit)))]
    return []
