"""G2 from the profile's certificates: the route each gives, the one G2 rests on, file routes moved in.

The profile's certifications are the one place a certificate is typed. G2 ("environmental
management route by factory size") reads its route and expiry from them; an answer's own
`ems_route` / `certificate_valid_until` (answer files, older data) is used only when the profile
lists no certificate that is a G2 route, and is moved onto the profile when it enters the store.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ecoassess.bitext import Bi, bi, day
from ecoassess.model import Certification, FactoryProfile, ItemAnswer

ROUTE_KEYS = ("ems_route", "certificate_valid_until")
NONE = "none"
# What each route is on the profile: (kind, Green Industry level or "").
ROUTE_CERTIFICATE = {"iso14001": ("iso14001", ""), "gi3": ("green_industry", "3"),
                     "gi2": ("green_industry", "2"),
                     "white_flag_green_star": ("white_flag_green_star", "")}
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def green_industry_level(detail: str) -> int | None:
    """The level (1–5) written in a Green Industry certificate's detail ("3", "ระดับ ๓", "GI 4")."""
    found = re.search(r"[1-5]", (detail or "").translate(_THAI_DIGITS))
    return int(found.group()) if found else None


def route_of(cert: Certification) -> str | None:
    """The G2 route a certificate gives, or None (Green Industry below level 2, other kinds).

    Green Industry level 3 and above include the Green System of level 3; the gold star is the
    higher tier of the White Flag Green Star."""
    if cert.kind == "iso14001":
        return "iso14001"
    if cert.kind in ("white_flag_green_star", "white_flag_gold_star"):
        return "white_flag_green_star"
    if cert.kind == "green_industry":
        level = green_industry_level(cert.detail)
        if level is not None and level >= 3:
            return "gi3"
        if level == 2:
            return "gi2"
    return None


def certificate_for(route: str, valid_until: date | None) -> Certification:
    kind, detail = ROUTE_CERTIFICATE[route]
    return Certification(kind=kind, detail=detail, valid_until=valid_until)


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass
class G2Source:
    """Where G2's answer comes from: `values` as the engine reads them (`ems_route`,
    `certificate_valid_until`), the profile certificate chosen (`index` in the profile's list)
    or None when the answer's own values are used."""

    values: dict[str, Any]
    index: int | None = None
    certificate: Certification | None = None
    candidates: list[int] = field(default_factory=list)  # indexes of the profile's G2 certificates
    conflict: Bi | None = None  # the answer names another route or date than the profile


def candidates(profile: FactoryProfile | None) -> list[tuple[int, Certification, str]]:
    """The profile's certificates that are a G2 route: (index, certificate, route)."""
    if profile is None:
        return []
    found = []
    for index, cert in enumerate(profile.certifications):
        route = route_of(cert)
        if route is not None:
            found.append((index, cert, route))
    return found


def g2_source(p: Any, profile: FactoryProfile | None, answer: ItemAnswer | None, size: str | None,
              audit: date | None, as_of: date) -> G2Source:
    """The profile's certificate G2 rests on: a route the factory's size accepts first, then
    one valid on the audit date (or as-of date), then the latest expiry."""
    own = dict(answer.value) if answer is not None else {}
    found = candidates(profile)
    if not found:
        return G2Source({k: own.get(k) for k in ROUTE_KEYS if own.get(k) is not None})
    variant = p.variant_for(size) if p.variants else None
    accepted = set(variant.routes) if variant else set.intersection(*(set(v.routes) for v in p.variants)) \
        if p.variants else set(ROUTE_CERTIFICATE)
    deadline = audit or as_of

    def rank(entry: tuple[int, Certification, str]) -> tuple[bool, bool, bool, date]:
        _index, cert, route = entry
        lapsed = cert.valid_until is not None and cert.valid_until < deadline
        return (route in accepted, cert.valid_until is not None and not lapsed, not lapsed,
                cert.valid_until or date.min)

    index, cert, route = max(found, key=rank)
    values = {"ems_route": route, "certificate_valid_until": cert.valid_until}
    source = G2Source({k: v for k, v in values.items() if v is not None}, index, cert,
                      [i for i, _c, _r in found])
    own_route, own_until = own.get("ems_route"), _as_date(own.get("certificate_valid_until"))
    if own_route not in (None, NONE) and (own_route != route or (own_until and own_until != cert.valid_until)):
        source.conflict = bi("certs.answer_differs", item=p.id,
                             answer=describe(certificate_for(own_route, own_until)),
                             profile=describe(cert))
    return source


