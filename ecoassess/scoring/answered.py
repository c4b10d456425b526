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
    *unanswered*: it is never reported "not met" before an answer. A yes/no requirement (G1,
    G3, G4) is answered by its yes or no alone."""
    if answer is None:
        return False
    if answer.not_applicable:
        return True
    if getattr(item, "kind", None) == "met":
        # a requirement is met / not met / not answered: only an explicit yes or no answers it
        # (a page confirmed with Next says nothing about whether the factory passes)
        return input_set(answer.value.get("met"))
    inputs = getattr(item, "inputs", None)
    keys = [i.id for i in inputs] if inputs is not None else list(answer.value)
    if any(input_set(answer.value.get(key)) for key in keys):
        return True
    return answer.status == WorkflowStatus.DONE
