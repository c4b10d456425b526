"""Sane bounds on what a package brings in, as on entry (ecoassess.limits).

A figure of 1e999 (read by JSON as infinity), 10**30 or a time in the year 9999 imports fine and
then breaks scoring, packing and the dossier. Every number in assessment.json is checked to be
finite and within the widest range (quantities); the profile's counts and baht, every date and
every recorded time get their own ranges.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ecoassess import limits, model
from ecoassess.errors import ValidationError

_WIDEST = limits.RANGES["quantity"][1]


def _refused(exc: ValidationError) -> ValidationError:
    return ValidationError("package.out_of_range", detail_th=exc.message("th"),
                           detail_en=exc.message("en"))


def _numbers(data: Any) -> Iterator[tuple[str, Any]]:
    """(path, value) of every number in a JSON document, iteratively (no recursion on input)."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((f"{path}.{key}" if path else str(key), value) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((f"{path}[{index}]", value) for index, value in enumerate(node))
        elif isinstance(node, int | float) and not isinstance(node, bool):
            yield path, node


def check_document_ranges(data: Any) -> None:
    """Every number of assessment.json finite and within ±10¹⁵ (before any other step reads it)."""
    try:
        for path, value in _numbers(data):
            limits.check_number(value, "quantity", f"assessment.json: {path}", minimum=-_WIDEST)
    except ValidationError as exc:
        raise _refused(exc) from exc


def _dates(assessment: model.Assessment, history: list[model.HistoryEntry],
           manifest: Any) -> Iterator[tuple[str, date | datetime | None]]:
    yield "assessment_date", assessment.assessment_date
    yield "planned_audit_date", assessment.planned_audit_date
    yield "package.assessment.created_at", assessment.created_at
    yield "package.assessment.updated_at", assessment.updated_at
    yield "manifest.created", getattr(manifest, "created", None)
    for index, cert in enumerate(assessment.profile.certifications):
        yield f"profile.certifications[{index}].valid_until", cert.valid_until
    for item_id, answer in assessment.answers.items():
        yield f"package.answers.{item_id}.updated_at", answer.updated_at
    for index, ev in enumerate(assessment.evidence):
        yield f"package.evidence[{index}].document_date", ev.document_date
        yield f"package.evidence[{index}].expiry", ev.expiry
        yield f"package.evidence[{index}].imported_at", ev.imported_at
    for index, action in enumerate(assessment.actions):
        yield f"package.actions[{index}].due_date", action.due_date
    for index, entry in enumerate(history):
        yield f"package.history[{index}].changed_at", entry.changed_at


def _texts(assessment: model.Assessment) -> Iterator[tuple[str, str]]:
    """The free texts of an imported assessment (notes, justifications, descriptions)."""
    for item_id, answer in assessment.answers.items():
        yield f"package.answers.{item_id}.note", answer.note
        yield f"package.answers.{item_id}.justification", answer.justification
    for index, ev in enumerate(assessment.evidence):
        yield f"package.evidence[{index}].description", ev.description
    for index, action in enumerate(assessment.actions):
        yield f"package.actions[{index}].description", action.description


def check_assessment_ranges(assessment: model.Assessment, history: list[model.HistoryEntry],
                            manifest: Any = None) -> None:
    """Counts, baht, dates (1900–2200 CE) and recorded times of an imported assessment."""
    profile = assessment.profile
    try:
        for name in ("employees_permanent", "employees_outsourced"):
            value = getattr(profile, name)
            if value is not None:
                limits.check_number(value, "count", f"profile.{name}")
        if profile.annual_revenue_baht is not None:
            limits.check_number(profile.annual_revenue_baht, "baht", "profile.annual_revenue_baht")
        for path, value in _dates(assessment, history, manifest):
            if value is not None:
                limits.check_date(value, path)
        for path, value in _texts(assessment):
            limits.check_text(value, path)
    except ValidationError as exc:
        raise _refused(exc) from exc
