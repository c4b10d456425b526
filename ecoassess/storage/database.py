"""The SQLite file: integrity, revisions, migrations on a copy, consistent copies, restore."""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from pathlib import Path

from ecoassess.errors import StorageError, bilingual, sqlite_fault_key, sqlite_reason
from ecoassess.fileio import PRIVATE, atomic_path, database_identity, fsync_folder

log = logging.getLogger(__name__)

# The newest migration; a test checks it equals Alembic's head. Knowing it here lets start-up
# decide whether migrations are due without importing Alembic.
HEAD_REVISION = "0005"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def known_revisions() -> set[str]:
    """The revisions this app can read or upgrade (file names `NNNN_*.py` of its migrations)."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    return {m.group(1) for m in map(re.compile(r"^(\d{4})_").match, names) if m}


def connect_raw(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (used for checks and backups, never for the app's writes)."""
    if read_only:
        return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=10)
    return sqlite3.connect(path, timeout=10)


def read_header(path: Path) -> bytes:
    """The first 100 bytes (SQLite's header: magic, page size, application id…)."""
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        from ecoassess.errors import os_reason

        raise StorageError("store.unreadable", path=str(path), detail=os_reason(exc)) from exc


def fault(exc: BaseException, path: Path) -> StorageError | None:
    """The StorageError for a SQLite error that is a fault (full disk, lock, read-only, I/O):
    the file is not damaged and must not be called so. None for other errors."""
    key = sqlite_fault_key(exc)
    if key is None:
        return None
    detail = sqlite_reason(exc)
    if key == "os.io_error" and _nearly_full(path.parent):
        # A full disk met while SQLite grows its -shm or -wal file comes back as an I/O error;
        # "the disk is full" is the reason the officer can act on.
        detail = bilingual("os.disk_full")
    return StorageError("store.db_fault", path=str(path), detail=detail)


def _nearly_full(folder: Path, margin: int = 1 << 20) -> bool:
    try:
        return shutil.disk_usage(folder).free < margin
    except OSError:
        return False


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's own integrity check; an empty list means healthy. A fault on the way (a full
    disk, a lock, a read-only folder) is raised as StorageError("store.fault"), not listed."""
    try:
        conn = connect_raw(path)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        error = fault(exc, path)
        if error is not None:
            raise error from exc
        return [str(exc)]
    result = [row[0] for row in rows]
    return [] if result == ["ok"] else result


def _query_one(path: Path, sql: str) -> str | None:
    conn = connect_raw(path)
    try:
        revision: str | None = (conn.execute(sql).fetchone() or [None])[0]
        return revision
    finally:
        conn.close()


def current_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for an empty or new file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if _query_one(path, "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'") is None:
        return None
    return _query_one(path, "SELECT version_num FROM alembic_version")


def database_uuid(path: Path) -> str | None:
    """The UUID the app gave this database (migration 0002), None before that."""
    if _query_one(path, "SELECT name FROM sqlite_master WHERE type='table' AND name='ecoassess_meta'") is None:
        return None
    return _query_one(path, "SELECT value FROM ecoassess_meta WHERE key='database_uuid'")


def check_own_database(path: Path, *, source: str | None = None) -> str | None:
    """Raise unless `path` is a database of this app (or of an older version of it) that this
    app can read; returns its revision. `source` names the file in messages (default `path`)."""
    shown = source or str(path)
    identity = database_identity(read_header(path))
    if identity in ("not-sqlite", "empty"):
        raise StorageError("store.not_sqlite", path=shown)
    if identity == "foreign":
        raise StorageError("store.foreign", path=shown)
    try:
        revision = current_revision(path)
    except sqlite3.DatabaseError as exc:
        error = fault(exc, path)
        if error is not None:
            raise error from exc
        raise StorageError("store.corrupt", path=shown, detail=str(exc)) from exc
    if revision is None:
        raise StorageError("store.foreign", path=shown)  # a SQLite file of another program
    if revision not in known_revisions():
        raise StorageError("store.unknown_revision", path=shown, revision=revision)
    return revision


def backup_copy(source: Path, dest: Path, *, error_key: str = "cli.backup_failed") -> Path:
    """A consistent copy of a live database (SQLite's backup API), written beside `dest`,
    flushed and renamed (fileio.atomic_path); private to the user. A damaged source stays a
    sqlite3.DatabaseError for the caller; a fault (a full disk) is an ExportError."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_path(dest, mode=PRIVATE, error_key=error_key) as tmp:
            src = connect_raw(source)
            try:
                out = sqlite3.connect(tmp)
                try:
                    src.backup(out)
                finally:
                    out.close()
            finally:
                src.close()
    except Exception as exc:
        cause = exc.__cause__
        if isinstance(cause, sqlite3.DatabaseError) and sqlite_fault_key(cause) is None:
            raise cause from None  # damage, not a fault: the caller keeps the raw bytes instead
        raise
    return dest


def migrate(db: Path, backups: Path) -> Path | None:
    """Bring the file to HEAD_REVISION. Returns the backup taken, if any.

    The revision must be one this app knows (a newer app's file is left untouched, and no copy
    is made). Migrations run on a copy that replaces the original only once it passed an
    integrity check: a failed migration leaves the original file untouched.
    """
    from ecoassess.storage.backups import make_backup

    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return None
    if revision is not None and revision not in known_revisions():
        raise StorageError("store.unknown_revision", path=str(db), revision=revision)
    backup = None
    work = db.with_name(db.name + ".migrating")
    work.unlink(missing_ok=True)
    if db.exists() and db.stat().st_size:
        backup = make_backup(db, backups, "pre-migrate", revision or "none")
        backup_copy(db, work)
    try:
        _run_alembic(work)
        _finish(work)
        problems = integrity_problems(work)
        if problems:
            raise StorageError("store.corrupt", path=str(work), detail=problems[0])
    except Exception as exc:
        work.unlink(missing_ok=True)
        log.exception("migration failed")
        if isinstance(exc, StorageError) and exc.key in ("store.fault", "store.db_fault"):
            raise
        raise StorageError(
            "store.migration_failed", path=str(db), backup=str(backup or "-"), detail=str(exc)
        ) from exc
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    os.replace(work, db)
    fsync_folder(db.parent)
    return backup


def _finish(path: Path) -> None:
    """WAL mode, and the schema revision in the header's user_version (read without SQL)."""
    conn = connect_raw(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA user_version = {int(HEAD_REVISION)}")
        conn.commit()
    finally:
        conn.close()


def _run_alembic(path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path.as_posix()}")
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def restore_file(source: Path, db: Path, backups: Path) -> Path | None:
    """Replace the database with a backup of this app after checking it; the current file is
    kept aside under a name no other restore can take. Returns the kept copy."""
    from ecoassess.storage.backups import keep_current

    check_own_database(source)
    problems = integrity_problems(source)
    if problems:
        raise StorageError("store.corrupt", path=str(source), detail=problems[0])
    staged = db.with_name(db.name + ".restoring")
    backup_copy(source, staged)  # a consistent copy, also of a backup that has its own -wal
    kept = None
    try:
        if db.exists():
            kept = keep_current(db, backups, "before-restore")
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        os.replace(staged, db)
        fsync_folder(db.parent)
    finally:
        staged.unlink(missing_ok=True)
    return kept


def raise_fault(exc: sqlite3.Error, path: Path) -> None:
    """Re-raise a SQLite error as the StorageError a user understands."""
    error = fault(exc, path)
    if error is not None:
        raise error from exc
    raise StorageError("store.corrupt", path=str(path), detail=str(exc)) from exc
