"""Sane ranges: what a clumsy hand or a hostile file may type, refused with a reason in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from ecoassess import limits
from ecoassess.errors import ValidationError


@pytest.mark.parametrize("kind,value", [("percent", 0), ("percent", 10_000), ("count", 1_000_000),
                                        ("baht", 10**13), ("quantity", 1e15), ("percent", 12.34)])
def test_values_at_the_edges_pass(kind, value):
    assert limits.check_number(value, kind, "x") == value


@pytest.mark.parametrize("kind,value", [("percent", 10_000.01), ("count", 1_000_001), ("baht", 1e26),
                                        ("quantity", 10**4000), ("percent", -1)],
                         ids=["percent", "count", "baht-1e26", "quantity-10**4000", "negative"])
def test_values_beyond_the_range_are_refused_in_both_languages(kind, value):
    with pytest.raises(ValidationError) as caught:
        limits.check_number(value, kind, "C01.achievement")
    th, en = caught.value.message("th"), caught.value.message("en")
    assert "C01.achievement" in th and "นอกช่วง" in th
    assert "outside the accepted range" in en
    assert len(en) < 200  # 10**4000 is not printed in full


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_not_finite_numbers_are_refused(value):
    with pytest.raises(ValidationError) as caught:
        limits.check_number(value, "quantity", "improvement.energy")
    assert caught.value.key == "limits.not_finite"


@pytest.mark.parametrize("value", [True, "12", None, [1]])
def test_only_numbers_are_numbers(value):
    with pytest.raises(ValidationError) as caught:
        limits.check_number(value, "count", "profile.employees")
    assert caught.value.key == "limits.not_a_number"


def test_a_buddhist_era_date_in_a_common_era_field_is_refused_with_the_ce_date_suggested():
    with pytest.raises(ValidationError) as caught:
        limits.check_date(date(2571, 6, 30), "G2.certificate_valid_until")
    assert caught.value.key == "limits.date_be"
    assert "2028-06-30" in caught.value.message("en") and "2028-06-30" in caught.value.message("th")
    assert limits.looks_buddhist_era(date(2571, 6, 30))
    assert limits.be_to_ce(date(2571, 6, 30)) == date(2028, 6, 30)
    assert limits.be_to_ce(date(2572, 2, 29)) == date(2029, 2, 28)  # 2029 has no 29 February


def test_years_outside_1900_to_2200_are_refused():
    assert limits.check_date(date(2026, 1, 1), "d") == date(2026, 1, 1)
    for year in (1899, 2201, 9999):
        with pytest.raises(ValidationError):
            limits.check_year(year, "year")


@pytest.mark.parametrize("version", ["2026.1", "2027.12", "2100.999"])
def test_scheme_versions_of_the_form_year_dot_n_pass(version):
    assert limits.check_scheme_version(version) == version


@pytest.mark.parametrize("version", ["2026/1", "../2026.1", "2026.1-rc1", "", "2026", "2026.0", 2026.1])
def test_other_scheme_versions_are_refused(version):
    with pytest.raises(ValidationError) as caught:
        limits.check_scheme_version(version)
    assert "2026.1" in caught.value.message("th")


def test_a_pasted_file_is_not_a_note():
    long = "บันทึกการตรวจวัด " * 2000  # 34,000 characters
    assert limits.check_text("บันทึกสั้น", "C01.note") == "บันทึกสั้น"
    with pytest.raises(ValidationError) as caught:
        limits.check_text(long, "C01.note")
    assert "C01.note" in caught.value.message("th") and "แนบเป็นไฟล์หลักฐาน" in caught.value.message("th")
    assert "20,000" in caught.value.message("en")


def test_the_store_refuses_a_note_beyond_the_cap_and_keeps_the_old_one(tmp_path):
    from ecoassess import model
    from ecoassess.storage import open_store

    with open_store(tmp_path / "data") as store:
        aid = store.create_assessment(model.FactoryProfile(name_th="โรงงาน"), scheme_id="eco-factory",
                                      scheme_version="2026.1")
        store.save_answer(aid, "C01", note="ตรวจวัดทุกเดือน")
        with pytest.raises(ValidationError):
            store.save_answer(aid, "C01", note="x" * (limits.TEXT_MAX + 1))
        assert store.get_assessment(aid).answers["C01"].note == "ตรวจวัดทุกเดือน"
