"""Before the database is opened: is it the app's own file, and does its `-wal` belong to it?

SQLite replays whatever `-wal` file lies beside a database, and the main file records nothing
of its log's salts. So a log left from another database would silently rewrite the user's file
(the assessments vanish, and every check then calls the empty result intact). A log is therefore
replayed first on a temporary copy: only when the copy is the same database (same UUID, same
page size, intact) may it touch the user's file; otherwise it is moved aside and reported.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
import uuid
from contextlib import suppress
from pathlib import Path

from ecoassess.errors import EcoAssessError, StorageError, os_reason
from ecoassess.fileio import database_identity
from ecoassess.paths import DataLayout
from ecoassess.storage import database

log = logging.getLogger(__name__)
STALE_TEMP_SECONDS = 3600  # a temporary file this old in backups/ belongs to no running copy


def inspect(layout: DataLayout, *, exclusive: bool, integrity: str = "quick") -> list[EcoAssessError]:
    """Raise StorageError when the database file must not be used; returns notices to show.

    `exclusive`: the caller holds the folder's lock, so no other program is writing the
    database or its log, and a suspicious log may be checked and moved aside. Without the lock
    (the app is running and owns the log) only the file itself is checked.
    `integrity`: "quick" (PRAGMA quick_check: a writer's open), "full" (integrity_check: a
    writer's open after the previous writer died) or "none" (a reader's open: the header and
    identity only, since quick_check reads the whole file, ~0.1 s at 60 MB; SQLite still
    refuses any damaged page a reader meets, and `doctor` runs the full check).
    """
    db = layout.database
    notices: list[EcoAssessError] = []
    wal = Path(str(db) + "-wal")
    try:
        wal_size = wal.stat().st_size
    except OSError:
        wal_size = 0
    if not db.exists():
        if exclusive and wal_size:
            notices.append(_set_aside(layout, "store.wal_orphan"))
        return notices
    header = database.read_header(db)
    identity = database_identity(header)
    if identity == "empty":
        _check_empty_is_new(layout)
        if exclusive and wal_size:
            notices.append(_set_aside(layout, "store.wal_orphan"))
        return notices
    if identity == "not-sqlite":
        raise StorageError("store.not_sqlite", path=str(db))
    if identity == "foreign":
        raise StorageError("store.foreign", path=str(db))
    if exclusive and wal_size and not _wal_belongs(layout):
        notices.append(_set_aside(layout, "store.wal_foreign"))
    database.check_own_database(db)
    if integrity == "none":
        return notices
    problems = database.integrity_problems(db, quick=integrity == "quick")
    if problems:
        raise StorageError("store.corrupt", path=str(db), detail=problems[0])
    return notices


def _check_empty_is_new(layout: DataLayout) -> None:
    """A zero-byte database is a new one only where nothing else says data was here."""
    for folder in (layout.backups, layout.evidence):
        if folder.is_dir() and any(p.is_file() for p in folder.rglob("*")):
            raise StorageError("store.empty_file", path=str(layout.database),
                               backups=str(layout.backups))


def _facts(path: Path) -> tuple[str, str | None, int]:
    """(identity, database UUID, page size) of a database file, read through SQLite."""
    conn = database.connect_raw(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return database_identity(database.read_header(path)), database.database_uuid(path), page_size


def _wal_belongs(layout: DataLayout) -> bool:
    """Replay the log on a copy and compare it with the main file alone."""
    db = layout.database
    work = layout.staging / f"walcheck-{uuid.uuid4().hex}"
    try:
        work.mkdir(parents=True)
        alone, replayed = work / "alone.sqlite3", work / "replayed.sqlite3"
        shutil.copyfile(db, alone)
        shutil.copyfile(db, replayed)
        shutil.copyfile(Path(str(db) + "-wal"), Path(str(replayed) + "-wal"))
        try:
            expected = _facts(alone)
            found = _facts(replayed)
            intact = database.integrity_problems(replayed, quick=True) == []
        except sqlite3.DatabaseError as exc:
            log.warning("write-ahead log check: %s", exc)
            return False
        except StorageError as exc:
            if exc.key in ("store.fault", "store.db_fault"):
                raise
            return False
        return intact and found == expected
    except OSError as exc:  # no room for the copies: nothing was changed, say why
        raise StorageError("store.fault", path=str(layout.root), detail=os_reason(exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
        with suppress(OSError):
            work.parent.rmdir()  # staging/ exists only while something is staged


def _set_aside(layout: DataLayout, key: str) -> StorageError:
    """Move the log (and its index) into backups/, never to be replayed; the notice to show."""
    layout.backups.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    target = layout.backups / f"set-aside-{stamp}-{uuid.uuid4().hex[:6]}-ecoassess.sqlite3-wal"
    os.replace(Path(str(layout.database) + "-wal"), target)
    Path(str(layout.database) + "-shm").unlink(missing_ok=True)
    log.warning("write-ahead log set aside as %s", target)
    return StorageError(key, path=str(layout.database), kept=str(target))


def clean_leftovers(layout: DataLayout) -> None:
    """What an interrupted writer left (a killed import, migration, restore or copy): removed
    on the next start, by the process that holds the folder's lock."""
    if layout.staging.is_dir():
        for entry in layout.staging.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        with suppress(OSError):
            layout.staging.rmdir()
    for suffix in (".migrating", ".restoring"):
        Path(str(layout.database) + suffix).unlink(missing_ok=True)
    if layout.evidence.is_dir():
        for temp in layout.evidence.glob(".incoming-*"):
            temp.unlink(missing_ok=True)
    if layout.backups.is_dir():
        cutoff = time.time() - STALE_TEMP_SECONDS
        for temp in layout.backups.glob(".*.tmp"):
            with suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()
        for placeholder in layout.backups.glob("*.sqlite3"):  # a reserved name never filled
            with suppress(OSError):
                if placeholder.stat().st_size == 0 and placeholder.stat().st_mtime < cutoff:
                    placeholder.unlink()
