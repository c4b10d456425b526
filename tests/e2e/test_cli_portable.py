"""`pack`, `unpack`, `spreadsheet`, `compare` and `workshop` as a user runs them."""

from __future__ import annotations

import csv
import io


def test_pack_unpack_between_data_folders_and_conflict_flags(cli, tmp_path):
    demo = cli("demo").out.strip()
    packed = cli("pack", demo[:8], "-o", str(tmp_path / "demo.ecoassess"))
    assert packed.code == 0 and packed.out.strip().endswith("demo.ecoassess")
    other = tmp_path / "other"
    first = cli("unpack", str(tmp_path / "demo.ecoassess"), "--json", data_dir=other)
    assert first.code == 0 and first.json()["id"] == demo and first.json()["evidence_files"] == 7
    again = cli("unpack", str(tmp_path / "demo.ecoassess"), data_dir=other, stdin="y\n")
    assert again.code == 1 and again.out == ""
    assert "--keep-both" in again.err and "--replace" in again.err and len(again.err.splitlines()) == 1
    both = cli("unpack", str(tmp_path / "demo.ecoassess"), "--keep-both", data_dir=other)
    assert both.code == 0 and both.out.strip() != demo
    replaced = cli("unpack", str(tmp_path / "demo.ecoassess"), "--replace", "--json", data_dir=other)
    assert replaced.code == 0 and replaced.json()["replaced"] is True
    listed = cli("list", "--json", data_dir=other).json()
    assert len(listed) == 2
    clash = cli("unpack", "x.ecoassess", "--keep-both", "--replace")
    assert clash.code == 2


def test_unpack_refuses_a_bad_file_in_thai_and_english(cli, tmp_path):
    bad = tmp_path / "bad.ecoassess"
    bad.write_bytes(b"not a zip")
    en = cli("unpack", str(bad))
    th = cli("unpack", str(bad), "--ui-lang", "th")
    assert en.code == th.code == 1
    assert "nothing was imported" in en.err and "ไม่ได้นำเข้าข้อมูลใด ๆ" in th.err
    assert cli("list", "--json").json() == []


def test_spreadsheet_compare_and_workshop(cli, tmp_path):
    demo = cli("demo").out.strip()
    sheet = cli("spreadsheet", demo, "-o", str(tmp_path / "demo.csv"))
    assert sheet.code == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "demo.csv").read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 15 and rows[0][5] == "Points"
    assert cli("spreadsheet", "--all", "-o", str(tmp_path / "all.xlsx")).code == 0
    lonely = cli("compare", demo)
    assert lonely.code == 1 and "carried forward" in lonely.err
    folder = tmp_path / "class"
    folder.mkdir()
    packed_into_folder = cli("pack", demo, "-o", str(folder))
    assert packed_into_folder.code == 0
    assert [p.name for p in folder.iterdir()] == [f"Siam Green Plastics Co., Ltd. (demo factory)-{demo[:8]}.ecoassess"]
    (folder / "broken.ecoassess").write_bytes(b"junk")
    imported = cli("workshop", "import", str(folder), "--keep-both", "--json")
    assert imported.code == 1  # one file was skipped
    outcomes = {row["file"]: row for row in imported.json()}
    assert outcomes["broken.ecoassess"]["error"] and sum(1 for r in outcomes.values() if r["id"]) == 1
    copy = next(r["id"] for r in outcomes.values() if r["id"])
    cmp = cli("compare", demo, copy, "--json")
    assert cmp.code == 0 and cmp.json()["delta"] == 0 and len(cmp.json()["criteria"]) == 14
    overview = cli("workshop", "overview", "--include-demo", "--anonymise", "--json",
                   "--csv", str(tmp_path / "class.csv"), "--pdf", str(tmp_path / "class.pdf"))
    assert overview.code == 0 and [r[0] for r in overview.json()["rows"]] == ["F01", "F02"]
    assert (tmp_path / "class.pdf").read_bytes().startswith(b"%PDF")
    refused = cli("workshop", "reset-demo")
    assert refused.code == 1 and "--yes" in refused.err
    reset = cli("workshop", "reset-demo", "--yes")
    assert reset.code == 0
    ids = [a["id"] for a in cli("list", "--json").json() if a["is_demo"]]
    assert ids == [reset.out.strip()]
