"""Estate frameworks (Eco I.E., SDGs I.E.) as validated, versioned data with provenance per item."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any, Literal

import pydantic
import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ecoassess.errors import ValidationError
from ecoassess.scheme.schema import Text

DATA_DIR = Path(__file__).resolve().parent / "data"
FRAMEWORK_FILES = ("ieat-eco-ie.yaml", "ieat-sdgs-ie.yaml")
HISTORY_FILE = "ieat-level-history.yaml"
DEFAULT_FRAMEWORK = "ieat-eco-ie"
ROLLUP_FRAMEWORK = "ieat-eco-ie"  # the 5 dimensions the roll-up uses, whichever framework is chosen
DIMENSION_IDS = ("physical", "economic", "environmental", "social", "management")
# sourced: a public source states it; draft: the app's inference, to be confirmed; unknown: not
# found (an empty slot or setting); officer: typed by the estate's officer (never in a file).
Provenance = Literal["sourced", "draft", "unknown"]
RequirementType = Literal["prerequisite", "mandatory", "scored"]
MEMBER_PATTERN = re.compile(r"^(C\d{2}|G\d|improvement)$")
ID = r"^[a-z][a-z0-9_]*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    id: str = Field(pattern=ID)
    title: str = Field(min_length=1)
    url: str = ""
    strength: Literal["A", "B", "C", "D"]


class Sourced(Strict):
    """Anything that carries provenance: sourced items must name at least one source."""

    provenance: Provenance
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sourced_has_sources(self) -> Sourced:
        if self.provenance == "sourced" and not self.sources:
            raise ValueError("a sourced item names at least one source")
        return self


class Count(Sourced):
    value: int = Field(ge=0)


class Dimension(Sourced):
    id: Literal["physical", "economic", "environmental", "social", "management"]
    name: Text
    aim: Text


class Slot(Strict):
    """An aspect or goal whose name may not be known: no name means "not yet known"."""

    id: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]*$")
    name: Text | None = None
    provenance: Provenance = "unknown"
    sources: list[str] = Field(default_factory=list)
    note: Text | None = None
    supported_by: list[str] = Field(default_factory=list)  # criteria that partly evidence it

    @model_validator(mode="after")
    def _name_matches_provenance(self) -> Slot:
        if (self.name is None) != (self.provenance == "unknown"):
            raise ValueError("a slot has a name exactly when its provenance is not 'unknown'")
        if self.provenance == "sourced" and not self.sources:
            raise ValueError("a sourced slot names at least one source")
        return self


class Requirement(Sourced):
    id: str = Field(pattern=ID)
    type: RequirementType
    type_provenance: Provenance
    title: Text
    evidence: Text | None = None
    points_max: float | None = Field(default=None, gt=0)
    supported_by: list[str] = Field(default_factory=list)


class Threshold(Strict):
    """A level's pass mark: % of the scored items' points. Unknown: empty until an officer sets it."""

    value: float | None = Field(default=None, ge=0, le=100)
    provenance: Provenance = "unknown"
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _value_matches_provenance(self) -> Threshold:
        if (self.value is None) != (self.provenance == "unknown"):
            raise ValueError("a threshold has a value exactly when its provenance is not 'unknown'")
        return self


class Level(Sourced):
    id: str = Field(pattern=ID)
    order: int = Field(ge=1)
    name: Text
    description: Text
    requirements: list[Requirement] = Field(default_factory=list)
    threshold: Threshold = Threshold()


class Mapping(Strict):
    provenance: Provenance
    note: Text
    members: dict[str, list[str]]


class Framework(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: str = Field(pattern=r"^\d{4}\.\d+$")
    title: Text
    owner: Text
    description: Text
    valid_from_be: int = Field(ge=2500, le=2800)
    valid_to_be: int | None = Field(default=None, ge=2500, le=2800)
    sources: list[Source]
    dimensions: list[Dimension] = Field(default_factory=list)
    aspect_count: Count | None = None
    aspects: list[Slot] = Field(default_factory=list)
    goal_count: Count | None = None
    goals: list[Slot] = Field(default_factory=list)
    dimension_mapping: Mapping | None = None
    levels: list[Level] = Field(default_factory=list)
    fingerprint: str = ""

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def level(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)

    def requirement(self, requirement_id: str) -> tuple[Level, Requirement] | None:
        for level in self.levels:
            for item in level.requirements:
                if item.id == requirement_id:
                    return level, item
        return None

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        _unique([s.id for s in self.sources], "sources")
        known = {s.id for s in self.sources}
        cited = [s for item in self._sourced_items() for s in item.sources]
        unknown = sorted(set(cited) - known)
        if unknown:
            raise ValueError(f"unknown sources: {', '.join(unknown)}")
        _unique([d.id for d in self.dimensions], "dimensions")
        _unique([a.id for a in self.aspects], "aspects")
        _unique([g.id for g in self.goals], "goals")
        _unique([lv.id for lv in self.levels], "levels")
        _unique([r.id for lv in self.levels for r in lv.requirements], "requirements")
        if [lv.order for lv in self.levels] != sorted({lv.order for lv in self.levels}):
            raise ValueError("levels must be listed once each, lowest first")
        for count, slots, what in ((self.aspect_count, self.aspects, "aspects"),
                                   (self.goal_count, self.goals, "goals")):
            if count is not None and count.value != len(slots):
                raise ValueError(f"{what}: {len(slots)} slots listed, the count says {count.value}")
        if self.dimension_mapping is not None:
            _check_mapping(self.dimension_mapping.members, {d.id for d in self.dimensions})
        supported: list[Any] = [*self.goals, *(r for lv in self.levels for r in lv.requirements)]
        for item in supported:
            bad = [m for m in item.supported_by if not MEMBER_PATTERN.match(m)]
            if bad:
                raise ValueError(f"{item.id}: supported_by names unknown criteria {bad}")
        return self

    def _sourced_items(self) -> list[Any]:
        items: list[Any] = [*self.dimensions, *self.aspects, *self.goals]
        items += [c for c in (self.aspect_count, self.goal_count) if c is not None]
        for level in self.levels:
            items += [level, level.threshold, *level.requirements]
        return items


def _unique(ids: list[str], what: str) -> None:
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate {what} ids: {', '.join(dupes)}")


def _check_mapping(members: dict[str, list[str]], dimensions: set[str]) -> None:
    if set(members) != dimensions:
        raise ValueError("the mapping lists each dimension exactly once")
    placed = [m for values in members.values() for m in values]
    _unique(placed, "mapping members")
    bad = [m for m in placed if not MEMBER_PATTERN.match(m)]
    if bad:
        raise ValueError(f"the mapping names unknown members {bad}")


def check_mapping(members: Any) -> dict[str, list[str]]:
    """An officer's dimension mapping, validated (each of the 5 dimensions, each member once)."""
    if not isinstance(members, dict) or not all(
            isinstance(v, list) and all(isinstance(m, str) for m in v) for v in members.values()):
        raise ValidationError("estate.bad_mapping", detail="not a mapping of dimension to list")
    try:
        _check_mapping(members, set(DIMENSION_IDS))
    except ValueError as exc:
        raise ValidationError("estate.bad_mapping", detail=str(exc)) from exc
    return {d: list(members[d]) for d in DIMENSION_IDS}


