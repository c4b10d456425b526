"""Copies of the database in `backups/`: names no two backups can share, and one retention rule.

Names are `<kind>-<UTC time to the millisecond>Z[-<tag>][-<n>].sqlite3`, reserved with an
exclusive create, so that many backups in one second (several restores, two processes) never
overwrite each other. Retention, for each kind: everything younger than 14 days stays, then the
newest 10; the newest of a kind is never removed.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

from ecoassess.fileio import PRIVATE

KINDS = ("auto", "manual", "pre-migrate", "before-delete", "before-restore", "before-import")
KEEP_DAYS = 14
KEEP_NEWEST = 10
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-(\d{3})Z)?")


def _now() -> datetime:
    return datetime.now(UTC)


def backup_path(folder: Path, kind: str, tag: str = "", suffix: str = ".sqlite3") -> Path:
    """A new backup name in `folder`, reserved (an empty file created exclusively)."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder.mkdir(parents=True, exist_ok=True)
    now = _now()
    base = f"{kind}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}Z" + (f"-{tag}" if tag else "")
    for n in count(1):
        path = folder / (base + ("" if n == 1 else f"-{n}") + suffix)
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE))
        except FileExistsError:
            continue
        return path
    raise AssertionError("unreachable")


def make_backup(db: Path, folder: Path, kind: str, tag: str = "") -> Path:
    """A consistent copy of `db` under a new name in `folder`; then the retention rule runs."""
    from ecoassess.storage.database import backup_copy

    path = backup_path(folder, kind, tag)
    try:
        backup_copy(db, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    apply_retention(folder)
    return path


def keep_current(db: Path, folder: Path, kind: str, tag: str = "") -> Path:
    """`make_backup`, or, for a file SQLite cannot read, its bytes as they are (`.damaged`)."""
    import shutil

    try:
        return make_backup(db, folder, kind, tag)
    except sqlite3.DatabaseError:
        kept = backup_path(folder, kind, tag, suffix=".damaged")
        shutil.copyfile(db, kept)
        return kept


def rolling_backup(db: Path, folder: Path) -> Path | None:
    """Once a UTC day, an automatic copy of the database (before anything changes it)."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    if any(folder.glob(f"auto-{_now():%Y%m%d}-*")):
        return None
    return make_backup(db, folder, "auto")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    when: datetime


def parse_name(path: Path) -> BackupFile | None:
    """Kind and time of a backup file (this format, or the one-second names of earlier
    versions); None for anything else in the folder."""
    if path.suffix not in (".sqlite3", ".damaged") or path.name.startswith("."):
        return None
    kind = next((k for k in sorted(KINDS, key=len, reverse=True) if path.name.startswith(k + "-")), None)
    if kind is None:
        return None
    found = _STAMP.search(path.name[len(kind):])
    when = None
    if found:
        with suppress(ValueError):
            when = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S").replace(
                microsecond=int(found.group(2) or 0) * 1000, tzinfo=UTC)
    if when is None:
        try:
            when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            return None
    return BackupFile(path, kind, when)


def listing(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in map(parse_name, folder.iterdir()) if b is not None and b.path.is_file()]
    return sorted(found, key=lambda b: (b.when, b.path.name), reverse=True)


def apply_retention(folder: Path, now: datetime | None = None) -> list[Path]:
    """Remove what the rule no longer keeps; returns the removed files."""
    cutoff = (now or _now()) - timedelta(days=KEEP_DAYS)
    removed: list[Path] = []
    by_kind: dict[str, list[BackupFile]] = {}
    for backup in listing(folder):
        by_kind.setdefault(backup.kind, []).append(backup)
    for backups in by_kind.values():
        for rank, backup in enumerate(backups):
            if rank >= KEEP_NEWEST and backup.when < cutoff:
                with suppress(OSError):
                    backup.path.unlink()
                    removed.append(backup.path)
    return removed
