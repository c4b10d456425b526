"""A file that cannot be written is explained in the officer's language, with what to do."""

from __future__ import annotations

import errno
import os

import pytest

from ecoassess.errors import ExportError, os_reason
from ecoassess.spreadsheet import _write_atomically


def test_permission_denied_says_the_file_may_be_open_elsewhere():
    reason = os_reason(PermissionError(errno.EACCES, "Permission denied"))
    assert "เปิดอยู่ในโปรแกรมอื่น" in reason["th"] and "open in another program" in reason["en"]
    assert os_reason(OSError(errno.ENOSPC, "No space left on device"))["en"] == "the disk is full"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == {"th": "Input/output error",
                                                                    "en": "Input/output error"}


def test_a_folder_without_write_permission_gives_a_thai_reason_and_leaves_nothing(tmp_path, monkeypatch):
    import tempfile

    def refused(*_args, **_kwargs):  # a read-only share, or a folder of another user
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportError) as failed:
        # the dossier's writer (ecoassess.fileio.atomic_write with the dossier's message)
        from ecoassess.fileio import atomic_write

        atomic_write(tmp_path / "dossier.pdf", b"%PDF-", error_key="error.dossier_write")
    assert "ไม่มีสิทธิ์" in failed.value.message("th") and str(tmp_path) in failed.value.message("th")
    assert list(tmp_path.iterdir()) == []


def test_a_workbook_that_cannot_replace_the_old_one_leaves_no_temporary_file(tmp_path, monkeypatch):
    def locked(src, dst):  # Windows: the workbook is open in Excel
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as failed:
        _write_atomically(tmp_path / "class.xlsx", b"data")
    assert "open in another program" in failed.value.message("en")
    assert "ปิดไฟล์แล้วลองใหม่" in failed.value.message("th")
    assert list(tmp_path.iterdir()) == []
