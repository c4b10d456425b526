"""One writer per data folder: an OS lock on a file (filelock), released by the OS if the process
dies. The same on Windows and Linux.

The holder's pid lives in a file beside the lock, never in the lock file itself: on Windows a
locked file cannot be read by a second instance, and filelock truncates the lock file when it
tries to take it. So a second instance always gets the friendly "already open (pid N)".
Readers take no lock at all (see `open_store`).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import filelock

from ecoassess.errors import StorageError, os_reason


class DataFolderLock:
    """An exclusive, non-blocking lock; a second app instance gets a clear StorageError."""

    def __init__(self, path: Path, lock_class: Any = None) -> None:
        self.path = Path(path)
        self.pid_file = self.path.with_name(self.path.name + ".pid")
        # thread_local/is_singleton off: one lock object per open store, held by whichever
        # thread (the GUI or a worker) last used the store.
        self._lock = (lock_class or filelock.FileLock)(
            str(self.path), timeout=0, thread_local=False, is_singleton=False)
        self._held = False
        # A pid a previous holder left behind: it died (crash, kill, power cut) without
        # releasing, so its last writes deserve a full integrity check.
        self.unclean = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout as exc:
            raise StorageError("store.locked", path=str(self.path.parent),
                               pid=self.holder()) from exc
        except OSError as exc:  # the lock file cannot be made (read-only disk, a planted link)
            raise StorageError("seams.lock.failed", path=str(self.path.parent),
                               detail=os_reason(exc)) from exc
        self._held = True
        # A clean release removes the pid file: one still here names a holder that died.
        self.unclean = self.holder() != "?"
        # Without it only the "already open" message of a second instance would miss the pid.
        with contextlib.suppress(OSError):
            self.pid_file.write_text(str(os.getpid()), encoding="utf-8")

    def holder(self) -> str:
        """The pid written by the instance holding the lock, or "?"."""
        try:
            return self.pid_file.read_text(encoding="utf-8").strip() or "?"
        except OSError:
            return "?"

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        try:
            if self.holder() == str(os.getpid()):
                self.pid_file.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            self._lock.release()
