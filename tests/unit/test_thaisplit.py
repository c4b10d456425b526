"""Break hints for Thai: a zero-width space at every word end, where Qt cannot find one itself."""

from __future__ import annotations

from ecoassess.thaisplit import ZWSP, tokens, with_break_hints, without_break_hints

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
