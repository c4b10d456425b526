"""Intensities, year-on-year change, the 3-year trend and the eco-efficiency index; bad data gives messages."""

from __future__ import annotations

import pytest

from ecoassess.ecoefficiency import compute, improving_quantities
from ecoassess.scheme import load_scheme

SCHEME = load_scheme()


def years(*rows):
    return {"years": [dict(zip(("year", "product_value", "energy", "waste"), r, strict=True))
                      for r in rows]}


def series(result, qid):
    return next(s for s in result.series if s.id == qid)


def test_intensity_per_million_baht_yoy_and_index():
    result = compute(SCHEME, years((2023, 200e6, 1000, 50), (2024, 250e6, 1100, 50),
                                   (2025, 250e6, 1000, 45)))
    energy = series(result, "energy")
    assert energy.intensities == {2023: 5.0, 2024: 4.4, 2025: 4.0}
    assert energy.yoy_percent == {2023: None, 2024: -12.0, 2025: -9.09}
    assert energy.index == {2023: 100.0, 2024: 113.64, 2025: 125.0}
    assert energy.improving is True
    waste = series(result, "waste")
    assert waste.intensities == {2023: 0.25, 2024: 0.2, 2025: 0.18}
    assert waste.improving is True
    assert result.reference_year == 2023
    assert result.overall_index[2025] == round((125.0 + round(0.25 / 0.18 * 100, 2)) / 2, 2)
    assert result.intensity_unit["en"] == "per million baht of product value"


def test_flat_or_rising_intensity_is_not_improving():
    result = compute(SCHEME, years((2023, 100e6, 10, 5), (2024, 100e6, 9, 5), (2025, 100e6, 8, 6)))
    assert series(result, "energy").improving is True
    assert series(result, "waste").improving is False
    assert [q.id for q in improving_quantities(SCHEME, years((2023, 100e6, 10, 5),
                                                             (2024, 100e6, 9, 5),
                                                             (2025, 100e6, 8, 6)))] == ["energy"]


def test_gaps_in_years_or_too_few_years_cannot_show_a_trend():
    gap = compute(SCHEME, years((2021, 100e6, 10, 5), (2024, 100e6, 9, 4), (2025, 100e6, 8, 3)))
    assert series(gap, "energy").improving is None
    short = compute(SCHEME, years((2024, 100e6, 9, 4), (2025, 100e6, 8, 3)))
    assert series(short, "energy").improving is None
    assert any("3 years of data are needed" in m["en"] for m in short.messages)


@pytest.mark.parametrize(("rows", "needle"), [
    (((2023, 0, 10, 5), (2024, 100e6, 9, 4), (2025, 100e6, 8, 3)), "product value is zero"),
    (((2023, None, 10, 5), (2024, 100e6, 9, 4), (2025, 100e6, 8, 3)), "is missing"),
    (((2023, 100e6, -10, 5), (2024, 100e6, 9, 4), (2025, 100e6, 8, 3)), "is negative"),
    (((2023, 100e6, 0, 5), (2024, 100e6, 9, 4), (2025, 100e6, 8, 3)), "is zero"),
    (((2023, 100e6, "ten", 5), (2024, 100e6, 9, 4), (2025, 100e6, 8, 3)), "must be a number"),
])
def test_bad_inputs_give_clear_messages_not_errors(rows, needle):
    result = compute(SCHEME, years(*rows))
    assert any(needle in m["en"] for m in result.messages), result.messages
    assert all(m["th"] for m in result.messages)
    assert series(result, "energy").improving is None or rows[0][2] == 0


def test_reference_year_can_be_chosen():
    data = years((2023, 100e6, 10, 5), (2024, 100e6, 8, 4), (2025, 100e6, 5, 2))
    data["reference_year"] = 2024
    result = compute(SCHEME, data)
    assert series(result, "energy").index == {2023: 80.0, 2024: 100.0, 2025: 160.0}
    data["reference_year"] = 2019
    fallback = compute(SCHEME, data)
    assert fallback.reference_year == 2023
    assert any("reference year 2019" in m["en"] for m in fallback.messages)


def test_no_data_at_all():
    result = compute(SCHEME, None)
    assert result.years == [] and all(s.improving is None for s in result.series)
