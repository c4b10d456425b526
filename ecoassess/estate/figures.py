"""The app's own estate indicators (not IEAT criteria): coverage, readiness distribution,
criterion heat map, dimension roll-up, eco-efficiency sums, symbiosis and community signals."""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess.bitext import Bi, text
from ecoassess.estate.records import SnapshotRow
from ecoassess.model import CERTIFICATION_KINDS

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Criterion, Scheme

AGE_BANDS = ("within_1y", "1_to_2y", "over_2y")
HISTOGRAM = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 100.01))


@dataclass
class CertCount:
    kind: str
    count: int
    percent: float


@dataclass
class Coverage:
    factories: int
    snapshots: int
    consent: int
    age: dict[str, int]
    newest: date | None
    oldest: date | None
    certifications: list[CertCount]
    eco_factory_valid: int
    eco_factory_expired: int
    green_industry: dict[str, int]  # level_2_plus, level_3_plus, level_4_5


@dataclass
class Bin:
    low: int
    high: int
    count: int


@dataclass
class Readiness:
    factories: int
    mean: float | None
    median: float | None
    histogram: list[Bin]
    prerequisites_met: int
    threshold: float
    threshold_provenance: str  # "assumption" (the scheme's setting) | "officer"
    at_or_above_threshold: int
    verdicts: dict[str, int]


@dataclass
class CriterionStat:
    id: str
    name: Bi
    max: int
    mean: float | None
    mean_percent: float | None
    share_ge3: float | None
    share_ge4: float | None
    applicable: int
    answered: int


@dataclass
class HeatRow:
    code: str
    name: str
    named: bool
    factory_id: int
    snapshot_id: int
    date: date
    age_days: int
    snapshots: int
    consent: bool
    points: dict[str, int | None]
    total: int
    max: int
    percent: float
    verdict: str
    blocking_met: bool
    scheme_version: str
    mapped_from: str | None


@dataclass
class HeatMap:
    criteria: list[CriterionStat]
    rows: list[HeatRow]
    weakest: list[str]


@dataclass
class DimensionScore:
    id: str
    name: Bi
    aim: Bi
    provenance: str
    members: list[str]
    member_scores: dict[str, float | None]
    score: float | None


@dataclass
class QuantityTrend:
    id: str
    label: Bi
    unit: Bi
    factories: int
    totals: dict[int, float]
    product_value: dict[int, float]
    intensities: dict[int, float | None]
    change_percent: dict[int, float | None]
    improving: bool | None


@dataclass
class EcoEfficiency:
    years: list[int]
    intensity_unit: Bi
    quantities: list[QuantityTrend] = field(default_factory=list)


@dataclass
class Signals:
    factories: int
    counts: dict[str, int]  # signal → factories answering yes
    answered: dict[str, int]  # signal → factories answering at all
    complaints_or_accidents: int  # G3 answered "not met"


def _certificates(rows: list[SnapshotRow], as_of: date) -> tuple[list[CertCount], int, int, dict[str, int]]:
    held: dict[str, int] = dict.fromkeys(CERTIFICATION_KINDS, 0)
    valid = expired = 0
    gi = {"level_2_plus": 0, "level_3_plus": 0, "level_4_5": 0}
    for row in rows:
        certs = row.facts.get("certifications") or []
        for kind in {c.get("kind") for c in certs} & set(held):
            held[kind] += 1
        eco = [c for c in certs if c.get("kind") == "eco_factory"]
        if eco:
            if any(not c.get("valid_until") or date.fromisoformat(c["valid_until"]) >= as_of for c in eco):
                valid += 1
            else:
                expired += 1
        levels = [int(m.group()) for c in certs if c.get("kind") == "green_industry"
                  for m in [re.search(r"[1-5]", c.get("detail") or "")] if m]
        top = max(levels, default=0)
        gi["level_2_plus"] += top >= 2
        gi["level_3_plus"] += top >= 3
        gi["level_4_5"] += top >= 4
    total = max(len(rows), 1)
    counts = [CertCount(k, n, round(100 * n / total, 1)) for k, n in held.items()]
    return counts, valid, expired, gi


def coverage(latest: list[SnapshotRow], all_rows: list[SnapshotRow], as_of: date) -> Coverage:
    ages = dict.fromkeys(AGE_BANDS, 0)
    for row in latest:
        days = (as_of - row.dated).days
        ages["within_1y" if days <= 365 else "1_to_2y" if days <= 730 else "over_2y"] += 1
    certs, valid, expired, gi = _certificates(latest, as_of)
    dates = [r.dated for r in latest]
    return Coverage(len(latest), len(all_rows), sum(r.consent for r in latest), ages,
                    max(dates, default=None), min(dates, default=None), certs, valid, expired, gi)


def readiness(latest: list[SnapshotRow], threshold: float, provenance: str) -> Readiness:
    percents = [r.summary["percent"] for r in latest if r.summary]
    bins = [Bin(low, min(int(high), 100), sum(low <= p < high for p in percents))
            for low, high in HISTOGRAM]
    verdicts: dict[str, int] = {}
    for r in latest:
        verdicts[r.summary["verdict"]] = verdicts.get(r.summary["verdict"], 0) + 1
    return Readiness(
        len(latest), round(statistics.fmean(percents), 2) if percents else None,
        round(statistics.median(percents), 2) if percents else None, bins,
        sum(1 for r in latest if r.summary["blocking_met"]), threshold, provenance,
        sum(1 for p in percents if p >= threshold), verdicts)


