"""One writer per data folder: an OS lock on a file, released by the OS if the process dies."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from ecoassess.errors import StorageError


class DataFolderLock:
    """An exclusive, non-blocking lock; a second app instance gets a clear StorageError."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None
        # The pid a previous holder left behind: it died (crash, kill, power cut) without
        # releasing, so its last writes deserve a full integrity check.
        self.unclean = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+", encoding="utf-8")
        try:
            _lock(fh)
        except OSError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            fh.close()
            raise StorageError("store.locked", path=str(self.path.parent), pid=holder) from exc
        fh.seek(0)
        self.unclean = bool(fh.read().strip())
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                try:  # an empty file tells the next holder that this one closed cleanly
                    self._fh.seek(0)
                    self._fh.truncate()
                    self._fh.flush()
                except OSError:
                    pass
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None


if sys.platform == "win32":
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
