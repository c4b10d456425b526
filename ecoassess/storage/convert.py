"""ORM rows → plain dataclasses (nothing from SQLAlchemy leaves the storage package)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess import model

if TYPE_CHECKING:  # only named in annotations: the home list's bulk reading needs no ORM
    from ecoassess.storage import models as orm

PROFILE_COLUMNS = [
    f.name for f in dataclasses.fields(model.FactoryProfile) if f.name not in ("contacts", "certifications")
]


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def profile_from_row(row: orm.Factory) -> model.FactoryProfile:
    values = {name: getattr(row, name) for name in PROFILE_COLUMNS}
    values["contacts"] = [model.Contact(**c) for c in row.contacts or []]
    values["certifications"] = [
        model.Certification(
            kind=c.get("kind", ""), detail=c.get("detail", ""), valid_until=_date(c.get("valid_until"))
        )
        for c in row.certifications or []
    ]
    return model.FactoryProfile(**values)


def profile_values(profile: model.FactoryProfile) -> dict[str, Any]:
    """The profile as the factory row stores it (contacts and certifications as JSON-ready lists)."""
    values: dict[str, Any] = {name: getattr(profile, name) for name in PROFILE_COLUMNS}
    values["contacts"] = [dataclasses.asdict(c) for c in profile.contacts]
    values["certifications"] = [
        {"kind": c.kind, "detail": c.detail,
         "valid_until": c.valid_until.isoformat() if c.valid_until else None}
        for c in profile.certifications
    ]
    return values


def profile_to_row(profile: model.FactoryProfile, row: orm.Factory) -> dict[str, tuple[Any, Any]]:
    """Write the profile into the row; returns {field: (old, new)} for what changed."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name, value in profile_values(profile).items():
        old = getattr(row, name)
        if old != value:
            changes[name] = (old, value)
            setattr(row, name, value)
    return changes


def answer_from_row(row: orm.Answer) -> model.ItemAnswer:
    return model.ItemAnswer(
        item_id=row.item_id,
        value=dict(row.value or {}),
        status=model.WorkflowStatus(row.status),
        not_applicable=row.not_applicable,
        justification=row.justification,
        note=row.note,
        updated_at=row.updated_at,
    )


def evidence_from_row(row: orm.Evidence) -> model.EvidenceInfo:
    return model.EvidenceInfo(
        id=row.id,
        sha256=row.sha256,
        original_name=row.original_name,
        size=row.size,
        media_type=row.media_type,
        description=row.description,
        document_date=row.document_date,
        expiry=row.expiry,
        imported_at=row.imported_at,
        items=sorted(link.item_id for link in row.links),
    )


def action_from_row(row: orm.Action) -> model.Action:
    return model.Action(
        id=row.id,
        item_id=row.item_id,
        description=row.description,
        owner=row.owner,
        due_date=row.due_date,
        status=model.ActionStatus(row.status),
    )


def assessment_from_row(row: orm.Assessment) -> model.Assessment:
    return model.Assessment(
        id=row.id,
        factory_uid=row.factory.uid,
        profile=profile_from_row(row.factory),
        scheme_id=row.scheme_id,
        scheme_version=row.scheme_version,
        assessment_date=row.assessment_date,
        planned_audit_date=row.planned_audit_date,
        signatory_name=row.signatory_name,
        signatory_position=row.signatory_position,
        status=model.AssessmentStatus(row.status),
        settings=dict(row.settings or {}),
        last_page=row.last_page,
        is_demo=row.is_demo,
        created_at=row.created_at,
        updated_at=row.updated_at,
        carried_from=row.carried_from,
        assessment_year=row.assessment_year,
        answers={a.item_id: answer_from_row(a) for a in row.answers},
        evidence=sorted((evidence_from_row(e) for e in row.evidence), key=lambda e: e.id),
        actions=sorted((action_from_row(a) for a in row.actions), key=lambda a: a.id),
    )
