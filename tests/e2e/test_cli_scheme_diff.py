"""`scheme diff` and `scheme import` through the real program: an officer checks the FTI's next
file before and after importing it, in Thai and English; bad files are one line and exit 1."""

from __future__ import annotations

from pathlib import Path

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"


def test_diff_a_file_against_the_version_here_in_thai_and_english(cli):
    th = cli("scheme", "diff", str(NEXT_FILE), lang="th")
    assert th.code == 0, th.err
    lines = th.out.splitlines()
    assert lines[0] == "เกณฑ์ eco-factory: จากรุ่น 2026.1 เป็นรุ่น 2027.1"
    assert "ตัดออก 3 · เพิ่มใหม่ 4" in lines[1]
    assert "  - G4 เข้าร่วมโครงการภาครัฐใน 3 ปีที่ผ่านมา — เป็นเงื่อนไขบังคับ: ไม่ใช่ → ใช่" in lines
    en = cli("scheme", "diff", "2026.1", str(NEXT_FILE), "--lang", "en", lang="th")
    assert en.code == 0 and en.out.startswith("Scheme eco-factory: version 2026.1 to version 2027.1")
    assert "  - Overall pass threshold (% of the applicable maximum): 70 → 75" in en.out.splitlines()
    assert "  - C01 Raw material and resource management · Step 2 — title (Thai)" in en.out.splitlines()
    # nothing was imported: the scheme shown is still the shipped one
    assert cli("scheme", "--json").json()["version"] == "2026.1"


def test_diff_json_then_import_then_diff_by_version(cli):
    run = cli("scheme", "diff", str(NEXT_FILE), "--json")
    data = run.json()
    assert (data["old_version"], data["new_version"], data["identical"]) == ("2026.1", "2027.1", False)
    assert data["answers_without_place"] == ["C13", "C01.advanced.e", "C10.suppliers_green"]
    assert {c["kind"] for c in data["changes"]} == {"removed", "added", "rule", "setting",
                                                    "provenance", "wording"}
    imported = cli("scheme", "import", str(NEXT_FILE), "--json").json()
    assert (imported["version"], imported["compared_with"]) == ("2027.1", "2026.1")
    assert imported["changes"]["counts"] == data["counts"]
    by_version = cli("scheme", "diff", "2026.1", "2027.1", "--json").json()
    assert by_version["counts"] == data["counts"]
    assert cli("scheme", "diff", "2027.1", "--json").json()["old_version"] == "2026.1"
    same = cli("scheme", "diff", "2027.1", str(NEXT_FILE), lang="th")
    assert same.out.splitlines()[1] == "ไม่มีความแตกต่าง เนื้อหาเหมือนกันทุกประการ"


def test_bad_files_and_versions_are_one_line_in_the_users_language(cli, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: eco-factory\nversion: [\n", encoding="utf-8")
    not_scheme = tmp_path / "other.yaml"
    not_scheme.write_text("a: 1\n", encoding="utf-8")
    binary = tmp_path / "photo.yaml"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    cases = [
        (("scheme", "diff", str(tmp_path / "missing.yaml")), "ไม่พบไฟล์"),
        (("scheme", "diff", str(broken)), "YAML"),
        (("scheme", "diff", str(not_scheme)), "ไม่ถูกต้องที่ id"),
        (("scheme", "diff", str(binary)), "UTF-8"),
        (("scheme", "diff", "2030.1"), "ไม่มีเกณฑ์ eco-factory รุ่น 2030.1"),
        (("scheme", "diff", "2026.1"), "ไม่มีเกณฑ์ eco-factory รุ่นที่เก่ากว่า 2026.1"),
        (("scheme", "import", str(not_scheme)), "ไม่ถูกต้องที่ id"),
    ]
    for args, words in cases:
        run = cli(*args, lang="th")
        assert run.code == 1, (args, run.err)
        assert run.out == "" and words in run.err, (args, run.err)
        assert len(run.err.strip().splitlines()) == 1, (args, run.err)
        assert "Traceback" not in run.err
    english = cli("scheme", "diff", str(not_scheme))
    assert english.code == 1 and english.err.strip() == f"scheme file {not_scheme} is invalid at id: this is required"
    assert not (cli.data / "schemes").exists()  # nothing was imported by a refused file


def test_import_says_what_changed_in_thai_and_again_that_it_is_here(cli):
    first = cli("scheme", "import", str(NEXT_FILE), lang="th")
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert "เทียบกับรุ่น 2026.1 ที่มีอยู่ในเครื่อง" in lines
    assert "เกณฑ์ eco-factory: จากรุ่น 2026.1 เป็นรุ่น 2027.1" in lines
    again = cli("scheme", "import", str(NEXT_FILE), lang="th")
    assert again.code == 0 and "รุ่น 2027.1 มีอยู่ในเครื่องนี้แล้ว เนื้อหาเหมือนกัน" in again.out.splitlines()
