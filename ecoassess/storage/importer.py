"""Importing a whole assessment (from a .ecoassess file) in ONE database transaction."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoassess import model
from ecoassess.jsonsafe import json_safe
from ecoassess.storage import convert
from ecoassess.storage import models as orm
from ecoassess.storage.common import checked_year, default_year, touch_factory

if TYPE_CHECKING:
    from ecoassess.storage.service import Store


def _factory(s: Session, assessment: model.Assessment, replace: bool, stamp: datetime) -> orm.Factory:
    """The factory row for the imported assessment.

    An existing factory (same uid) is shared when its profile equals the file's. When it differs,
    only a replace may change it (the profile is shared by every assessment of the factory, each
    then marked as changed); otherwise the import gets a factory of its own, so nothing here is
    overwritten silently.
    """
    factory = s.scalars(select(orm.Factory).where(orm.Factory.uid == assessment.factory_uid)).first()
    if factory is not None and convert.profile_from_row(factory) != assessment.profile and not replace:
        assessment.factory_uid = str(uuid.uuid4())
        factory = None
    if factory is None:
        factory = orm.Factory(uid=assessment.factory_uid, created_at=assessment.created_at,
                              updated_at=stamp, contacts=[], certifications=[])
        s.add(factory)
    if convert.profile_to_row(assessment.profile, factory):
        factory.updated_at = stamp
        if factory.id is not None:  # before the imported row is added: it keeps its own time
            touch_factory(s, factory.id, stamp)
    s.flush()
    return factory


def _assessment_row(assessment: model.Assessment, factory_id: int) -> orm.Assessment:
    return orm.Assessment(
        id=assessment.id, factory_id=factory_id, scheme_id=assessment.scheme_id,
        scheme_version=assessment.scheme_version, assessment_date=assessment.assessment_date,
        planned_audit_date=assessment.planned_audit_date,
        signatory_name=assessment.signatory_name, signatory_position=assessment.signatory_position,
        status=model.AssessmentStatus(assessment.status).value, settings=dict(assessment.settings),
        last_page=assessment.last_page, is_demo=assessment.is_demo,
        carried_from=assessment.carried_from, created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        assessment_year=checked_year(assessment.assessment_year, "package.assessment.assessment_year")
        if assessment.assessment_year is not None
        else default_year(assessment.assessment_date, assessment.created_at),
    )


def _children(s: Session, a: model.Assessment, history: list[model.HistoryEntry]) -> None:
    for item_id, ans in a.answers.items():
        s.add(orm.Answer(assessment_id=a.id, item_id=item_id, value=json_safe(dict(ans.value)),
                         status=model.WorkflowStatus(ans.status).value,
                         not_applicable=ans.not_applicable, justification=ans.justification,
                         note=ans.note, updated_at=ans.updated_at or a.updated_at))
    for ev in a.evidence:
        row = orm.Evidence(assessment_id=a.id, sha256=ev.sha256, original_name=ev.original_name,
                           size=ev.size, media_type=ev.media_type, description=ev.description,
                           document_date=ev.document_date, expiry=ev.expiry,
                           imported_at=ev.imported_at or a.updated_at)
        row.links = [orm.EvidenceLink(item_id=item) for item in dict.fromkeys(ev.items)]
        s.add(row)
    for act in a.actions:
        s.add(orm.Action(assessment_id=a.id, item_id=act.item_id, description=act.description,
                         owner=act.owner, due_date=act.due_date,
                         status=model.ActionStatus(act.status).value, created_at=a.updated_at))
    for h in history:  # oldest first, so ids keep the order
        s.add(orm.History(assessment_id=a.id, item_id=h.item_id, field=h.field,
                          old_value=json_safe(h.old_value), new_value=json_safe(h.new_value),
                          changed_at=h.changed_at))


def import_assessment(store: Store, assessment: model.Assessment, history: list[model.HistoryEntry],
                      *, replace: bool = False) -> str:
    """Write the assessment with all its rows; with `replace`, the one of the same id goes first.

    Everything happens in one transaction: on any error the database is as it was. The
    assessment keeps the file's times, unless it replaces one stored under the same `updated_at`.
    """
    stamp = store.clock()
    with store._tx() as s:  # noqa: SLF001 - the storage package's own transaction helper
        old_factory = None
        if replace:
            old = s.get(orm.Assessment, assessment.id)
            if old is not None:
                old_factory = old.factory
                if old.updated_at == assessment.updated_at:
                    # Other rows under the time already here: a figure kept for that time
                    # (the home list's readiness) must not stand for them.
                    assessment = dataclasses.replace(assessment, updated_at=stamp)
                s.delete(old)
                s.flush()
        factory = _factory(s, assessment, replace, stamp)
        s.add(_assessment_row(assessment, factory.id))
        s.flush()
        _children(s, assessment, history)
        s.flush()
        if old_factory is not None and old_factory.id != factory.id:
            s.refresh(old_factory)
            if not old_factory.assessments:
                s.delete(old_factory)
    return assessment.id
