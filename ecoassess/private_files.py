"""Private per-user folders and copies in them: created 0700, checked, never through a link.

The evidence viewing copy used to go to a shared `/tmp/ecoassess-open`, where another user can
plant a link (chmod then follows it) or read the factory's documents. Here the folder is the
user's own cache folder, made with mode 0700 and checked with lstat (a link or another owner is
refused), and each copy is written to a new file opened with O_EXCL|O_NOFOLLOW, then renamed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ecoassess.errors import EvidenceError

CHUNK = 1024 * 1024
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # 0 on Windows, where links need privileges to make


def default_open_folder() -> Path:
    """The per-user folder for viewing copies (~/.cache/ecoassess/open on Linux,
    %LOCALAPPDATA%\\ecoassess\\Cache\\open on Windows)."""
    from platformdirs import user_cache_path

    return user_cache_path("ecoassess", appauthor=False) / "open"


def _refuse(path: Path) -> EvidenceError:
    return EvidenceError("seams.open.unsafe", path=str(path))


def private_dir(path: Path, *, replace_bad: bool = False) -> Path:
    """`path` as a directory only this user can enter. A link, a file or a folder of another
    user there is refused (or, with `replace_bad`, removed when it is a link or a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, 0o700)
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        if not replace_bad:
            raise _refuse(path)
        os.unlink(path)  # removes a planted link itself, never what it points to
        os.mkdir(path, 0o700)
        info = os.lstat(path)
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise _refuse(path)
    if os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, 0o700, follow_symlinks=False)
    return path


def _same_bytes(path: Path, source: Path) -> bool:
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != os.stat(source).st_size:
            return False
        with open(path, "rb") as a, open(source, "rb") as b:
            while True:
                left, right = a.read(CHUNK), b.read(CHUNK)
                if left != right:
                    return False
                if not left:
                    return True
    except OSError:
        return False


def private_copy(source: Path, target: Path) -> Path:
    """A read-only copy of `source` at `target` (its folder must be private already). A
    regular file with the same bytes is reused; anything else there (a link included) is
    replaced without being followed."""
    target = Path(target)
    if _same_bytes(target, source):
        return target
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | getattr(os, "O_BINARY", 0),
                 0o600)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for block in iter(lambda: src.read(CHUNK), b""):
                out.write(block)
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), 0o444)  # on the open file: no path, no link to follow
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, 0o444)
        if os.name != "posix" and os.path.lexists(target):
            os.chmod(target, 0o644)  # Windows cannot replace a read-only file
        os.replace(tmp, target)  # replaces a planted link itself, never its target
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target
