"""Diagnostics for offline support: what support needs, nothing of the factory, written safely."""

from __future__ import annotations

import pytest

from ecoassess import __version__, diagnostics
from ecoassess.errors import ValidationError


def test_an_officer_sends_versions_paths_and_the_log_tail_but_no_answers(tmp_path):
    from ecoassess import model
    from ecoassess.storage import open_store

    data = tmp_path / "data"
    store = open_store(data)
    store.create_assessment(model.FactoryProfile(name_th="บริษัท สยามพลาสติกรักษ์โลก จำกัด"),
                            scheme_id="eco-factory", scheme_version="2026.1")
    store.close()
    log = tmp_path / "ecoassess.log"
    log.write_text("".join(f"2026-03-01 line {i}\n" for i in range(10_000)), encoding="utf-8")
    text = diagnostics.report(data, log_file=log, scheme="eco-factory 2026.1",
                              extra=[("ui language", "th")])
    assert text.startswith("ecoassess diagnostics\n")
    assert "ecoassess    " in text and __version__ in text and "eco-factory 2026.1" in text
    assert str(data) in text and "ecoassess.sqlite3" in text and "bytes" in text
    assert "ui language" in text and "package PySide6-Essentials" in text
    tail = text.split("--- the end of the log", 1)[1]
    assert "line 9999" in tail and "line 10 \n" not in tail
    assert len(tail) <= diagnostics.LOG_TAIL_BYTES + 200
    assert tail.splitlines()[1].startswith("2026-03-01 line")  # starts at a whole line
    assert "สยามพลาสติก" not in text


def test_no_log_and_an_unreadable_log_are_said_plainly(tmp_path):
    assert "logging is off" in diagnostics.report(tmp_path, log_file=None)
    assert "cannot be read" in diagnostics.log_tail(tmp_path / "missing.log")


def test_saving_never_lands_on_the_database_and_replaces_only_its_own_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "ecoassess.sqlite3").write_bytes(b"SQLite format 3\x00")
    text = diagnostics.report(data, log_file=None)
    with pytest.raises(ValidationError) as refused:
        diagnostics.save(data / "ecoassess.sqlite3", text, data_root=data, force=True)
    assert refused.value.key == "output.app_file"
    target = tmp_path / "ecoassess-diagnostics.txt"
    diagnostics.save(target, text, data_root=data)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfecoassess diagnostics\n")  # Notepad: UTF-8
    diagnostics.save(target, text + "again", data_root=data)  # its own earlier file: replaced
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear sir", encoding="utf-8")
    with pytest.raises(ValidationError) as other:
        diagnostics.save(letter, text, data_root=data)
    assert other.value.key == "output.exists_other"
    assert "ไฟล์ข้อมูลวินิจฉัยปัญหา" in other.value.message("th")
    assert letter.read_text(encoding="utf-8") == "Dear sir"
