"""Plain dataclasses of the estate view that cross the service boundary (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

REQUIREMENT_STATUSES = ("not_assessed", "met", "partly_met", "not_met")


@dataclass
class EstateInfo:
    id: int
    uid: str
    name_th: str
    name_en: str
    ieat: bool
    province_th: str
    province_en: str
    framework_id: str
    settings: dict[str, Any]
    is_demo: bool
    created_at: datetime
    updated_at: datetime
    factories: int = 0
    snapshots: int = 0

    def name(self, lang: str) -> str:
        return (self.name_en or self.name_th) if lang == "en" else (self.name_th or self.name_en)


@dataclass
class SnapshotRow:
    """What the estate view reads of one snapshot: no document, the cached result if any."""

    id: int
    factory_id: int
    code: str
    name_th: str
    name_en: str
    assessment_id: str
    content_hash: str
    scheme_id: str
    scheme_version: str
    mapped_from: str | None
    assessment_date: date | None
    imported_at: datetime
    source: str
    source_name: str
    consent: bool
    facts: dict[str, Any]
    summary: dict[str, Any] = field(default_factory=dict)  # the scoring summary, once scored

    def name(self, lang: str) -> str:
        return (self.name_en or self.name_th) if lang == "en" else (self.name_th or self.name_en)

    @property
    def dated(self) -> date:
        """The day the snapshot stands for: its assessment date, else the import day."""
        return self.assessment_date or self.imported_at.date()


@dataclass
class RequirementStatus:
    requirement_id: str
    level_id: str
    status: str = "not_assessed"
    points: float | None = None
    points_max: float | None = None
    evidence: str = ""
    note: str = ""
    assessed_on: date | None = None
    custom: bool = False
    type: str = "scored"
    title_th: str = ""
    title_en: str = ""


@dataclass
class ImportOutcome:
    """One file (or local assessment) of an import: the snapshot made, or the reason it was refused."""

    source: str  # the file path or "assessment <id>"
    snapshot_id: int | None = None
    factory_code: str = ""
    factory_th: str = ""
    new_factory: bool = False
    mapped_from: str | None = None
    error: Any = None  # an EcoAssessError
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.snapshot_id is not None

    def reason(self, lang: str) -> str:
        return self.error.message(lang) if self.error is not None else ""
