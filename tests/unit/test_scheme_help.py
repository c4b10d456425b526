"""Help on every question: every item and level explained in Thai and English, a glossary of the
terms the ladders use with sources, and a loader that refuses help pointing nowhere."""

from __future__ import annotations

import re

import pytest
import yaml

from ecoassess.errors import ValidationError
from ecoassess.scheme import load_scheme
from ecoassess.scheme.helptext import mentions, terms_used, texts_of
from ecoassess.scheme.loader import SHIPPED, parse_scheme

SCHEME = load_scheme()
THAI = re.compile(r"[\u0E00-\u0E7F]")


def both(text) -> bool:
    """Non-empty in both languages, and the Thai really is Thai."""
    return bool(text.th.strip()) and bool(text.en.strip()) and bool(THAI.search(text.th))


@pytest.mark.parametrize("item_id", SCHEME.item_ids())
def test_every_item_has_help_in_both_languages(item_id):
    found = SCHEME.help_for(item_id)
    assert found is not None, f"{item_id} has no help"
    assert both(found.about)
    assert found.sources and all(SCHEME.source(s) is not None for s in found.sources)


@pytest.mark.parametrize("criterion_id", [c.id for c in SCHEME.criteria])
def test_every_level_has_help_in_both_languages(criterion_id):
    criterion = SCHEME.criterion(criterion_id)
    found = SCHEME.help_for(criterion_id)
    assert sorted(found.levels) == sorted(lv.id for lv in criterion.levels)
    for level_id, level_help in found.levels.items():
        assert both(level_help.meaning), f"{criterion_id} {level_id}"
        if level_help.examples is not None:
            assert both(level_help.examples), f"{criterion_id} {level_id} examples"


def test_help_keeps_the_provenance_of_what_it_explains():
    for criterion in SCHEME.criteria:
        assert SCHEME.help_for(criterion.id).provenance == criterion.provenance, criterion.id
    assert SCHEME.help_for("G4").provenance == "draft"


def test_the_glossary_explains_the_terms_the_issue_names_each_with_a_source():
    terms = {sp: entry for entry in SCHEME.glossary for sp in entry.spellings()}
    for wanted in ("SEC", "SDS", "GHS", "CFO", "PRE", "ผชพ.", "3Rs", "EnPI", "CEMS", "CSR-DIW", "ร.ง.4"):
        assert wanted in terms, wanted
    for entry in SCHEME.glossary:
        assert both(entry.name) and both(entry.definition), entry.term
        sources = [SCHEME.source(s) for s in entry.sources]
        assert sources and all(sources), entry.term
    for source in SCHEME.help_sources:  # a title may be a proper name in both (GRI 204)
        assert source.title.th.strip() and source.title.en.strip()
        assert source.url is None or source.url.startswith(("http://", "https://"))


def test_every_abbreviation_the_ladders_use_is_in_the_glossary():
    """Acronyms (SEC, CSR-DIW, ISO 50001 …) and Thai abbreviations (ผชพ., ทส.1 …) in any
    scheme text: each is a glossary term or another spelling of one."""
    texts = texts_of([SCHEME.prerequisites, SCHEME.criteria, SCHEME.improvement, SCHEME.documents])
    latin = re.compile(r"(?<![A-Za-z0-9])(?:ISO \d+(?:-\d)?|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"
                       r"(?:-[A-Z][A-Za-z0-9]*)*|\d+Rs?)(?![A-Za-z])")
    thai = re.compile(r"(?<![\u0E00-\u0E7F])[\u0E00-\u0E7F]{1,4}\.(?:[\u0E00-\u0E7F]{1,2}\.)*[0-9]*")
    names_not_terms = {"ASEAN"}  # a proper name (ASEAN Energy Awards), not a term to explain
    spellings = [sp for entry in SCHEME.glossary for sp in entry.spellings()]
    found = {tok for text in texts for tok in [*latin.findall(text), *thai.findall(text)]}
    missing = sorted(tok for tok in found - names_not_terms
                     if not any(mentions(tok, sp) for sp in spellings))
    assert missing == []


def test_terms_used_by_a_criterion():
    energy = {e.term for e in terms_used(SCHEME, SCHEME.criterion("C02"))}
    assert {"SEC", "ผชพ.", "พพ.", "EnPI", "ISO 50001"} <= energy
    assert "SDS" not in energy
    assert mentions("ดัชนี SEC ลดลง", "SEC") and not mentions("SECTION", "SEC")
    assert mentions("ยื่นแบบ สอ.1 ทุกปี", "สอ.1") and not mentions("ระบายออก.", "อก.")


def test_help_is_not_part_of_the_fingerprint():
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["help"]["C01"]["about"]["en"] = "Reworded help."
    raw["glossary"][0]["definition"]["th"] = "คำอธิบายใหม่"
    assert parse_scheme(yaml.safe_dump(raw, allow_unicode=True)).fingerprint == SCHEME.fingerprint


@pytest.mark.parametrize(("change", "expected"), [
    (lambda raw: raw["help"].update({"C99": raw["help"]["C01"]}), "unknown item 'C99'"),
    (lambda raw: raw["help"]["C10"]["levels"].update({"S9": raw["help"]["C10"]["levels"]["L1"]}),
     "unknown levels: S9"),
    (lambda raw: raw["help"]["G1"]["sources"].append("nowhere"), "unknown sources: nowhere"),
    (lambda raw: raw["glossary"].append(dict(raw["glossary"][0])), "duplicate glossary terms"),
    (lambda raw: raw["help"]["C01"]["about"].update({"th": ""}), "help.C01.about.th"),
])
def test_the_loader_refuses_help_that_points_nowhere(change, expected):
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    change(raw)
    with pytest.raises(ValidationError) as refused:
        parse_scheme(yaml.safe_dump(raw, allow_unicode=True), source="broken.yaml")
    message = refused.value.message("en")
    assert "broken.yaml" in message and expected in message
