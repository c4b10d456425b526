"""Moving an assessment onto another version of its scheme ("map to version X"), recorded.

An assessment whose scheme version is not on this machine is shown on the newest version of
its scheme; the user can make that explicit. Answers are stored by stable ids, so every answer
whose item and inputs exist in the target version is kept; what has no place is listed first
(`mapping_preview`), then dropped in one transaction with a history entry for each change.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.scheme import map_answers
from ecoassess.scheme.settings import check_setting
from ecoassess.storage import models as orm
from ecoassess.storage.common import json_safe, now


def _settings_kept(scheme: Any, settings: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for key, value in settings.items():
        if value is None:
            continue
        if key == "not_applicable_allowed" and isinstance(value, list):
            gone = [v for v in value if scheme.criterion(v) is None]
            dropped += [f"settings.not_applicable_allowed.{v}" for v in gone]
            value = [v for v in value if v not in gone]
        try:
            kept[key] = check_setting(scheme, key, value)
        except ValidationError:
            dropped.append(f"settings.{key}")
    return kept, dropped


def mapping_preview(assessment: model.Assessment, scheme: Any) -> list[str]:
    """What moving `assessment` onto `scheme` would drop: "C15", "C01.old_input",
    "evidence C15", "action C15", "settings.…" ([] when everything has a place)."""
    _kept, dropped = map_answers(assessment.answers, scheme)
    known = set(scheme.item_ids())
    dropped += [f"evidence {item}" for ev in assessment.evidence for item in ev.items
                if item not in known]
    dropped += [f"action {a.item_id}" for a in assessment.actions if a.item_id not in known]
    dropped += _settings_kept(scheme, assessment.settings or {})[1]
    return list(dict.fromkeys(dropped))


def mapped_copy(assessment: model.Assessment, scheme: Any) -> model.Assessment:
    """An in-memory copy of `assessment` on `scheme`: what has no place there left out (for
    "new for next year" on a newer version)."""
    kept, _gone = map_answers(assessment.answers, scheme)
    known = set(scheme.item_ids())
    return dataclasses.replace(
        assessment, scheme_version=scheme.version, answers=kept,
        settings=_settings_kept(scheme, assessment.settings or {})[0],
        evidence=[dataclasses.replace(ev, items=[i for i in ev.items if i in known])
                  for ev in assessment.evidence],
        actions=[a for a in assessment.actions if a.item_id in known])


def map_to_scheme(store: Any, assessment_id: str, scheme: Any) -> list[str]:
    """Put the assessment on `scheme` (same scheme id, another version); returns what was
    dropped. Everything happens in one transaction, each change in the history."""
    assessment = store.get_assessment(assessment_id)
    if scheme.id != assessment.scheme_id:
        raise ValidationError("seams.remap.other_scheme", scheme=scheme.id,
                              own=assessment.scheme_id)
    dropped = mapping_preview(assessment, scheme)
    kept, _gone = map_answers(assessment.answers, scheme)
    settings, _unused = _settings_kept(scheme, assessment.settings or {})
    known = set(scheme.item_ids())
    with store._tx() as s:  # noqa: SLF001 - the storage package's own transaction helper
        row = store._assessment_row(s, assessment_id)  # noqa: SLF001
        for answer in s.scalars(select(orm.Answer).where(orm.Answer.assessment_id == assessment_id)):
            if answer.item_id not in kept:
                store._record(s, assessment_id, answer.item_id, "value", answer.value, None, merge=False)  # noqa: SLF001
                s.delete(answer)
            elif kept[answer.item_id].value != model.ItemAnswer(answer.item_id, answer.value).value:
                new_value = json_safe(dict(kept[answer.item_id].value))
                store._record(s, assessment_id, answer.item_id, "value", answer.value, new_value, merge=False)  # noqa: SLF001
                answer.value = new_value
        for evidence in row.evidence:
            for link in [link for link in evidence.links if link.item_id not in known]:
                store._record(s, assessment_id, link.item_id, "evidence", evidence.original_name, None, merge=False)  # noqa: SLF001
                evidence.links.remove(link)
        for action in [a for a in row.actions if a.item_id not in known]:
            store._record(s, assessment_id, action.item_id, "action", action.description, None, merge=False)  # noqa: SLF001
            s.delete(action)
        store._record(s, assessment_id, "assessment", "scheme_version", row.scheme_version,  # noqa: SLF001
                      scheme.version)
        row.scheme_version = scheme.version
        row.settings = settings
        row.updated_at = now()
    return dropped
