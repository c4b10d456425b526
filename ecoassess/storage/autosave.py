"""The wizard's saves on a lean path: plain SQL in the caller's one transaction, no ORM rows loaded.

The wizard saves at least once a second while someone types, so a save should cost little beyond
SQLite's own work (bench/bench_autosave.py compares it with the same SQL through raw sqlite3).
Values are encoded as the ORM's column types store them (JSON text, ISO dates, UTC times, 0/1),
so the ORM reads every row written here as its own (tests/unit/test_autosave_path.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ecoassess import model
from ecoassess.errors import NotFoundError
from ecoassess.storage.common import touch, touch_factory
from ecoassess.storage.convert import PROFILE_COLUMNS, profile_values
from ecoassess.storage.rawsql import Statements
from ecoassess.timeutil import format_utc

Record = Callable[[Statements, str, list[tuple[str, str, Any, Any]]], None]
ANSWER_FIELDS = ("value", "status", "not_applicable", "justification", "note")
_ANSWER = ("SELECT id, value, status, not_applicable, justification, note FROM answer "
           "WHERE assessment_id = ? AND item_id = ?")
_NEW_ANSWER = ("INSERT INTO answer (assessment_id, item_id, value, status, not_applicable, "
               "justification, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_JSON_PROFILE = ("contacts", "certifications")
_PROFILE = ("SELECT f.id, " + ", ".join(f"f.{c}" for c in (*PROFILE_COLUMNS, *_JSON_PROFILE))
            + " FROM assessment AS a JOIN factory AS f ON f.id = a.factory_id WHERE a.id = ?")


def _missing(assessment_id: str) -> NotFoundError:
    return NotFoundError("store.unknown_id", id=assessment_id)


def save_answer(run: Statements, assessment_id: str, item_id: str, wanted: dict[str, Any],
                stamp: datetime, record: Record) -> model.ItemAnswer:
    """Write the `wanted` fields (already checked and JSON-ready) of one answer."""
    when = format_utc(stamp)
    # First the write that also proves the assessment exists (and takes the write lock at once).
    if not touch(run, assessment_id, stamp):
        raise _missing(assessment_id)
    row = run.one(_ANSWER, (assessment_id, item_id))
    if row is None:
        current: dict[str, Any] = {"value": {}, "status": model.WorkflowStatus.NOT_STARTED.value,
                                   "not_applicable": False, "justification": "", "note": ""}
    else:
        current = {"value": json.loads(row[1]) if row[1] is not None else {}, "status": row[2],
                   "not_applicable": bool(row[3]), "justification": row[4], "note": row[5]}
    changed: dict[str, Any] = {}
    history = []
    for name in ANSWER_FIELDS:
        if name not in wanted or current[name] == wanted[name]:
            continue
        changed[name] = wanted[name]
        if name != "status":
            history.append((item_id, name, current[name], wanted[name]))
        current[name] = wanted[name]
    record(run, assessment_id, history)
    if row is None:
        run(_NEW_ANSWER, (assessment_id, item_id, json.dumps(current["value"]), current["status"],
                          int(current["not_applicable"]), current["justification"], current["note"], when))
    else:
        names = [*changed, "updated_at"]
        values = [_answer_param(n, v) for n, v in changed.items()]
        run(f"UPDATE answer SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", (*values, when, row[0]))
    return model.ItemAnswer(item_id=item_id, value=dict(current["value"]),
                            status=model.WorkflowStatus(current["status"]),
                            not_applicable=current["not_applicable"],
                            justification=current["justification"], note=current["note"], updated_at=stamp)


def _answer_param(name: str, value: Any) -> Any:
    if name == "value":
        return json.dumps(value)
    return int(value) if name == "not_applicable" else value


def update_profile(run: Statements, assessment_id: str, profile: model.FactoryProfile, stamp: datetime,
                   record: Record) -> None:
    """Write the profile fields that differ from the stored ones, each with its history."""
    row = run.one(_PROFILE, (assessment_id,))
    if row is None:
        raise _missing(assessment_id)
    names = (*PROFILE_COLUMNS, *_JSON_PROFILE)
    stored = dict(zip(names, row[1:], strict=True))
    for name in _JSON_PROFILE:
        stored[name] = json.loads(stored[name]) if stored[name] is not None else []
    changes = {name: (stored[name], value) for name, value in profile_values(profile).items()
               if stored[name] != value}
    if not changes:
        return
    when = format_utc(stamp)
    values = [json.dumps(new) if name in _JSON_PROFILE else new for name, (_old, new) in changes.items()]
    run(f"UPDATE factory SET {', '.join(f'{n} = ?' for n in changes)}, updated_at = ? WHERE id = ?",
        (*values, when, row[0]))
    touch_factory(run, row[0], stamp)  # the profile is every assessment's of the factory
    record(run, assessment_id, [("profile", name, old, new) for name, (old, new) in changes.items()])


# Assessment columns as the ORM stores them: (read the stored value, the value to store).
def _read_date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value)[:10])


def _store_date(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _read_json(value: Any) -> Any:
    return {} if value is None else json.loads(value)


ASSESSMENT_CODECS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "assessment_date": (_read_date, _store_date),
    "planned_audit_date": (_read_date, _store_date),
    "settings": (_read_json, json.dumps),
    "is_demo": (bool, int),
}


def stored_assessment(run: Statements, assessment_id: str, names: list[str]) -> dict[str, Any]:
    """The named assessment columns (and its scheme), read as the ORM would."""
    columns = ["scheme_id", "scheme_version", *(n for n in names if n not in ("scheme_id", "scheme_version"))]
    row = run.one(f"SELECT {', '.join(columns)} FROM assessment WHERE id = ?", (assessment_id,))
    if row is None:
        raise _missing(assessment_id)
    return {name: ASSESSMENT_CODECS.get(name, (_same, _same))[0](value)
            for name, value in zip(columns, row, strict=True)}


def _same(value: Any) -> Any:
    return value


def write_assessment(run: Statements, assessment_id: str, values: dict[str, Any],
                     stamp: datetime | None) -> None:
    """Store the given assessment columns; a `stamp` marks the assessment as edited."""
    names = list(values)
    params = [ASSESSMENT_CODECS.get(n, (_same, _same))[1](v) for n, v in values.items()]
    if names:
        run(f"UPDATE assessment SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", (*params, assessment_id))
    if stamp is not None:
        touch(run, assessment_id, stamp)
