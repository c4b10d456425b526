"""The as-of date: SOURCE_DATE_EPOCH pins it, else it is today."""

from datetime import date

from ecoassess.asof import as_of_date, as_of_datetime


def test_source_date_epoch_pins_the_day(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28 UTC
    assert as_of_date() == date(2026, 5, 28)
    assert as_of_datetime().tzinfo is not None


def test_without_it_the_day_is_today(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert as_of_date() == date.today()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert as_of_date() == date.today()
