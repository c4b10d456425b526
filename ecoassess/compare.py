"""Comparing two assessments of one factory (or one carried forward): points then and now, changes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.i18n import format_day, format_number, format_year, label, message
from ecoassess.scheme.loader import scheme_for_assessment
from ecoassess.spreadsheet import factory_name

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store

Bi = dict[str, str]


@dataclass
class CriterionChange:
    id: str
    name: Bi
    max_points: int
    points_then: int | None
    points_now: int | None
    level_then: str | None
    level_now: str | None
    not_applicable_then: bool
    not_applicable_now: bool
    evidence_then: int
    evidence_now: int
    inputs_changed: list[str] = field(default_factory=list)  # input ids whose answer differs
    note_changed: bool = False

    @property
    def delta(self) -> int:
        return (self.points_now or 0) - (self.points_then or 0)

    @property
    def changed(self) -> bool:
        return bool(self.delta or self.inputs_changed or self.note_changed
                    or self.not_applicable_then != self.not_applicable_now
                    or self.evidence_then != self.evidence_now or self.level_then != self.level_now)


@dataclass
class Comparison:
    then_id: str
    now_id: str
    factory: Bi
    then_date: Any
    now_date: Any
    total_then: int
    total_now: int
    max_then: int
    max_now: int
    percent_then: float
    percent_now: float
    verdict_then: Bi
    verdict_now: Bi
    criteria: list[CriterionChange]
    prerequisites: list[dict[str, Any]]  # {"id", "name", "then", "now"} for each that changed
    then_year: int | None = None  # the years assessed (Common Era)
    now_year: int | None = None

    @property
    def delta(self) -> int:
        return self.total_now - self.total_then

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["delta"] = self.delta
        for raw, change in zip(data["criteria"], self.criteria, strict=True):
            raw["delta"], raw["changed"] = change.delta, change.changed
        for key in ("then_date", "now_date"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def related(then: model.Assessment, now: model.Assessment) -> bool:
    """Same factory, or one carried forward from the other."""
    return then.factory_uid == now.factory_uid or now.carried_from == then.id or \
        then.carried_from == now.id


def _inputs_changed(a: model.ItemAnswer | None, b: model.ItemAnswer | None) -> list[str]:
    va, vb = (a.value if a else {}), (b.value if b else {})
    return sorted(k for k in set(va) | set(vb) if va.get(k) != vb.get(k))


def compare(then: model.Assessment, now: model.Assessment, scheme: Scheme | None = None) -> Comparison:
    """Points per criterion then and now, and what changed; both scored on `scheme`."""
    from ecoassess.scoring import evaluate_assessment

    if not related(then, now):
        raise ValidationError("compare.unrelated", then=then.id[:8], now=now.id[:8])
    scheme = scheme or scheme_for_assessment(now, None)
    r_then, r_now = evaluate_assessment(scheme, then), evaluate_assessment(scheme, now)
    ev_then, ev_now = then.evidence_counts(), now.evidence_counts()
    criteria = []
    for c_then, c_now in zip(r_then.criteria, r_now.criteria, strict=True):
        a_then, a_now = then.answers.get(c_now.id), now.answers.get(c_now.id)
        criteria.append(CriterionChange(
            id=c_now.id, name=c_now.name, max_points=c_now.max_points,
            points_then=c_then.points, points_now=c_now.points,
            level_then=c_then.level_id, level_now=c_now.level_id,
            not_applicable_then=c_then.not_applicable, not_applicable_now=c_now.not_applicable,
            evidence_then=ev_then.get(c_now.id, 0), evidence_now=ev_now.get(c_now.id, 0),
            inputs_changed=_inputs_changed(a_then, a_now),
            note_changed=(a_then.note if a_then else "") != (a_now.note if a_now else ""),
        ))
    prereqs = [{"id": p_now.id, "name": p_now.name, "then": p_then.status, "now": p_now.status}
               for p_then, p_now in zip(r_then.prerequisites, r_now.prerequisites, strict=True)
               if p_then.status != p_now.status]
    return Comparison(
        then.id, now.id, {"th": factory_name(now, "th"), "en": factory_name(now, "en")},
        then.assessment_date, now.assessment_date, r_then.total, r_now.total, r_then.max,
        r_now.max, r_then.percent, r_now.percent, r_then.verdict.label, r_now.verdict.label,
        criteria, prereqs, then.assessment_year, now.assessment_year)


def compare_ids(store: Store, then_id: str | None, now_id: str) -> Comparison:
    """Compare two stored assessments; with no `then_id`, the one `now_id` was carried from."""
    now = store.get_assessment(store.resolve_id(now_id))
    if then_id is None:
        if not now.carried_from:
            raise ValidationError("compare.no_previous", id=now.id[:8])
        then_id = now.carried_from
    then = store.get_assessment(store.resolve_id(then_id))
    return compare(then, now, scheme_for_assessment(now, store.layout.root))


def header_years(cmp: Comparison, lang: str) -> str:
    """Both years named (Buddhist Era in Thai), with each assessment date where one is set."""
    def one(year: int | None, day: Any) -> str:
        shown = message("year.label", lang, year=format_year(year, lang))
        return f"{shown} ({format_day(day, lang)})" if day else shown

    return message("compare.years", lang, then=one(cmp.then_year, cmp.then_date),
                   now=one(cmp.now_year, cmp.now_date))


def _points(value: int | None, lang: str) -> str:
    return message("compare.na", lang) if value is None else str(value)


def report_lines(cmp: Comparison, lang: str, only_changed: bool = False) -> list[str]:
    """A plain-text report: header, totals, one line per criterion, changed requirements."""
    lines = [
        message("compare.title", lang, factory=label(cmp.factory, lang)),
        header_years(cmp, lang),
        message("compare.total", lang, then=cmp.total_then, max_then=cmp.max_then,
                now=cmp.total_now, max_now=cmp.max_now, delta=f"{cmp.delta:+d}",
                pct_then=format_number(cmp.percent_then, lang, 1),
                pct_now=format_number(cmp.percent_now, lang, 1)),
        message("compare.verdict", lang, then=label(cmp.verdict_then, lang),
                now=label(cmp.verdict_now, lang)),
    ]
    for c in cmp.criteria:
        if only_changed and not c.changed:
            continue
        what = []
        if c.inputs_changed:
            what.append(message("compare.inputs", lang, inputs=", ".join(c.inputs_changed)))
        if c.note_changed:
            what.append(message("compare.note", lang))
        if c.evidence_then != c.evidence_now:
            what.append(message("compare.evidence", lang, then=c.evidence_then, now=c.evidence_now))
        lines.append(f"{c.id} {label(c.name, lang)}: {_points(c.points_then, lang)} → "
                     f"{_points(c.points_now, lang)} ({c.delta:+d})" + (f"  [{'; '.join(what)}]" if what else ""))
    for p in cmp.prerequisites:
        lines.append(message("compare.prerequisite", lang, id=p["id"], name=label(p["name"], lang),
                             then=p["then"], now=p["now"]))
    return lines
