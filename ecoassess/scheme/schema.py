"""Pydantic models of a scheme file: items, ladders, inputs, settings, documents, provenance."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Provenance = Literal["published-form", "inferred", "draft", "assumption"]
LevelProvenance = Literal["published-form", "inferred", "draft"]
InputType = Literal["bool", "number", "percent", "integer", "options", "choice", "date"]
LadderType = Literal["target", "strict", "band"]
Size = Literal["large", "medium", "small"]
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_]*$"


class SchemeRule(ValueError):
    """A rule of the scheme format that a file breaks: `key` names it in the message catalogue
    (ecoassess/messages/scheme_rules.py), so that the reason reads in Thai as in English."""

    def __init__(self, key: str, **params: Any) -> None:
        from ecoassess.i18n import message

        super().__init__(message(f"scheme_rule.{key}", "en", **params))
        self.key, self.params = f"scheme_rule.{key}", params


def rule(key: str, **params: Any) -> SchemeRule:
    return SchemeRule(key, **params)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A text in both languages; neither may be empty."""

    th: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.th if lang == "th" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"th": self.th, "en": self.en}


class Option(Strict):
    """One choice of an `options` (several) or `choice` (one) input."""

    id: str = Field(pattern=ID_PATTERN)
    label: Text
    evidence: Text | None = None
    provenance: LevelProvenance | None = None


class InputDef(Strict):
    """One answer field of an item; answers store its value under `id`."""

    id: str = Field(pattern=ID_PATTERN)
    type: InputType
    label: Text
    unit: Text | None = None
    help: Text | None = None
    options: list[Option] = Field(default_factory=list)

    @model_validator(mode="after")
    def _options_match_type(self) -> InputDef:
        if self.type in ("options", "choice") and not self.options:
            raise rule("needs_options", input=self.id, type=self.type)
        if self.type not in ("options", "choice") and self.options:
            raise rule("no_options", input=self.id, type=self.type)
        ids = [o.id for o in self.options]
        if len(ids) != len(set(ids)):
            raise rule("duplicate_options", input=self.id)
        return self

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


class Condition(Strict):
    """A level condition: a bool input is true, or a number input is at least `min`."""

    input: str
    min: float | None = Field(default=None, ge=0)


class Level(Strict):
    """A step (S1…S3) or level (L1…L5) as the form describes it, with its requirement text.

    `requires` (all) and `any_of` (at least one) are the conditions of a strict-ladder level;
    target and band ladders are scored by their own rules from the criterion's inputs.
    """

    id: str = Field(pattern=ID_PATTERN)
    name: Text  # "ขั้นที่ 1" / "Step 1", "ระดับที่ 3" / "Level 3"
    title: Text
    requirement: Text
    evidence: Text
    provenance: LevelProvenance
    requires: list[Condition] = Field(default_factory=list)
    any_of: list[Condition] = Field(default_factory=list)
    options_input: str | None = None  # the input whose options belong to this step (S3, L5)


class PointRow(Strict):
    """One row of a criterion's point table: what earns `points`."""

    points: int = Field(ge=0)
    situation: Text


