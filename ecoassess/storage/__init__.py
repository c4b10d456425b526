"""Local storage: open a data folder (validated, migrated, locked) and get a `Store` service."""

from __future__ import annotations

from pathlib import Path

from ecoassess.evidence import DEFAULT_MAX_BYTES
from ecoassess.paths import DataLayout
from ecoassess.storage.database import (
    HEAD_REVISION,
    check_database_file,
    current_revision,
    migrate,
    restore_file,
    rolling_backup,
)
from ecoassess.storage.lock import DataFolderLock
from ecoassess.storage.service import Store

__all__ = ["HEAD_REVISION", "Store", "open_store", "restore_database", "migrations_due"]


def migrations_due(data_dir: Path) -> bool:
    """Cheap check (no Alembic import): does the database need migrating?"""
    return current_revision(DataLayout(Path(data_dir)).database) != HEAD_REVISION


def open_store(data_dir: Path, *, read_only: bool = False,
               evidence_max_bytes: int = DEFAULT_MAX_BYTES) -> Store:
    """Open the data folder. A writer takes the folder's lock, then checks, backs up, migrates.

    A reader (read_only=True) takes no lock, so the command line can read while the app runs.
    """
    layout = DataLayout(Path(data_dir))
    if read_only:
        check_database_file(layout.database)
        if not layout.database.exists() or migrations_due(layout.root):
            read_only = False  # nothing readable yet: open as a writer, which creates or migrates
        else:
            return Store(layout, read_only=True, evidence_max_bytes=evidence_max_bytes)
    layout.ensure()
    lock = DataFolderLock(layout.lock_file)
    lock.acquire()
    try:
        check_database_file(layout.database)
        rolling_backup(layout.database, layout.backups)
        migrate(layout.database, layout.backups)
        store = Store(layout, read_only=False, evidence_max_bytes=evidence_max_bytes)
    except BaseException:
        lock.release()
        raise
    store._lock = lock
    return store


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
