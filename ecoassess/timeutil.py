"""Stored times are UTC with their offset; older naive values are local wall-clock times."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now in UTC, to the second (what a history entry or a list needs)."""
    return datetime.now(UTC).replace(microsecond=0)


def as_utc(value: datetime) -> datetime:
    """`value` in UTC; a naive value (the app before its UTC change, an older package) is taken
    as the local time it was written in."""
    return value.astimezone(UTC)


def format_utc(value: datetime) -> str:
    """The stored form: fixed width, so that text order is time order (2026-11-28 06:03:59.000000+00:00)."""
    return as_utc(value).strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"


def parse_stored(text: str | datetime) -> datetime:
    """A stored time back as an aware UTC datetime (naive legacy text is local time)."""
    value = text if isinstance(text, datetime) else datetime.fromisoformat(text)
    return as_utc(value)


def local(value: datetime) -> datetime:
    """A time to show: in the computer's own time zone."""
    return value.astimezone() if value.tzinfo is not None else value