class Criterion(Strict):
    id: str = Field(pattern=r"^C\d{2}$")
    number: int = Field(ge=1)
    name: Text
    group: Literal["eco_efficiency", "social"]
    max_points: int = Field(ge=1)
    ladder: LadderType
    provenance: LevelProvenance
    points_provenance: LevelProvenance
    thresholds: list[float] = Field(default_factory=list)
    inputs: list[InputDef]
    levels: list[Level]
    points: list[PointRow]
    notes: list[Text] = Field(default_factory=list)

    @property
    def draft(self) -> bool:
        return self.provenance == "draft"

    def input(self, input_id: str) -> InputDef | None:
        return next((i for i in self.inputs if i.id == input_id), None)

    def level(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)

    def point_row(self, points: int) -> PointRow | None:
        return next((r for r in self.points if r.points == points), None)

    def level_inputs(self) -> list[tuple[Level, list[str]]]:
        """Each level with the ids of the inputs answered under it (each input placed once,
        any input no level names goes under the last level)."""
        fixed = LEVEL_INPUTS.get(self.ladder, {})
        placed: set[str] = set()
        plan: list[tuple[Level, list[str]]] = []
        for level in self.levels:
            wanted = fixed.get(level.id) or [c.input for c in [*level.requires, *level.any_of]]
            if level.options_input:
                wanted = [*wanted, level.options_input]
            ids = [i for i in dict.fromkeys(wanted) if i not in placed and self.input(i)]
            placed.update(ids)
            plan.append((level, ids))
        leftover = [i.id for i in self.inputs if i.id not in placed]
        if leftover and plan:
            plan[-1] = (plan[-1][0], plan[-1][1] + leftover)
        return plan

    @model_validator(mode="after")
    def _ladder_is_consistent(self) -> Criterion:
        _unique([i.id for i in self.inputs], "inputs")
        _unique([lv.id for lv in self.levels], "levels")
        if sorted(r.points for r in self.points) != list(range(self.max_points + 1)):
            raise rule("points_table", max=self.max_points)
        check = {"target": _check_target, "strict": _check_strict, "band": _check_band}
        check[self.ladder](self)
        input_ids = {i.id for i in self.inputs}
        for lv in self.levels:
            for cond in [*lv.requires, *lv.any_of]:
                if cond.input not in input_ids:
                    raise rule("unknown_input", level=lv.id, input=cond.input)
            if lv.options_input and lv.options_input not in input_ids:
                raise rule("unknown_input", level=lv.id, input=lv.options_input)
        return self


TARGET_INPUTS = {"inventory": "bool", "target_achievement_pct": "percent", "advanced": "options"}
BAND_INPUTS = {"baseline_met": "bool", "increase_pct": "percent"}
# Where the inputs of the fixed-shape ladders are answered (strict levels name their own).
LEVEL_INPUTS = {
    "target": {"S1": ["inventory"], "S2": ["target_achievement_pct"], "S3": ["advanced"]},
    "band": {"S1": ["baseline_met"], "S2": ["increase_pct"]},
}


def _unique(ids: list[str], what: str) -> None:
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise rule(f"duplicate_{what.replace(' ', '_')}", ids=", ".join(dupes))


def _require_inputs(c: Criterion, wanted: dict[str, str]) -> None:
    for input_id, kind in wanted.items():
        found = c.input(input_id)
        if found is None or found.type != kind:
            raise rule("ladder_input", ladder=c.ladder, input=input_id, type=kind)


def _check_target(c: Criterion) -> None:
    _require_inputs(c, TARGET_INPUTS)
    if c.max_points != 5 or len(c.thresholds) != 3 or c.thresholds != sorted(c.thresholds):
        raise rule("target_shape")
    if [lv.id for lv in c.levels] != ["S1", "S2", "S3"]:
        raise rule("target_levels")


def _check_strict(c: Criterion) -> None:
    if len(c.levels) != c.max_points:
        raise rule("strict_levels")
    for lv in c.levels:
        if not lv.requires and not lv.any_of:
            raise rule("strict_condition", level=lv.id)
        for cond in [*lv.requires, *lv.any_of]:
            found = c.input(cond.input)
            numeric = found is not None and found.type in ("number", "percent", "integer")
            if found is not None and numeric != (cond.min is not None):
                raise rule("condition_min", level=lv.id)


def _check_band(c: Criterion) -> None:
    _require_inputs(c, BAND_INPUTS)
    if len(c.thresholds) != c.max_points - 1 or c.thresholds != sorted(c.thresholds):
        raise rule("band_shape")
    if [lv.id for lv in c.levels] != ["S1", "S2"]:
        raise rule("band_levels")


class Variant(Strict):
    """Size-dependent wording of a prerequisite (G2)."""

    sizes: list[Size]
    requirement: Text
    evidence: Text
    routes: list[str]


