"""Progress from the answers: each item not started / in progress / complete / needs evidence, counts, next gap."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ecoassess.bitext import Bi, bi
from ecoassess.model import Assessment, WorkflowStatus

NOT_STARTED, IN_PROGRESS, COMPLETE, NEEDS_EVIDENCE = "not_started", "in_progress", "complete", "needs_evidence"


@dataclass
class Progress:
    """`states`: item id -> state, in the scheme's order (G1–G4, then the criteria). "Answered"
    is the engine's own (`is_answered`), so the states follow the stored answers after a restart."""

    states: dict[str, str] = field(default_factory=dict)
    answered: int = 0  # criteria answered (not applicable included)
    with_evidence: int = 0  # applicable criteria with at least one evidence file linked
    criteria: int = 0
    points: int = 0
    max_points: int = 0

    def next_unanswered(self, after: str | None = None) -> str | None:
        """The first item after `after` (wrapping round) that is not answered yet; None when
        every item is answered."""
        order = list(self.states)
        start = order.index(after) + 1 if after in order else 0
        for item_id in order[start:] + order[:start]:
            if self.states[item_id] in (NOT_STARTED, IN_PROGRESS):
                return item_id
        return None

    def summary(self) -> Bi:
        """"answered 9 of 14 · with evidence 3 of 14 · 42 of 70 points" in both languages."""
        return bi("progress.summary", answered=self.answered, criteria=self.criteria,
                  evidence=self.with_evidence, points=self.points, max=self.max_points)


def _touched(answer: Any) -> bool:
    """Something was entered, though not yet enough to count as an answer (a note, a choice cleared)."""
    if answer is None:
        return False
    return bool(answer.note or answer.justification) or answer.status == WorkflowStatus.IN_PROGRESS


def progress_of(assessment: Assessment, result: Any) -> Progress:
    """The progress of `assessment` as scored in `result` (its ReadinessResult)."""
    missing = {w.item_id for w in result.warnings if w.kind == "missing_evidence"}
    counts: dict[str, int] = {}
    for evidence in assessment.evidence:
        for item_id in evidence.items:
            counts[item_id] = counts.get(item_id, 0) + 1
    out = Progress(criteria=len(result.criteria), points=result.total, max_points=result.max)
    for found in [*result.prerequisites, *result.criteria]:
        if found.answered:
            state = NEEDS_EVIDENCE if found.id in missing else COMPLETE
        else:
            state = IN_PROGRESS if _touched(assessment.answers.get(found.id)) else NOT_STARTED
        out.states[found.id] = state
    out.answered = sum(1 for c in result.criteria if c.answered)
    out.with_evidence = sum(1 for c in result.criteria if not c.not_applicable and counts.get(c.id))
    return out


def page_state(states: list[str]) -> str:
    """One state for a page of several items (the general requirements)."""
    if all(s == NOT_STARTED for s in states):
        return NOT_STARTED
    if any(s in (NOT_STARTED, IN_PROGRESS) for s in states):
        return IN_PROGRESS
    return NEEDS_EVIDENCE if NEEDS_EVIDENCE in states else COMPLETE
