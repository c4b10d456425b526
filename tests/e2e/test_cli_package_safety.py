"""Packages and other files a user hands to the program: sane values only, special files refused
before they are read, and --replace never reaches into another factory."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml

from tests.unit.portable_helpers import db_dump, fix_manifest, read_entries, write_entries

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "ecoassess" / "scheme" / "data" / "eco-factory.yaml"


def _refused(run, *needles: str) -> str:
    assert run.code == 1, run.out + run.err
    assert run.out == "" and len(run.err.strip().splitlines()) == 1, run.err
    assert "internal error" not in run.err and "Traceback" not in run.err
    for needle in needles:
        assert needle in run.err, run.err
    return run.err


@pytest.fixture()
def demo_package(cli, tmp_path):
    source = tmp_path / "source"
    demo = cli("demo", data_dir=source).out.strip()
    path = tmp_path / "demo.ecoassess"
    assert cli("pack", demo, "-o", str(path), data_dir=source).code == 0
    return path


def _edited(package: Path, dest: Path, edit) -> Path:
    entries = read_entries(package)
    text = entries["assessment.json"].decode("utf-8")
    entries["assessment.json"] = edit(text).encode("utf-8")
    return write_entries(dest, fix_manifest(entries))


@pytest.mark.parametrize(("label", "edit", "needle"), [
    ("an improvement figure of 1e999", lambda t: t.replace('"energy": 41000000', '"energy": 1e999'), "inf"),
    ("10**30 kWh", lambda t: t.replace('"energy": 41000000', '"energy": 1' + "0" * 30), "~1e30"),
    ("10**4000", lambda t: t.replace('"energy": 41000000', '"energy": 1' + "0" * 4000), "~1e4000"),
    ("1e308 baht", lambda t: t.replace('"water": 120000', '"water": 1e308'), "1e+308"),
    ("an update in the year 9999", lambda t: _set_updated(t, "9999-12-31T23:59:59"), "9999"),
])
def test_values_beyond_sane_bounds_are_refused_and_nothing_is_imported(cli, demo_package, tmp_path,
                                                                       label, edit, needle):
    assert cli("new", "--factory-th", "อยู่ก่อน").code == 0
    before = db_dump(cli.data)
    bad = _edited(demo_package, tmp_path / "bad.ecoassess", edit)
    for lang, words in (("en", "outside the accepted range"), ("th", "นอกช่วงที่รับได้")):
        err = _refused(cli("unpack", str(bad), lang=lang), words, needle)
        assert "nothing was imported" in err or "ไม่ได้นำเข้าข้อมูลใด ๆ" in err
    assert db_dump(cli.data) == before


def _set_updated(text: str, value: str) -> str:
    doc = json.loads(text)
    doc["package"]["assessment"]["updated_at"] = value
    return json.dumps(doc, ensure_ascii=False)


def test_a_workshop_import_skips_an_out_of_range_file_and_takes_the_rest(cli, demo_package, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "good.ecoassess").write_bytes(demo_package.read_bytes())
    _edited(demo_package, folder / "huge.ecoassess", lambda t: t.replace('"energy": 41000000', '"energy": 1e999'))
    run = cli("workshop", "import", str(folder), "--keep-both", "--json")
    assert run.code == 1
    outcomes = {row["file"]: row for row in run.json()}
    assert outcomes["good.ecoassess"]["id"] and not outcomes["huge.ecoassess"]["id"]
    assert "outside the accepted range" in outcomes["huge.ecoassess"]["error"]


def test_replace_only_replaces_the_same_assessment_of_the_same_factory(cli, tmp_path):
    cli("new", "--factory-th", "โรงงานเอ")
    cli("new", "--factory-th", "โรงงานแซด")
    here = {row["factory"]["th"]: row["id"] for row in cli("list", "--json").json()}
    z_uid = cli("show", here["โรงงานแซด"], "--json").json()["factory_uid"]
    elsewhere = tmp_path / "elsewhere"
    theirs = cli("new", "--factory-th", "โรงงานปลอม", data_dir=elsewhere).out.strip()
    package = tmp_path / "theirs.ecoassess"
    assert cli("pack", theirs, "-o", str(package), data_dir=elsewhere).code == 0
    entries = read_entries(package)
    doc = json.loads(entries["assessment.json"])
    doc["package"]["assessment"]["id"] = here["โรงงานเอ"]  # A's assessment id …
    doc["package"]["assessment"]["factory_uid"] = z_uid  # … and factory Z's uid
    manifest = json.loads(entries["manifest.json"])
    manifest["assessment_id"] = here["โรงงานเอ"]
    entries["assessment.json"] = json.dumps(doc, ensure_ascii=False).encode()
    entries["manifest.json"] = json.dumps(manifest).encode()
    forged = write_entries(tmp_path / "forged.ecoassess", fix_manifest(entries))
    before = db_dump(cli.data)
    _refused(cli("unpack", str(forged), "--replace"), "another factory", "--keep-both")
    assert db_dump(cli.data) == before
    kept = cli("unpack", str(forged), "--keep-both", "--json")
    assert kept.code == 0 and kept.json()["kept_both"]
    names = sorted(row["factory"]["th"] for row in cli("list", "--json").json())
    assert names == ["โรงงานปลอม", "โรงงานเอ", "โรงงานแซด"]
    z = cli("show", here["โรงงานแซด"], "--json").json()
    assert z["profile"]["name_th"] == "โรงงานแซด"  # factory Z's profile was not rewritten


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX; Windows device names "
                    "(NUL, CON, COM1, \\\\.\\) are refused by name, see fileio.is_device_name")
def test_fifos_and_devices_are_refused_before_a_byte_is_read(cli, tmp_path):
    assert cli("new", "--factory-th", "โรงงานท่อ").code == 0
    fifo = tmp_path / "class.ecoassess"
    os.mkfifo(fifo)
    started = time.monotonic()
    for args in (("unpack", str(fifo)), ("unpack", "/dev/zero"), ("score", str(fifo)),
                 ("export", str(fifo), "-o", str(tmp_path / "x.pdf")), ("scheme", "import", str(fifo)),
                 ("restore", str(fifo)), ("restore", "/dev/zero")):
        _refused(cli(*args), "not a regular file")
    assert time.monotonic() - started < 90  # nothing blocked on the pipe
    th = cli("unpack", "/dev/zero", lang="th")
    _refused(th, "ไม่ใช่ไฟล์ธรรมดา")


def test_scheme_import_checks_ranges_and_versions(cli, tmp_path):
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = "2099.1"
    raw["settings"]["target_percent"]["value"] = float("inf")
    infinite = tmp_path / "infinite.yaml"
    infinite.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    _refused(cli("scheme", "import", str(infinite)), "outside the accepted range")
    raw["settings"]["target_percent"]["value"] = 70
    raw["criteria"][0]["max_points"] = 10**30
    huge = tmp_path / "huge.yaml"
    huge.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    _refused(cli("scheme", "import", str(huge), lang="th"), "นอกช่วงที่รับได้")
    raw["criteria"][0]["max_points"] = 5
    raw["version"] = "../../2099.1"
    escaping = tmp_path / "escaping.yaml"
    escaping.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    _refused(cli("scheme", "import", str(escaping)))
    assert not list(tmp_path.rglob("2099.1*"))
