"""The readiness result: plain dataclasses the UI, the command line and the dossier all read.

Every human text is a bilingual dict {"th": …, "en": …}; pick one with `i18n.label(text, lang)`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Bi = dict[str, str]


@dataclass
class CriterionResult:
    """One criterion: `points` is None when it is not applicable (and then not in the maximum)."""

    id: str
    name: Bi
    group: str
    ladder: str
    provenance: str  # "published-form" | "inferred" | "draft" (of the criterion's wording)
    points_provenance: str  # of the point mapping (C11: "inferred")
    points: int | None
    max_points: int
    not_applicable: bool = False
    answered: bool = False
    reasons: list[Bi] = field(default_factory=list)  # first: "level 3: …; level 4 needs …"
    level_id: str | None = None  # the form step/level the points rest on ("S2", "L3"), if any

    @property
    def draft(self) -> bool:
        return self.provenance == "draft"


@dataclass
class PrerequisiteResult:
    """One general requirement. `status`: "met"; "not_met"; "unanswered" (nothing entered or
    confirmed yet); "unknown" (answered, but it depends on a factory size nobody has given).
    `status_label` is the status in words, for every display."""

    id: str
    name: Bi
    title: Bi
    provenance: str
    status: str
    blocking: bool  # True: not met makes the factory not eligible
    answered: bool = False
    reasons: list[Bi] = field(default_factory=list)
    status_label: Bi = field(default_factory=dict)


QUALIFIERS = ("threshold_assumed", "draft_prerequisite_not_met", "certificate_lapses")


@dataclass
class Verdict:
    """`status`: "not_eligible" | "not_yet" | "ready"; every reason, and the settings used.

    `qualifiers` say what the status rests on and the label's wording follows them (never "ready
    for the audit" while one applies): "threshold_assumed" (the target is not an official
    figure), "draft_prerequisite_not_met" (a warning-only draft requirement such as G4 is not
    met), "certificate_lapses" (a certificate lapses before the audit)."""

    status: str
    label: Bi
    reasons: list[Bi]
    target_percent: float
    target_provenance: str
    criterion_minimum: int
    minimum_provenance: str
    qualifiers: list[str] = field(default_factory=list)
    short: Bi = field(default_factory=dict)  # the status alone, for a table cell ("*": qualified)


@dataclass
class Gap:
    """The next step of one criterion, what it would add, and what it needs."""

    criterion_id: str
    name: Bi
    current_points: int
    next_points: int  # the level the step itself reaches (current + 1)
    points_added: int  # projected gain: can exceed 1 when higher levels are already met
    step: str  # the form's step or level id: "S1", "S2", "S3", "L4"
    step_name: Bi  # "ขั้นที่ 2" / "Step 2", "ระดับที่ 4" / "Level 4"
    title: Bi
    need: Bi
    evidence: Bi
    provenance: str
    changes: dict[str, Any] = field(default_factory=dict)  # input values that close it


@dataclass
class Warning:
    """Something to check that does not change the score: kind, the item, a bilingual text."""

    kind: str  # "missing_evidence" | "certificate_expiry" | "not_applicable" | "prerequisite" …
    item_id: str
    text: Bi


@dataclass
class Suggestion:
    """An option the data supports but the user has not ticked (never ticked for them)."""

    criterion_id: str
    input_id: str
    option_id: str
    text: Bi


@dataclass
class ReadinessResult:
    scheme_id: str
    scheme_version: str
    scheme_fingerprint: str
    size: str | None  # the factory size used for G2 (sme.decide_size: revenue decides)
    criteria: list[CriterionResult]
    prerequisites: list[PrerequisiteResult]
    total: int
    max: int
    percent: float  # total × 100 / max, two decimals
    verdict: Verdict
    gaps: list[Gap]
    warnings: list[Warning]
    suggestions: list[Suggestion]
    settings: dict[str, dict[str, Any]]  # key → {"value", "provenance", "changed", "label"}
    size_basis: str | None = None  # "revenue" | "employees" | "declared" | None
    as_of: str = ""  # the as-of date (ISO) certificate expiry was checked against

    def criterion(self, criterion_id: str) -> CriterionResult | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def prerequisite(self, prerequisite_id: str) -> PrerequisiteResult | None:
        return next((p for p in self.prerequisites if p.id == prerequisite_id), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the shape `score --json` prints."""
        return asdict(self)
