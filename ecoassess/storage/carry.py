"""New for next year: an assessment copied forward, each answer marked "carried over — confirm"."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from ecoassess import model
from ecoassess.storage.importer import import_assessment
from ecoassess.storage.service import now


def copy_forward(store: Any, source_id: str, *, scheme_version: str | None = None) -> str:
    """Copy answers, evidence links and unfinished actions into a new assessment, in one
    transaction; evidence files are already in the store and are not copied again."""
    source = store.get_assessment(source_id)
    stamp = now()
    carried = dataclasses.replace(
        source,
        id=str(uuid.uuid4()),
        carried_from=source.id,
        scheme_version=scheme_version or source.scheme_version,
        assessment_date=None,
        planned_audit_date=None,
        status=model.AssessmentStatus.DRAFT,
        last_page="",
        created_at=stamp,
        updated_at=stamp,
        answers={
            item_id: dataclasses.replace(answer, status=model.WorkflowStatus.CARRIED_OVER,
                                         updated_at=stamp)
            for item_id, answer in source.answers.items()
        },
        evidence=[dataclasses.replace(ev, imported_at=stamp) for ev in source.evidence],
        actions=[a for a in source.actions if a.status is not model.ActionStatus.DONE],
    )
    if carried.scheme_version != source.scheme_version:
        from ecoassess.scheme import scheme_choice
        from ecoassess.storage.remap import mapped_copy

        choice = scheme_choice(store.layout.root, source.scheme_id, carried.scheme_version)
        if choice.exact:  # answers without a place in the new version are left behind
            carried = mapped_copy(carried, choice.scheme)
    return import_assessment(store, carried, [])
