"""Readers open fast and still see damage: the list read with sqlite3 alone, no integrity pass on a
reader's open, the full check after a writer died."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import object_session

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.errors import StorageError
from ecoassess.storage import database, list_assessments, open_store
from ecoassess.storage import models as orm


def _orm_summary(row: orm.Assessment) -> model.AssessmentSummary:
    """The ORM's own reading of a row, field by field (a field added to the summary and the
    table is picked up here, so the lean reader cannot silently miss it)."""
    values = {}
    for field in dataclasses.fields(model.AssessmentSummary):
        if field.name.startswith("factory_"):
            values[field.name] = getattr(row.factory, "name_" + field.name.removeprefix("factory_"))
        elif field.name == "carried_from_year":  # derived: the source's year, while it exists
            source = row.carried_from and object_session(row).get(orm.Assessment, row.carried_from)
            values[field.name] = source.assessment_year if source else None
        else:
            values[field.name] = getattr(row, field.name)
    values["status"] = model.AssessmentStatus(values["status"])
    return model.AssessmentSummary(**values)


def test_a_trainers_list_read_with_sqlite3_alone_matches_the_orm_field_for_field(tmp_path):
    store = open_store(tmp_path / "data")
    demo = create_demo(store)
    copy = store.copy_forward(demo)
    mill = store.create_assessment(
        model.FactoryProfile(name_th="โรงงานน้ำตาลมิตรผล", name_en="Mitr Phol sugar mill"),
        scheme_id="eco-factory", scheme_version="2026.1", assessment_date=date(2026, 1, 31))
    store.update_assessment(copy, status=model.AssessmentStatus.COMPLETE)
    unnamed = store.create_assessment(model.FactoryProfile(), scheme_id="eco-factory",
                                      scheme_version="2026.1")
    with store._read() as s:  # noqa: SLF001 - the reference reading, through the ORM
        rows = s.scalars(select(orm.Assessment)
                         .order_by(orm.Assessment.updated_at.desc(), orm.Assessment.id)).all()
        expected = [_orm_summary(r) for r in rows]
    assert {s.id for s in expected} == {demo, copy, mill, unnamed}
    assert store.list_assessments() == expected
    store.close()
    assert list_assessments(tmp_path / "data") == expected  # the `list` command's reading
    mill_row = next(s for s in expected if s.id == mill)
    assert mill_row.assessment_date == date(2026, 1, 31) and mill_row.factory_en == "Mitr Phol sugar mill"


def test_listing_a_new_folder_creates_it_and_lists_nothing(tmp_path):
    assert list_assessments(tmp_path / "new") == []
    assert (tmp_path / "new" / "ecoassess.sqlite3").exists()


def _count_checks(monkeypatch) -> list[bool]:
    calls: list[bool] = []
    real = database.integrity_problems

    def counting(path: Path, *, quick: bool = False) -> list[str]:
        calls.append(quick)
        return real(path, quick=quick)

    monkeypatch.setattr(database, "integrity_problems", counting)
    return calls


def test_a_reader_skips_the_integrity_pass_a_writer_runs_it(tmp_path, monkeypatch):
    store = open_store(tmp_path / "data")
    create_demo(store)
    store.close()
    calls = _count_checks(monkeypatch)
    open_store(tmp_path / "data", read_only=True).close()
    assert list_assessments(tmp_path / "data") and calls == []
    open_store(tmp_path / "data").close()
    assert calls == [True]  # quick_check: the previous writer closed cleanly


def _damage_table(db: Path, table: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\xff" * page_size
    db.write_bytes(bytes(data))


def test_a_reader_meeting_a_damaged_page_gets_the_clear_error_and_the_file_is_kept(tmp_path, cli_main):
    data = tmp_path / "data"
    store = open_store(data)
    create_demo(store)
    store.close()
    db = data / "ecoassess.sqlite3"
    _damage_table(db, "assessment")
    damaged = db.read_bytes()
    for lang, words in (("en", "is damaged"), ("th", "เสียหาย")):
        code, out, err = cli_main(["--data-dir", str(data), "--ui-lang", lang, "list", "--json"])
        assert code == 1 and out == "" and words in err and "backups" in err and "internal" not in err
    with pytest.raises(StorageError) as caught:
        open_store(data)  # a writer's quick_check refuses it before any write
    assert caught.value.key == "store.corrupt"
    assert db.read_bytes() == damaged


@pytest.fixture
def cli_main(capsys):
    from ecoassess.cli import main

    def run(argv: list[str]) -> tuple[int, str, str]:
        code = main(argv)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.mark.skipif(sys.platform == "win32", reason="kills a process with SIGKILL")
def test_after_a_writer_was_killed_the_next_open_runs_the_full_check(tmp_path, monkeypatch):
    data = tmp_path / "data"
    code = ("import sys, time; from pathlib import Path; from ecoassess.storage import open_store\n"
            "store = open_store(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(data)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    os.kill(child.pid, signal.SIGKILL)  # no close, no release: as a crash or a power cut
    child.wait(30)
    calls = _count_checks(monkeypatch)
    open_store(data).close()
    assert calls == [False]  # integrity_check, not quick_check
    open_store(data).close()
    assert calls == [False, True]  # that open closed cleanly: back to the quick check
