"""A settable clock for the store, moved forward by hand (history rows of one field merge
within a minute, so tests step over or inside that minute)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
