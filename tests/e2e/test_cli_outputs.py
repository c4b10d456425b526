"""Every command with an output path: never over the data folder or its own input, another
program's file only with --force, the app's own file replaced; checked before any work."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from tests.unit.portable_helpers import db_dump, tree

ROOT = Path(__file__).resolve().parents[2]
DEMO_ANSWERS = ROOT / "ecoassess" / "resources" / "demo" / "answers.json"


@pytest.fixture()
def demo(cli):
    assert cli("demo").code == 0
    return cli("list", "--json").json()[0]["id"]


def _fingerprint(data: Path) -> tuple:
    evidence = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (data / "evidence").rglob("*")
                if p.is_file()}
    return db_dump(data), evidence


def _one_line_refusal(run, *needles: str) -> None:
    assert run.code == 1, run.out + run.err
    assert run.out == "" and len(run.err.strip().splitlines()) == 1, run.err
    for needle in needles:
        assert needle in run.err, run.err


def test_no_command_writes_over_the_database_its_log_evidence_or_backups(cli, demo):
    data = cli.data
    before = _fingerprint(data)
    evidence_file = next(p for p in (data / "evidence").rglob("*") if p.is_file())
    attempts = [
        ("export", demo, "-o", str(data / "ecoassess.sqlite3")),
        ("export", demo, "-o", str(evidence_file), "--force"),  # --force never opens the data folder
        ("pack", demo, "-o", str(data / "ecoassess.sqlite3-wal")),
        ("pack", demo, "-o", str(data)),  # a folder: the file would be named inside it
        ("spreadsheet", demo, "-o", str(data / "ecoassess.sqlite3"), "--force"),
        ("workshop", "overview", "--csv", str(data / "backups" / "class.csv")),
        ("workshop", "overview", "--include-demo", "--pdf", str(data / "class.pdf")),
        ("backup", "-o", str(data / "ecoassess.sqlite3")),
        ("backup", "--full", "-o", str(data / "backups")),
    ]
    for args in attempts:
        run = cli(*args)
        _one_line_refusal(run, "data folder")
    th = cli("export", demo, "-o", str(data / "ecoassess.sqlite3"), lang="th")
    _one_line_refusal(th, "โฟลเดอร์ข้อมูล")
    assert _fingerprint(data) == before
    assert cli("doctor").code == 0


def test_an_export_never_replaces_its_own_answer_file(cli, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_bytes(DEMO_ANSWERS.read_bytes())
    for spelling in (str(answers), "./answers.json", str(tmp_path / "." / "answers.json")):
        run = cli("export", str(answers), "-o", spelling, "--force")
        _one_line_refusal(run, "own input")
    link = tmp_path / "dossier.pdf"
    link.symlink_to(answers)
    _one_line_refusal(cli("export", str(answers), "-o", str(link), "--force"), "own input")
    assert answers.read_bytes() == DEMO_ANSWERS.read_bytes()


def test_another_programs_file_needs_force_and_the_apps_own_is_replaced(cli, demo, tmp_path):
    mine = tmp_path / "quarterly.xlsx"
    with zipfile.ZipFile(mine, "w") as zf:  # a workbook the user made in Excel
        zf.writestr("docProps/core.xml", "<dc:creator>Somchai</dc:creator>")
    kept = mine.read_bytes()
    _one_line_refusal(cli("spreadsheet", demo, "-o", str(mine)), "--force")
    assert mine.read_bytes() == kept
    sheet = tmp_path / "sheet.xlsx"
    assert cli("spreadsheet", demo, "-o", str(sheet)).code == 0
    assert cli("spreadsheet", demo, "-o", str(sheet)).code == 0  # the app's own workbook
    assert cli("spreadsheet", demo, "-o", str(mine), "--force").code == 0

    csv = tmp_path / "class.csv"
    assert cli("workshop", "overview", "--include-demo", "--csv", str(csv)).code == 0
    again = cli("workshop", "overview", "--include-demo", "--csv", str(csv), "--ui-lang", "th")
    assert again.code == 0, again.err  # an earlier overview, even in the other language
    notes = tmp_path / "notes.csv"
    notes.write_text("my,own,notes\n", encoding="utf-8")
    _one_line_refusal(cli("workshop", "overview", "--include-demo", "--csv", str(notes)), "--force")
    twice = cli("workshop", "overview", "--csv", str(csv), "--pdf", str(csv))
    _one_line_refusal(twice, "twice")

    package = tmp_path / "factory.ecoassess"
    package.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip of someone else
    _one_line_refusal(cli("pack", demo, "-o", str(package)), "--force")
    assert cli("pack", demo, "-o", str(package), "--force").code == 0
    assert cli("pack", demo, "-o", str(package)).code == 0  # now the app's package

    backup = tmp_path / "copy.sqlite3"
    assert cli("backup", "-o", str(backup)).code == 0
    assert cli("backup", "-o", str(backup)).code == 0  # the app's own backup
    foreign = tmp_path / "other.sqlite3"
    foreign.write_bytes(b"SQLite format 3\x00" + bytes(84) + b"x" * 400)
    _one_line_refusal(cli("backup", "-o", str(foreign)), "--force")


def test_the_output_is_checked_before_any_work(cli, demo, tmp_path):
    long_name = tmp_path / ("ก" * 100 + ".pdf")  # 300 bytes in UTF-8: no file system takes it
    run = cli("export", demo, "-o", str(long_name), "--with-evidence", lang="th")
    _one_line_refusal(run, "255")
    _one_line_refusal(cli("export", demo, "-o", str(tmp_path / "missing" / "x.pdf")), "does not exist")
    _one_line_refusal(cli("export", demo, "-o", ""), "no output file")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == []


def test_refused_member_names_cannot_drive_the_terminal(cli, tmp_path):
    bad = tmp_path / "evil.ecoassess"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "ecoassess-package"}))
        zf.writestr("assessment.json", "{}")
        zf.writestr("evidence/\x1b[2J\x1b[31mclear\u202e", b"x")
    for lang in ("en", "th"):
        run = cli("unpack", str(bad), lang=lang)
        _one_line_refusal(run, "\\x1b[2J", "\\u202e")
        assert "\x1b" not in run.err and "\u202e" not in run.err
    named = cli("new", "--factory-th", "โรงงาน\x1b]0;pwned\x07\x9b2J")
    assert named.code == 0
    listed = cli("list")
    assert "\x1b" not in listed.out and "\x07" not in listed.out and "\x9b" not in listed.out
    assert "โรงงาน\\x1b]0;pwned\\x07\\x9b2J" in listed.out
    as_json = cli("list", "--json")
    assert as_json.json()[0]["factory"]["th"] == "โรงงาน\x1b]0;pwned\x07\x9b2J"  # data kept exact
    assert "\x9b" not in as_json.out and "\x1b" not in as_json.out


def test_doctor_says_one_line_and_details_come_with_json(cli, demo):
    ok = cli("doctor")
    assert ok.code == 0 and ok.err == "" and len(ok.out.strip().splitlines()) == 1
    stored = sorted(p for p in (cli.data / "evidence").rglob("*") if p.is_file())
    stored[0].write_bytes(b"altered")
    stored[1].unlink()
    bad = cli("doctor", lang="th")
    assert bad.code == 1 and bad.out == "" and len(bad.err.strip().splitlines()) == 1
    assert "2" in bad.err and "doctor --json" in bad.err
    details = cli("doctor", "--json")
    assert details.code == 1 and {p["kind"] for p in details.json()["problems"]} == \
        {"evidence_missing", "evidence_altered"}
    assert tree(cli.data)  # nothing was removed or repaired by looking
