"""The SQLite file: validation, migrations on a copy, rolling backups, one writer at a time."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ecoassess.errors import StorageError

log = logging.getLogger(__name__)

# The newest migration; a test checks it equals Alembic's head. Knowing it here lets start-up
# decide whether migrations are due without importing Alembic.
HEAD_REVISION = "0004"
SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_KEEP_DAYS = 14
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def connect_raw(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (used for checks and backups, never for the app's writes)."""
    if read_only:
        return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=10)
    return sqlite3.connect(path, timeout=10)


def check_database_file(path: Path) -> None:
    """Raise StorageError when `path` exists but is not a healthy SQLite database."""
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError("store.unreadable", path=str(path), detail=str(exc)) from exc
    if path.stat().st_size and header != SQLITE_MAGIC:
        raise StorageError("store.not_sqlite", path=str(path))
    if not header:
        return  # an empty file: treated as a new database
    problems = integrity_problems(path, quick=True)
    if problems:
        raise StorageError("store.corrupt", path=str(path), detail=problems[0])


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's own integrity check; an empty list means healthy."""
    try:
        conn = connect_raw(path)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    result = [row[0] for row in rows]
    return [] if result == ["ok"] else result


def current_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for an empty or new file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = connect_raw(path)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    finally:
        conn.close()


def backup_copy(source: Path, dest: Path) -> Path:
    """A consistent copy of a live database (SQLite's backup API), written then renamed."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    with open(tmp, "wb"):  # a clear OSError (no permission, read-only) before SQLite's vague one
        pass
    try:
        src = connect_raw(source)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except BaseException:  # a damaged source stays a sqlite3.DatabaseError for the caller
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def rolling_backup(db: Path, backups: Path, keep_days: int = BACKUP_KEEP_DAYS) -> Path | None:
    """Once a day, copy the database to backups/; drop automatic copies older than keep_days."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    today = datetime.now(UTC).strftime("%Y%m%d")
    made = None
    if not any(backups.glob(f"auto-{today}-*.sqlite3")):
        made = backup_copy(db, backups / f"auto-{_stamp()}.sqlite3")
    cutoff = datetime.now(UTC) - timedelta(days=keep_days)
    for old in backups.glob("auto-*.sqlite3"):
        try:
            when = datetime.strptime(old.name[5:20], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            continue
        if when < cutoff:
            old.unlink(missing_ok=True)
    return made


def migrate(db: Path, backups: Path) -> Path | None:
    """Bring the file to HEAD_REVISION. Returns the backup taken, if any.

    Migrations run on a copy that replaces the original only once it passed an integrity check:
    a failed migration leaves the original file untouched.
    """
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return None
    backup = None
    work = db.with_name(db.name + ".migrating")
    work.unlink(missing_ok=True)
    if db.exists() and db.stat().st_size:
        backup = backup_copy(db, backups / f"pre-migrate-{revision or 'none'}-{_stamp()}.sqlite3")
        backup_copy(db, work)
    try:
        _run_alembic(work)
        _set_wal(work)
        problems = integrity_problems(work)
        if problems:
            raise StorageError("store.corrupt", path=str(work), detail=problems[0])
    except Exception as exc:
        work.unlink(missing_ok=True)
        log.exception("migration failed")
        raise StorageError(
            "store.migration_failed", path=str(db), backup=str(backup or "-"), detail=str(exc)
        ) from exc
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    os.replace(work, db)
    return backup


def _set_wal(path: Path) -> None:
    conn = connect_raw(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
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
    """Replace the database with a backup after checking it; the current file is kept aside."""
    if not source.is_file():
        raise StorageError("store.restore_missing", path=str(source))
    with source.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise StorageError("store.not_sqlite", path=str(source))
    problems = integrity_problems(source)
    if problems:
        raise StorageError("store.corrupt", path=str(source), detail=problems[0])
    staged = db.with_name(db.name + ".restoring")
    shutil.copyfile(source, staged)
    kept = None
    if db.exists():
        kept = backups / f"before-restore-{_stamp()}.sqlite3"
        backups.mkdir(parents=True, exist_ok=True)
        try:
            backup_copy(db, kept)
        except sqlite3.DatabaseError:
            # A damaged current file cannot go through the backup API: keep its bytes as they are.
            shutil.copyfile(db, kept.with_suffix(".damaged"))
            kept = kept.with_suffix(".damaged")
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    os.replace(staged, db)
    return kept