class HistoryEntry(Sourced):
    estate: str = Field(min_length=1)
    level: str = Field(pattern=ID)
    year: int = Field(ge=2000, le=2200)
    by_year: bool = False  # the source says "by" that year
    fiscal: bool = False  # the Thai fiscal year
    surveillance: bool = False


class LevelHistory(Strict):
    framework: str
    sources: list[Source]
    entries: list[HistoryEntry]

    @model_validator(mode="after")
    def _sources_known(self) -> LevelHistory:
        known = {s.id for s in self.sources}
        unknown = sorted({s for e in self.entries for s in e.sources} - known)
        if unknown:
            raise ValueError(f"unknown sources: {', '.join(unknown)}")
        return self


def _fingerprint(framework: Framework) -> str:
    content = framework.model_dump(mode="json", exclude={"fingerprint"})
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _load_yaml(text: str, source: str) -> Any:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "?"
        raise ValidationError("estate.framework_yaml", source=source, path=where,
                              detail=str(getattr(exc, "problem", exc))) from exc
    if not isinstance(raw, dict):
        raise ValidationError("estate.framework_invalid", source=source, path="(top)",
                              detail="not a mapping")
    return raw


def _invalid(source: str, raw: Any, exc: pydantic.ValidationError) -> ValidationError:
    from ecoassess.scheme.loader import error_path

    first = exc.errors()[0]
    loc = tuple(k for k in first["loc"] if not (isinstance(k, str) and "[" in k))
    return ValidationError("estate.framework_invalid", source=source, path=error_path(raw, loc),
                           detail=first["msg"])


def parse_framework(text: str, source: str = "<text>") -> Framework:
    """Validate framework YAML; a ValidationError names the file and the field path."""
    raw = _load_yaml(text, source)
    raw.pop("fingerprint", None)
    try:
        framework = Framework.model_validate(raw)
    except pydantic.ValidationError as exc:
        raise _invalid(source, raw, exc) from exc
    return framework.model_copy(update={"fingerprint": _fingerprint(framework)})


@cache
def frameworks() -> tuple[Framework, ...]:
    """The shipped frameworks, oldest first."""
    return tuple(parse_framework((DATA_DIR / name).read_text(encoding="utf-8"), name)
                 for name in FRAMEWORK_FILES)


def framework(framework_id: str) -> Framework:
    found = next((f for f in frameworks() if f.id == framework_id), None)
    if found is None:
        raise ValidationError("estate.unknown_framework", framework=framework_id,
                              known=", ".join(f.id for f in frameworks()))
    return found


@cache
def level_history() -> LevelHistory:
    """Levels that public sources report for some estates (shipped, with sources)."""
    raw = _load_yaml((DATA_DIR / HISTORY_FILE).read_text(encoding="utf-8"), HISTORY_FILE)
    try:
        return LevelHistory.model_validate(raw)
    except pydantic.ValidationError as exc:
        raise _invalid(HISTORY_FILE, raw, exc) from exc


def history_of(estate_name_th: str) -> list[HistoryEntry]:
    return sorted((e for e in level_history().entries if e.estate == estate_name_th),
                  key=lambda e: (e.year, e.level))
