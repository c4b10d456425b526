"""The data folder under faults and clumsy hands, through the real command line: the database is
what it claims, faults are one-line reasons, nothing a command does destroys the database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.unit.portable_helpers import db_dump

ROOT = Path(__file__).resolve().parents[2]
LEAVE_WAL = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from ecoassess.storage import open_store
    store = open_store(Path(sys.argv[1]))
    aid = store.list_assessments()[0].id
    store.save_answer(aid, "C01", note=sys.argv[2])
    os._exit(0)  # killed before SQLite folds its write-ahead log into the file
""")


def _one_line(run, code: int = 1) -> str:
    assert run.code == code, run.out + run.err
    assert run.out == "" and len(run.err.strip().splitlines()) == 1, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    return run.err


def _leave_wal(data: Path, note: str) -> Path:
    subprocess.run([sys.executable, "-c", LEAVE_WAL, str(data), note], check=True, cwd=ROOT,
                   timeout=120)
    wal = data / "ecoassess.sqlite3-wal"
    assert wal.stat().st_size > 0
    return wal


def _backups(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "backups").iterdir()) if (data / "backups").is_dir() else []


def test_a_write_ahead_log_of_another_database_is_set_aside_never_replayed(cli, tmp_path):
    assert cli("demo").code == 0
    mine = cli("list", "--json").json()
    other = tmp_path / "other"
    assert cli("new", "--factory-th", "โรงงานอื่น", data_dir=other).code == 0
    foreign = _leave_wal(other, "จากฐานข้อมูลอื่น")
    shutil.copyfile(foreign, cli.data / "ecoassess.sqlite3-wal")
    listed = cli("list", "--json")
    assert listed.code == 0 and listed.json() == mine  # the assessments did not vanish
    assert "does not belong" in listed.err and "set-aside" in listed.err
    wal = cli.data / "ecoassess.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # a reader's own empty log at most
    assert any(name.startswith("set-aside-") for name in _backups(cli.data))
    assert cli("doctor").code == 0
    shown = cli("show", mine[0]["id"], "--json").json()
    assert "จากฐานข้อมูลอื่น" not in str(shown)


def test_the_databases_own_log_after_a_crash_is_kept(cli):
    assert cli("demo").code == 0
    aid = cli("list", "--json").json()[0]["id"]
    _leave_wal(cli.data, "บันทึกก่อนไฟดับ")
    shown = cli("show", aid, "--json")
    assert shown.code == 0 and shown.err == ""
    assert shown.json()["answers"]["C01"]["note"] == "บันทึกก่อนไฟดับ"


def test_a_zero_byte_database_where_data_was_is_reported_not_taken_as_new(cli):
    assert cli("demo").code == 0
    assert cli("new", "--factory-th", "โรงงานสอง").code == 0  # the daily copy exists now
    db = cli.data / "ecoassess.sqlite3"
    db.write_bytes(b"")
    kept = _backups(cli.data)
    for args in (("list",), ("new", "--factory-th", "ใหม่"), ("demo",)):
        err = _one_line(cli(*args))
        assert "0 bytes" in err and "restore" in err
    assert _one_line(cli("list", lang="th")).count("restore") == 1
    assert db.stat().st_size == 0 and _backups(cli.data) == kept
    auto = next(name for name in kept if name.startswith("auto-"))
    assert cli("restore", str(cli.data / "backups" / auto)).code == 0
    assert len(cli("list", "--json").json()) >= 1


def test_a_foreign_sqlite_file_is_left_alone_and_restore_refuses_one(cli, tmp_path):
    cli.data.mkdir(parents=True)
    db = cli.data / "ecoassess.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 99.5)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for args in (("list",), ("new", "--factory-th", "ก"), ("doctor",)):
        assert "another program's database" in _one_line(cli(*args))
    assert db.read_bytes() == before and _backups(cli.data) == []
    other_data = tmp_path / "elsewhere"
    assert cli("new", "--factory-th", "ก", data_dir=other_data).code == 0
    refused = cli("restore", str(db), data_dir=other_data)
    assert "another program's database" in _one_line(refused)
    assert len(cli("list", "--json", data_dir=other_data).json()) == 1


def test_a_newer_apps_database_is_reported_once_and_never_copied_again(cli):
    assert cli("new", "--factory-th", "โรงงานรุ่นใหม่").code == 0
    db = cli.data / "ecoassess.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    before, kept = db.read_bytes(), _backups(cli.data)
    for args in (("list",), ("new", "--factory-th", "ข"), ("demo",), ("list",)):
        err = _one_line(cli(*args))
        assert "newer ecoassess" in err and "0099" in err and "alembic" not in err.lower()
    assert db.read_bytes() == before and _backups(cli.data) == kept


