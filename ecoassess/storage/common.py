"""What the Store, the importer, next-year copies, remapping and estates share: times, years and
marking an assessment as changed (their JSON conversion is ecoassess.jsonsafe)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ecoassess.asof import as_of_date
from ecoassess.limits import check_year
from ecoassess.storage.rawsql import Statements
from ecoassess.timeutil import format_utc, utc_now

_TOUCH = "UPDATE assessment SET updated_at = ? WHERE id = ?"
_TOUCH_FACTORY = "UPDATE assessment SET updated_at = ? WHERE factory_id = ?"


def default_year(assessment_date: date | None = None, created_at: datetime | None = None) -> int:
    """The year an assessment is for when none is given: its assessment date's, else its
    creation's, else the as-of date's (Common Era)."""
    return (assessment_date or created_at or as_of_date()).year


def checked_year(year: Any, path: str = "assessment_year") -> int:
    return check_year(year, path)


def now() -> datetime:
    """Now in UTC, to the second; shown in local time (ecoassess.timeutil.local)."""
    return utc_now()


def touch(s: Session | Connection | Statements, assessment_id: str, stamp: datetime) -> bool:
    """Mark the assessment as changed at `stamp`, in the caller's transaction; False when there
    is no such assessment.

    Every change to what scoring, readiness or the dossier reads (answers, profile, evidence and
    its links, actions, scheme version, settings) goes through here: the home list keeps each
    readiness figure until its assessment's `updated_at` moves (ecoassess.readiness), and a
    change made without it would show a stale figure. tests/unit/test_touch.py holds every
    changing method of the Store to it.
    """
    run = s if isinstance(s, Statements) else Statements(s)
    return bool(run(_TOUCH, (format_utc(stamp), assessment_id)).rowcount == 1)


def touch_factory(s: Session | Connection | Statements, factory_id: int, stamp: datetime) -> None:
    """As `touch`, for every assessment of a factory: they share its profile."""
    run = s if isinstance(s, Statements) else Statements(s)
    run(_TOUCH_FACTORY, (format_utc(stamp), factory_id))
