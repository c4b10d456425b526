"""assessment.json: one assessment with profile, answers, evidence metadata, actions and history."""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import date, datetime
from typing import Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from ecoassess import model
from ecoassess.errors import ValidationError

DOCUMENT_FORMAT = "ecoassess-assessment"
SHA_PATTERN = r"^[0-9a-f]{64}$"
ITEM_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,31}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class ContactDoc(Strict):
    role: str = ""
    name: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""


class CertificationDoc(Strict):
    kind: str = ""
    detail: str = ""
    valid_until: date | None = None


class ProfileDoc(Strict):
    name_th: str = ""
    name_en: str = ""
    company_th: str = ""
    company_en: str = ""
    address: str = ""
    estate_kind: str = ""
    estate: str = ""
    province: str = ""
    registration_no: str = ""
    tax_id: str = ""
    branch: str = ""
    industry: str = ""
    employees_permanent: int | None = None
    employees_outsourced: int | None = None
    annual_revenue_baht: float | None = None
    size: Literal["large", "medium", "small"] | None = None
    contacts: list[ContactDoc] = Field(default_factory=list, max_length=100)
    certifications: list[CertificationDoc] = Field(default_factory=list, max_length=100)
    application_type: str = "new"


class AnswerDoc(Strict):
    value: dict[str, Any] = Field(default_factory=dict)
    status: model.WorkflowStatus = model.WorkflowStatus.NOT_STARTED
    not_applicable: bool = False
    justification: str = ""
    note: str = ""
    updated_at: datetime | None = None


class EvidenceDoc(Strict):
    sha256: str = Field(pattern=SHA_PATTERN)
    original_name: str = Field(min_length=1, max_length=1000)
    size: int = Field(ge=0)
    media_type: str = Field(max_length=128)
    description: str = ""
    document_date: date | None = None
    expiry: date | None = None
    imported_at: datetime | None = None
    items: list[str] = Field(default_factory=list, max_length=100)


class ActionDoc(Strict):
    item_id: str = Field(pattern=ITEM_PATTERN)
    description: str
    owner: str = ""
    due_date: date | None = None
    status: model.ActionStatus = model.ActionStatus.OPEN


class HistoryDoc(Strict):
    item_id: str = Field(max_length=32)
    field: str = Field(max_length=32)
    old_value: Any = None
    new_value: Any = None
    changed_at: datetime


class AssessmentMeta(Strict):
    id: str = Field(pattern=UUID_PATTERN)
    factory_uid: str = Field(min_length=1, max_length=36)
    scheme_id: str = Field(min_length=1, max_length=64)
    scheme_version: str = Field(min_length=1, max_length=32)
    assessment_date: date | None = None
    planned_audit_date: date | None = None
    signatory_name: str = ""
    signatory_position: str = ""
    status: model.AssessmentStatus = model.AssessmentStatus.DRAFT
    settings: dict[str, Any] = Field(default_factory=dict)
    last_page: str = Field(default="", max_length=32)
    is_demo: bool = False
    created_at: datetime
    updated_at: datetime
    carried_from: str | None = Field(default=None, max_length=36)


class AssessmentDocument(Strict):
    format: Literal["ecoassess-assessment"]
    format_version: Literal[1]
    assessment: AssessmentMeta
    profile: ProfileDoc
    answers: dict[str, AnswerDoc] = Field(default_factory=dict, max_length=200)
    evidence: list[EvidenceDoc] = Field(default_factory=list, max_length=10_000)
    actions: list[ActionDoc] = Field(default_factory=list, max_length=10_000)
    history: list[HistoryDoc] = Field(default_factory=list, max_length=1_000_000)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def to_document(assessment: model.Assessment, history: list[model.HistoryEntry]) -> dict[str, Any]:
    """The JSON-ready document of one assessment; history oldest first."""
    meta = {f: getattr(assessment, f) for f in AssessmentMeta.model_fields}
    answers = {
        item_id: {f: getattr(a, f) for f in AnswerDoc.model_fields}
        for item_id, a in sorted(assessment.answers.items())
    }
    evidence = [{f: getattr(e, f) for f in EvidenceDoc.model_fields} for e in assessment.evidence]
    actions = [{f: getattr(a, f) for f in ActionDoc.model_fields} for a in assessment.actions]
    past = [dataclasses.asdict(h) for h in reversed(history)]
    return _jsonable({
        "format": DOCUMENT_FORMAT, "format_version": 1, "assessment": meta,
        "profile": dataclasses.asdict(assessment.profile), "answers": answers,
        "evidence": evidence, "actions": actions, "history": past,
    })


def dump_json(data: Any) -> bytes:
    """Canonical UTF-8 JSON (sorted keys, Thai kept readable): the same data gives the same bytes."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
            + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def strict_json(raw: bytes, member: str) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity, invalid UTF-8 and absurd nesting."""
    try:
        text = raw.decode("utf-8")
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise ValidationError("package.bad_json", member=member, detail=detail) from exc
    return data


def _first_error(exc: pydantic.ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top)"
    return f"{where}: {first['msg']}"


def parse_document(data: Any) -> AssessmentDocument:
    if isinstance(data, dict) and data.get("format") == DOCUMENT_FORMAT:
        version = data.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > 1:
            raise ValidationError("package.newer_format", member="assessment.json", version=version)
    try:
        doc = AssessmentDocument.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError("package.bad_document", member="assessment.json",
                              detail=_first_error(exc)) from exc
    _check_numbers(doc)
    return doc


def _check_numbers(doc: AssessmentDocument) -> None:
    value = doc.profile.annual_revenue_baht
    if value is not None and not math.isfinite(value):
        raise ValidationError("package.bad_document", member="assessment.json",
                              detail="profile.annual_revenue_baht: not a finite number")


def from_document(doc: AssessmentDocument) -> tuple[model.Assessment, list[model.HistoryEntry]]:
    """Plain dataclasses from a validated document; history oldest first."""
    profile_data = doc.profile.model_dump()
    profile_data["contacts"] = [model.Contact(**c) for c in profile_data["contacts"]]
    profile_data["certifications"] = [model.Certification(**c) for c in profile_data["certifications"]]
    meta = doc.assessment.model_dump()
    assessment = model.Assessment(
        **meta, profile=model.FactoryProfile(**profile_data),
        answers={item_id: model.ItemAnswer(item_id=item_id, **a.model_dump())
                 for item_id, a in doc.answers.items()},
        evidence=[model.EvidenceInfo(id=i + 1, **e.model_dump()) for i, e in enumerate(doc.evidence)],
        actions=[model.Action(id=i + 1, **a.model_dump()) for i, a in enumerate(doc.actions)],
    )
    history = [model.HistoryEntry(**h.model_dump()) for h in doc.history]
    return assessment, history
