"""The change history: one row per field and edit, edits of the same field within a minute merged."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoassess.storage import models as orm

# Edits of one field less than a minute after that field's history row began extend the row
# (old value of the first edit, new value of the last): the wizard saves every second while
# someone types, and a history of one row per second would bury the real changes.
MERGE_WITHIN = timedelta(seconds=60)


def record(s: Session, assessment_id: str, item_id: str, field: str, old: Any, new: Any,
           stamp: datetime, *, merge: bool = True) -> None:
    """Add a history row, or extend the field's row of the last minute (JSON-ready values).

    Runs in the caller's transaction, so a save stays one commit. A merged row keeps its time
    (when the edit began), so the history stays in order; a row whose first old value equals
    its last new value recorded no change and is removed.
    """
    recent = _recent_row(s, assessment_id, item_id, field, stamp) if merge else None
    if recent is None:
        s.add(orm.History(assessment_id=assessment_id, item_id=item_id, field=field,
                          old_value=old, new_value=new, changed_at=stamp))
    elif recent.old_value == new:
        s.delete(recent)
    else:
        recent.new_value = new


def _recent_row(s: Session, assessment_id: str, item_id: str, field: str,
                stamp: datetime) -> orm.History | None:
    """The latest history row of this field begun less than MERGE_WITHIN before `stamp`."""
    h = orm.History
    query = (select(h.id, h.item_id, h.field, h.changed_at).where(h.assessment_id == assessment_id)
             .order_by(h.id.desc()).execution_options(yield_per=16))
    # No autoflush: the caller's new answer row is not complete yet (updated_at comes last).
    with s.no_autoflush:
        # Newest first, streamed: only the rows of the last minute are read.
        for row_id, row_item, row_field, changed_at in s.execute(query):
            if changed_at is None or changed_at > stamp or stamp - changed_at >= MERGE_WITHIN:
                return None
            if row_item == item_id and row_field == field:
                return s.get(h, row_id)
    return None