def _stat(criterion: Criterion, latest: list[SnapshotRow]) -> CriterionStat:
    cid = criterion.id
    values = [r.summary["points"].get(cid) for r in latest]
    applicable = [v for v in values if v is not None]
    maximum = criterion.max_points
    mean = statistics.fmean(applicable) if applicable else None

    def share(floor: int) -> float | None:
        return round(100 * sum(v >= floor for v in applicable) / len(applicable), 1) if applicable else None

    return CriterionStat(cid, text(criterion.name), maximum, None if mean is None else round(mean, 2),
                         None if mean is None else round(100 * mean / maximum, 1), share(3), share(4),
                         len(applicable), sum(cid in r.summary.get("answered", []) for r in latest))


def heat_map(scheme: Scheme, latest: list[SnapshotRow], counts: dict[int, int], names: dict[int, str],
             as_of: date) -> HeatMap:
    """`names`: factory id → the name to show (a code when anonymised or not agreed to share)."""
    stats = [_stat(c, latest) for c in scheme.criteria]
    rows = [HeatRow(
        r.code, names[r.factory_id], names[r.factory_id] != r.code, r.factory_id, r.id, r.dated,
        (as_of - r.dated).days, counts[r.factory_id], r.consent, dict(r.summary["points"]),
        r.summary["total"], r.summary["max"], r.summary["percent"], r.summary["verdict"],
        r.summary["blocking_met"], r.summary["scheme_version"], r.mapped_from) for r in latest]
    ranked = sorted((s for s in stats if s.mean_percent is not None), key=lambda s: (s.mean_percent, s.id))
    return HeatMap(stats, rows, [s.id for s in ranked[:3]])


def _member_score(member: str, latest: list[SnapshotRow], stats: dict[str, CriterionStat],
                  years: int) -> float | None:
    if member in stats:
        return stats[member].mean_percent
    if not latest:
        return None
    if member == "improvement":  # factories reporting the whole continual-improvement span
        full = sum(1 for r in latest if len(r.facts.get("improvement") or []) >= years)
        return round(100 * full / len(latest), 1)
    met = sum(1 for r in latest if r.summary["prerequisites"].get(member) == "met")
    return round(100 * met / len(latest), 1)


def dimensions(rollup: Any, mapping: dict[str, list[str]], provenance: str,
               latest: list[SnapshotRow], heat: HeatMap, years: int) -> list[DimensionScore]:
    """Each dimension's score: the mean of its members' scores (criteria: mean % of their
    maximum; a general requirement: % of factories meeting it; improvement: % reporting it)."""
    stats = {s.id: s for s in heat.criteria}
    out = []
    for d in rollup.dimensions:
        members = mapping.get(d.id, [])
        scores = {m: _member_score(m, latest, stats, years) for m in members}
        found = [v for v in scores.values() if v is not None]
        out.append(DimensionScore(d.id, d.name.as_dict(), d.aim.as_dict(), provenance, members,
                                  scores, round(statistics.fmean(found), 1) if found else None))
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def eco_efficiency(scheme: Scheme, latest: list[SnapshotRow]) -> EcoEfficiency:
    """Estate-wide sums and intensities over the last years reported. Each quantity sums only the
    factories that report it and their product value for every year of the span (like for
    like), so a factory joining or missing a year does not make a trend."""
    spec = scheme.improvement
    tables = []
    for row in latest:
        table = {}
        for entry in row.facts.get("improvement") or []:
            if isinstance(entry, dict) and isinstance(entry.get("year"), int):
                table[entry["year"]] = entry
        tables.append(table)
    last = max((y for t in tables for y, e in t.items() if _number(e.get(spec.product_value.id))),
               default=None)
    if last is None:
        return EcoEfficiency([], text(spec.intensity_unit))
    years = list(range(last - spec.years + 1, last + 1))
    result = EcoEfficiency(years, text(spec.intensity_unit))
    for q in spec.quantities:
        totals, product = dict.fromkeys(years, 0.0), dict.fromkeys(years, 0.0)
        count = 0
        for table in tables:
            pairs = [(_number(table.get(y, {}).get(q.id)), _number(table.get(y, {}).get(spec.product_value.id)))
                     for y in years]
            if all(a is not None and pv for a, pv in pairs):
                count += 1
                for y, (amount, pv) in zip(years, pairs, strict=True):
                    totals[y] += amount  # type: ignore[operator]
                    product[y] += pv  # type: ignore[operator]
        intensity = {y: round(totals[y] / (product[y] / spec.intensity_scale), 4)
                     if count and product[y] and math.isfinite(totals[y] / product[y]) else None for y in years}
        change: dict[int, float | None] = {}
        for y in years[1:]:
            now, before = intensity[y], intensity[y - 1]
            change[y] = round((now - before) / before * 100, 2) if now is not None and before else None
        series = [intensity[y] for y in years]
        improving = None if not count or None in series else all(
            b < a for a, b in zip(series, series[1:], strict=False))  # type: ignore[operator]
        result.quantities.append(QuantityTrend(
            q.id, text(q.label), text(q.unit), count, {y: round(v, 4) for y, v in totals.items()},
            {y: round(v, 2) for y, v in product.items()}, intensity, change, improving))
    return result


def signals(latest: list[SnapshotRow]) -> Signals:
    from ecoassess.estate.snapshot import SIGNALS

    counts = dict.fromkeys(SIGNALS, 0)
    answered = dict.fromkeys(SIGNALS, 0)
    for row in latest:
        for name, value in (row.facts.get("signals") or {}).items():
            if name in counts and value is not None:
                answered[name] += 1
                counts[name] += bool(value)
    complaints = sum(1 for r in latest if r.facts.get("g3_met") is False)
    return Signals(len(latest), counts, answered, complaints)
