"""Undo of an editing session: ordinary edits (answers, notes, profile and assessment fields), unlinking evidence and removing an action."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.bitext import Bi, bi
from ecoassess.history_view import field_name, known_field, page_name

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store

LIMIT = 50  # steps kept per open assessment


@dataclass
class UndoStep:
    """One step to take back: `kind` "edit" (data: item_id, fields {name: [old, new]}),
    "unlink_evidence" (data: evidence_id, item_id) or "delete_action" (data: the action as it
    was); `label` names it ("Undo unlink energy.pdf"). `typing` and `last` (a monotonic time)
    let keystrokes of one field in one burst make one step."""

    kind: str
    label: Bi
    data: dict[str, Any] = field(default_factory=dict)
    typing: bool = False
    last: float = 0.0


TYPING_PAUSE = 2.0  # seconds: a pause longer than this starts a new undo step while typing


def edit_step(scheme: Scheme | None, item_id: str, fields: dict[str, tuple[Any, Any]],
              *, typing: bool = False, when: float = 0.0) -> UndoStep:
    """An ordinary edit: `item_id` an answer's item, "profile" or "assessment"; `fields`
    {name: (value before, value after)} as the session held them (copied)."""
    first = next(iter(fields))
    what = field_name(item_id, first) if known_field(item_id, first) else {"th": first, "en": first}
    label = bi("undo.edit", what=what, page=page_name(scheme, item_id))
    data = {"item_id": item_id, "fields": {k: [copy.deepcopy(o), copy.deepcopy(n)] for k, (o, n) in fields.items()}}
    return UndoStep("edit", label, data, typing, when)


def merge_typing(step: UndoStep | None, item_id: str, fields: dict[str, tuple[Any, Any]],
                 when: float) -> bool:
    """Fold more typing of the same fields into the last step (its first old value stays);
    False when `step` is not the same burst (another field, a click between, a pause)."""
    if step is None or step.kind != "edit" or not step.typing or step.data["item_id"] != item_id \
            or set(step.data["fields"]) != set(fields) or when - step.last > TYPING_PAUSE:
        return False
    for name, (_old, new) in fields.items():
        step.data["fields"][name][1] = copy.deepcopy(new)
    step.last = when
    return True


def unlink_step(info: model.EvidenceInfo, item_id: str) -> UndoStep:
    return UndoStep("unlink_evidence", bi("undo.unlink", name=info.original_name, item=item_id),
                    {"evidence_id": info.id, "item_id": item_id})


def delete_action_step(action: model.Action) -> UndoStep:
    return UndoStep("delete_action", bi("undo.action", item=action.item_id, description=action.description),
                    {"action": action})


def take_back(store: Store, assessment_id: str, step: UndoStep) -> Any:
    """Undo `step` in the store: the fields' values before the edit put back (the undo is its own
    history row, never merged away with the edit), the evidence linked again (recorded in the
    history like any link), or the action added again with its owner, due date and status."""
    if step.kind == "edit":
        with store.separate_history():
            _put_back(store, assessment_id, step.data["item_id"],
                      {k: copy.deepcopy(v[0]) for k, v in step.data["fields"].items()})
        return None
    if step.kind == "unlink_evidence":
        store.link_evidence(assessment_id, step.data["evidence_id"], step.data["item_id"])
        return None
    if step.kind == "delete_action":
        a: model.Action = step.data["action"]
        return store.add_action(assessment_id, a.item_id, a.description, owner=a.owner,
                                due_date=a.due_date, status=a.status)
    raise ValueError(f"unknown undo step {step.kind!r}")


def _put_back(store: Store, assessment_id: str, item_id: str, old: dict[str, Any]) -> None:
    if item_id == "profile":
        profile = store.get_assessment(assessment_id).profile
        store.update_profile(assessment_id, dataclasses.replace(profile, **old))
    elif item_id == "assessment":
        store.update_assessment(assessment_id, **old)
    else:
        store.save_answer(assessment_id, item_id, **old)


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
