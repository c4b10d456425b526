"""Bilingual labels for the core (CLI, PDF), Buddhist-Era dates and number formats."""

from __future__ import annotations

import locale
import os
from datetime import date, datetime
from functools import cache
from typing import Any

LANGS = ("th", "en")
BE_OFFSET = 543


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """All message keys → {"th": …, "en": …}, merged from `ecoassess.messages.*`."""
    from ecoassess import messages

    return messages.merged()


def message(key: str, lang: str = "en", **params: Any) -> str:
    """The message for `key` in `lang`, formatted with `params`; the key itself if unknown."""
    entry = catalogue().get(key)
    if entry is None:
        text = key if not params else f"{key}: " + ", ".join(f"{k}={v}" for k, v in params.items())
        return text
    template = entry.get(lang) or entry["en"]
    # A bilingual parameter ({"th": …, "en": …}, e.g. errors.os_reason) speaks the same language.
    params = {k: label(v, lang) if isinstance(v, dict) and ("en" in v or "th" in v) else v
              for k, v in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def label(text: dict[str, str] | Any, lang: str) -> str:
    """Pick one language out of a bilingual {"th", "en"} mapping or object."""
    if isinstance(text, dict):
        return text.get(lang) or text.get("en") or text.get("th") or ""
    value = getattr(text, lang, None)
    return value if value else (getattr(text, "en", "") or "")


def system_language() -> str:
    """`th` when the system locale is Thai, else `en`."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "th" if value.lower().startswith("th") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "th" if loc.lower().startswith("th") else "en"


def format_day(value: date | datetime | None, lang: str, style: str = "long") -> str:
    """A date in `lang`: Thai uses the Buddhist Era (28 พฤศจิกายน 2569), English the Common Era.

    Babel has no Buddhist calendar and its long Thai format inserts "ค.ศ.", so day and month
    come from Babel and the year is written by hand.
    """
    if value is None:
        return "—"
    from babel.dates import format_date  # Babel's locale data loads on first use, not at start

    if isinstance(value, datetime):
        value = value.date()
    if lang == "th":
        be_year = value.year + BE_OFFSET
        if style == "short":
            return f"{value.day:02d}/{value.month:02d}/{be_year}"
        day_month = format_date(value, "d MMMM", locale="th_TH")
        return f"{day_month} {be_year}"
    if style == "short":
        return value.isoformat()
    return format_date(value, "d MMMM y", locale="en_GB")


def format_number(value: float | int | None, lang: str, decimals: int = 2) -> str:
    """A number with grouping, `decimals` places (trailing zeros kept), or an em dash."""
    if value is None:
        return "—"
    from babel.numbers import format_decimal

    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=fmt, locale="th_TH" if lang == "th" else "en_GB")


def format_year(year: int | None, lang: str) -> str:
    """A Common-Era year as a reader of `lang` writes it: Buddhist Era in Thai (2026 → 2569)."""
    if year is None:
        return "—"
    if isinstance(year, bool) or not isinstance(year, int):
        return str(year)  # a malformed year in a file is shown as it was written
    return str(year + BE_OFFSET) if lang == "th" else str(year)


def year_text(year: int | None) -> dict[str, str]:
    """A year as a bilingual message parameter, so that Thai messages show the Buddhist Era."""
    return {lang: format_year(year, lang) for lang in LANGS}


THAI_LETTERS = "กขคงจฉชซฌญ"  # Thai forms letter their options ก ข ค ง …, English ones a b c d …


def option_letter(option_id: str, lang: str) -> str:
    """"(ก)" in Thai and "(a)" in English for option "a": every list of options is lettered alike."""
    if lang == "th" and len(option_id) == 1 and "a" <= option_id <= "j":
        return f"({THAI_LETTERS[ord(option_id) - ord('a')]})"
    return f"({option_id})"
