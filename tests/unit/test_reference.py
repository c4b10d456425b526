"""Reference lists live in the core, in Thai dictionary order, for the profile page, the estate
view and the command line alike."""

from __future__ import annotations

from ecoassess.reference import estates, find_estate, find_province, provinces, tax_id_valid


def test_provinces_follow_thai_dictionary_order_not_code_points():
    names = [p.name_th for p in provinces()]
    assert len(names) == 77
    # Code-point order puts every name with a leading vowel (เ แ โ ใ ไ) after อ…; Thai order
    # files them under their consonant.
    assert names.index("ชุมพร") < names.index("เชียงใหม่") < names.index("ตรัง")
    assert names.index("เพชรบูรณ์") < names.index("แพร่") < names.index("ภูเก็ต")
    assert names[-1] != "แพร่" and names[0] == "กระบี่"


def test_estates_sorted_and_found_by_either_name():
    listed = estates()
    assert len(listed) == 72
    names = [e.name_th for e in listed]
    assert names.index("นิคมอุตสาหกรรมแก่งคอย") < names.index("นิคมอุตสาหกรรมโรจนะแหลมฉบัง") < \
        names.index("นิคมอุตสาหกรรมลาดกระบัง")
    found = find_estate("  map ta phut   INDUSTRIAL estate ")
    assert found is not None and found.name_th == "นิคมอุตสาหกรรมมาบตาพุด" and found.province_en == "Rayong"
    assert find_estate("นิคมอุตสาหกรรมมาบตาพุด") == found
    assert find_estate("Estate that does not exist") is None and find_estate("") is None


def test_provinces_found_in_thai_or_english():
    assert find_province("Chiang Mai").name_th == "เชียงใหม่"
    assert find_province("กรุงเทพมหานคร").name_en == "Bangkok"


def test_tax_id_check_digit():
    assert tax_id_valid("1-2345-67890-12-1")
    assert not tax_id_valid("1234567890123")
