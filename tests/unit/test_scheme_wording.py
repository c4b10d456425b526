"""The scheme's words kept whole: requirement and evidence texts equal the source ladders word for
word, the ladder rules are the source's rules, and each input label keeps every condition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ecoassess.scheme import load_scheme

SOURCE = (Path(__file__).resolve().parents[1] / "data" / "known-ladders.md").read_text(encoding="utf-8")
SCHEME = load_scheme()
CITATIONS = re.compile(r"\s*\[T\d+\](?:,\s*\[T\d+\])*")


def section(heading: str) -> str:
    """The text from a "## …" heading (starting with `heading`) to the next one."""
    start = SOURCE.index("\n## " + heading)
    end = SOURCE.find("\n## ", start + 1)
    return SOURCE[start:end if end > 0 else None]


def rows(text: str) -> list[list[str]]:
    """The cells of every markdown table row in `text` (separator rows left out)."""
    out = []
    for line in text.splitlines():
        if line.startswith("|") and not set(line) <= set("|-: "):
            out.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return out


def clean(text: str) -> str:
    return CITATIONS.sub("", text).strip()


def split_evidence(cell: str) -> tuple[str, str]:
    """"Thai evidence — English evidence [T1]" as (th, en)."""
    th, en = cell.split(" — ", 1)
    return clean(th), clean(en)


def step_table(text: str, step: str) -> dict[str, str]:
    """The | **TH** | … | rows under "### S1 — …" as {"TH": …, "EN": …, "Evidence (TH)": …}."""
    start = text.index(f"### {step} ")
    end = text.find("\n### ", start + 1)
    return {cells[0].strip("*"): clean(cells[1]) for cells in rows(text[start:end if end > 0 else None])
            if len(cells) == 2 and cells[0].startswith("**")}


def level_rows(text: str) -> dict[str, list[str]]:
    return {cells[0].strip("*"): cells for cells in rows(text) if cells[0].startswith("**L")}


def test_general_requirements_match_the_source_word_for_word():
    table = {cells[0].replace("**", ""): cells for cells in rows(section("1. General requirements"))
             if cells[0].startswith("**G")}
    for pid in ("G1", "G3", "G4"):
        p = SCHEME.prerequisite(pid)
        _id, _prov, th, en, evidence = table[pid]
        assert (p.requirement.th, p.requirement.en) == (th, en), pid
        assert (p.evidence.th, p.evidence.en) == split_evidence(evidence), pid
    g2 = SCHEME.prerequisite("G2")
    for size, key in (("large", "G2 (large factory)"), ("medium", "G2 (medium or small factory)")):
        variant = g2.variant_for(size)
        _id, _prov, th, en, evidence = table[key]
        assert (variant.requirement.th, variant.requirement.en) == (th, en)
        assert (variant.evidence.th, variant.evidence.en) == split_evidence(evidence)
    routes = {cells[0].strip("`"): cells[1:] for cells in rows(section("1. General requirements"))
              if cells[0].startswith("`") and cells[0] != "`ems_route`"}
    for option in g2.input("ems_route").options:
        assert [option.label.th, option.label.en] == routes[option.id]


@pytest.mark.parametrize(("cid", "heading"), [("C01", "2. Criterion 1"), ("C06", "3. Criterion 6"),
                                              ("C11", "5. Criterion 11")])
def test_steps_match_the_source_word_for_word(cid, heading):
    criterion, text = SCHEME.criterion(cid), section(heading)
    for level in criterion.levels:
        if level.id == "S3":
            continue  # the options below are the source of step 3
        source = step_table(text, level.id)
        assert (level.requirement.th, level.requirement.en) == (source["TH"], source["EN"]), level.id
        assert (level.evidence.th, level.evidence.en) == \
            (source["Evidence (TH)"], source["Evidence (EN)"]), level.id


@pytest.mark.parametrize(("cid", "heading"), [("C01", "2. Criterion 1"), ("C06", "3. Criterion 6")])
def test_advanced_measures_match_the_source_word_for_word(cid, heading):
    options = {cells[0].strip("()"): cells[1:] for cells in rows(section(heading))
               if re.fullmatch(r"\([a-e]\)", cells[0])}
    for option in SCHEME.criterion(cid).input("advanced").options:
        th, en, evidence = options[option.id]
        evidence_en, evidence_th = (clean(part) for part in evidence.split(" / ", 1))
        assert (option.label.th, option.label.en) == (th, en), option.id
        assert (option.evidence.th, option.evidence.en) == (evidence_th, evidence_en), option.id


@pytest.mark.parametrize(("cid", "heading"), [("C10", "4. Criterion 10"), ("C14", "6. Criterion 14")])
def test_levels_match_the_source_word_for_word(cid, heading):
    table = level_rows(section(heading))
    for level in SCHEME.criterion(cid).levels:
        _id, th, en, evidence = table[level.id]
        assert (level.requirement.th, level.requirement.en) == (th, en), level.id
        assert (level.evidence.th, level.evidence.en) == split_evidence(evidence), level.id


def test_ladder_rules_are_the_source_rules_and_are_scheme_data():
    target = {cells[0]: cells[1:] for cells in rows(SOURCE[SOURCE.index("### 0.1"):SOURCE.index("### 0.2")])
              if cells[0] in ("cumulative", "S3 alone", "entry")}
    rules = {r.id: r for r in SCHEME.ladder_rules["target"]}
    for rule_id, name in (("cumulative", "cumulative"), ("s3_alone", "S3 alone"), ("entry", "entry")):
        assert [rules[rule_id].text.th, rules[rule_id].text.en] == target[name]
    assert (rules["s3_alone"].level, rules["entry"].level, rules["cumulative"].level) == ("S3", "S2", None)
    strict = [cells for cells in rows(SOURCE[SOURCE.index("### 0.2"):SOURCE.index("### 0.3")])
              if cells != ["TH", "EN"]]
    assert [[r.text.th, r.text.en] for r in SCHEME.ladder_rules["strict"]] == strict
    assert SCHEME.rules_for(SCHEME.criterion("C14"))[0].text.th.startswith("ได้คะแนนเท่ากับระดับสูงสุดที่ผ่าน")


# Each input label keeps every condition of its level (Thai, English).
CONDITIONS = {
    ("C01", "inventory"): (["วัตถุดิบหลัก", "วัตถุดิบรอง", "ทรัพยากรที่ใช้สนับสนุนการผลิต",
                            "ปริมาณการใช้ของแต่ละรายการ"],
                           ["main and secondary raw materials", "supporting resources",
                            "amount used of each"]),
    ("C01", "target_achievement_pct"): (["เป้าหมายของโรงงาน", "ร้อยละ", "ทศนิยม 2 ตำแหน่ง"],
                                        ["factory's own target", "%", "2 decimals"]),
    ("C01", "advanced"): (["ขั้นที่ 3", "3 ปีที่ผ่านมา"], ["Step 3", "past 3 years"]),
    ("C06", "target_achievement_pct"): (["เป้าหมายของโรงงาน", "ร้อยละ", "ทศนิยม 2 ตำแหน่ง"],
                                        ["factory's own target", "%", "2 decimals"]),
    ("C06", "advanced"): (["ขั้นที่ 3", "3 ปีที่ผ่านมา"], ["Step 3", "past 3 years"]),
    ("C06", "inventory"): (["บัญชีรายการของเสีย", "ข้อมูลลักษณะของของเสียแต่ละรายการ",
                            "แผนผังการไหลของของเสีย"],
                           ["waste inventory", "profile of each waste", "waste flow diagram"]),
    ("C10", "policy_and_vendor_list"): (
        ["นโยบายการจัดซื้อจัดจ้างที่เป็นมิตรกับสิ่งแวดล้อม", "ผู้ขายหรือผู้ให้บริการ", "ที่คัดเลือกจาก",
         "บัญชีรายชื่อสินค้าและบริการที่เป็นมิตรกับสิ่งแวดล้อม"],
        ["green procurement policy", "vendors or service providers", "selected from",
         "eco-friendly products and services"]),
    ("C10", "green_purchase_pct"): (["ร้อยละของงบประมาณ"], ["% of the procurement budget"]),
    ("C10", "ecoproduct_policy"): (["นโยบายส่งเสริมผลิตภัณฑ์ที่เป็นมิตรกับสิ่งแวดล้อม"],
                                   ["Policy promoting eco-friendly products"]),
    ("C10", "ecolabel_products"): (["ฉลากสิ่งแวดล้อม"], ["environmental label"]),
    ("C10", "suppliers_green"): (
        ["ผู้ส่งมอบลำดับที่ 1 ทุกราย", "วัตถุดิบ พลังงาน สารเคมี และบรรจุภัณฑ์", "นโยบายด้านสิ่งแวดล้อม",
         "ประเด็นปัญหาสิ่งแวดล้อมหลักของตน", "อุตสาหกรรมสีเขียวตั้งแต่ระดับที่ 2 ขึ้นไป"],
        ["Every first-tier supplier", "raw materials, energy, chemicals, packaging",
         "environmental policy", "main environmental issues", "Green Industry level 2 or above"]),
    ("C11", "baseline_met"): (["ไม่น้อยกว่าพื้นที่อ้างอิง (พื้นที่ฐาน)", "ดูแลรักษา"],
                              ["at least the baseline", "maintained"]),
    ("C11", "increase_pct"): (["เพิ่มขึ้นเกินพื้นที่อ้างอิง", "ผังภูมิทัศน์ที่ดี", "ดูแลรักษาอย่างเหมาะสม",
                               "ร้อยละของพื้นที่อ้างอิง"],
                              ["above the baseline", "good layout and upkeep",
                               "% of the baseline area"]),
    ("C14", "disclosure"): (["ด้านความปลอดภัย", "ด้านสิ่งแวดล้อม", "ด้านการจัดการสารเคมี", "ของโรงงาน",
                             "ต่อสาธารณะ"],
                            ["the factory's", "safety", "environmental", "chemical-management",
                             "to the public"]),
    ("C14", "network"): (["ชุมชน", "โรงงาน", "หน่วยงานภาครัฐในท้องถิ่น", "ให้ข้อมูล", "ร่วมตัดสินใจ",
                          "เสนอแนะการติดตามตรวจสอบ"],
                         ["community", "factory", "local government", "supply information",
                          "take decisions", "recommend monitoring"]),
    ("C14", "network_decides"): (["มีส่วนร่วมในการตัดสินใจ", "ข้อเสนอแนะ", "ติดตามตรวจสอบ",
                                  "คุณภาพสิ่งแวดล้อมและสารเคมี"],
                                 ["takes part in decisions", "recommends",
                                  "environmental quality and chemicals"]),
    ("C14", "joint_monitoring"): (["ร่วมกันติดตามตรวจสอบ (Joint Monitoring)", "อย่างต่อเนื่อง"],
                                  ["joint monitoring", "continuously"]),
    ("C14", "community_activities"): (["คุณภาพชีวิตหรือสิ่งแวดล้อมของชุมชน"],
                                      ["community", "quality-of-life or environment"]),
    ("C14", "no_complaints_3y"): (["ไม่มีข้อร้องเรียน", "3 ปีก่อนวันตรวจประเมิน"],
                                  ["No complaints", "3 years before the audit"]),
    ("C14", "csr_standard"): (["(ก)", "ความรับผิดชอบต่อสังคม", "ISO 26000", "CSR-DIW"],
                              ["(a)", "Social responsibility standard", "ISO 26000", "CSR-DIW"]),
    ("C14", "sustainability_report"): (["(ข) รายงานความยั่งยืน"], ["(b)", "Sustainability report"]),
    ("C14", "consumer_awareness"): (["(ค)", "ความตระหนักแก่ผู้บริโภค", "การบริโภคอย่างยั่งยืน"],
                                    ["(c)", "Consumer awareness", "sustainable consumption"]),
    ("C14", "survey_pct"): (["(ง)", "ความพึงพอใจของชุมชน", "บุคคลที่สาม", "คะแนนเฉลี่ย"],
                            ["(d)", "community satisfaction survey", "Third-party", "average"]),
}


@pytest.mark.parametrize(("cid", "input_id"), sorted(CONDITIONS))
def test_input_labels_keep_every_condition(cid, input_id):
    label = SCHEME.criterion(cid).input(input_id).label
    thai, english = CONDITIONS[(cid, input_id)]
    assert [p for p in thai if p not in label.th] == []
    assert [p for p in english if p.casefold() not in label.en.casefold()] == []


def test_level_titles_keep_what_the_level_is_about():
    c14_l3 = SCHEME.criterion("C14").level("L3").title
    assert "คุณภาพสิ่งแวดล้อมและสารเคมี" in c14_l3.th and "environmental quality and chemicals" in c14_l3.en
    assert "(พื้นที่ฐาน)" in SCHEME.criterion("C11").level("S1").title.th


def test_every_input_of_the_known_ladders_is_listed_here():
    """A new input in C01, C06, C10, C11 or C14 gets its conditions listed above."""
    known = {(c, i.id) for c in ("C01", "C06", "C10", "C11", "C14") for i in SCHEME.criterion(c).inputs}
    assert known == set(CONDITIONS)
