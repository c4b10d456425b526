"""The list of assessments read with sqlite3 alone: the Store and the `list` command share it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from ecoassess import model
from ecoassess.timeutil import parse_stored

# Columns as the ORM models store them (dates as ISO text, times as UTC text with the offset);
# tests/unit/test_storage.py checks every field against the ORM's own reading of the rows.
SUMMARY_SQL = """
SELECT a.id, f.name_th, f.name_en, a.scheme_id, a.scheme_version, a.status, a.updated_at,
       a.is_demo, a.assessment_date, a.assessment_year, a.carried_from, source.assessment_year
FROM assessment AS a JOIN factory AS f ON f.id = a.factory_id
LEFT JOIN assessment AS source ON source.id = a.carried_from
ORDER BY a.updated_at DESC, a.id
"""


def _datetime(value: Any) -> datetime:
    # Stored as UTC text with the offset (storage.types.UTCDateTime); older naive rows are local.
    return value if isinstance(value, datetime) else parse_stored(str(value))


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def read_summaries(conn: sqlite3.Connection) -> list[model.AssessmentSummary]:
    """Newest first; `conn` is any sqlite3 connection to the database (read-only is enough)."""
    return [
        model.AssessmentSummary(
            id=row[0], factory_th=row[1], factory_en=row[2], scheme_id=row[3],
            scheme_version=row[4], status=model.AssessmentStatus(row[5]),
            updated_at=_datetime(row[6]), is_demo=bool(row[7]), assessment_date=_date(row[8]),
            # "from 2568" on a next-year copy, while its source is still here
            assessment_year=row[9], carried_from=row[10], carried_from_year=row[11],
        )
        for row in conn.execute(SUMMARY_SQL)
    ]
