"""The command line a trainer or CI drives: every store command, its output and its exit code."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest


def test_new_list_show_delete_story(cli):
    made = cli("new", "--factory-th", "บริษัท น้ำใส จำกัด", "--factory-en", "Namsai Co.", "--json")
    assert made.code == 0, made.err
    new_id = made.json()["id"]
    assert len(new_id) == 36

    listed = cli("list", "--json")
    assert listed.code == 0
    [row] = listed.json()
    assert row["id"] == new_id
    assert row["factory"] == {"th": "บริษัท น้ำใส จำกัด", "en": "Namsai Co."}
    assert row["scheme"]["id"] == "eco-factory" and row["scheme"]["version"]
    assert row["status"] == "draft" and row["updated_at"]

    shown = cli("show", new_id[:8], "--json")  # a unique prefix is accepted
    assert shown.code == 0 and shown.json()["profile"]["name_th"] == "บริษัท น้ำใส จำกัด"
    text = cli("show", new_id[:8], "--ui-lang", "th")
    assert "บริษัท น้ำใส จำกัด" in text.out and "โรงงาน" in text.out

    refused = cli("delete", new_id, stdin="")  # no terminal and no --yes: refuse, change nothing
    assert refused.code == 1 and "--yes" in refused.err and refused.out == ""
    assert len(cli("list", "--json").json()) == 1

    deleted = cli("delete", new_id[:6], "--yes")
    assert deleted.code == 0, deleted.err
    assert cli("list", "--json").json() == []
    assert list((cli.data / "backups").glob("before-delete-*.sqlite3"))


def test_plain_new_prints_only_the_id(cli):
    made = cli("new", "--factory-th", "โรงงานปั้นดิน")
    assert made.code == 0 and len(made.out.strip()) == 36 and made.out.count("\n") == 1


@pytest.mark.parametrize("args", [["frobnicate"], ["list", "--bogus"], ["new"], ["show"],
                                  ["list", "--ui-lang", "fr"]])
def test_bad_usage_exits_2_with_one_line_and_no_stdout(cli, args):
    result = cli(*args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1


def test_bad_usage_message_in_thai(cli):
    result = cli("frobnicate", "--ui-lang", "th")
    assert result.code == 2 and "ใช้คำสั่งไม่ถูกต้อง" in result.err


def test_global_options_before_or_after_the_command(cli, tmp_path):
    other = tmp_path / "other"
    assert cli("new", "--factory-th", "ก", data_dir=other).code == 0
    after = cli("list", "--json", "--data-dir", str(other), data_dir=None)
    before = cli("--data-dir", str(other), "list", "--json", data_dir=None)
    assert after.code == before.code == 0
    assert after.json() == before.json() and len(after.json()) == 1


def test_unknown_id_fails_with_reason_in_the_message_language(cli):
    cli("new", "--factory-th", "ก")
    en = cli("show", "deadbeef")
    th = cli("show", "deadbeef", "--ui-lang", "th")
    assert en.code == th.code == 1 and en.out == th.out == ""
    assert en.err.strip() == "no assessment with id deadbeef"
    assert th.err.strip() == "ไม่พบการประเมินรหัส deadbeef"
    assert cli("delete", "deadbeef", "--yes").code == 1


def test_version(cli):
    result = cli("--version")
    assert result.code == 0 and result.out.startswith("ecoassess ")


def test_backup_and_restore(cli, tmp_path):
    first = cli("new", "--factory-th", "ก่อนสำรอง", "--json").json()["id"]
    backup = tmp_path / "copy.sqlite3"
    made = cli("backup", "-o", str(backup))
    assert made.code == 0 and made.out.strip() == str(backup) and backup.exists()
    cli("new", "--factory-th", "หลังสำรอง")
    assert len(cli("list", "--json").json()) == 2
    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    assert [r["id"] for r in cli("list", "--json").json()] == [first]
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    failed = cli("restore", str(bad))
    assert failed.code == 1 and "not an ecoassess database" in failed.err
    assert cli("restore", str(tmp_path / "missing.sqlite3")).code == 1
    assert [r["id"] for r in cli("list", "--json").json()] == [first]
    assert cli("backup", "-o", str(tmp_path)).code == 1  # a folder, not a file


def test_doctor_ok_then_reports_a_damaged_evidence_file_and_a_corrupt_database(cli):
    made = cli("demo", "--json")
    assert made.code == 0, made.err
    ok = cli("doctor", "--json")
    assert ok.code == 0 and ok.json() == {"ok": True, "problems": []}
    victim = next(p for p in (cli.data / "evidence").rglob("*") if p.is_file())
    victim.write_bytes(b"tampered")
    bad = cli("doctor", "--json")
    assert bad.code == 1 and bad.json()["ok"] is False
    assert bad.json()["problems"][0]["kind"] == "evidence_altered"
    db = cli.data / "ecoassess.sqlite3"
    for suffix in ("-wal", "-shm"):
        (cli.data / f"ecoassess.sqlite3{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 100)
    broken = cli("doctor", "--json")
    assert broken.code == 1 and broken.json()["problems"][0]["kind"] == "database"
    assert db.read_bytes() == b"garbage" * 100
    listed = cli("list")
    assert listed.code == 1 and "backups" in listed.err and listed.out == ""


def test_demo_creates_a_complete_assessment(cli):
    made = cli("demo", "--json")
    assert made.code == 0, made.err
    demo_id = made.json()["id"]
    [row] = cli("list", "--json").json()
    assert row["id"] == demo_id and row["is_demo"] is True
    shown = cli("show", demo_id, "--json").json()
    assert {f"C{i:02d}" for i in range(1, 15)} <= set(shown["answers"])
    assert len(shown["evidence"]) == 7 and len(shown["actions"]) == 3
    conn = sqlite3.connect(cli.data / "ecoassess.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert cli("doctor").code == 0


def test_output_cut_short_by_a_pipe_ends_quietly(tmp_path):
    import fcntl
    import subprocess
    import sys

    from tests.e2e.conftest import ROOT

    # A one-page pipe (the 18 kB scheme listing cannot fit in it), made before the program
    # starts: it cannot finish writing before the reader goes away, however busy the machine is.
    read_end, write_end = os.pipe()
    fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, 4096)
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "d"),
                             "scheme", "--lang", "th"], stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    assert proc.stderr is not None
    with os.fdopen(read_end, "rb") as reader:
        reader.read(10)  # like `| head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "internal error" not in err


def test_next_year_carries_the_demo_forward(cli):
    demo_id = cli("demo", "--json").json()["id"]
    made = cli("next-year", demo_id[:8], "--json")
    assert made.code == 0, made.err
    new = cli("show", made.json()["id"], "--json").json()
    assert new["carried_from"] == demo_id
    assert {a["status"] for a in new["answers"].values()} == {"carried_over"}
    assert cli("next-year", "nope").code == 1


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(cli):
    cli("new", "--factory-th", "ก")
    # A database that a newer app version wrote with an extra status value: not the user's fault.
    conn = sqlite3.connect(cli.data / "ecoassess.sqlite3")
    conn.execute("UPDATE assessment SET status='archived-by-future-version'")
    conn.commit()
    conn.close()
    result = cli("list")
    assert result.code == 1 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and "internal error" in result.err
    log = cli.data / "logs" / "ecoassess.log"
    assert log.exists() and "Traceback" in log.read_text(encoding="utf-8")


def test_thai_output_redirected_where_the_console_has_no_thai(tmp_path):
    """An English Windows writes redirected output in cp1252, which has no Thai: the officer's
    `ecoassess list > list.txt` must still work and give readable (UTF-8) Thai."""
    import os
    import subprocess
    import sys

    from tests.e2e.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k != "ECOASSESS_HOME"}
    data = str(tmp_path / "data")
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", data, "demo"],
                   env=env, check=True, capture_output=True, timeout=180)
    env["PYTHONIOENCODING"] = "cp1252"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", data,
                           "--ui-lang", "th", "list"], env=env, capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "สยามพลาสติกรักษ์โลก" in done.stdout.decode("utf-8")


def test_a_backup_where_nothing_can_be_written_says_why(cli, tmp_path):
    assert cli("demo").code == 0
    target = tmp_path / "no-such-folder-parent"
    target.write_text("a file, so no folder can be made under it")
    failed = cli("backup", "-o", str(target / "copy.sqlite3"))
    assert failed.code == 1 and failed.err.startswith("the folder ") and str(target) in failed.err
    assert "internal" not in failed.err.lower() and "Traceback" not in failed.err
    if Path("/proc/self").is_dir():  # Linux: a folder where no file can be created at all
        proc = cli("backup", "-o", "/proc/ecoassess-backup.sqlite3", lang="th")
        assert proc.code == 1 and proc.err.startswith("สำรองข้อมูลไปที่ /proc/ecoassess-backup.sqlite3 ไม่สำเร็จ")


def test_next_year_with_year_shows_buddhist_era_in_thai(cli):
    made = cli("new", "--factory-th", "บริษัท น้ำใส จำกัด", "--year", "2025", "--json")
    assert made.code == 0, made.err
    source = made.json()["id"]

    be = cli("next-year", source, "--year", "2569", "--ui-lang", "th")  # a Buddhist-Era year
    assert be.code == 1 and be.out == "" and "2026" in be.err and len(be.err.strip().splitlines()) == 1
    earlier = cli("next-year", source, "--year", "2024")
    assert earlier.code == 1 and "2025" in earlier.err
    words = cli("next-year", source, "--year", "next", "--ui-lang", "th")
    assert words.code == 1 and words.out == ""

    copied = cli("next-year", source, "--year", "2026", "--json")
    assert copied.code == 0, copied.err
    new_id = copied.json()["id"]
    rows = {r["id"]: r for r in cli("list", "--json").json()}
    assert rows[new_id]["assessment_year"] == 2026 and rows[new_id]["carried_from"] == source
    assert rows[source]["assessment_year"] == 2025

    listed = cli("list", "--ui-lang", "th").out
    line = next(row for row in listed.splitlines() if row.startswith(new_id[:8]))
    assert "2569 (ต่อจากปี 2568)" in line and "2026" not in line.split("  ")[3]
    english = cli("list").out
    assert "2026 (from 2025)" in english
    shown = cli("show", new_id, "--ui-lang", "th").out
    assert "ปีที่ประเมิน: 2569" in shown


@pytest.mark.parametrize(("lang", "words"), [("th", "ไม่พบหน้าจอ"), ("en", "no display")])
def test_the_app_without_a_display_says_so_in_one_line(tmp_path, lang, words):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ECOASSESS_HOME")}
    env["LANG"] = "en_US.UTF-8"
    proc = subprocess.run([sys.executable, str(root / "main.py"), "--data-dir", str(tmp_path / "d"),
                           "--ui-lang", lang], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and words in proc.stderr
    assert "qt.qpa" not in proc.stderr and "plugin" not in proc.stderr
