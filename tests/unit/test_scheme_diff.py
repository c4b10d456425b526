"""What changed between two scheme versions, told to an officer in Thai and English: the FTI's
next file (tests/data/eco-factory-2027.1.yaml, a hand-edited copy of the shipped scheme whose
header lists the edits) against the shipped 2026.1."""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest
import yaml

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.scheme import load_scheme, map_answers, parse_scheme
from ecoassess.scheme.diff import diff_schemes, short
from ecoassess.scheme.diffreport import build_report, report_lines
from ecoassess.scheme.loader import SHIPPED, load_scheme_file
from ecoassess.scheme.update import dropped_text, import_with_report, older_version
from ecoassess.scoring import evaluate_assessment

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"


@pytest.fixture(scope="module")
def diff():
    return diff_schemes(load_scheme(), load_scheme_file(NEXT_FILE))


def by(diff, kind):
    return {c.path: c for c in diff.of_kind(kind)}


def test_the_next_fti_file_lists_what_was_removed_and_added(diff):
    removed, added = by(diff, "removed"), by(diff, "added")
    assert {"C13", "C01.advanced.e", "C10.suppliers_green"} <= set(removed)
    assert all(removed[p].answers_lost for p in ("C13", "C01.advanced.e", "C10.suppliers_green"))
    assert removed["C13"].provenance == "draft"  # a draft criterion went: the line says so
    assert removed["C13"].subject["th"] == "C13 การกระจายรายได้ให้กับชุมชน"
    assert {"G5", "C01.advanced.f", "C10.tier1_suppliers_green", "documents.energy_report"} <= set(added)
    assert added["G5"].provenance == "draft" and not added["G5"].answers_lost
    # answers stored on what went have no place, in the words map_answers uses
    assert diff.answers_without_place()[:3] == ["C13", "C01.advanced.e", "C10.suppliers_green"]
    # C02 was only published: nothing was added to or removed from it
    assert not [c for c in diff.changes if c.path.startswith("C02") and c.kind in ("added", "removed")]


def test_rules_settings_and_provenance_changes_carry_old_and_new(diff):
    rules = by(diff, "rule")
    assert (rules["G4"].part, rules["G4"].old, rules["G4"].new) == ("blocking", False, True)
    assert (rules["C11"].old, rules["C11"].new) == ([25, 50, 75, 100], [30, 50, 75, 100])
    assert rules["C10.L5"].old == ["suppliers_green"] and rules["C10.L5"].new == ["tier1_suppliers_green"]
    settings = by(diff, "setting")
    assert (settings["settings.target_percent"].old, settings["settings.target_percent"].new) == (70, 75)
    assert settings["settings.not_applicable_allowed"].new == ["C11"]
    provenance = [(c.path, c.part, c.old, c.new) for c in diff.of_kind("provenance")]
    assert ("G4", "", "draft", "published-form") in provenance
    assert ("C02", "", "draft", "published-form") in provenance
    assert ("C02", "points", "draft", "published-form") in provenance
    assert ("settings.target_percent", "", "assumption", "published-form") in provenance
    drafts = [d.path for d in diff.drafts]
    assert "G5" in drafts and "G4" not in drafts and "C02" not in drafts and "C07" in drafts


def test_wording_changes_name_the_language_that_changed(diff):
    wording = {(c.path, c.part): c for c in diff.of_kind("wording")}
    name = wording[("C01", "name")]
    assert name.langs == ("en",) and name.new["en"] == "Raw material and resource management"
    title = wording[("C01.S2", "title")]
    assert title.langs == ("th",) and "และผลสำเร็จ" in title.new["th"]
    requirement = wording[("C07.L3", "requirement")]
    assert requirement.langs == ("th", "en") and requirement.provenance == "draft"
    assert ("C02", "name") not in wording
    assert diff.help_changed  # the C01 help was reworded: said, but it scores nothing


