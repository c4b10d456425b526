"""The Windows branches, run here by simulating the platform (CI has no Windows machine).

Covered elsewhere: the single-instance lock as on Windows (tests/unit/test_private_files_and_lock.py,
filelock's Windows code against a simulated msvcrt), Thai break hints where Qt has no libthai (tests/ui/test_thai_breaks.py), the
windowed ecoassess.exe given a command (tests/ui/test_run_app.py), the first-start language
from a Thai Windows (tests/ui/test_run_app.py).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest


def test_a_file_open_in_another_program_is_explained_not_quoted(tmp_path):
    from ecoassess.errors import os_reason

    class SharingViolation(PermissionError):
        winerror = 32  # ERROR_SHARING_VIOLATION: the PDF is open in the viewer

    reason = os_reason(SharingViolation(None, "The process cannot access the file"))
    no_permission = os_reason(PermissionError(13, "Permission denied"))
    assert reason == no_permission and reason["th"] != "The process cannot access the file"


def test_windows_has_no_folder_handle_to_flush(monkeypatch, tmp_path):
    from ecoassess import fileio

    opened = []
    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(os, "open", lambda *a, **k: opened.append(a) or -1)
    fileio.fsync_folder(tmp_path)
    assert opened == []


@pytest.mark.parametrize(("name", "expected"), [
    ("com1.pdf", "assessment"), ("Nul", "assessment"), ("aux.tar.gz", "assessment"),
    ("LPT9", "assessment"), ("CON ", "assessment"), ("report.", "report"),
    ("console", "console"), ("โรงงาน:ลำพูน*", "โรงงาน-ลำพูน-"),
])
def test_file_names_windows_would_refuse_are_avoided(name, expected):
    from ecoassess.paths import safe_file_name

    assert safe_file_name(name) == expected


def test_the_windowed_self_test_has_no_console_and_does_not_crash(monkeypatch):
    from ecoassess import selftest

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    selftest._say(sys.stdout, "ok   migrations")
    assert selftest._fail("scheme", "missing file") == selftest.EXIT_FAIL


def test_open_with_on_windows_starts_the_app_and_a_command_stays_a_command():
    from ecoassess_app.main import _wants_gui

    assert _wants_gui([r"C:\Users\som\Documents\โรงงาน ลำพูน.ECOASSESS"])
    assert _wants_gui(["--data-dir", r"D:\ecoassess\data", r"E:\class\f1.ecoassess"])
    assert not _wants_gui(["--data-dir", r"D:\ecoassess\data", "list"])


def test_the_frozen_windows_app_finds_its_portable_folder(monkeypatch, tmp_path):
    from ecoassess import paths

    exe = tmp_path / "ecoassess" / "ecoassess.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"MZ")
    (exe.parent / paths.PORTABLE_FLAG).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    assert paths.data_dir() == exe.parent / "data"
    assert Path(paths.executable_dir()) == exe.parent


def test_the_diagnostics_file_opens_in_windows_notepad_as_utf8(tmp_path):
    from ecoassess import diagnostics

    target = diagnostics.save(tmp_path / "d.txt", "ecoassess diagnostics\nโฟลเดอร์", data_root=tmp_path / "x")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Notepad before 2019 guesses ANSI without the BOM
    assert io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig").read().endswith("โฟลเดอร์")
