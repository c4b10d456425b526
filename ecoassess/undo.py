"""Undo for the steps that delete at once: unlinking evidence and removing an action (re-link / restore)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ecoassess import model
from ecoassess.bitext import Bi, bi

LIMIT = 50  # steps kept per open assessment


@dataclass
class UndoStep:
    """One step to take back: `kind` "unlink_evidence" (data: evidence_id, item_id) or
    "delete_action" (data: the action as it was); `label` names it ("Undo unlink energy.pdf")."""

    kind: str
    label: Bi
    data: dict[str, Any] = field(default_factory=dict)


def unlink_step(info: model.EvidenceInfo, item_id: str) -> UndoStep:
    return UndoStep("unlink_evidence", bi("undo.unlink", name=info.original_name, item=item_id),
                    {"evidence_id": info.id, "item_id": item_id})


def delete_action_step(action: model.Action) -> UndoStep:
    return UndoStep("delete_action", bi("undo.action", item=action.item_id, description=action.description),
                    {"action": action})


def take_back(store: Any, assessment_id: str, step: UndoStep) -> Any:
    """Undo `step` in the store: the evidence linked again (recorded in the history like any
    link), or the action added again with its owner, due date and status (a new id)."""
    if step.kind == "unlink_evidence":
        store.link_evidence(assessment_id, step.data["evidence_id"], step.data["item_id"])
        return None
    if step.kind == "delete_action":
        a: model.Action = step.data["action"]
        return store.add_action(assessment_id, a.item_id, a.description, owner=a.owner,
                                due_date=a.due_date, status=a.status)
    raise ValueError(f"unknown undo step {step.kind!r}")


class UndoLog:
    """The steps of one editing session, newest last, at most LIMIT."""

    def __init__(self) -> None:
        self.steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self.steps.append(step)
        del self.steps[:-LIMIT]

    def peek(self) -> UndoStep | None:
        return self.steps[-1] if self.steps else None

    def pop(self) -> UndoStep | None:
        return self.steps.pop() if self.steps else None
