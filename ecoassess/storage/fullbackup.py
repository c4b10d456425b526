"""Full backups: the database and every evidence file, checked, in one file for another disk.

A `.ecoassess-backup` file is a ZIP: `manifest.json` (format, the database's UUID and revision,
SHA-256 and size of every member), `ecoassess.sqlite3` (a consistent copy) and
`evidence/<sha256>`. It is read back and verified before it replaces an older file, and `restore`
checks every byte again before anything in the data folder changes.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import uuid
import zipfile
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess import __version__
from ecoassess.errors import StorageError
from ecoassess.fileio import (
    PRIVATE,
    atomic_path,
    atomic_write,
    check_output,
    commit,
    fsync_file,
    is_folder,
)
from ecoassess.paths import DataLayout
from ecoassess.storage import database

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

FORMAT = "ecoassess-backup"
FORMAT_VERSION = 1
SUFFIX = ".ecoassess-backup"
MANIFEST = "manifest.json"
DB_MEMBER = "ecoassess.sqlite3"
EVIDENCE = re.compile(r"^evidence/([0-9a-f]{64})$")
RECORD = "last-full-backup.json"
REMIND_DAYS = 30
MAX_DATABASE_BYTES = 8 * 1024**3
MAX_EVIDENCE_BYTES = 1024**3
MAX_MEMBERS = 200_000
CHUNK = 1024 * 1024


@dataclass
class FullBackup:
    path: Path
    evidence_files: int
    size: int
    skipped: list[str] = field(default_factory=list)  # evidence missing or altered in the store


def default_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone()
    return f"ecoassess-{stamp:%Y%m%d-%H%M%S}{SUFFIX}"


def is_full_backup(path: Path) -> bool:
    """A full backup, or what claims to be one (its name, or a ZIP): `restore_full` then says
    what is wrong with it instead of calling it 'not a database'."""
    from ecoassess.fileio import is_app_output

    path = Path(path)
    if path.suffix.lower() == SUFFIX or is_app_output(path, "full-backup"):
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def _fail(detail: str, path: Path) -> StorageError:
    return StorageError("backup.full_invalid", path=str(path), detail=detail)


# -- writing ------------------------------------------------------------------------------------

def write_full_backup(store: Store, dest: Path, *, force: bool = False) -> FullBackup:
    """Write the full backup of `store`'s data folder to `dest` (a file, or a folder to name
    it in), checked first (fileio.check_output) and verified before it takes its place."""
    dest = Path(dest).expanduser()
    if is_folder(dest):
        dest = dest / default_name()
    dest = check_output(dest, kind="full-backup", data_root=store.layout.root, force=force)
    layout: DataLayout = store.layout
    with atomic_path(dest, mode=PRIVATE, error_key="backup.full_failed") as tmp:
        snapshot = tmp.with_name(tmp.name + ".sqlite3")
        try:
            database.backup_copy(layout.database, snapshot, error_key="backup.full_failed")
            problems = database.integrity_problems(snapshot)
            if problems:
                raise StorageError("store.corrupt", path=str(layout.database), detail=problems[0])
            manifest, skipped = _write_zip(tmp, snapshot, store)
        finally:
            snapshot.unlink(missing_ok=True)
        verify(tmp, manifest)
        size = tmp.stat().st_size
    record_full_backup(layout, dest)
    count = sum(1 for name in manifest["members"] if name.startswith("evidence/"))
    return FullBackup(dest, count, size, skipped)


def _write_zip(path: Path, snapshot: Path, store: Store) -> tuple[dict[str, Any], list[str]]:
    from ecoassess.evidence import sha256_of

    conn = database.connect_raw(snapshot, read_only=True)
    try:
        cited = conn.execute("SELECT sha256, MIN(original_name) FROM evidence GROUP BY sha256").fetchall()
    finally:
        conn.close()
    members: dict[str, dict[str, Any]] = {}
    skipped: list[str] = []
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        members[DB_MEMBER] = _add(archive, snapshot, DB_MEMBER, zipfile.ZIP_DEFLATED)
        for sha, name in sorted(cited):
            source = store.evidence_store.path_for(sha)
            if not source.is_file() or sha256_of(source) != sha:  # missing or altered: not evidence
                skipped.append(name)
                continue
            members[f"evidence/{sha}"] = _add(archive, source, f"evidence/{sha}", zipfile.ZIP_STORED)
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "database_uuid": database.database_uuid(snapshot),
            "revision": database.current_revision(snapshot), "members": members,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    return manifest, skipped


def _add(archive: zipfile.ZipFile, source: Path, name: str, compress: int) -> dict[str, Any]:
    info = zipfile.ZipInfo(name, date_time=datetime.now(UTC).timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o100600 << 16
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as src, archive.open(info, "w", force_zip64=True) as out:
        for block in iter(lambda: src.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
            out.write(block)
    return {"sha256": digest.hexdigest(), "size": size}


# -- reading ------------------------------------------------------------------------------------

def _manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        info = archive.getinfo(MANIFEST)
        if info.file_size > 64 * 1024 * 1024:
            raise _fail("manifest.json too large", path)
        data = json.loads(archive.read(info))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise _fail(f"manifest.json: {type(exc).__name__}", path) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("not a full backup of ecoassess", path)
    if data.get("format_version") != FORMAT_VERSION:
        raise StorageError("backup.full_newer", path=str(path), version=data.get("format_version"))
    members = data.get("members")
    if not isinstance(members, dict) or DB_MEMBER not in members or len(members) > MAX_MEMBERS:
        raise _fail("manifest.json lists no database", path)
    return data


def _check_entries(archive: zipfile.ZipFile, manifest: dict[str, Any], path: Path) -> None:
    names = {i.filename for i in archive.infolist()}
    if names != set(manifest["members"]) | {MANIFEST}:
        raise _fail("members differ from manifest.json", path)
    for info in archive.infolist():
        if info.filename != MANIFEST and info.filename != DB_MEMBER and not EVIDENCE.match(info.filename):
            raise _fail(f"unexpected entry {info.filename[:80]}", path)
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _fail(f"unsupported entry {info.filename[:80]}", path)


def _stream(archive: zipfile.ZipFile, name: str, expected: dict[str, Any], out: Any, path: Path) -> None:
    cap = MAX_DATABASE_BYTES if name == DB_MEMBER else MAX_EVIDENCE_BYTES
    size = expected.get("size") if isinstance(expected, dict) else None
    if not isinstance(size, int) or not 0 <= size <= cap:
        raise _fail(f"{name}: bad size", path)
    digest, seen = hashlib.sha256(), 0
    try:
        with archive.open(name) as member:
            for block in iter(lambda: member.read(CHUNK), b""):
                seen += len(block)
                if seen > size:
                    raise _fail(f"{name}: larger than listed", path)
                digest.update(block)
                if out is not None:
                    out.write(block)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise
        raise _fail(f"{name}: damaged ({type(exc).__name__})", path) from exc
    sha = EVIDENCE.match(name)
    if seen != size or digest.hexdigest() != expected.get("sha256") or \
            (sha is not None and sha.group(1) != digest.hexdigest()):
        raise _fail(f"{name}: SHA-256 or size does not match", path)


def verify(path: Path, manifest: dict[str, Any] | None = None) -> dict[str, Any]:
    """Read every member of a full backup and check it against its manifest."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = manifest or _manifest(archive, path)
            _check_entries(archive, manifest, path)
            for name, expected in manifest["members"].items():
                _stream(archive, name, expected, None, path)
    except zipfile.BadZipFile as exc:
        raise _fail(str(exc)[:120], path) from exc
    return manifest


