"""The framework in use as the officer sees it: dimensions, aspect slots, goals and, for each
level, its requirement items with the officer's status and the score against the officer's
threshold. Never a claim that the estate qualifies: that is IEAT's decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ecoassess.bitext import Bi
from ecoassess.estate.framework import Framework, Requirement
from ecoassess.estate.records import RequirementStatus


@dataclass
class SourceRef:
    id: str
    title: str
    url: str
    strength: str


@dataclass
class SlotView:
    id: str
    name: Bi | None  # None: not yet known
    provenance: str  # sourced | draft | unknown | officer
    sources: list[SourceRef] = field(default_factory=list)
    note: Bi | None = None
    supported_by: list[str] = field(default_factory=list)
    support: float | None = None  # mean % of the supporting criteria across factories


@dataclass
class ItemView:
    id: str
    level_id: str
    type: str
    type_provenance: str
    title: Bi
    evidence_hint: Bi | None
    provenance: str  # sourced | draft | officer (an item the officer added)
    sources: list[SourceRef]
    status: str
    points: float | None
    points_max: float | None
    evidence: str
    note: str
    assessed_on: date | None
    custom: bool
    supported_by: list[str]
    support: float | None


@dataclass
class LevelView:
    id: str
    order: int
    name: Bi
    description: Bi
    provenance: str
    sources: list[SourceRef]
    items: list[ItemView]
    threshold: float | None
    threshold_provenance: str  # unknown | sourced | officer
    points: float | None  # officer's points of scored items
    points_max: float | None
    percent: float | None
    comparison: str  # no_threshold | no_scores | below | at_or_above (the officer's own threshold)
    prerequisites_met: int
    prerequisites: int


@dataclass
class FrameworkView:
    id: str
    version: str
    fingerprint: str
    title: Bi
    description: Bi
    valid_from_be: int
    valid_to_be: int | None
    dimensions: list[SlotView]
    aspects: list[SlotView]
    goals: list[SlotView]
    levels: list[LevelView]


def _refs(framework: Framework, ids: list[str]) -> list[SourceRef]:
    found = [framework.source(i) for i in ids]
    return [SourceRef(s.id, s.title, s.url, s.strength) for s in found if s is not None]


def _support(members: list[str], criterion_means: dict[str, float | None]) -> float | None:
    values = [criterion_means.get(m) for m in members]
    found = [v for v in values if v is not None]
    return round(sum(found) / len(found), 1) if found else None


def _item(framework: Framework, level_id: str, req: Requirement | None, status: RequirementStatus | None,
          means: dict[str, float | None]) -> ItemView:
    st = status or RequirementStatus(req.id if req else "", level_id)
    if req is None:  # an item the officer added
        title = {"th": st.title_th or st.title_en, "en": st.title_en or st.title_th}
        return ItemView(st.requirement_id, level_id, st.type, "officer", title, None, "officer", [],
                        st.status, st.points, st.points_max, st.evidence, st.note, st.assessed_on,
                        True, [], None)
    points_max = req.points_max if req.points_max is not None else st.points_max
    return ItemView(req.id, level_id, req.type, req.type_provenance, req.title.as_dict(),
                    req.evidence.as_dict() if req.evidence else None, req.provenance,
                    _refs(framework, req.sources), st.status, st.points, points_max, st.evidence,
                    st.note, st.assessed_on, False, list(req.supported_by),
                    _support(req.supported_by, means))


def _level(framework: Framework, level: Any, statuses: dict[str, RequirementStatus],
           thresholds: dict[str, Any], means: dict[str, float | None]) -> LevelView:
    items = [_item(framework, level.id, r, statuses.get(r.id), means) for r in level.requirements]
    items += [_item(framework, level.id, None, s, means) for s in statuses.values()
              if s.custom and s.level_id == level.id]
    scored = [i for i in items if i.type == "scored"]
    with_points = [i for i in scored if i.points is not None and i.points_max]
    points = sum(i.points for i in with_points) if with_points else None  # type: ignore[misc]
    maximum = sum(i.points_max for i in with_points) if with_points else None  # type: ignore[misc]
    percent = round(100 * points / maximum, 1) if points is not None and maximum else None
    officer = thresholds.get(level.id)
    threshold, provenance = (officer, "officer") if officer is not None else \
        (level.threshold.value, level.threshold.provenance)
    if threshold is None:
        comparison = "no_threshold"
    elif percent is None:
        comparison = "no_scores"
    else:
        comparison = "at_or_above" if percent >= threshold else "below"
    prereqs = [i for i in items if i.type == "prerequisite"]
    return LevelView(level.id, level.order, level.name.as_dict(), level.description.as_dict(),
                     level.provenance, _refs(framework, level.sources), items, threshold, provenance,
                     points, maximum, percent, comparison,
                     sum(1 for i in prereqs if i.status == "met"), len(prereqs))


def _slot(framework: Framework, slot: Any, officer_names: dict[str, Any],
          means: dict[str, float | None]) -> SlotView:
    named = officer_names.get(slot.id)
    if slot.name is None and isinstance(named, dict) and (named.get("th") or named.get("en")):
        name = {"th": str(named.get("th") or named.get("en")), "en": str(named.get("en") or named.get("th"))}
        return SlotView(slot.id, name, "officer")
    return SlotView(slot.id, slot.name.as_dict() if slot.name else None, slot.provenance,
                    _refs(framework, slot.sources), slot.note.as_dict() if slot.note else None,
                    list(slot.supported_by), _support(slot.supported_by, means))


def framework_view(framework: Framework, settings: dict[str, Any],
                   statuses: dict[str, RequirementStatus],
                   criterion_means: dict[str, float | None]) -> FrameworkView:
    names = settings.get("aspect_names") or {}
    thresholds = settings.get("thresholds") or {}
    dims = [SlotView(d.id, d.name.as_dict(), d.provenance, _refs(framework, d.sources))
            for d in framework.dimensions]
    return FrameworkView(
        framework.id, framework.version, framework.fingerprint, framework.title.as_dict(),
        framework.description.as_dict(), framework.valid_from_be, framework.valid_to_be, dims,
        [_slot(framework, a, names, criterion_means) for a in framework.aspects],
        [_slot(framework, g, names, criterion_means) for g in framework.goals],
        [_level(framework, lv, statuses, thresholds, criterion_means) for lv in framework.levels])
