"""The evidence viewing copy in a private per-user folder that never follows a planted link, and
the single-instance lock (filelock) with its friendly refusal, the Windows way simulated."""

from __future__ import annotations

import os
import stat
import sys
import types
from pathlib import Path

import filelock
import pytest

from ecoassess.errors import EvidenceError, StorageError
from ecoassess.evidence import EvidenceStore
from ecoassess.private_files import default_open_folder
from ecoassess.storage import open_store
from ecoassess.storage.lock import DataFolderLock

posix_only = pytest.mark.skipif(os.name != "posix", reason="modes and links as on Linux")


@pytest.fixture()
def stored(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    source = tmp_path / "ใบรับรอง ISO 14001.pdf"
    source.write_bytes(b"%PDF-1.7 certificate")
    return store, store.put(source).sha256, source


@posix_only
def test_the_viewing_copy_lives_in_a_private_folder_of_this_user(stored, tmp_path):
    store, sha, source = stored
    view = store.viewing_copy(sha, source.name)
    base = default_open_folder()
    assert base.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))  # the user's own, not /tmp
    assert view.parent.parent == base and view.name == source.name
    assert view.read_bytes() == source.read_bytes()
    for folder in (base, view.parent):
        assert stat.S_IMODE(os.lstat(folder).st_mode) == 0o700
    assert stat.S_IMODE(view.stat().st_mode) == 0o444
    assert store.viewing_copy(sha, source.name) == view  # reused, not copied again


@posix_only
def test_a_planted_link_at_the_copy_is_replaced_never_followed(stored, tmp_path):
    store, sha, source = stored
    view = store.viewing_copy(sha, source.name)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    victim.chmod(0o600)
    view.chmod(0o644)
    view.unlink()
    view.symlink_to(victim)
    again = store.viewing_copy(sha, source.name)
    assert not again.is_symlink() and again.read_bytes() == source.read_bytes()
    assert victim.read_text() == "someone else's file"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600  # chmod never went through the link


@posix_only
def test_a_planted_link_for_the_hash_folder_is_replaced(stored, tmp_path):
    store, sha, source = stored
    base = tmp_path / "open"
    base.mkdir(mode=0o700)
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (base / sha[:16]).symlink_to(elsewhere, target_is_directory=True)
    view = store.viewing_copy(sha, source.name, base)
    assert not (base / sha[:16]).is_symlink() and list(elsewhere.iterdir()) == []
    assert view.read_bytes() == source.read_bytes()


@posix_only
def test_a_base_folder_that_is_a_link_is_refused_with_a_reason(stored, tmp_path):
    store, sha, source = stored
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    (tmp_path / "open").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(EvidenceError) as caught:
        store.viewing_copy(sha, source.name, tmp_path / "open")
    assert caught.value.key == "seams.open.unsafe"
    assert "ไม่ปลอดภัย" in caught.value.message("th")
    assert list(elsewhere.iterdir()) == []


@posix_only
def test_a_loose_mode_on_our_own_folder_is_tightened(stored, tmp_path):
    store, sha, source = stored
    base = tmp_path / "open"
    base.mkdir(mode=0o777)
    base.chmod(0o777)
    store.viewing_copy(sha, source.name, base)
    assert stat.S_IMODE(os.lstat(base).st_mode) == 0o700


def test_the_lock_is_filelock_and_a_second_writer_gets_the_friendly_refusal(tmp_path):
    first = open_store(tmp_path / "data")
    try:
        assert isinstance(first._lock._lock, filelock.BaseFileLock)
        with pytest.raises(StorageError) as caught:
            open_store(tmp_path / "data")
        assert caught.value.key == "store.locked"
        assert caught.value.params["pid"] == str(os.getpid())
        reader = open_store(tmp_path / "data", read_only=True)  # readers still work
        assert reader.list_assessments() == []
        reader.close()
    finally:
        first.close()
    again = open_store(tmp_path / "data")  # released: the next instance opens
    again.close()


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking as Windows behaves: a byte range locked by one handle refuses another."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}  # (device, inode) -> the fd holding it
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((mode, nbytes))
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino)
        if mode == self.LK_NBLCK:
            if self.held.get(key, fd) != fd:
                raise PermissionError(13, "Permission denied")  # what Windows raises
            self.held[key] = fd
        else:
            self.held.pop(key, None)


class FakeKernel32:
    """GetFileAttributesW for filelock's reparse-point check: no file is a link here."""

    class _Function:
        argtypes: object = None
        restype: object = None

        def __call__(self, path: str) -> int:
            return 0x80  # FILE_ATTRIBUTE_NORMAL

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        self.GetFileAttributesW = self._Function()


@pytest.fixture
def windows_filelock(monkeypatch):
    """filelock's own WindowsFileLock, loaded as on Windows (msvcrt and kernel32 simulated):
    the code that runs on the officers' laptops, run here."""
    import ctypes
    import importlib.util

    import filelock._windows as real

    fake = FakeMsvcrt()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(ctypes, "WinDLL", FakeKernel32, raising=False)
    spec = importlib.util.spec_from_file_location("filelock._windows_simulated", real.__file__)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "filelock"
    spec.loader.exec_module(module)
    return module.WindowsFileLock, fake


def test_on_windows_a_second_instance_still_gets_already_open_with_the_pid(
        windows_filelock, tmp_path, monkeypatch):
    lock_class, fake = windows_filelock
    lock_path = tmp_path / "data" / "ecoassess.lock"
    real_read_text = Path.read_text

    def locked_read_text(self, *args, **kwargs):  # a locked file cannot be read on Windows
        if self == lock_path and fake.held:
            raise PermissionError(13, "The process cannot access the file")
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", locked_read_text)
    first = DataFolderLock(lock_path, lock_class)
    first.acquire()
    try:
        second = DataFolderLock(lock_path, lock_class)
        with pytest.raises(StorageError) as caught:
            second.acquire()
        assert caught.value.key == "store.locked"
        assert caught.value.params["pid"] == str(os.getpid())  # read beside the lock, not from it
        assert "ใช้งาน" in caught.value.message("th")
    finally:
        first.release()
    assert not first.pid_file.exists()
    second.acquire()  # released: the next instance takes it
    second.release()
    assert fake.calls and all(nbytes == 1 for _mode, nbytes in fake.calls)


def test_a_lock_file_that_cannot_be_made_is_a_reason(tmp_path):
    class Unwritable:
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            pass

        def acquire(self, timeout: float | None = None) -> None:
            raise PermissionError(13, "Permission denied")

    with pytest.raises(StorageError) as caught:
        DataFolderLock(tmp_path / "ecoassess.lock", Unwritable).acquire()
    assert caught.value.key == "seams.lock.failed"
    assert "Permission denied" not in caught.value.message("th")


@pytest.mark.skipif(sys.platform != "win32", reason="the real Windows lock, where it can run")
def test_the_real_windows_lock(tmp_path):  # pragma: no cover - runs on Windows CI only
    assert filelock.FileLock is filelock.WindowsFileLock
    first = DataFolderLock(tmp_path / "ecoassess.lock")
    first.acquire()
    with pytest.raises(StorageError):
        DataFolderLock(tmp_path / "ecoassess.lock").acquire()
    first.release()
