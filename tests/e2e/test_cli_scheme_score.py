"""`scheme` and `score` through the real program: shapes of the JSON, text a person can check, errors."""

from __future__ import annotations

import json

import yaml

from ecoassess.scheme.loader import SHIPPED

HAND_WRITTEN = {
    "_comment": "checked by hand against the brief",
    "profile": {"name_th": "โรงงานตัวอย่าง", "name_en": "Sample factory", "size": "medium"},
    "planned_audit_date": "2027-03-01",
    "prerequisites": {"G1": {"met": True}, "G2": {"ems_route": "gi2",
                                                  "certificate_valid_until": "2027-01-31"},
                      "G3": {"met": True}, "G4": {"met": False}},
    "criteria": {
        "C01": {"inventory": True, "target_achievement_pct": 50},  # 3: at least 50 %
        "C06": {"inventory": True, "target_achievement_pct": 80, "advanced": ["d"]},  # 3: S3 alone no
        "C10": {"policy_and_vendor_list": True, "green_purchase_pct": 1.5},  # 2
        "C11": {"baseline_met": True, "increase_pct": 25.0},  # 2: exactly 25 counts
        "C14": {"disclosure": True, "network": True, "network_decides": True,
                "joint_monitoring": True, "community_activities": True,
                "no_complaints_3y": True, "survey_pct": 80},  # 5
    },
}