def test_an_older_apps_database_and_backup_are_taken_and_upgraded(cli, tmp_path, monkeypatch):
    """A 0001 database (naive local times) restores, upgrades, and its times become UTC."""
    old = tmp_path / "old.sqlite3"
    code = textwrap.dedent(f"""
        from alembic import command
        from alembic.config import Config
        from sqlalchemy import create_engine, text
        from ecoassess.storage.database import MIGRATIONS_DIR
        cfg = Config(); cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        engine = create_engine("sqlite:///{old.as_posix()}")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.execute(text("INSERT INTO factory (uid, name_th, name_en, company_th, company_en, address, "
                "estate_kind, estate, province, registration_no, tax_id, branch, industry, contacts, "
                "certifications, application_type, created_at, updated_at) VALUES ('f1', 'โรงงานเก่า', '', "
                "'', '', '', '', '', '', '', '', '', '', '[]', '[]', 'new', '2026-11-28 13:00:00.000000', "
                "'2026-11-28 13:00:00.000000')"))
            conn.execute(text("INSERT INTO assessment (id, factory_id, scheme_id, scheme_version, "
                "signatory_name, signatory_position, status, settings, last_page, is_demo, created_at, "
                "updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 1, 'eco-factory', '2026.1', "
                "'', '', 'draft', '{{}}', '', 0, '2026-11-28 13:00:00.000000', '2026-11-28 13:00:00.000000')"))
    """)
    env = {**os.environ, "TZ": "Asia/Bangkok"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, timeout=120)
    monkeypatch.setenv("TZ", "Asia/Bangkok")  # the computer the old app wrote those times on
    assert cli("new", "--factory-th", "ปัจจุบัน").code == 0
    assert cli("restore", str(old)).code == 0
    listed = cli("list", "--json")
    assert listed.code == 0
    [row] = listed.json()
    assert row["factory"]["th"] == "โรงงานเก่า"
    assert row["updated_at"] == "2026-11-28T06:00:00+00:00"  # 13:00 in Bangkok, stored in UTC
    header = (cli.data / "ecoassess.sqlite3").read_bytes()[:100]
    assert header[68:72] == b"ECOA"


def test_times_are_stored_in_utc_and_listed_in_local_time(cli, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14: the local date is often not UTC's
    assert cli("new", "--factory-th", "โรงงานเวลา").code == 0
    row = cli("list", "--json").json()[0]
    assert row["updated_at"].endswith("+00:00")
    stored = sqlite3.connect(cli.data / "ecoassess.sqlite3").execute(
        "SELECT updated_at FROM assessment").fetchone()[0]
    assert stored.endswith("+00:00") and len(stored) == len("2026-01-01 00:00:00.000000+00:00")
    from datetime import datetime
    from zoneinfo import ZoneInfo

    stamp = datetime.fromisoformat(row["updated_at"])
    local_day = stamp.astimezone(ZoneInfo("Pacific/Kiritimati")).date().isoformat()
    assert local_day in cli("list").out


@contextmanager
def _small_disk(tmp_path: Path, size: str = "3m"):
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small tmpfs needs root and mount (POSIX)")
    point = tmp_path / "disk"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True, timeout=30)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=30)


def _fill(point: Path) -> Path:
    filler = point / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_a_reason_and_leaves_no_half_demo(cli, tmp_path):
    with _small_disk(tmp_path) as disk:
        data = disk / "data"
        assert cli("new", "--factory-th", "โรงงานดิสก์เต็ม", data_dir=data).code == 0
        before = db_dump(data)
        filler = _fill(disk)
        for lang, reason in (("en", "disk is full"), ("th", "ดิสก์เต็ม")):
            err = _one_line(cli("demo", data_dir=data, lang=lang))
            assert reason in err and "damaged" not in err and "เสียหาย" not in err.replace("ไม่ได้เสียหาย", "")
        filler.unlink()
        listed = cli("list", "--json", data_dir=data)
        assert listed.code == 0 and [r["factory"]["th"] for r in listed.json()] == ["โรงงานดิสก์เต็ม"]
        assert db_dump(data) == before
        assert cli("doctor", data_dir=data).code == 0
        assert not any(p.name.startswith(".incoming") for p in (data / "evidence").rglob("*"))


