"""Local storage: open a data folder (validated, migrated, locked) and get a `Store` service."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.errors import EcoAssessError, StorageError, ValidationError, os_reason
from ecoassess.evidence import DEFAULT_MAX_BYTES
from ecoassess.paths import DataLayout
from ecoassess.storage import identity
from ecoassess.storage.backups import rolling_backup
from ecoassess.storage.database import (
    HEAD_REVISION,
    connect_raw,
    current_revision,
    migrate,
    raise_fault,
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


def _check_folder(root: Path) -> None:
    if root.exists() and not root.is_dir():
        raise StorageError("store.not_folder", path=str(root))


def open_store(data_dir: Path, *, read_only: bool = False,
               evidence_max_bytes: int = DEFAULT_MAX_BYTES) -> Store:
    """Open the data folder. A writer takes the folder's lock, then checks, backs up, migrates.

    A reader (read_only=True) takes no lock, so the command line can read while the app runs.
    The database must be the app's own file (identity.inspect); faults of the disk or the folder
    (full, read-only, no permission, locked by another program) are StorageErrors naming the
    reason, and the database is left as it was. `Store.notices` lists what was repaired on the
    way (a foreign write-ahead log moved aside), for the caller to show.
    """
    layout = DataLayout(Path(data_dir))
    try:
        _check_folder(layout.root)
        return _open(layout, read_only, evidence_max_bytes)
    except OSError as exc:
        raise StorageError("store.fault", path=str(layout.root), detail=os_reason(exc)) from exc
    except sqlite3.Error as exc:
        raise_fault(exc, layout.database)
        raise  # unreachable: raise_fault always raises


def _open(layout: DataLayout, read_only: bool, evidence_max_bytes: int) -> Store:
    from ecoassess.storage.service import Store

    notices: list[EcoAssessError] = []
    if read_only:
        notices = _inspect_as_reader(layout)
        if layout.database.exists() and layout.database.stat().st_size and \
                not migrations_due(layout.root):
            store = Store(layout, read_only=True, evidence_max_bytes=evidence_max_bytes)
            store.notices = notices
            return store
        # nothing readable yet: open as a writer, which creates or migrates
    layout.ensure()
    lock = DataFolderLock(layout.lock_file)
    lock.acquire()
    try:
        # The previous writer died (its pid is still beside the lock): check every page.
        notices += identity.inspect(layout, exclusive=True,
                                    integrity="full" if lock.unclean else "quick")
        identity.clean_leftovers(layout)
        rolling_backup(layout.database, layout.backups)
        migrate(layout.database, layout.backups)
        store = Store(layout, read_only=False, evidence_max_bytes=evidence_max_bytes)
    except BaseException:
        lock.release()
        raise
    store._lock = lock
    store.notices = notices
    return store


def _inspect_as_reader(layout: DataLayout) -> list[EcoAssessError]:
    """A reader checks a leftover write-ahead log only when no writer is running (it may take
    the lock for that moment); while the app runs, the log is the app's own."""
    # A reader skips the integrity check (its cost grows with the file): a writer runs it,
    # `doctor` runs the full one, and SQLite refuses any damaged page a reader meets.
    wal = Path(str(layout.database) + "-wal")
    if not (wal.exists() and wal.stat().st_size):
        return identity.inspect(layout, exclusive=False, integrity="none")
    lock = DataFolderLock(layout.lock_file)
    try:
        lock.acquire()
    except (StorageError, OSError):  # the app holds it, or the folder is read-only
        return identity.inspect(layout, exclusive=False, integrity="none")
    try:
        return identity.inspect(layout, exclusive=True, integrity="none")
    finally:
        lock.release()


def restore_database(data_dir: Path, source: Path) -> Path | None:
    """Replace the data folder's database by a backup (checked first); returns the kept copy.

    `source` is a database backup of this app (of any version it can upgrade) or a full
    backup (database and evidence, `ecoassess.storage.fullbackup`).
    """
    from ecoassess.fileio import check_input
    from ecoassess.storage import fullbackup
    from ecoassess.storage.database import restore_file

    layout = DataLayout(Path(data_dir))
    try:  # the file to restore first: its faults are its own, not the data folder's
        check_input(source)
    except ValidationError as exc:
        if exc.key == "cli.no_such_file":
            raise StorageError("store.restore_missing", path=str(source)) from exc
        raise
    try:
        _check_folder(layout.root)
        layout.ensure()
        lock = DataFolderLock(layout.lock_file)
        lock.acquire()
        try:
            identity.clean_leftovers(layout)
            if fullbackup.is_full_backup(Path(source)):
                return fullbackup.restore_full(layout, Path(source))
            return restore_file(Path(source), layout.database, layout.backups)
        finally:
            lock.release()
    except OSError as exc:
        raise StorageError("store.fault", path=str(layout.root), detail=os_reason(exc)) from exc
    except sqlite3.Error as exc:
        raise_fault(exc, layout.database)
        raise


def list_assessments(data_dir: Path, notices: list[EcoAssessError] | None = None,
                     ) -> list[model.AssessmentSummary]:
    """The assessments in the data folder, newest first, as a reader sees them: read with sqlite3
    alone (the `list` command starts without the ORM). A folder with no database yet, or one
    due for migration, is opened as `open_store` does first. What the reader's check repaired
    (a foreign write-ahead log set aside) is added to `notices`, for the caller to say."""
    from ecoassess.storage.listing import read_summaries

    layout = DataLayout(Path(data_dir))
    said = notices if notices is not None else []
    try:
        _check_folder(layout.root)
        if layout.database.exists() and layout.database.stat().st_size:
            # The identity and log checks first: reading the revision would replay a foreign log.
            said += _inspect_as_reader(layout)
            if not migrations_due(layout.root):
                conn = connect_raw(layout.database, read_only=True)
                try:
                    return read_summaries(conn)
                finally:
                    conn.close()
        with open_store(layout.root, read_only=True) as store:  # creates or migrates first
            said += store.notices
            return store.list_assessments()
    except OSError as exc:
        raise StorageError("store.fault", path=str(layout.root), detail=os_reason(exc)) from exc
    except sqlite3.Error as exc:
        raise_fault(exc, layout.database)
        raise  # unreachable: raise_fault always raises
