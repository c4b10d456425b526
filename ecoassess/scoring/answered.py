"""When an item counts as answered: the one definition the engine, the UI and the dossier share."""

from __future__ import annotations

from typing import Any

from ecoassess.model import ItemAnswer, WorkflowStatus


def input_set(value: Any) -> bool:
    """A value was given: false and 0 count; None, an empty text and an empty list do not."""
    return value is not None and not (isinstance(value, str | list) and len(value) == 0)


def is_answered(item: Any, answer: ItemAnswer | None) -> bool:
    """Answered = marked not applicable, any of the item's inputs set (a box left unticked on
    purpose is set to false), or confirmed by the user (status done). An item nobody touched is
    *unanswered*: it is never reported "not met" before an answer."""
    if answer is None:
        return False
    if answer.not_applicable:
        return True
    inputs = getattr(item, "inputs", None)
    keys = [i.id for i in inputs] if inputs is not None else list(answer.value)
    if any(input_set(answer.value.get(key)) for key in keys):
        return True
    return answer.status == WorkflowStatus.DONE
