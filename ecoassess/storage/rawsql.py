"""Plain SQL inside the caller's SQLAlchemy transaction, at close to raw sqlite3's cost."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session


class Statements:
    """Runs statements on one cursor of the transaction's own sqlite3 connection.

    Through `Connection._cursor_execute`, SQLAlchemy's path for statements on a given cursor: the
    engine's events still fire (tests inject faults with them, the autosave benchmark records
    the SQL with them) and a database error still becomes a DBAPIError (the store turns it into
    a reason), but no result object is built around each statement, which cost a save three
    times SQLite's own work (bench/bench_autosave.py). SQLAlchemy is pinned exactly; a test
    (tests/unit/test_faults.py) fails if this path ever stops translating errors.
    """

    def __init__(self, s: Session | Connection) -> None:
        self.conn = s.connection() if isinstance(s, Session) else s
        self.cursor = self.conn.connection.cursor()

    def __call__(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        """Execute; the cursor (fetch its rows before the next statement)."""
        self.conn._cursor_execute(self.cursor, sql, params)  # noqa: SLF001 - see the class docstring
        return self.cursor

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self(sql, params).fetchone()

    def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        rows: list[Any] = self(sql, params).fetchall()
        return rows
