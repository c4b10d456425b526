"""`estate …` commands as an estate officer runs them: exit codes, one-line reasons, JSON."""

from __future__ import annotations

import json
import zipfile


def test_an_officer_builds_an_estate_view_from_the_factories_files(cli, tmp_path):
    factory = tmp_path / "factory"
    assessment = cli("demo", data_dir=factory).out.strip()
    package = tmp_path / "plant.ecoassess"
    run = cli("pack", assessment, "-o", str(package), "--without-contacts", data_dir=factory)
    assert run.code == 0
    document = json.loads(zipfile.ZipFile(package).read("assessment.json"))
    assert document["profile"]["contacts"] == []

    made = cli("estate", "new", "--estate", "Map Ta Phut Industrial Estate", "--json")
    assert made.code == 0 and made.json()["name_th"] == "นิคมอุตสาหกรรมมาบตาพุด" and made.json()["ieat"]
    first = cli("estate", "import", "นิคมอุตสาหกรรมมาบตาพุด", str(package), "--consent", "--json")
    assert first.code == 0 and first.json()[0]["factory"] == "F001" and first.json()[0]["error"] is None
    again = cli("estate", "import", "1", str(package), lang="th")
    assert again.code == 1 and again.out == ""
    assert "นำเข้าแล้ว" in again.err and "ไม่ได้นำเข้าข้อมูลใด ๆ" in again.err

    overview = cli("estate", "overview", "1", "--json")
    assert overview.code == 0
    data = overview.json()
    assert [d["id"] for d in data["dimensions"]] == ["physical", "economic", "environmental", "social", "management"]
    assert data["criteria"] == [f"C{i:02d}" for i in range(1, 15)]
    assert data["coverage"]["factories"] == 1 and data["heatmap"]["rows"][0]["consent"] is True
    text = cli("estate", "overview", "1", lang="th")
    assert text.code == 0 and "ตัวชี้วัดที่แอปคำนวณ ไม่ใช่เกณฑ์ทางการของ กนอ." in text.out

    report = tmp_path / "estate.pdf"
    done = cli("estate", "report", "1", "--lang", "both", "--anonymise", "-o", str(report))
    assert done.code == 0 and report.read_bytes().startswith(b"%PDF") and done.out.strip() == str(report)
    sheet = tmp_path / "estate.xlsx"
    assert cli("estate", "spreadsheet", "1", "-o", str(sheet)).code == 0 and zipfile.is_zipfile(sheet)


def test_demo_list_and_refusals(cli, tmp_path):
    demo = cli("estate", "demo", "--factories", "8", "--json")
    assert demo.code == 0 and demo.json()["factories"] == 8 and demo.json()["demo"]
    listed = cli("estate", "list", "--json").json()
    assert [(e["id"], e["factories"]) for e in listed] == [(1, 8)]
    free = cli("estate", "new", "--estate", "สวนอุตสาหกรรมบางกะดี", lang="th")
    assert free.code == 0 and "ไม่อยู่ในรายชื่อนิคมของ กนอ." in free.err

    twice = cli("estate", "new", "--estate", "สวนอุตสาหกรรมบางกะดี", lang="th")
    assert twice.code == 1 and twice.err.count("\n") == 1 and "มีนิคม" in twice.err
    unknown = cli("estate", "overview", "Nowhere Estate")
    assert unknown.code == 1 and "no estate Nowhere Estate" in unknown.err
    too_many = cli("estate", "demo", "--factories", "0")
    assert too_many.code == 2
    nothing = cli("estate", "import", "1")
    assert nothing.code == 2

    database = cli.data / "ecoassess.sqlite3"
    beside = cli("estate", "report", "1", "-o", str(database.with_suffix(".pdf")), lang="th")
    assert beside.code == 1 and "โฟลเดอร์ข้อมูล" in beside.err  # nothing is written in the data folder
    assert not database.with_suffix(".pdf").exists()
    inside = cli("estate", "report", "1", "-o", str(cli.data / "backups" / "r.pdf"), lang="th")
    assert inside.code == 1 and "backups" in inside.err
    other = tmp_path / "notes.csv"
    other.write_text("mine")
    kept = cli("estate", "spreadsheet", "1", "-o", str(other))
    assert kept.code == 1 and other.read_text() == "mine" and "--force" in kept.err
    unconfirmed = cli("estate", "delete", "2")
    assert unconfirmed.code == 1 and "--yes" in unconfirmed.err
    deleted = cli("estate", "delete", "2", "--yes")
    assert deleted.code == 0 and "backup" in deleted.err
    assert [e["id"] for e in cli("estate", "list", "--json").json()] == [1]
    junk = tmp_path / "junk.ecoassess"
    junk.write_bytes(b"junk")
    bad = cli("estate", "import", "1", str(junk), "--json")
    assert bad.code == 1 and "not a .ecoassess file" in bad.json()[0]["error"]


