"""Break hints for Thai: a zero-width space at every word end, where Qt cannot find one itself."""

from __future__ import annotations

from ecoassess.thaisplit import THAI, ZWSP, tokens, with_break_hints, without_break_hints

SAFETY = "การจัดการสุขภาพและความปลอดภัยในการทำงาน"  # criterion 8: no space in 39 letters


def test_a_criterion_name_gets_a_hint_at_every_word_end():
    hinted = with_break_hints(SAFETY)
    assert hinted.split(ZWSP) == list(tokens(SAFETY))
    assert len(hinted.split(ZWSP)) >= 5
    assert without_break_hints(hinted) == SAFETY


def test_hints_only_between_thai_letters_never_beside_spaces_digits_or_latin():
    text = "ระดับ 5: บรรลุเป้าหมายครบถ้วน (ร้อยละ 100.00) ตามมาตรฐาน ISO 14001"
    hinted = with_break_hints(text)
    assert without_break_hints(hinted) == text
    for i, ch in enumerate(hinted):
        if ch == ZWSP:
            before, after = hinted[i - 1], hinted[i + 1]
            assert "\u0e01" <= before <= "\u0e5b" and "\u0e01" <= after <= "\u0e5b", hinted
    assert hinted.count(ZWSP) >= 2  # บรรลุ|เป้าหมาย|ครบถ้วน, ตาม|มาตรฐาน


def test_english_lines_and_hinted_text_come_back_unchanged():
    assert with_break_hints("Raw material management") == "Raw material management"
    once = with_break_hints("บรรทัดหนึ่ง\nบรรทัดสอง")
    assert once.split("\n") == [with_break_hints("บรรทัดหนึ่ง"), with_break_hints("บรรทัดสอง")]
    assert with_break_hints(once) == once


def _thai_lines(node: object, out: list[str]) -> list[str]:
    if isinstance(node, dict):
        for value in node.values():
            _thai_lines(value, out)
    elif isinstance(node, list):
        for value in node:
            _thai_lines(value, out)
    elif isinstance(node, str) and THAI.search(node):
        out.extend(line for line in node.splitlines() if line.strip())
    return out


def test_the_compact_dictionary_breaks_the_scheme_and_the_demo_as_pythainlps_trie():
    """Every Thai line of the shipped scheme, the demo and the scheme's compound words is cut into
    the same words by the app's compact dictionary as by pythainlp's own Trie of the same words."""
    import json

    import yaml
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    from ecoassess.paths import resources_dir
    from ecoassess.scheme.loader import SHIPPED
    from ecoassess.thaidict import CompactTrie
    from ecoassess.thaisplit import dictionary, scheme_words, word_list

    lines = _thai_lines(yaml.safe_load(SHIPPED.read_text(encoding="utf-8")), [])
    for name in ("answers.json", "demo.json"):
        _thai_lines(json.loads((resources_dir() / "demo" / name).read_text(encoding="utf-8")), lines)
    lines += scheme_words()
    assert len(lines) > 800  # the whole scheme: criteria, ladders, help, glossary
    words = word_list()
    reference, compact = dict_trie(words), dictionary()
    assert isinstance(compact, CompactTrie) and len(compact) == len(reference)
    for line in lines:
        expected = word_tokenize(line, custom_dict=reference, engine="newmm", keep_whitespace=True)
        assert list(tokens(line)) == expected, line
