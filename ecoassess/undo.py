"""Undo of an editing session: ordinary edits, evidence details, action-plan rows, unlinking evidence, removing an action."""

from __future__ import annotations

import copy
import dataclasses
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.bitext import Bi, bi
from ecoassess.errors import NotFoundError
from ecoassess.history_view import field_name, known_field, page_name

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store

LIMIT = 50  # steps kept per open assessment


@dataclass
class UndoStep:
    """One step to take back: `kind` "edit" (data: item_id, fields {name: [old, new]}),
    "edit_evidence" (data: evidence_id, name, item_id, fields), "edit_action" (data: action_id,
    item_id, description, fields), "unlink_evidence" (data: evidence_id, item_id) or
    "delete_action" (data: the action as it was); `label` names it ("Undo unlink energy.pdf").
    `typing` and `last` (a monotonic time) let keystrokes of one field in one burst make one step."""

    kind: str
    label: Bi
    data: dict[str, Any] = field(default_factory=dict)
    typing: bool = False
    last: float = 0.0


TYPING_PAUSE = 2.0  # seconds: a pause longer than this starts a new undo step while typing
LABEL_CHARS = 40  # an action's description in a menu label is cut here ("…")
LEADING = "เแโใไ"  # Thai vowels written before the consonant they follow in speech


class UndoTargetGone(NotFoundError):
    """The file or plan row an undo step changes is no longer there: nothing can be put back,
    and nothing else is touched (the step is dropped)."""


def edit_step(scheme: Scheme | None, item_id: str, fields: dict[str, tuple[Any, Any]],
              *, typing: bool = False, when: float = 0.0) -> UndoStep:
    """An ordinary edit: `item_id` an answer's item, "profile" or "assessment"; `fields`
    {name: (value before, value after)} as the session held them (copied)."""
    first = next(iter(fields))
    what = field_name(item_id, first) if known_field(item_id, first) else {"th": first, "en": first}
    label = bi("undo.edit", what=what, page=page_name(scheme, item_id))
    data = {"item_id": item_id, "fields": _pairs(fields)}
    return UndoStep("edit", label, data, typing, when)


def merge_typing(step: UndoStep | None, item_id: str | int, fields: dict[str, tuple[Any, Any]],
                 when: float, kind: str = "edit") -> bool:
    """Fold more typing of the same fields into the last step (its first old value stays);
    False when `step` is not the same burst (another field, a click between, a pause).
    `item_id`: the answer's item, or the evidence file's / plan row's id for those kinds."""
    if step is None or step.kind != kind or not step.typing or _target(step) != item_id \
            or set(step.data["fields"]) != set(fields) or when - step.last > TYPING_PAUSE:
        return False
    for name, (_old, new) in fields.items():
        step.data["fields"][name][1] = copy.deepcopy(new)
    step.last = when
    return True


_TARGET = {"edit_evidence": "evidence_id", "edit_action": "action_id"}  # else the answer's item


def _target(step: UndoStep) -> Any:
    return step.data[_TARGET.get(step.kind, "item_id")]


