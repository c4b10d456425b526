"""Local storage: open a data folder (validated, migrated, locked) and get a `Store` service."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.errors import StorageError
from ecoassess.evidence import DEFAULT_MAX_BYTES
from ecoassess.paths import DataLayout
from ecoassess.storage.database import (
    HEAD_REVISION,
    check_database_file,
    connect_raw,
    current_revision,
    migrate,
    restore_file,
    rolling_backup,
)
from ecoassess.storage.lock import DataFolderLock

if TYPE_CHECKING:
    from ecoassess import model
    from ecoassess.storage.service import Store

__all__ = ["HEAD_REVISION", "Store", "list_assessments", "migrations_due", "open_store",
           "restore_database"]


def __getattr__(name: str) -> Any:
    # The Store brings SQLAlchemy's ORM (~0.1 s): imported when a command opens one, so that
    # `list` and `--version` never pay for it.
    if name == "Store":
        from ecoassess.storage.service import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def migrations_due(data_dir: Path) -> bool:
    """Cheap check (no Alembic import): does the database need migrating?"""
    return current_revision(DataLayout(Path(data_dir)).database) != HEAD_REVISION


def _migrations_due_or_damaged(layout: DataLayout) -> bool:
    try:
        return migrations_due(layout.root)
    except sqlite3.DatabaseError as exc:  # a valid header over damaged pages
        raise StorageError("store.corrupt", path=str(layout.database), detail=str(exc)) from exc


def open_store(data_dir: Path, *, read_only: bool = False,
               evidence_max_bytes: int = DEFAULT_MAX_BYTES) -> Store:
    """Open the data folder. A writer takes the folder's lock, then checks, backs up, migrates.

    A reader (read_only=True) takes no lock, so the command line can read while the app runs.
    """
    from ecoassess.storage.service import Store

    layout = DataLayout(Path(data_dir))
    if read_only:
        # A reader skips the integrity check (its cost grows with the file): a writer runs it,
        # `doctor` runs the full one, and SQLite refuses any damaged page a reader meets.
        check_database_file(layout.database, integrity="none")
        if not layout.database.exists() or _migrations_due_or_damaged(layout):
            read_only = False  # nothing readable yet: open as a writer, which creates or migrates
        else:
            return Store(layout, read_only=True, evidence_max_bytes=evidence_max_bytes)
    layout.ensure()
    lock = DataFolderLock(layout.lock_file)
    lock.acquire()
    try:
        check_database_file(layout.database, integrity="full" if lock.unclean else "quick")
        rolling_backup(layout.database, layout.backups)
        migrate(layout.database, layout.backups)
        store = Store(layout, read_only=False, evidence_max_bytes=evidence_max_bytes)
    except BaseException:
        lock.release()
        raise
    store._lock = lock
    return store


def list_assessments(data_dir: Path) -> list[model.AssessmentSummary]:
    """The assessments in the data folder, newest first, as a reader sees them: read with sqlite3
    alone (the `list` command starts without the ORM). A folder with no database yet, or one
    due for migration, is opened as `open_store` does first."""
    from ecoassess.storage.listing import read_summaries

    layout = DataLayout(Path(data_dir))
    check_database_file(layout.database, integrity="none")
    if not layout.database.exists() or _migrations_due_or_damaged(layout):
        with open_store(layout.root, read_only=True) as store:
            return store.list_assessments()
    conn = connect_raw(layout.database, read_only=True)
    try:
        return read_summaries(conn)
    finally:
        conn.close()


def restore_database(data_dir: Path, source: Path) -> Path | None:
    """Replace the data folder's database by a backup (checked first); returns the kept copy."""
    layout = DataLayout(Path(data_dir))
    layout.ensure()
    lock = DataFolderLock(layout.lock_file)
    lock.acquire()
    try:
        return restore_file(Path(source), layout.database, layout.backups)
    finally:
        lock.release()
