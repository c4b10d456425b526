"""Files the app writes: one check of an output path, and one atomic write.

Every writer (dossier, packages, spreadsheets, workshop and estate reports, backups) calls
`check_output` before it starts working, then `atomic_write` to put the bytes in place:
- an output never lands on what the app depends on (the database and its `-wal`/`-shm`/
  `-journal`, the lock file, `evidence/`, `backups/`, `staging/`, `schemes/`), nor on the
  command's own input;
- an existing file is replaced only when it is of the kind the command writes and was made by
  this app (a PDF whose Producer is ecoassess, a package with the app's manifest, a workbook
  with the app as creator, a CSV with the app's BOM and header row), or with `force`;
- the bytes go to a temporary file beside the target, are flushed to disk (file and folder),
  take the old file's permissions (or the usual ones for a new file), and replace the target in
  one rename: a crash or a full disk leaves either the old file or the new one, never half.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from ecoassess.errors import ExportError, ValidationError, os_reason

KINDS = ("pdf", "package", "xlsx", "csv", "backup")
DB_NAME = "ecoassess.sqlite3"
DB_SIDECARS = ("", "-wal", "-shm", "-journal")
APP_FOLDERS = ("evidence", "backups", "staging", "schemes")
LOCK_NAME = "ecoassess.lock"
CSV_BOM = b"\xef\xbb\xbf"


def _resolved(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().resolve(strict=False)


def _is_same(a: Path, b: Path) -> bool:
    try:
        return a == b or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _app_paths(data_root: Path) -> tuple[list[Path], list[Path]]:
    files = [data_root / (DB_NAME + suffix) for suffix in DB_SIDECARS] + [data_root / LOCK_NAME]
    folders = [data_root / name for name in APP_FOLDERS]
    return files, folders


def depends_on(path: Path, data_root: Path | None) -> bool:
    """True when `path` is a file the app in `data_root` depends on (or lies in such a folder)."""
    if data_root is None:
        return False
    root = _resolved(data_root)
    target = _resolved(path)
    files, folders = _app_paths(root)
    if any(_is_same(target, f) for f in files):
        return True
    return any(target == d or d in target.parents for d in folders)


def is_app_output(path: Path, kind: str, csv_header: Iterable[str] | None = None) -> bool:
    """True when the existing file at `path` is of `kind` and was written by this app."""
    try:
        if not path.is_file():
            return False
        if kind == "pdf":
            return _pdf_made_by_app(path)
        if kind == "package":
            return _zip_member_has(path, "manifest.json", b'"ecoassess-package"')
        if kind == "xlsx":
            return _zip_member_has(path, "docProps/core.xml", b"<dc:creator>ecoassess</dc:creator>")
        if kind == "csv":
            with path.open("rb") as fh:
                head = fh.read(4096)
            if not head.startswith(CSV_BOM):
                return False
            if csv_header is None:
                return True
            first = head[len(CSV_BOM):].split(b"\r\n", 1)[0].split(b"\n", 1)[0]
            return first.decode("utf-8", "replace").split(",")[:2] == list(csv_header)[:2]
        if kind == "backup":
            with path.open("rb") as fh:
                return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
    raise ValueError(f"unknown output kind {kind!r}")


_MARKS = (b"/Producer (ecoassess", b"/Producer(ecoassess")


def _pdf_made_by_app(path: Path) -> bool:
    with path.open("rb") as fh:
        if fh.read(5) != b"%PDF-":
            return False
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        # The Info dictionary often sits near the end (pypdf's rewrite, small ReportLab files)
        fh.seek(max(0, size - 65536))
        tail = fh.read()
        if any(mark in tail for mark in _MARKS):
            return True
        # else the trailer names it, and the cross-reference table gives its offset
        info = re.search(rb"/Info\s+(\d+)\s+0\s+R", tail)
        start = re.findall(rb"startxref\s+(\d+)", tail)
        if info is None or not start:
            return False
        number, xref = int(info.group(1)), int(start[-1])
        fh.seek(xref)
        head = fh.read(64)
        section = re.match(rb"xref\s+(\d+)\s+(\d+)\s", head)
        if section is None or not int(section.group(1)) <= number < sum(map(int, section.groups())):
            return False
        fh.seek(xref + section.end() + 20 * (number - int(section.group(1))))
        entry = re.match(rb"(\d{10}) \d{5} n", fh.read(20))
        if entry is None:
            return False
        fh.seek(int(entry.group(1)))
        return any(mark in fh.read(8192) for mark in _MARKS)


def _zip_member_has(path: Path, member: str, needle: bytes) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(member)
            if info.file_size > 1_000_000:
                return False
            return needle in zf.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


def check_output(path: str | os.PathLike[str] | None, *, kind: str, data_root: Path | None = None,
                 inputs: Iterable[str | os.PathLike[str]] = (), force: bool = False,
                 csv_header: Iterable[str] | None = None) -> Path:
    """The resolved output path, once it is safe to write there; ValidationError otherwise.

    Call before any work starts, so that a bad path costs the user nothing.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown output kind {kind!r}")
    if path is None or not str(path).strip():
        raise ValidationError("output.empty")
    target = _resolved(path)
    if target.is_dir():
        raise ValidationError("cli.output_is_folder", path=str(target))
    if depends_on(target, data_root):
        raise ValidationError("output.app_file", path=str(target))
    if any(_is_same(target, _resolved(source)) for source in inputs):
        raise ValidationError("output.is_input", path=str(target))
    if target.exists() and not force and not is_app_output(target, kind, csv_header):
        from ecoassess.errors import bilingual

        raise ValidationError("output.exists_other", path=str(target),
                              kind=bilingual(f"output.kind.{kind}"))
    return target


def atomic_write(path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], None], *,
                 error_key: str = "output.write_failed", mode: int | None = None) -> Path:
    """Write `data` (bytes, or a function writing to a binary file) to `path` atomically.

    The file and its folder are flushed to disk before and after the rename. The new file keeps
    the permissions of the file it replaces, else `mode`, else the usual ones (0o666 less the
    umask: a dossier or a package is meant to be shared). An OSError becomes an ExportError
    (`error_key` with `path` and a bilingual `detail`), and no temporary file is left behind.
    """
    target = Path(path)
    tmp_name: str | None = None
    try:
        keep = stat.S_IMODE(target.stat().st_mode) if target.exists() else mode
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, keep if keep is not None else 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
        fsync_folder(target.parent)
    except OSError as exc:
        raise ExportError(error_key, path=str(target), detail=os_reason(exc)) from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
    return target


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:
        current = os.umask(0o022)
        os.umask(current)
        _UMASK.append(current)
    return _UMASK[0]
