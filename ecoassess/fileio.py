"""Files the app reads and writes: one check of an output path, one atomic write, safe inputs.

Every writer (dossier, packages, spreadsheets, workshop reports, backups) calls `check_output`
before it starts working, then `atomic_write` (or `atomic_path`) to put the bytes in place:
- an output never lands in the data folder (the database and its `-wal`/`-shm`/`-journal`, the
  lock file, `evidence/`, `backups/`, `staging/`, `schemes/`, or anything else in it), nor on
  the command's own input;
- an existing file is replaced only when it is of the kind the command writes and was made by
  this app (a PDF whose Producer is ecoassess, a package or full backup with the app's
  manifest, a workbook with the app as creator, a CSV with the app's BOM and header row, an
  answer file, a database backup with the app's application id), or with `force`;
- the bytes go to a temporary file beside the target, are flushed to disk (file and folder),
  take the old file's permissions (or the writer's, or the usual ones for a new file), and
  replace the target in one rename: a crash or a full disk leaves either the old file or the
  new one, never half.
Inputs given by the user go through `open_input`/`check_input`: a FIFO or a device is refused
before a byte is read (a plain `open()` of a FIFO blocks for ever).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ecoassess.errors import ExportError, ValidationError, bilingual, os_reason, sqlite_reason

KINDS = ("pdf", "package", "xlsx", "csv", "answers", "backup", "full-backup", "diagnostics")
DB_NAME = "ecoassess.sqlite3"
DB_SIDECARS = ("", "-wal", "-shm", "-journal")
APP_FOLDERS = ("evidence", "backups", "staging", "schemes")
LOCK_NAME = "ecoassess.lock"
CSV_BOM = b"\xef\xbb\xbf"
APPLICATION_ID = 0x45434F41  # "ECOA" in the SQLite header of the app's databases
MAX_NAME_BYTES = 255  # the longest file name Linux, macOS and Windows all accept
PRIVATE = 0o600  # backups and evidence: the data folder is the user's own
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                    *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def is_folder(path: str | os.PathLike[str]) -> bool:
    """Path.is_dir() that answers False for a path the system cannot even look up (too long)."""
    try:
        return Path(path).is_dir()
    except OSError:
        return False


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


def depends_on(path: str | os.PathLike[str], data_root: Path | None) -> bool:
    """True when `path` is in the data folder `data_root` (which holds only what the app
    depends on) or is one of its files under another name (a hard link)."""
    if data_root is None:
        return False
    root = _resolved(data_root)
    target = _resolved(path)
    if target == root or root in target.parents:
        return True
    files, _folders = _app_paths(root)
    return any(_is_same(target, f) for f in files)


def is_device_name(path: str | os.PathLike[str]) -> bool:
    """Windows device names (NUL, CON, COM1…, `\\\\.\\…`): not files, whatever the folder."""
    text = str(path)
    if text.startswith(("\\\\.\\", "\\\\?\\GLOBALROOT", "//./")):
        return True
    stem = Path(text).name.split(".")[0].rstrip(" ").upper()
    return stem in _WINDOWS_DEVICES


def is_app_output(path: Path, kind: str, csv_headers: Iterable[Sequence[str]] | None = None) -> bool:
    """True when the existing file at `path` is of `kind` and was written by this app."""
    if kind not in KINDS:
        raise ValueError(f"unknown output kind {kind!r}")
    try:
        if not path.is_file():
            return False
        if kind == "pdf":
            return _pdf_made_by_app(path)
        if kind == "package":
            return _zip_member_has(path, "manifest.json", b'"ecoassess-package"')
        if kind == "full-backup":
            return _zip_member_has(path, "manifest.json", b'"ecoassess-backup"')
        if kind == "xlsx":
            return _zip_member_has(path, "docProps/core.xml", b"<dc:creator>ecoassess</dc:creator>")
        if kind == "csv":
            return _csv_made_by_app(path, csv_headers)
        if kind == "answers":
            with path.open("rb") as fh:
                head = fh.read(65536)
            return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and \
                b'"ecoassess-answers"' in head
        if kind == "diagnostics":  # ecoassess.diagnostics: BOM, then its header line
            with path.open("rb") as fh:
                return fh.read(64).removeprefix(CSV_BOM).startswith(b"ecoassess diagnostics\n")
        with path.open("rb") as fh:  # backup
            return database_identity(fh.read(100)) == "app"
    except OSError:
        return False


def database_identity(header: bytes) -> str:
    """What a file's first 100 bytes say: "app" (an ecoassess database), "older" (SQLite without
    an application id: a database of an app version before 0002, or any other SQLite file),
    "foreign" (another application's SQLite file), "empty" or "not-sqlite"."""
    if not header:
        return "empty"
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return "not-sqlite"
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return "app"
    return "older" if app_id == 0 else "foreign"


def _csv_made_by_app(path: Path, csv_headers: Iterable[Sequence[str]] | None) -> bool:
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head.startswith(CSV_BOM):
        return False
    if csv_headers is None:
        return True
    first = head[len(CSV_BOM):].split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    cells = first.split(",")
    return any(cells[:2] == list(header)[:2] for header in csv_headers)


def _pdf_made_by_app(path: Path) -> bool:
    """A PDF whose Info dictionary names ecoassess as its producer. ReportLab writes the Info
    dictionary anywhere in the file (before the fonts, not only near the end): scan it all."""
    needles = (b"/Producer (ecoassess", b"/Producer(ecoassess")
    with path.open("rb") as fh:
        if fh.read(5) != b"%PDF-":
            return False
        tail = b""
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            window = tail + block
            if any(needle in window for needle in needles):
                return True
            tail = window[-32:]
    return False


def _zip_member_has(path: Path, member: str, needle: bytes) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(member)
            if info.file_size > 1_000_000:
                return False
            return needle in zf.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, NotImplementedError):
        return False