def test_the_report_reads_in_thai_and_in_english(diff):
    th = "\n".join(report_lines(diff, "th"))
    assert th.startswith("เกณฑ์ eco-factory: จากรุ่น 2026.1 เป็นรุ่น 2027.1")
    assert "ตัดออก 3 · เพิ่มใหม่ 4" in th
    assert "C13 การกระจายรายได้ให้กับชุมชน [ร่าง] — ตัดออก — คำตอบที่บันทึกไว้ตรงนี้จะไม่มีที่อยู่ในรุ่น 2027.1" in th
    assert "G5 การจัดการพลังงานตามกฎหมาย [ร่าง] — เพิ่มใหม่" in th
    assert "G4 เข้าร่วมโครงการภาครัฐใน 3 ปีที่ผ่านมา — ที่มา: ร่าง → ตามแบบประเมินที่เผยแพร่" in th
    assert "เกณฑ์ผ่านโดยรวม (ร้อยละของคะแนนเต็มที่ใช้ได้): 70 → 75" in th
    assert "ส่วนที่ยังเป็นร่างในรุ่น 2027.1: G5," in th
    # an English-only rewording, read in Thai, shows the English texts and says so
    assert "C01 การจัดการวัตถุดิบ — ชื่อ (ภาษาอังกฤษ)\n      เดิม: Raw material management\n" \
        "      ใหม่: Raw material and resource management" in th
    en = "\n".join(report_lines(diff, "en"))
    assert "G4 Government programme in the past 3 years — mandatory: no → yes" in en
    assert "C11 Green landscape management — ladder thresholds (%): 25, 50, 75, 100 → 30, 50, 75, 100" in en
    assert "C01 Raw material and resource management · Step 2 — title (Thai)" in en
    report = build_report(diff, "en")
    assert [s.kind for s in report.sections] == ["removed", "added", "rule", "setting", "provenance", "wording"]
    assert any(e.draft for e in report.sections[1].entries)


def test_the_same_version_differs_in_nothing():
    same = diff_schemes(load_scheme(), load_scheme())
    assert same.identical and not same.answers_without_place()
    assert report_lines(same, "th")[1] == "ไม่มีความแตกต่าง เนื้อหาเหมือนกันทุกประการ"


def scheme_from(mutate) -> object:
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = "2027.5"
    mutate(raw)
    return parse_scheme(yaml.safe_dump(raw, allow_unicode=True))


def criterion(raw, cid):
    return next(c for c in raw["criteria"] if c["id"] == cid)


def test_a_new_criterion_a_shorter_ladder_and_a_changed_kind_of_answer():
    def mutate(raw):
        c15 = copy.deepcopy(criterion(raw, "C14"))
        c15.update(id="C15", number=15, provenance="draft")
        raw["criteria"].append(c15)
        c12 = criterion(raw, "C12")  # a strict ladder cut to four levels
        c12.update(max_points=4, levels=c12["levels"][:4], points=c12["points"][:5],
                   inputs=[i for i in c12["inputs"] if i["id"] != "l5"])
        raw["help"]["C12"]["levels"].pop("L5", None)
        labels = next(i for i in criterion(raw, "C10")["inputs"] if i["id"] == "ecolabel_products")
        labels["type"] = "number"
        raw["improvement"]["quantities"].pop()  # waste

    diff = diff_schemes(load_scheme(), scheme_from(mutate))
    added, removed, rules = by(diff, "added"), by(diff, "removed"), by(diff, "rule")
    assert added["C15"].provenance == "draft"
    assert "C12.L5" in removed and removed["C12.l5"].answers_lost and not removed["C12.L5"].answers_lost
    assert (rules["C12"].part, rules["C12"].old, rules["C12"].new) == ("max_points", 5, 4)
    assert (rules["C10.ecolabel_products"].old, rules["C10.ecolabel_products"].new) == ("integer", "number")
    assert "improvement.waste" in removed and not removed["improvement.waste"].answers_lost
    en = "\n".join(report_lines(diff, "en"))
    assert "kind of answer: whole number → number — old answers that do not read the new way are dropped" in en
    with pytest.raises(ValidationError) as caught:
        diff_schemes(load_scheme(), scheme_from(lambda raw: raw.update(id="eco-town")))
    assert caught.value.message("th") == \
        "เทียบได้เฉพาะรุ่นของเกณฑ์เดียวกัน: eco-factory กับ eco-town เป็นคนละเกณฑ์"


