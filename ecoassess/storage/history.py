"""The change history: one row per field and edit (edits of one field within a minute merged), read back."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from ecoassess import model
from ecoassess.storage import models as orm
from ecoassess.storage.rawsql import Statements
from ecoassess.timeutil import format_utc, parse_stored

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

# Edits of one field less than a minute after that field's history row began extend the row
# (old value of the first edit, new value of the last): the wizard saves every second while
# someone types, and a history of one row per second would bury the real changes.
MERGE_WITHIN = timedelta(seconds=60)
# The newest rows are read a page at a time: a save looks at the rows of the last minute only,
# and every row a statement returns is used (none is read for nothing).
PAGE = 32
_SCAN = ("SELECT id, item_id, field, changed_at, old_value FROM history "
         "WHERE assessment_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
_INSERT = ("INSERT INTO history (assessment_id, item_id, field, old_value, new_value, changed_at) "
           "VALUES (?, ?, ?, ?, ?, ?)")
_EXTEND = "UPDATE history SET new_value = ? WHERE id = ?"
_DROP = "DELETE FROM history WHERE id = ?"
_NO_ID = 2**63 - 1

Change = tuple[str, str, Any, Any]  # item id, field, old, new (JSON-ready values)


Transaction = Session | Connection | Statements  # the caller's: an ORM session, or the lean path's


def record(s: Transaction, assessment_id: str, item_id: str, field: str, old: Any, new: Any,
           stamp: datetime, *, merge: bool = True, kept: set[int] | None = None) -> None:
    """Add a history row, or extend the field's row of the last minute (JSON-ready values)."""
    record_many(s, assessment_id, [(item_id, field, old, new)], stamp, merge=merge, kept=kept)


def record_many(s: Transaction, assessment_id: str, changes: Iterable[Change], stamp: datetime,
                *, merge: bool = True, kept: set[int] | None = None) -> None:
    """History rows for several fields of one save, in order, with one look at the last minute.

    Runs in the caller's transaction, so a save stays one commit; plain SQL, so that autosave
    costs little beyond SQLite's own work. A merged row keeps its time (when the edit began), so
    the history stays in order; a row whose first old value equals its last new value recorded
    no change and is removed. `kept`: ids of rows never merged into (an undo stays recorded);
    rows written with `merge` off are added to it.
    """
    changes = list(changes)
    if not changes:
        return
    run = s if isinstance(s, Statements) else Statements(s)
    recent = _recent_rows(run, assessment_id, {(c[0], c[1]) for c in changes}, stamp) if merge else {}
    when = format_utc(stamp)
    for item_id, field, old, new in changes:
        found = recent.get((item_id, field))
        if found is None or (kept is not None and found[0] in kept):
            cursor = run(_INSERT, (assessment_id, item_id, field, json.dumps(old), json.dumps(new), when))
            if not merge and kept is not None:
                kept.add(int(cursor.lastrowid))
        elif found[1] == new:
            run(_DROP, (found[0],))
        else:
            run(_EXTEND, (json.dumps(new), found[0]))


def _recent_rows(run: Statements, assessment_id: str, wanted: set[tuple[str, str]],
                 stamp: datetime) -> dict[tuple[str, str], tuple[int, Any]]:
    """(id, first old value) of the latest row of each wanted field begun less than MERGE_WITHIN
    before `stamp`: newest first, stopping at the first row outside the minute."""
    found: dict[tuple[str, str], tuple[int, Any]] = {}
    below = _NO_ID
    # The app stores fixed-width UTC text, whose order is time order: compared as text, parsed
    # only when a row is older text (a local time without offset).
    latest, earliest = format_utc(stamp), format_utc(stamp - MERGE_WITHIN)
    while True:
        rows = run.all(_SCAN, (assessment_id, below, PAGE))
        for row_id, item_id, field, changed_at, old_value in rows:
            if not _within(changed_at, stamp, earliest, latest):
                return found
            key = (item_id, field)
            if key in wanted and key not in found:
                found[key] = (row_id, json.loads(old_value) if old_value is not None else None)
                if len(found) == len(wanted):
                    return found
        if len(rows) < PAGE:
            return found
        below = rows[-1][0]


def _within(changed_at: str | None, stamp: datetime, earliest: str, latest: str) -> bool:
    """Did this row begin less than MERGE_WITHIN before `stamp` (and not after it)?"""
    if changed_at is None:
        return False
    if len(changed_at) == len(latest) and changed_at.endswith("+00:00"):
        return earliest < changed_at <= latest
    when = parse_stored(changed_at)
    return when <= stamp and stamp - when < MERGE_WITHIN


# -- reading (the Store's history methods) ---------------------------------------------------
def _query(assessment_id: str, items: Iterable[str] | None) -> Any:
    query = select(orm.History).where(orm.History.assessment_id == assessment_id)
    if items is not None:
        query = query.where(orm.History.item_id.in_(list(items)))
    return query


def _record_of(r: orm.History) -> model.HistoryRecord:
    return model.HistoryRecord(r.item_id, r.field, r.old_value, r.new_value, r.changed_at, r.id)


def history_page(store: Store, assessment_id: str, offset: int, limit: int | None,
                 items: Iterable[str] | None = None) -> list[model.HistoryRecord]:
    with store._read() as s:  # noqa: SLF001 - the storage package's own helpers
        store._assessment_row(s, assessment_id)  # noqa: SLF001
        query = _query(assessment_id, items).order_by(orm.History.id.desc()).offset(offset)
        return [_record_of(r) for r in s.scalars(query if limit is None else query.limit(limit)).all()]


def history_count(store: Store, assessment_id: str, items: Iterable[str] | None = None) -> int:
    with store._read() as s:  # noqa: SLF001
        store._assessment_row(s, assessment_id)  # noqa: SLF001
        return int(s.scalar(_query(assessment_id, items).with_only_columns(func.count())) or 0)


def history_entry(store: Store, assessment_id: str, entry_id: int) -> model.HistoryRecord | None:
    with store._read() as s:  # noqa: SLF001
        r = s.get(orm.History, entry_id)
        return None if r is None or r.assessment_id != assessment_id else _record_of(r)