def write(tmp_path, data, name="answers.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_scheme_json_shape(cli):
    run = cli("scheme", "--json")
    assert run.code == 0, run.err
    data = run.json()
    assert data["id"] == "eco-factory" and data["version"]
    assert [p["id"] for p in data["prerequisites"]] == ["G1", "G2", "G3", "G4"]
    assert [c["id"] for c in data["criteria"]] == [f"C{n:02d}" for n in range(1, 15)]
    c01 = data["criteria"][0]
    assert c01["name"] == {"th": "การจัดการวัตถุดิบ", "en": "Raw material management"}
    assert c01["max_points"] == 5 and c01["provenance"] == "published-form"
    assert data["criteria"][1]["provenance"] == "draft"


def test_scheme_tree_in_both_languages(cli):
    th = cli("scheme", "--lang", "th")
    assert th.code == 0 and "การอยู่ร่วมกับชุมชนโดยรอบ" in th.out and "[ร่าง]" in th.out
    en = cli("scheme", "--lang", "en")
    assert en.code == 0 and "Coexistence with the surrounding community" in en.out
    assert "70 points" in en.out and "[assumption]" in en.out


def test_score_file_json_matches_a_hand_count(cli, tmp_path):
    run = cli("score", str(write(tmp_path, HAND_WRITTEN)), "--json")
    assert run.code == 0, run.err
    data = run.json()
    points = {c["id"]: c["points"] for c in data["criteria"]}
    assert {k: points[k] for k in ("C01", "C06", "C10", "C11", "C14")} == \
        {"C01": 3, "C06": 3, "C10": 2, "C11": 2, "C14": 5}
    assert (data["total"], data["max"], data["percent"]) == (15, 70, 21.43)
    # G2's certificate lapses a month before the planned audit: G2 is not met, with the reason
    assert {p["id"]: p["status"] for p in data["prerequisites"]} == \
        {"G1": "met", "G2": "not_met", "G3": "met", "G4": "not_met"}
    verdict = data["verdict"]
    assert verdict["status"] == "not_eligible" and verdict["target_percent"] == 70.0
    assert verdict["qualifiers"] == ["threshold_assumed", "draft_prerequisite_not_met",
                                     "certificate_lapses"]
    assert any("21.43" in r["en"] for r in verdict["reasons"])
    first = data["gaps"][0]  # C06: 80 % with an S3 measure; full achievement would add 2
    assert (first["criterion_id"], first["step"], first["points_added"]) == ("C06", "S2", 2)
    kinds = {w["kind"] for w in data["warnings"]}
    assert "certificate_lapse" in kinds and "missing_evidence" not in kinds


def test_score_text_for_a_person(cli, tmp_path):
    run = cli("score", str(write(tmp_path, HAND_WRITTEN)), "--ui-lang", "en")
    assert run.code == 0, run.err
    assert "Total: 15/70 (21.43 %)" in run.out
    assert "level 3: 50.00 % of the target achieved (at least 50 %); " \
           "level 4 needs the target fully achieved (100 %)" in run.out
    thai = cli("score", str(write(tmp_path, HAND_WRITTEN)), "--ui-lang", "th")
    assert "คะแนนรวม: 15/70 (ร้อยละ 21.43)" in thai.out and "ยังไม่มีคุณสมบัติ" in thai.out
    assert "พร้อมรับการตรวจประเมิน" not in thai.out


def test_not_eligible_still_exits_zero(cli, tmp_path):
    run = cli("score", str(write(tmp_path, {"prerequisites": {"G1": {"met": False}}})), "--json")
    assert run.code == 0 and run.json()["verdict"]["status"] == "not_eligible"


def test_errors_exit_1_naming_the_place(cli, tmp_path):
    negative = write(tmp_path, {"criteria": {"C11": {"baseline_met": True, "increase_pct": -4}}})
    run = cli("score", str(negative))
    assert run.code == 1 and run.out == ""
    assert "criteria.C11.increase_pct" in run.err and "negative" in run.err
    unknown = cli("score", str(write(tmp_path, {"criteria": {"C01": {"inventroy": True}}})))
    assert unknown.code == 1 and "criteria.C01.inventroy" in unknown.err
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    bad = cli("score", str(broken), lang="th")
    assert bad.code == 1 and "JSON" in bad.err and bad.err.count("\n") == 1
    missing = cli("score", "no-such-assessment")
    assert missing.code == 1 and missing.out == ""


def test_score_the_demo_assessment_by_id(cli, tmp_path):
    demo = cli("demo", "--json")
    assert demo.code == 0, demo.err
    assessment_id = demo.json()["id"]
    run = cli("score", assessment_id[:8], "--json")
    assert run.code == 0, run.err
    data = run.json()
    assert data["source"]["kind"] == "assessment" and data["source"]["id"] == assessment_id
    assert "สยามพลาสติก" in data["source"]["factory"]["th"]
    file_run = cli("score", str(SHIPPED.parents[2] / "resources" / "demo" / "answers.json"), "--json")
    assert [c["points"] for c in data["criteria"]] == [c["points"] for c in file_run.json()["criteria"]]
    assert data["total"] == 42 and data["size"] == "medium"
    missing = {w["item_id"] for w in data["warnings"] if w["kind"] == "missing_evidence"}
    assert "C01" not in missing and "C07" in missing
    assert cli("score", assessment_id).code == 0


def test_scheme_import_then_it_is_the_one_shown(cli, tmp_path):
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = "2099.1"
    newer = tmp_path / "newer.yaml"
    newer.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    run = cli("scheme", "import", str(newer), "--json")
    assert run.code == 0, run.err
    assert run.json()["version"] == "2099.1" and run.json()["unmapped"] == []
    assert cli("scheme", "--json").json()["version"] == "2099.1"
    raw["criteria"][0]["max_points"] = "five"
    newer.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    bad = cli("scheme", "import", str(newer))
    assert bad.code == 1 and "criteria[C01].max_points" in bad.err


def test_answer_schema_is_json(cli):
    run = cli("scheme", "answer-schema")
    assert run.code == 0
    assert "C14" in run.json()["properties"]["criteria"]["properties"]


def test_what_if_projects_without_changing_the_file(cli, tmp_path):
    path = write(tmp_path, HAND_WRITTEN)
    before = path.read_text(encoding="utf-8")
    run = cli("score", str(path), "--what-if", "C06,c01", "--json")
    assert run.code == 0, run.err
    data = run.json()
    assert data["source"]["what_if"] == ["C06", "C01"]
    assert data["total"] == 15 + 2 + 1  # C06 to full achievement with its S3 measure; C01 to 4
    assert path.read_text(encoding="utf-8") == before
    text = cli("score", str(path), "--what-if", "C06")
    assert "Projection if the next step of C06 were done" in text.out
    assert cli("score", str(path), "--what-if", "C42").code == 1


def test_missing_or_unreadable_answer_files_are_named_as_files(cli, tmp_path):
    missing = cli("score", str(tmp_path / "answers.json"), lang="th")
    assert missing.code == 1 and missing.err.strip() == f"ไม่พบไฟล์ {tmp_path / 'answers.json'}"
    assert cli("export", "answers.json", "-o", str(tmp_path / "x.pdf")).err.strip() == \
        "no such file: answers.json"
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(b"%PDF-1.4 \x93\xff not text")
    wrong = cli("score", str(pdf), "--ui-lang", "th")
    assert wrong.code == 1 and "ไม่ใช่ไฟล์ข้อความ UTF-8" in wrong.err and "codec" not in wrong.err
