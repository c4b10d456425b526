"""Plain dataclasses that cross the service boundary (no ORM objects leave storage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class WorkflowStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CARRIED_OVER = "carried_over"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"
    SUBMITTED = "submitted"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass
class Contact:
    role: str = ""  # "coordinator" | "applicant" | free text
    name: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""


# Certificates a factory may hold (the profile's list; the estate view counts them). White Flag
# Green Star has two tiers: green star ("good") and gold star ("excellent").
CERTIFICATION_KINDS = ("eco_factory", "green_industry", "iso14001", "white_flag_green_star",
                       "white_flag_gold_star", "csr_diw", "other")


@dataclass
class Certification:
    kind: str = ""  # one of CERTIFICATION_KINDS
    detail: str = ""  # e.g. Green Industry level "3", or the name of another certificate
    valid_until: date | None = None


@dataclass
class FactoryProfile:
    """What the registration form asks about the factory; every field optional while drafting."""

    name_th: str = ""
    name_en: str = ""
    company_th: str = ""
    company_en: str = ""
    address: str = ""
    estate_kind: str = ""  # "estate" | "other" | "outside" | ""
    estate: str = ""  # Thai estate name from the IEAT list, or the typed name for "other"
    province: str = ""  # Thai province name
    registration_no: str = ""
    tax_id: str = ""
    branch: str = ""
    industry: str = ""
    employees_permanent: int | None = None
    employees_outsourced: int | None = None
    annual_revenue_baht: float | None = None
    size: str | None = None  # "large" | "medium" | "small"; None = use the suggestion
    contacts: list[Contact] = field(default_factory=list)
    certifications: list[Certification] = field(default_factory=list)
    application_type: str = "new"  # "new" | "renewal"


@dataclass
class ItemAnswer:
    """The answer to one scheme item (G1…G4, C01…C14, "improvement"): inputs by input id."""

    item_id: str
    value: dict[str, Any] = field(default_factory=dict)
    status: WorkflowStatus = WorkflowStatus.NOT_STARTED
    not_applicable: bool = False
    justification: str = ""
    note: str = ""
    updated_at: datetime | None = None


@dataclass
class EvidenceInfo:
    id: int
    sha256: str
    original_name: str
    size: int
    media_type: str
    description: str = ""
    document_date: date | None = None
    expiry: date | None = None
    imported_at: datetime | None = None
    items: list[str] = field(default_factory=list)  # item ids citing it, in scheme order


@dataclass
class Action:
    id: int
    item_id: str
    description: str
    owner: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN


@dataclass
class HistoryEntry:
    item_id: str
    field: str
    old_value: Any
    new_value: Any
    changed_at: datetime


@dataclass
class HistoryRecord(HistoryEntry):
    """A history entry as the store holds it: with its row id (paging, "restore this value").
    Files and packages carry plain `HistoryEntry` values, without ids."""

    id: int | None = None


@dataclass
class AssessmentSummary:
    id: str
    factory_th: str
    factory_en: str
    scheme_id: str
    scheme_version: str
    status: AssessmentStatus
    updated_at: datetime
    is_demo: bool = False
    assessment_date: date | None = None
    assessment_year: int | None = None  # Common Era; shown in the Buddhist Era in Thai
    carried_from: str | None = None
    carried_from_year: int | None = None  # the year of the assessment it was carried from


@dataclass
class Assessment:
    """One assessment with everything needed to score it, show it or print it."""

    id: str
    factory_uid: str
    profile: FactoryProfile
    scheme_id: str
    scheme_version: str
    assessment_date: date | None
    planned_audit_date: date | None
    signatory_name: str
    signatory_position: str
    status: AssessmentStatus
    settings: dict[str, Any]
    last_page: str
    is_demo: bool
    created_at: datetime
    updated_at: datetime
    carried_from: str | None = None
    assessment_year: int | None = None  # the year assessed, Common Era (None: not known yet)
    answers: dict[str, ItemAnswer] = field(default_factory=dict)
    evidence: list[EvidenceInfo] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def evidence_counts(self) -> dict[str, int]:
        """How many evidence files are linked to each item (the one count the engine, the
        spreadsheet, the comparison and the wizard use)."""
        counts: dict[str, int] = {}
        for evidence in self.evidence:
            for item_id in evidence.items:
                counts[item_id] = counts.get(item_id, 0) + 1
        return counts
