"""What the Store, the importer, next-year copies, remapping and estates share: times and years
(their JSON conversion is ecoassess.jsonsafe)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ecoassess.asof import as_of_date
from ecoassess.limits import check_year
from ecoassess.timeutil import utc_now


def default_year(assessment_date: date | None = None, created_at: datetime | None = None) -> int:
    """The year an assessment is for when none is given: its assessment date's, else its
    creation's, else the as-of date's (Common Era)."""
    return (assessment_date or created_at or as_of_date()).year


def checked_year(year: Any, path: str = "assessment_year") -> int:
    return check_year(year, path)


def now() -> datetime:
    """Now in UTC, to the second; shown in local time (ecoassess.timeutil.local)."""
    return utc_now()