class Prerequisite(Strict):
    id: str = Field(pattern=r"^G\d+$")
    name: Text
    title: Text
    requirement: Text
    evidence: Text
    provenance: LevelProvenance
    kind: Literal["met", "route"] = "met"
    blocking: bool = True  # False: not met is a warning unless settings make it blocking
    inputs: list[InputDef]
    variants: list[Variant] = Field(default_factory=list)

    def input(self, input_id: str) -> InputDef | None:
        return next((i for i in self.inputs if i.id == input_id), None)

    def variant_for(self, size: str | None) -> Variant | None:
        return next((v for v in self.variants if size in v.sizes), None)

    @model_validator(mode="after")
    def _inputs_match_kind(self) -> Prerequisite:
        _unique([i.id for i in self.inputs], "inputs")
        met = self.input("met")
        if self.kind == "met" and (met is None or met.type != "bool"):
            raise rule("met_input")
        if self.kind == "route":
            route = self.input("ems_route")
            if route is None or route.type != "choice" or self.input("certificate_valid_until") is None:
                raise rule("route_inputs")
            if sorted(s for v in self.variants for s in v.sizes) != ["large", "medium", "small"]:
                raise rule("variant_sizes")
            known = {o.id for o in route.options}
            for v in self.variants:
                unknown = set(v.routes) - known
                if unknown:
                    raise rule("variant_routes", routes=", ".join(sorted(unknown)))
        return self


class Setting(Strict):
    value: Any
    provenance: Provenance
    label: Text
    note: Text | None = None


class Settings(Strict):
    target_percent: Setting
    criterion_minimum: Setting
    not_applicable_allowed: Setting
    g4_blocks: Setting

    @field_validator("target_percent", "criterion_minimum")
    @classmethod
    def _non_negative_number(cls, value: Setting) -> Setting:
        if isinstance(value.value, bool) or not isinstance(value.value, int | float) or value.value < 0:
            raise rule("setting_number")
        return value

    @field_validator("not_applicable_allowed")
    @classmethod
    def _list_of_ids(cls, value: Setting) -> Setting:
        if not isinstance(value.value, list) or not all(isinstance(v, str) for v in value.value):
            raise rule("setting_list")
        return value

    @field_validator("g4_blocks")
    @classmethod
    def _bool(cls, value: Setting) -> Setting:
        if not isinstance(value.value, bool):
            raise rule("setting_bool")
        return value


