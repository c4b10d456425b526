"""Reads the readiness engine's result for display: points, reasons, next steps, colours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ecoassess_app.ui.i18n import pick

if TYPE_CHECKING:
    from ecoassess.scoring.result import ReadinessResult
    from ecoassess_app.ui.services import AssessmentSession


@dataclass
class CriterionView:
    points_text: str
    reason: str
    next_step: str
    points: int | None
    max_points: int


def gap_for(result: ReadinessResult, criterion_id: str) -> Any:
    return next((g for g in result.gaps if g.criterion_id == criterion_id), None)


def criterion_view(session: AssessmentSession, criterion_id: str) -> CriterionView:
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


def verdict_colour(verdict: Any) -> str:
    """Green only for a plain "ready for the audit"; a qualified ready is amber like "not yet"."""
    status = "not_yet" if verdict.status == "ready" and verdict.qualifiers else verdict.status
    return {"ready": "#1b5e20", "not_yet": "#8a5a00", "not_eligible": "#b00020"}.get(status, "#333")
