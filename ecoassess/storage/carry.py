"""New for next year: an assessment copied forward, each answer marked "carried over — confirm"."""

from __future__ import annotations

import dataclasses
import uuid
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.storage.common import checked_year, default_year, now
from ecoassess.storage.importer import import_assessment

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

IMPROVEMENT = "improvement"
DATA_YEARS = 3  # the improvement block's window when the scheme cannot be read


def shift_data_window(value: dict[str, Any], shift: int, span: int = DATA_YEARS) -> dict[str, Any]:
    """The improvement data `shift` years later: the window moves forward by `shift`, keeping
    the years still inside it (for one year: the last two) and adding empty new ones; the
    reference year moves to the window's first year only when it drops out."""
    rows = [dict(r) for r in value.get("years") or [] if isinstance(r, dict) and
            isinstance(r.get("year"), int) and not isinstance(r.get("year"), bool)]
    if not rows or shift <= 0:
        return dict(value)
    last = max(r["year"] for r in rows) + shift
    window = list(range(last - span + 1, last + 1))
    by_year = {r["year"]: r for r in rows}
    moved = dict(value)
    moved["years"] = [by_year.get(year, {"year": year}) for year in window]
    reference = value.get("reference_year")
    if reference is not None and reference not in window:
        moved["reference_year"] = window[0]
    return moved


def copy_forward(store: Store, source_id: str, *, scheme_version: str | None = None,
                 year: int | None = None) -> str:
    """Copy answers, evidence links and unfinished actions into a new assessment for `year`
    (default: the year after the source's), in one transaction; evidence files are already in
    the store and are not copied again. The 3-year data window moves forward with the year."""
    source = store.get_assessment(source_id)
    source_year = source.assessment_year or default_year(source.assessment_date, source.created_at)
    new_year = source_year + 1 if year is None else checked_year(year, "year")
    if new_year <= source_year:
        raise ValidationError("carry.year_not_later", year=new_year, source_year=source_year)
    stamp = now()
    span = _data_years(store, source)
    answers = {}
    for item_id, answer in source.answers.items():
        value = answer.value
        if item_id == IMPROVEMENT and isinstance(value, dict):
            value = shift_data_window(value, new_year - source_year, span)
        answers[item_id] = dataclasses.replace(answer, value=value, updated_at=stamp,
                                               status=model.WorkflowStatus.CARRIED_OVER)
    carried = dataclasses.replace(
        source,
        id=str(uuid.uuid4()),
        carried_from=source.id,
        assessment_year=new_year,
        scheme_version=scheme_version or source.scheme_version,
        assessment_date=None,
        planned_audit_date=None,
        status=model.AssessmentStatus.DRAFT,
        last_page="",
        created_at=stamp,
        updated_at=stamp,
        answers=answers,
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


def _data_years(store: Store, source: model.Assessment) -> int:
    from ecoassess.scheme import scheme_for_assessment

    try:
        return scheme_for_assessment(source, store.layout.root).improvement.years
    except ValidationError:
        return DATA_YEARS
