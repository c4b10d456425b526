"""Reads the readiness engine's result for display: points, reasons, next steps, settings, size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ecoassess_app.ui.i18n import pick


@dataclass
class CriterionView:
    points_text: str
    reason: str
    next_step: str
    points: int | None
    max_points: int


def setting(session: Any, name: str) -> Any:
    """A scheme setting as this assessment uses it: the assessment's override, else the scheme's."""
    overrides = session.assessment.settings or {}
    if name in overrides:
        return overrides[name]
    return getattr(session.scheme.settings, name).value


def suggested_size(profile: Any) -> str | None:
    from ecoassess import sme
    from ecoassess.errors import ValidationError

    try:
        return sme.suggest_size(sme.employee_count(profile), profile.annual_revenue_baht).size
    except ValidationError:
        return None


def effective_size(profile: Any) -> str | None:
    return profile.size or suggested_size(profile)


def gap_for(result: Any, criterion_id: str) -> Any:
    return next((g for g in result.gaps if g.criterion_id == criterion_id), None)


def criterion_view(session: Any, criterion_id: str) -> CriterionView:
    result = session.result()
    found = result.criterion(criterion_id)
    if found is None:
        return CriterionView("", "", "", None, 0)
    if found.points is None:
        points_text = QCoreApplication.translate("readiness", "Points: N/A (not counted in the maximum)")
    else:
        points_text = QCoreApplication.translate("readiness", "Points: %1 / %2").replace("%1", str(found.points)).replace("%2", str(found.max_points))
    reason = "\n".join(pick(r) for r in found.reasons[:1])
    gap = gap_for(result, criterion_id)
    next_step = ""
    if gap is not None and not found.not_applicable:
        title, need = pick(gap.title), pick(gap.need)
        if need == title or need in title:
            return CriterionView(points_text, reason, QCoreApplication.translate(
                "readiness", "Next step (+%1): %2").replace("%1", str(gap.points_added)).replace("%2", title),
                found.points, found.max_points)
        next_step = (QCoreApplication.translate("readiness", "Next step (+%1): %2 — %3").replace("%1", str(gap.points_added))
                     .replace("%2", pick(gap.title)).replace("%3", pick(gap.need)))
    return CriterionView(points_text, reason, next_step, found.points, found.max_points)


def verdict_colour(status: str) -> str:
    return {"ready": "#1b5e20", "not_yet": "#8a5a00", "not_eligible": "#b00020"}.get(status, "#333")