def describe(cert: Certification) -> Bi:
    """"ISO 14001, valid until 30 มิ.ย. 2570" in both languages."""
    from ecoassess.scoring.verdict import certificate_name

    name = certificate_name(cert.kind, cert.detail)
    if cert.kind == "white_flag_gold_star":
        name = bi("certs.gold_star")
    if cert.valid_until is None:
        return bi("certs.no_date", name=name)
    return bi("certs.until", name=name, expiry=day(cert.valid_until))


def unreadable_levels(profile: FactoryProfile | None) -> list[int]:
    """Green Industry certificates on the profile without a level G2 can read."""
    if profile is None:
        return []
    return [i for i, c in enumerate(profile.certifications)
            if c.kind == "green_industry" and green_industry_level(c.detail) is None]


def move_to_profile(profile: FactoryProfile, answer: ItemAnswer | None
                    ) -> tuple[FactoryProfile, ItemAnswer | None, list[Bi]]:
    """An answer's own G2 route and expiry (a file, a package) as a profile certificate.

    Returns the profile (with the certificate added, or an undated one dated), the answer
    without those keys ("none" is kept: the engine reads the profile's certificate first) and notices:
    a conflict keeps the profile's certificate and says so."""
    if answer is None or not any(answer.value.get(k) is not None for k in ROUTE_KEYS):
        return profile, answer, []
    route = answer.value.get("ems_route")
    until = _as_date(answer.value.get("certificate_valid_until"))
    if route is None:  # a date without a route: nothing to put on the profile, kept as it was
        return profile, answer, []
    rest = {k: v for k, v in answer.value.items() if k not in ROUTE_KEYS}
    certs = list(profile.certifications)
    held = candidates(profile)
    notices: list[Bi] = []
    if route == NONE:  # kept as typed (what the app writes it reads back); the profile wins
        rest["ems_route"] = NONE
        if held:
            notices.append(bi("certs.moved_none_conflict", item=answer.item_id,
                              profile=join_certs(c for _i, c, _r in held)))
    elif route in ROUTE_CERTIFICATE:
        same = [(i, c) for i, c, r in held if r == route]
        wanted = certificate_for(route, until)
        if not same:
            certs.append(wanted)
        elif until is not None and not any(c.valid_until == until for _i, c in same):
            undated = next((i for i, c in same if c.valid_until is None), None)
            if undated is not None:
                certs[undated] = dataclasses.replace(certs[undated], valid_until=until)
            else:
                notices.append(bi("certs.moved_conflict", item=answer.item_id,
                                  answer=describe(wanted), profile=describe(same[0][1])))
    else:
        return profile, answer, []
    moved = dataclasses.replace(answer, value=rest)
    return dataclasses.replace(profile, certifications=certs), moved, notices


def join_certs(certs: Any) -> Bi:
    from ecoassess.bitext import join

    return join([describe(c) for c in certs], "; ")


def move_assessment(assessment: Any, scheme: Any) -> list[Bi]:
    """`move_to_profile` for every route-kind requirement of a whole assessment (in place)."""
    notices: list[Bi] = []
    for p in scheme.prerequisites:
        if getattr(p, "kind", None) != "route" or p.id not in assessment.answers:
            continue
        profile, answer, found = move_to_profile(assessment.profile, assessment.answers[p.id])
        assessment.profile = profile
        if answer is not None:
            assessment.answers[p.id] = answer
        notices += found
    return notices