def test_answers_move_by_id_and_what_no_longer_reads_is_dropped():
    new = load_scheme_file(NEXT_FILE)
    answers = {"C01": model.ItemAnswer("C01", {"inventory": True, "target_achievement_pct": 100,
                                               "advanced": ["a", "e"]}),
               "C10": model.ItemAnswer("C10", {"policy_and_vendor_list": True, "suppliers_green": True}),
               "C13": model.ItemAnswer("C13", {"l1": True}),
               "G2": model.ItemAnswer("G2", {"ems_route": "gi9", "certificate_valid_until": "2028-01-31"})}
    kept, dropped = map_answers(answers, new)
    assert kept["C01"].value["advanced"] == ["a"]
    assert kept["C10"].value == {"policy_and_vendor_list": True}
    assert kept["G2"].value == {"certificate_valid_until": "2028-01-31"}
    assert dropped == ["C01.advanced.e", "C10.suppliers_green", "C13", "G2.ems_route"]
    assessment = model.Assessment(
        id="a", factory_uid="f", profile=model.FactoryProfile(name_th="โรงงาน"), scheme_id="eco-factory",
        scheme_version="2027.1", assessment_date=None, planned_audit_date=None, signatory_name="",
        signatory_position="", status=model.AssessmentStatus.DRAFT, settings={}, last_page="",
        is_demo=False, created_at=None, updated_at=None, answers=kept)
    assert evaluate_assessment(new, assessment).total >= 4  # the moved answers score on 2027.1


def test_dropped_parts_are_named_in_both_languages():
    own, new = load_scheme(), load_scheme_file(NEXT_FILE)
    option = dropped_text("C01.advanced.e", [own, new])
    assert option["th"].startswith("ตัวเลือก (จ) ประเมินรอยเท้าวัสดุ")
    assert option["en"].startswith("option (e) Assesses the material footprint")
    assert dropped_text("C13", [own, new])["en"] == "the answer of C13 Income distribution to the community"
    assert dropped_text("action C13", [own, new])["th"] == "แผนปฏิบัติการของ C13 การกระจายรายได้ให้กับชุมชน"
    assert dropped_text("C99.x", [new]) == {"th": 'คำตอบ "x" ของ C99', "en": 'the answer "x" of C99'}
    assert dropped_text("settings.not_applicable_allowed.C13", [own])["en"] == \
        "the setting Criteria that may be marked not applicable C13"


def test_importing_reports_against_the_newest_older_version(tmp_path):
    data = tmp_path / "data"
    done = import_with_report(NEXT_FILE, data)
    assert (done.base.version, done.diff.new_version, done.already_here, done.is_newest) == \
        ("2026.1", "2027.1", False, True)
    again = import_with_report(NEXT_FILE, data)
    assert again.already_here and again.diff.counts() == done.diff.counts()
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = "2026.5"  # an older file imported after a newer one
    between = tmp_path / "between.yaml"
    between.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    late = import_with_report(between, data)
    assert (late.base.version, late.newest_version, late.is_newest) == ("2026.1", "2027.1", False)
    assert late.diff.identical is False and not late.diff.changes  # only the version differs
    assert older_version(load_scheme_file(NEXT_FILE), data).version == "2026.5"


def test_a_hostile_scheme_file_is_refused_at_once(tmp_path):
    bomb = tmp_path / "bomb.yaml"
    levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    levels += [f"{n}: &{n} [{','.join(['*' + p] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi", strict=True)]
    bomb.write_text("\n".join(levels) + "\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ValidationError) as caught:
        import_with_report(bomb, tmp_path / "data")
    assert time.monotonic() - started < 5  # it once walked a billion nodes
    assert caught.value.key == "scheme_update.yaml_alias"
    assert "ไม่อนุญาต" in caught.value.message("th")
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(9 * 1024 * 1024)
    with pytest.raises(ValidationError) as caught:
        import_with_report(big, tmp_path / "data")
    assert caught.value.message("en") == f"scheme file {big} is too large (9.0 MB); a scheme file is at most 8.0 MB"
    assert not (tmp_path / "data" / "schemes").exists()


def test_short_names_never_split_a_thai_syllable():
    text = "ผู้ส่งมอบลำดับที่ 1 ทุกรายของสินค้ากลุ่มที่มีความเสี่ยงสูง"
    for limit in range(5, len(text)):
        cut = short(text, limit).removesuffix("…")
        assert text.startswith(cut)
        assert not ("\u0e40" <= cut[-1:] <= "\u0e44")  # no dangling leading vowel
        rest = text[len(cut):]
        assert not rest or not ("\u0e30" <= rest[0] <= "\u0e3a" or "\u0e45" <= rest[0] <= "\u0e4e")