def changes(current: Any, fields: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """{name: (value now, value wanted)} of the `fields` that differ from `current`'s attributes
    (a file's details, a plan row): what an edit changes, and so what its undo puts back."""
    return {k: (getattr(current, k), v) for k, v in fields.items() if getattr(current, k) != v}


def _pairs(fields: dict[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
    return {k: [copy.deepcopy(o), copy.deepcopy(n)] for k, (o, n) in fields.items()}


def _what(prefix: str, fields: dict[str, Any]) -> Bi:
    """The field changed in words; "details" when one dialog changed several."""
    return bi(f"{prefix}.{next(iter(fields))}") if len(fields) == 1 else bi(f"{prefix}.several")


def evidence_step(info: model.EvidenceInfo, item_id: str, fields: dict[str, tuple[Any, Any]],
                  *, typing: bool = False, when: float = 0.0) -> UndoStep:
    """An edit of a file's details (description, document_date, expiry), made on `item_id`'s page."""
    label = bi("undo.evidence", what=_what("undo.evidence", fields), name=info.original_name)
    data = {"evidence_id": info.id, "name": info.original_name, "item_id": item_id, "fields": _pairs(fields)}
    return UndoStep("edit_evidence", label, data, typing, when)


def action_step(action: model.Action, fields: dict[str, tuple[Any, Any]], *, typing: bool = False,
                when: float = 0.0) -> UndoStep:
    """An edit of a plan row (item_id, description, owner, due_date, status)."""
    label = bi("undo.action_edit", what=_what("undo.action_field", fields), item=action.item_id,
               description=short(action.description))
    data = {"action_id": action.id, "item_id": action.item_id, "description": action.description,
            "fields": _pairs(fields)}
    return UndoStep("edit_action", label, data, typing, when)


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` cut to about `limit` characters for a menu, never between a letter and its marks."""
    if len(text) <= limit:
        return text
    cut = limit
    # a Thai vowel or tone mark stays with its consonant, a leading vowel (เ แ โ ใ ไ) too
    while cut > 0 and (unicodedata.category(text[cut]) in ("Mn", "Mc") or text[cut - 1] in LEADING):
        cut -= 1
    return text[:cut].rstrip() + "…"


def unlink_step(info: model.EvidenceInfo, item_id: str) -> UndoStep:
    return UndoStep("unlink_evidence", bi("undo.unlink", name=info.original_name, item=item_id),
                    {"evidence_id": info.id, "item_id": item_id})


def delete_action_step(action: model.Action) -> UndoStep:
    return UndoStep("delete_action", bi("undo.action", item=action.item_id, description=action.description),
                    {"action": action})


def take_back(store: Store, assessment_id: str, step: UndoStep) -> Any:
    """Undo `step` in the store: the fields' values before the edit put back (the undo is its own
    history row, never merged away with the edit), the evidence linked again (recorded in the
    history like any link), or the action added again with its owner, due date and status (the
    new action is returned). UndoTargetGone when the file or plan row edited is no longer there."""
    if step.kind == "edit":
        with store.separate_history():
            _put_back(store, assessment_id, step.data["item_id"], _old(step))
        return None
    if step.kind in ("edit_evidence", "edit_action"):
        with store.separate_history():
            (_evidence_back if step.kind == "edit_evidence" else _action_back)(store, assessment_id, step)
        return None
    if step.kind == "unlink_evidence":
        store.link_evidence(assessment_id, step.data["evidence_id"], step.data["item_id"])
        return None
    if step.kind == "delete_action":
        a: model.Action = step.data["action"]
        return store.add_action(assessment_id, a.item_id, a.description, owner=a.owner,
                                due_date=a.due_date, status=a.status)
    raise ValueError(f"unknown undo step {step.kind!r}")


def _old(step: UndoStep) -> dict[str, Any]:
    return {k: copy.deepcopy(v[0]) for k, v in step.data["fields"].items()}


def _evidence_back(store: Store, assessment_id: str, step: UndoStep) -> None:
    data = step.data
    try:  # the store looks the file up in this assessment
        store.update_evidence_details(assessment_id, data["evidence_id"], item_id=data["item_id"], **_old(step))
    except NotFoundError as exc:
        raise UndoTargetGone("undo.gone_evidence", name=data["name"]) from exc


def _action_back(store: Store, assessment_id: str, step: UndoStep) -> None:
    data = step.data
    # the same row: its id, in this assessment (an id of a removed row can be given to a new one)
    if not any(a.id == data["action_id"] for a in store.get_assessment(assessment_id).actions):
        raise UndoTargetGone("undo.gone_action", item=data["item_id"], description=short(data["description"]))
    store.update_action(data["action_id"], **_old(step))


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

    def record(self, kind: str, target: Any, changed: dict[str, tuple[Any, Any]], typing: bool,
               make: Callable[..., UndoStep]) -> None:
        """Push `make(changed, typing=, when=)`, or fold it into the newest step when it is more
        typing of the same fields of the same `target` in one burst (merge_typing)."""
        when = time.monotonic()
        if not (typing and merge_typing(self.peek(), target, changed, when, kind)):
            self.push(make(changed, typing=typing, when=when))

    def undo(self, store: Store, assessment_id: str) -> UndoStep | None:
        """Take back the newest step in the store and drop it; None when there is none. A
        failure keeps the step for another try, except UndoTargetGone (its file or plan row is
        no longer there: the step is dropped, nothing changed)."""
        step = self.peek()
        if step is None:
            return None
        try:
            back = take_back(store, assessment_id, step)
        except UndoTargetGone:
            self.pop()
            raise
        self.pop()
        if step.kind == "delete_action" and back is not None:  # older edits of the row follow it
            self.renumber_action(step.data["action"].id, back.id)
        return step

    def renumber_action(self, old_id: int, new_id: int) -> None:
        """A removed plan row came back under a new id: older edits of it follow it there."""
        for step in self.steps:
            if step.kind == "edit_action" and step.data["action_id"] == old_id:
                step.data["action_id"] = new_id
            elif step.kind == "delete_action" and step.data["action"].id == old_id:
                step.data["action"] = dataclasses.replace(step.data["action"], id=new_id)
