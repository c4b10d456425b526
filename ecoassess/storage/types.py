"""Column types: times stored as UTC text with the offset, read back time-zone aware."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from ecoassess.timeutil import format_utc, parse_stored


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime stored as `YYYY-MM-DD HH:MM:SS.ffffff+00:00` (fixed width, so that ORDER BY
    and comparisons on the text follow time); naive values are local time (see timeutil)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return format_utc(value if isinstance(value, datetime) else parse_stored(value))

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return parse_stored(value)