class Document(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: Text
    description: Text | None = None
    per_criterion: bool = False
    provenance: Provenance = "published-form"


class Quantity(Strict):
    """One 3-year data series of the continual-improvement block."""

    id: str = Field(pattern=ID_PATTERN)
    label: Text
    unit: Text
    supports: list[str] = Field(default_factory=list)  # criteria whose S3 option (a) it can prove


class TextField(Strict):
    """A free-text answer (typed in either language) with a bilingual label and help."""

    id: str = Field(pattern=ID_PATTERN)
    label: Text
    help: Text | None = None


class Improvement(Strict):
    years: int = Field(ge=2)
    product_value: Quantity
    quantities: list[Quantity]
    intensity_scale: float = Field(gt=0)  # intensities per this much product value
    intensity_unit: Text
    provenance: Provenance
    note: Text | None = None
    social_outcome: TextField | None = None  # block 3's social part, reported in words


class LadderRule(Strict):
    """A scoring rule of a ladder shape, shown on `level` (e.g. S3) or over the whole ladder."""

    id: str = Field(pattern=ID_PATTERN)
    text: Text
    provenance: LevelProvenance
    level: str | None = None


class Source(Strict):
    """A public source that help or glossary text rests on."""

    id: str = Field(pattern=ID_PATTERN)
    title: Text
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")


class LevelHelp(Strict):
    """Plain words for one step or level: what it means, and what factories typically show."""

    meaning: Text
    examples: Text | None = None


class ItemHelp(Strict):
    """Help on one item (G1…, C01…, improvement): what it is about, in plain Thai and English,
    with per-level help. It explains the scheme; it adds no condition and scores nothing."""

    about: Text
    provenance: Provenance
    sources: list[str] = Field(default_factory=list)
    levels: dict[str, LevelHelp] = Field(default_factory=dict)


class GlossaryEntry(Strict):
    """A term or abbreviation the ladders use (SEC, SDS, ผชพ., 3Rs …), with its source."""

    term: str = Field(min_length=1, max_length=40)
    aliases: list[str] = Field(default_factory=list)
    name: Text  # the term spelt out
    definition: Text
    provenance: Provenance
    sources: list[str] = Field(min_length=1)

    def spellings(self) -> list[str]:
        return [self.term, *self.aliases]


class ProvenanceInfo(Strict):
    label: Text
    banner: Text


class Scheme(Strict):
    """A whole scheme file. `fingerprint` is filled by the loader from the validated content."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: str = Field(min_length=1)
    title: Text
    owner: Text
    description: Text
    provenance_labels: dict[Provenance, ProvenanceInfo]
    ladder_names: dict[LadderType, Text]
    ladder_rules: dict[LadderType, list[LadderRule]] = Field(default_factory=dict)
    group_names: dict[Literal["eco_efficiency", "social"], Text]
    size_names: dict[Size, Text]
    settings: Settings
    prerequisites: list[Prerequisite]
    criteria: list[Criterion]
    documents: list[Document]
    improvement: Improvement
    help_sources: list[Source] = Field(default_factory=list)
    help: dict[str, ItemHelp] = Field(default_factory=dict)
    glossary: list[GlossaryEntry] = Field(default_factory=list)
    fingerprint: str = ""

    @property
    def max_total(self) -> int:
        return sum(c.max_points for c in self.criteria)

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def prerequisite(self, prerequisite_id: str) -> Prerequisite | None:
        return next((p for p in self.prerequisites if p.id == prerequisite_id), None)

    def rules_for(self, criterion: Criterion, level: str | None = None) -> list[LadderRule]:
        """The rules of the criterion's ladder shown on `level` (None: the ladder-wide ones)."""
        return [r for r in self.ladder_rules.get(criterion.ladder, []) if r.level == level]

    def item_ids(self) -> list[str]:
        return [p.id for p in self.prerequisites] + [c.id for c in self.criteria] + ["improvement"]

    def help_for(self, item_id: str) -> ItemHelp | None:
        return self.help.get(item_id)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.help_sources if s.id == source_id), None)

    @model_validator(mode="after")
    def _ids_are_consistent(self) -> Scheme:
        _unique([p.id for p in self.prerequisites], "prerequisites")
        _unique([c.id for c in self.criteria], "criteria")
        _unique([d.id for d in self.documents], "documents")
        numbers = [c.number for c in self.criteria]
        if numbers != sorted(numbers):
            raise rule("criteria_order")
        known = {c.id for c in self.criteria}
        unknown = [i for i in self.settings.not_applicable_allowed.value if i not in known]
        if unknown:
            raise rule("na_unknown", ids=", ".join(unknown))
        for q in self.improvement.quantities:
            if set(q.supports) - known:
                raise rule("quantity_supports", quantity=q.id)
        _check_help(self)
        return self


def _check_help(scheme: Scheme) -> None:
    """Help and glossary refer only to items, levels and sources that exist; terms are unique."""
    _unique([s.id for s in scheme.help_sources], "help_sources")
    sources = {s.id for s in scheme.help_sources}
    items = set(scheme.item_ids())
    for item_id, item_help in scheme.help.items():
        if item_id not in items:
            raise rule("help_item", item=item_id)
        criterion = scheme.criterion(item_id)
        levels = {lv.id for lv in criterion.levels} if criterion else set()
        unknown_levels = sorted(set(item_help.levels) - levels)
        if unknown_levels:
            raise rule("help_levels", item=item_id, levels=", ".join(unknown_levels))
        unknown = sorted(set(item_help.sources) - sources)
        if unknown:
            raise rule("help_sources", item=item_id, sources=", ".join(unknown))
    spellings = [sp for entry in scheme.glossary for sp in entry.spellings()]
    _unique(spellings, "glossary terms")
    for entry in scheme.glossary:
        unknown = sorted(set(entry.sources) - sources)
        if unknown:
            raise rule("glossary_sources", term=entry.term, sources=", ".join(unknown))
