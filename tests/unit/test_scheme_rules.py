"""A scheme file that breaks a rule of the format is refused with the rule in the officer's
language: Thai in Thai, never the validator's English inside a Thai sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ecoassess.errors import ValidationError
from ecoassess.i18n import message
from ecoassess.scheme import parse_scheme
from ecoassess.scheme.loader import SHIPPED

SCHEMA = Path(__file__).resolve().parents[2] / "ecoassess" / "scheme" / "schema.py"


def criterion(raw, cid):
    return next(c for c in raw["criteria"] if c["id"] == cid)


@pytest.mark.parametrize(("change", "thai", "english"), [
    (lambda raw: criterion(raw, "C01").update(max_points=6), "ตารางคะแนนต้องมีคะแนน 0 ถึง 6 ครบ",
     "points table must list 0..6 once each"),
    (lambda raw: raw["criteria"].reverse(), "เกณฑ์ต้องเรียงตามหมายเลข", "criteria must be in their numbered order"),
    (lambda raw: raw["settings"]["not_applicable_allowed"].update(value=["C99"]),
     "ระบุเกณฑ์ที่ไม่มีอยู่: C99", "names unknown criteria: C99"),
    (lambda raw: raw["help"]["C10"]["levels"].update({"S9": raw["help"]["C10"]["levels"]["L1"]}),
     "คำอธิบายของ C10 อ้างถึงระดับที่ไม่มีอยู่: S9", "help of C10 for unknown levels: S9"),
])
def test_a_broken_rule_reads_in_thai_and_in_english(change, thai, english):
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    change(raw)
    with pytest.raises(ValidationError) as refused:
        parse_scheme(yaml.safe_dump(raw, allow_unicode=True), source="next.yaml")
    th, en = refused.value.message("th"), refused.value.message("en")
    assert th.startswith("ไฟล์เกณฑ์ next.yaml ไม่ถูกต้องที่") and thai in th
    assert not re.search(r"[a-z]{4,} [a-z]{4,}", th.replace("next.yaml", "")), th  # no English sentence
    assert en.startswith("scheme file next.yaml is invalid at") and english in en


def test_every_rule_the_schema_raises_is_in_the_catalogue_in_both_languages():
    source = SCHEMA.read_text(encoding="utf-8")
    keys = set(re.findall(r'rule\("(\w+)"', source))
    keys |= {f"duplicate_{what.replace(' ', '_')}" for what in re.findall(r'_unique\(.*, "([\w ]+)"\)', source)}
    assert len(keys) > 30 and "raise ValueError" not in source
    for key in keys:
        for lang in ("th", "en"):
            text = message(f"scheme_rule.{key}", lang)
            assert text and not text.startswith("scheme_rule."), (key, lang)
