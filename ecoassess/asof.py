"""The as-of date: the one "today" that scoring, certificate expiry and the dossier read.

It is the time of the export or the scoring run, or `SOURCE_DATE_EPOCH` when set, so that
rebuilding a dossier gives the same bytes and tests can pin the day.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime


def as_of_datetime() -> datetime:
    """Now, time-zone aware (UTC when taken from SOURCE_DATE_EPOCH, else local time)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            pass  # an unusable value is ignored, as reproducible-build tools do
    return datetime.now().astimezone()


def as_of_date() -> date:
    """Today, as the assessment is scored and printed."""
    return as_of_datetime().date()
