"""File names from factory names: usable on Windows and Linux, Thai kept."""

from __future__ import annotations


def test_file_names_keep_thai_and_lose_what_windows_refuses():
    from ecoassess.paths import safe_file_name

    assert safe_file_name("บริษัท สยามพลาสติกรักษ์โลก จำกัด") == "บริษัท สยามพลาสติกรักษ์โลก จำกัด"
    assert safe_file_name('ABC Co., Ltd. (Thailand): "Plant" 2/3?') == "ABC Co., Ltd. (Thailand)- -Plant- 2-3-"
    assert safe_file_name("CON") == "assessment" and safe_file_name(" .. ") == "assessment"
    assert safe_file_name("lpt1.txt", fallback="x") == "x"
    long_name = "ก" * 79 + "กิ"  # the 81st character is a vowel above the 80th consonant
    assert safe_file_name(long_name) == "ก" * 79