def restore_full(layout: DataLayout, source: Path) -> Path | None:
    """Put a full backup back: every member checked first, evidence added to the store, then
    the database replaced (the current one kept in backups/). Called under the folder's lock."""
    work = layout.staging / f"restore-{uuid.uuid4().hex}"
    try:
        work.mkdir(parents=True)
        staged_db = work / DB_MEMBER
        shas: list[str] = []
        with zipfile.ZipFile(source) as archive:
            manifest = _manifest(archive, source)
            _check_entries(archive, manifest, source)
            for name, expected in manifest["members"].items():
                target = staged_db if name == DB_MEMBER else work / name.split("/", 1)[1]
                with target.open("wb") as out:
                    _stream(archive, name, expected, out, source)
                if name != DB_MEMBER:
                    shas.append(name.split("/", 1)[1])
        database.check_own_database(staged_db, source=str(source))
        problems = database.integrity_problems(staged_db)
        if problems:
            raise StorageError("store.corrupt", path=str(source), detail=problems[0])
        for sha in shas:
            _adopt(layout, work / sha, sha)
        return database.restore_file(staged_db, layout.database, layout.backups)
    except zipfile.BadZipFile as exc:
        raise _fail(str(exc)[:120], source) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
        with suppress(OSError):
            work.parent.rmdir()  # staging/ exists only while something is staged


def _adopt(layout: DataLayout, staged: Path, sha: str) -> None:
    from ecoassess.evidence import sha256_of

    final = layout.evidence / sha[:2] / sha
    if final.is_file() and sha256_of(final) == sha:
        return
    final.parent.mkdir(parents=True, exist_ok=True)
    fsync_file(staged)
    commit(staged, final, PRIVATE)


# -- when was the last one ----------------------------------------------------------------------

def record_full_backup(layout: DataLayout, dest: Path, when: datetime | None = None) -> None:
    """Remember when (and where) the last full backup was written, for the reminder."""
    data = {"at": (when or datetime.now(UTC)).isoformat(timespec="seconds"), "path": str(dest)}
    layout.backups.mkdir(parents=True, exist_ok=True)
    atomic_write(layout.backups / RECORD, json.dumps(data).encode("utf-8"), mode=PRIVATE)


def last_full_backup(layout: DataLayout) -> datetime | None:
    try:
        data = json.loads((layout.backups / RECORD).read_text(encoding="utf-8"))
        when = datetime.fromisoformat(data["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def full_backup_due(layout: DataLayout, oldest_assessment: datetime | None,
                    now: datetime | None = None) -> bool:
    """True when the last full backup (or, without one, the oldest assessment) is older than
    30 days: the app then reminds the user. Nothing to back up, nothing due."""
    if oldest_assessment is None:
        return False
    since = last_full_backup(layout) or oldest_assessment
    return (now or datetime.now(UTC)) - since > timedelta(days=REMIND_DAYS)