def test_an_officer_records_thresholds_and_a_requirement_status(cli):
    assert cli("estate", "demo", "--factories", "4").code == 0
    level = cli("estate", "set-threshold", "1", "--level", "eco_world_class", "80", "--json")
    assert level.code == 0 and level.json() == {"estate": 1, "level": "eco_world_class", "threshold": 80.0}
    readiness = cli("estate", "set-threshold", "1", "75 %", lang="th")
    assert readiness.code == 0 and "เกณฑ์ความพร้อมของโรงงาน ร้อยละ 75 (เจ้าหน้าที่กำหนด)" in readiness.err
    status = cli("estate", "set-status", "1", "wc_ghg", "--status", "met", "--points", "7",
                 "--evidence", "รายงาน CFO ปี 2568", "--json")
    assert status.code == 0 and status.json()["status"] == "met" and status.json()["points"] == 7.0
    # only the status changes: the evidence recorded before stays
    again = cli("estate", "set-status", "1", "wc_ghg", "--status", "partly_met", lang="th")
    assert again.code == 0 and "ผ่านบางส่วน" in again.err

    data = cli("estate", "overview", "1", "--json").json()
    levels = {lv["id"]: lv for lv in data["framework"]["levels"]}
    item = next(i for i in levels["eco_world_class"]["items"] if i["id"] == "wc_ghg")
    assert levels["eco_world_class"]["threshold"] == 80.0
    assert (item["status"], item["points"], item["evidence"]) == ("partly_met", 7.0, "รายงาน CFO ปี 2568")
    assert (data["readiness"]["threshold"], data["readiness"]["threshold_provenance"]) == (75.0, "officer")

    # refusals: one line in the user's language, nothing changed
    for args, code, reason in (
            (("set-threshold", "1", "--level", "eco_world_class", "150"), 1, "ร้อยละ 0–100"),
            (("set-threshold", "1", "มาก"), 1, "ต้องเป็นตัวเลข"),
            (("set-threshold", "1", "50", "--level", "eco_nowhere"), 1, "ไม่มีระดับ eco_nowhere"),
            (("set-status", "1", "wc_ghg", "--status", "passed"), 1, "สถานะ passed ไม่ถูกต้อง"),
            (("set-status", "1", "wc_nothing", "--status", "met"), 1, "ไม่มีข้อกำหนด wc_nothing"),
            (("set-status", "1", "wc_ghg", "--status", "met", "--points", "x"), 1, "ต้องเป็นตัวเลข")):
        refused = cli("estate", *args, lang="th")
        assert refused.code == code and reason in refused.err and refused.err.count("\n") == 1, refused.err
    after = cli("estate", "overview", "1", "--json").json()
    assert after["framework"] == data["framework"] and after["readiness"] == data["readiness"]

    cleared = cli("estate", "set-threshold", "1", "none", "--level", "eco_world_class", "--json")
    assert cleared.code == 0 and cleared.json()["threshold"] is None