def check_output(path: str | os.PathLike[str] | None, *, kind: str, data_root: Path | None = None,
                 inputs: Iterable[str | os.PathLike[str]] = (), force: bool = False,
                 csv_headers: Iterable[Sequence[str]] | None = None) -> Path:
    """The resolved output path, once it is safe to write there; ValidationError otherwise.

    Call before any work starts, so that a bad path costs the user nothing. `csv_headers` are
    the header rows (first cells) of the app's CSV files that may be replaced without `force`.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown output kind {kind!r}")
    if path is None or not str(path).strip():
        raise ValidationError("output.empty")
    try:
        return _check_output(path, kind, data_root, inputs, force, csv_headers)
    except OSError as exc:  # a path the system cannot look up (too long, a loop of links…)
        raise ExportError("output.write_failed", path=str(path), detail=os_reason(exc)) from exc


def _check_output(path: str | os.PathLike[str], kind: str, data_root: Path | None,
                  inputs: Iterable[str | os.PathLike[str]], force: bool,
                  csv_headers: Iterable[Sequence[str]] | None) -> Path:
    target = _resolved(path)
    if len(target.name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        raise ValidationError("output.name_too_long", path=str(target), limit=MAX_NAME_BYTES)
    if os.name == "nt" and is_device_name(path):
        raise ValidationError("output.special", path=str(target))
    if target.is_dir():
        raise ValidationError("cli.output_is_folder", path=str(target))
    if data_root is not None and depends_on(target, data_root):
        files, _folders = _app_paths(_resolved(data_root)) if data_root else ([], [])
        if target.exists() or any(_is_same(target, f) for f in files):
            raise ValidationError("output.app_file", path=str(target))
        raise ValidationError("output.in_data_folder", path=str(target), root=str(_resolved(data_root)))
    if any(_is_same(target, _resolved(source)) for source in inputs):
        raise ValidationError("output.is_input", path=str(target))
    if not target.parent.is_dir():
        raise ValidationError("output.no_folder", path=str(target.parent))
    if not os.access(target.parent, os.W_OK):  # said before the work, not after it
        raise ExportError("output.write_failed", path=str(target), detail=bilingual("os.no_permission"))
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        raise ValidationError("output.special", path=str(target))
    if target.exists() and not force and not is_app_output(target, kind, csv_headers):
        raise ValidationError("output.exists_other", path=str(target),
                              kind=bilingual(f"output.kind.{kind}"))
    return target


# -- writing ------------------------------------------------------------------------------------

@contextmanager
def atomic_path(path: str | os.PathLike[str], *, mode: int | None = None,
                error_key: str = "output.write_failed") -> Iterator[Path]:
    """A temporary file beside `path` for the caller to fill (by its path: SQLite's backup API
    needs one); on a clean exit it is flushed and renamed over `path`, else removed.

    An OSError or a SQLite error (a full disk while copying) becomes an ExportError
    (`error_key` with `path` and a bilingual `detail`).
    """
    target = Path(path)
    tmp: Path | None = None
    try:
        keep = stat.S_IMODE(target.stat().st_mode) if target.is_file() else mode
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp",
                                        dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        yield tmp
        fsync_file(tmp)
        commit(tmp, target, keep)
        tmp = None
    except OSError as exc:
        raise ExportError(error_key, path=str(target), detail=os_reason(exc)) from exc
    except sqlite3.Error as exc:
        raise ExportError(error_key, path=str(target), detail=sqlite_reason(exc)) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def atomic_write(path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], None], *,
                 error_key: str = "output.write_failed", mode: int | None = None) -> Path:
    """Write `data` (bytes, or a function writing to a binary file) to `path` atomically.

    The new file keeps the permissions of the file it replaces, else `mode`, else the usual
    ones (0o666 less the umask: a dossier or a package is meant to be shared).
    """
    with atomic_path(path, mode=mode, error_key=error_key) as tmp, tmp.open("r+b") as fh:
        if callable(data):
            data(fh)
        else:
            fh.write(data)
    return Path(path)


def commit(tmp: Path, target: Path, mode: int | None = None) -> None:
    """The last step of every atomic write: permissions, one rename, the folder flushed.

    `tmp` must already be flushed to disk (`fsync_file`) and lie in `target`'s folder.
    """
    os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
    os.replace(tmp, target)
    fsync_folder(target.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some network and FAT mounts cannot flush a folder: the rename stands
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:
        current = os.umask(0o022)
        os.umask(current)
        _UMASK.append(current)
    return _UMASK[0]


# -- reading what the user names ----------------------------------------------------------------

def open_input(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a file the user named, refusing FIFOs, devices and folders before reading a byte.

    POSIX: opened with O_NONBLOCK (a FIFO would block a plain open) and checked with fstat.
    Windows: device names such as NUL, CON or `\\\\.\\PhysicalDrive0` are refused by name.
    """
    shown = str(path)
    if os.name == "nt" and is_device_name(path):
        raise ValidationError("input.special", path=shown)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise ValidationError("cli.no_such_file", path=shown) from exc
        if exc.errno == errno.EISDIR or is_folder(path):
            raise ValidationError("input.folder", path=shown) from exc
        raise ValidationError("input.unreadable", path=shown, detail=os_reason(exc)) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError("input.folder", path=shown)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("input.special", path=shown)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_input(path: str | os.PathLike[str]) -> Path:
    """`path` once it is known to be a readable regular file (see `open_input`)."""
    with open_input(path):
        pass
    return Path(path)