def test_read_only_media_a_file_as_data_folder_no_home_and_an_empty_data_dir(cli, tmp_path):
    with _small_disk(tmp_path, "8m") as disk:
        data = disk / "data"
        assert cli("new", "--factory-th", "โรงงานบนแผ่นอ่านอย่างเดียว", data_dir=data).code == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, timeout=30)
        err = _one_line(cli("new", "--factory-th", "ข", data_dir=data))
        assert "read-only" in err
        listed = cli("list", data_dir=data)  # reading may still work, or says why
        assert listed.code == 0 or ("read-only" in listed.err and len(listed.err.splitlines()) == 1)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert "is a file, not a data folder" in _one_line(cli("list", data_dir=a_file))
    assert "--data-dir is empty" in _one_line(cli("--data-dir", "", "list", data_dir=None))
    env = {k: v for k, v in os.environ.items()
           if k not in ("HOME", "XDG_DATA_HOME", "ECOASSESS_HOME", "LOCALAPPDATA")}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "list"], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 1 and proc.stdout == "" and "HOME" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_another_program_holding_a_lock_is_named(cli, tmp_path):
    assert cli("new", "--factory-th", "โรงงานล็อก").code == 0
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(cli.data / 'ecoassess.sqlite3')!r}, isolation_level=None)
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        print("locked", flush=True)
        time.sleep(120)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = time.monotonic()
        err = _one_line(cli("new", "--factory-th", "ค"))
        assert "another program holds a lock" in err and "damaged" not in err.replace("not damaged", "")
        assert time.monotonic() - before < 60
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert len(cli("list", "--json").json()) == 1


def test_what_a_killed_import_or_migration_left_is_cleaned_on_the_next_start(cli):
    assert cli("new", "--factory-th", "โรงงานเก็บกวาด").code == 0
    staging = cli.data / "staging" / "import-0123456789abcdef"
    staging.mkdir(parents=True)
    (staging / ("a" * 64)).write_bytes(b"half an evidence file")
    (cli.data / "evidence" / ".incoming-x1y2").write_bytes(b"half")
    (cli.data / "ecoassess.sqlite3.migrating").write_bytes(b"half")
    assert cli("new", "--factory-th", "ถัดไป").code == 0
    assert not (cli.data / "staging").exists()
    assert not (cli.data / "evidence" / ".incoming-x1y2").exists()
    assert not (cli.data / "ecoassess.sqlite3.migrating").exists()


def test_messages_in_a_c_locale_are_still_readable_thai(cli):
    env_run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(cli.data),
                              "show", "deadbeef", "--ui-lang", "th"], capture_output=True,
                             env={**os.environ, "LC_ALL": "C", "LANG": "C"}, timeout=120)
    assert env_run.returncode == 1
    assert env_run.stderr.decode("utf-8").strip() == "ไม่พบการประเมินรหัส deadbeef"


def test_a_300_byte_name_anywhere_is_a_reason(cli, tmp_path):
    assert cli("new", "--factory-th", "โรงงานชื่อยาว").code == 0
    long = tmp_path / ("ก" * 100)  # 300 bytes in UTF-8: longer than any file system allows
    for args in (("backup", "--full", "-o", str(long)), ("restore", str(long)),
                 ("scheme", "import", f"{long}.yaml"), ("workshop", "import", str(long)),
                 ("export", str(long) + ".json", "-o", str(tmp_path / "x.pdf")),
                 ("spreadsheet", "--all", "-o", str(long / "x.csv"))):
        _one_line(cli(*args))
    _one_line(cli("list", data_dir=long))
    assert len(cli("list", "--json").json()) == 1


def test_a_full_backup_on_a_usb_drive_brings_database_and_evidence_to_a_new_computer(cli, tmp_path):
    assert cli("demo").code == 0
    before = cli("list", "--json").json()
    _one_line(cli("backup", "--full"))  # where to? a full backup needs -o (another disk)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = cli("backup", "--full", "-o", str(usb), lang="th")
    assert made.code == 0, made.err
    written = Path(made.out.strip())
    assert written.parent == usb and written.suffix == ".ecoassess-backup"
    assert "ตรวจสอบครบทุกไฟล์" in made.err and "7" in made.err
    new_laptop = tmp_path / "new-laptop"
    restored = cli("restore", str(written), data_dir=new_laptop)
    assert restored.code == 0, restored.err
    assert cli("list", "--json", data_dir=new_laptop).json() == before
    assert cli("doctor", data_dir=new_laptop).code == 0  # every evidence file came back whole
    damaged = tmp_path / "damaged.ecoassess-backup"
    data = bytearray(written.read_bytes())
    data[len(data) // 3] ^= 0xFF
    damaged.write_bytes(bytes(data))
    kept = db_dump(new_laptop)
    err = _one_line(cli("restore", str(damaged), data_dir=new_laptop))
    assert "nothing here was changed" in err
    assert db_dump(new_laptop) == kept
