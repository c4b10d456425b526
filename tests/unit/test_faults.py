"""SQLite faults driven through the store: a full disk, an I/O error, another program's lock.

Each one is a one-line reason in both languages (never SQL text, never "damaged"), the change is
rolled back, the database is exactly as it was, and the next command works.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import event

from ecoassess import model
from ecoassess.errors import StorageError
from ecoassess.storage import open_store
from ecoassess.storage.database import integrity_problems
from ecoassess.storage.service import Store
from tests.unit.portable_helpers import db_dump

PROFILE = model.FactoryProfile(name_th="บริษัท ทดสอบความทนทาน จำกัด", name_en="Fault Test Co.",
                               province="ระยอง", employees_permanent=80)


@pytest.fixture()
def folder(tmp_path):
    store = open_store(tmp_path / "data")
    aid = store.create_assessment(PROFILE, scheme_id="eco-factory", scheme_version="2026.1",
                                  planned_audit_date=date(2027, 3, 1))
    store.save_answer(aid, "C01", value={"inventory": True}, note="ลดการใช้น้ำ")
    store.close()
    return tmp_path / "data", aid


def _assert_reason(error: StorageError, english: str, thai: str) -> None:
    assert error.key == "store.db_fault"
    en, th = error.message("en"), error.message("th")
    assert english in en and thai in th
    assert "not damaged" in en and "ไม่ได้เสียหาย" in th
    for text in (en, th):
        assert "\n" not in text and "INSERT" not in text and "UPDATE" not in text
        assert "OperationalError" not in text and "sqlite" not in text.replace("ecoassess.sqlite3", "")


def test_a_full_disk_rolls_the_answer_back_and_says_so(folder):
    root, aid = folder
    before = db_dump(root)
    store = open_store(root)
    try:
        with store.engine.connect() as conn:  # the database may not grow by a single page
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(store.engine, "connect")
        def _cap(dbapi_conn, _record):
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

        store.engine.dispose()
        with pytest.raises(StorageError) as failed:
            store.save_answer(aid, "C02", note="ข้อความยาว " * 1_800)  # within TEXT_MAX, ~60 kB
    finally:
        store.close()
    _assert_reason(failed.value, "the disk is full", "พื้นที่ดิสก์เต็ม")
    assert db_dump(root) == before
    again = open_store(root)  # the next command: not called damaged, and it works
    try:
        assert again.get_assessment(aid).answers["C01"].note == "ลดการใช้น้ำ"
        assert "C02" not in again.get_assessment(aid).answers
    finally:
        again.close()
    assert integrity_problems(root / "ecoassess.sqlite3") == []


def test_an_io_error_while_committing_is_a_reason_and_changes_nothing(folder):
    root, aid = folder
    before = db_dump(root)
    store = open_store(root)

    def failing_disk(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE ECOASSESS_META"):  # the commit's last write
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = 10 | (4 << 8)  # SQLITE_IOERR_WRITE
            error.sqlite_errorname = "SQLITE_IOERR_WRITE"
            raise error

    event.listen(store.engine, "before_cursor_execute", failing_disk)
    try:
        with pytest.raises(StorageError) as failed:
            store.save_answer(aid, "C01", note="จะไม่ถูกบันทึก")
    finally:
        store.close()
    _assert_reason(failed.value, "could not be read or written", "อ่านหรือเขียนดิสก์ไม่ได้")
    assert db_dump(root) == before


def test_another_programs_lock_is_named_and_nothing_is_half_written(folder):
    root, aid = folder
    before = db_dump(root)
    holder = sqlite3.connect(root / "ecoassess.sqlite3", isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")  # e.g. a database browser left in the middle of an edit
    store = Store(open_store(root, read_only=True).layout, read_only=False,
                  evidence_max_bytes=1024, busy_timeout_ms=300)
    try:
        with pytest.raises(StorageError) as failed:
            store.save_answer(aid, "C01", note="รอไม่ได้")
    finally:
        store.close()
        holder.rollback()
        holder.close()
    _assert_reason(failed.value, "another program holds a lock", "โปรแกรมอื่นกำลังล็อกฐานข้อมูล")
    assert db_dump(root) == before


def test_a_failed_integrity_probe_on_a_full_disk_is_not_damage(folder, monkeypatch):
    """The check at opening meets a fault (no room for SQLite's shared memory file): the user is
    told the reason, not that an intact database is damaged."""
    root, _aid = folder
    real_connect = sqlite3.connect

    def no_room(*args, **kwargs):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    monkeypatch.setattr(sqlite3, "connect", no_room)
    with pytest.raises(StorageError) as failed:
        open_store(root)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert failed.value.key == "store.db_fault" and "disk is full" in failed.value.message("en")
    assert "damaged" not in failed.value.message("en").replace("not damaged", "")
    open_store(root).close()


def test_an_io_error_on_a_full_disk_is_told_as_a_full_disk(tmp_path, monkeypatch):
    """SQLite reports a full disk met while it grows its -shm file as SQLITE_IOERR."""
    import shutil
    import sqlite3

    from ecoassess.storage import database

    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10 | (19 << 8)  # SQLITE_IOERR_SHMSIZE
    db = tmp_path / "ecoassess.sqlite3"
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(100, 100, 0))
    assert "ดิสก์เต็ม" in database.fault(error, db).message("th")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**12, 1, 10**11))
    assert "the disk could not be read or written" in database.fault(error, db).message("en")
