"""Sane ranges for every number, year and version the app accepts, whatever its source.

One validator, used by entry in the wizard, answer files, packages, workshop and scheme imports:
a figure beyond these bounds is a typing slip or a hostile file, never a real factory. Numbers
must be finite; the bounds are inclusive.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ecoassess.errors import ValidationError

# kind -> (minimum, maximum)
RANGES: dict[str, tuple[float, float]] = {
    "percent": (0, 10_000),  # a target may be beaten many times over, not 10,000-fold
    "count": (0, 1_000_000),  # employees, complaints, products…
    "baht": (0, 10**13),  # ten trillion baht: above the revenue of any Thai company
    "quantity": (0, 10**15),  # tonnes, kWh, m³, kg CO2e…
}
YEAR_MIN, YEAR_MAX = 1900, 2200
# Characters of one free text (a note, a justification, a description): several dossier pages.
# A 10 MB note is a pasted file, not a note, and would take minutes to lay out in Thai.
TEXT_MAX = 20_000
BE_OFFSET = 543
SCHEME_VERSION = re.compile(r"^(19|20|21)\d{2}\.[1-9]\d{0,2}$")


def check_number(value: Any, kind: str, path: str, *, minimum: float | None = None) -> Any:
    """`value` when it is a finite number within the range of `kind`; else ValidationError.

    `minimum` narrows the lower bound (e.g. quantities that may be negative pass -QUANTITY).
    Booleans are not numbers here.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValidationError("limits.not_a_number", path=path, value=_shown(value))
    low, high = RANGES[kind]
    if minimum is not None:
        low = minimum
    if not isinstance(value, int) and not math.isfinite(value):  # ints are always finite
        raise ValidationError("limits.not_finite", path=path, value=_shown(value))
    if value < low or value > high:
        raise ValidationError("limits.out_of_range", path=path, value=_shown(value),
                              min=_shown(low), max=_shown(high))
    return value


def check_text(value: Any, path: str) -> Any:
    """`value` when it is not a text longer than TEXT_MAX characters; else ValidationError."""
    if isinstance(value, str) and len(value) > TEXT_MAX:
        raise ValidationError("limits.text_too_long", path=path, length=f"{len(value):,}",
                              max=f"{TEXT_MAX:,}")
    return value


def check_year(year: object, path: str) -> int:
    """A Common-Era year between 1900 and 2200; a Buddhist-Era year is refused with its CE."""
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError("limits.not_a_number", path=path, value=_shown(year))
    if YEAR_MIN <= year <= YEAR_MAX:
        return year
    if YEAR_MIN <= year - BE_OFFSET <= YEAR_MAX:
        raise ValidationError("limits.year_be", path=path, value=year, ce=year - BE_OFFSET)
    raise ValidationError("limits.year_range", path=path, value=year, min=YEAR_MIN,
                          max=YEAR_MAX)


def check_date(value: date, path: str) -> date:
    """A Common-Era date within the sane years; a Buddhist-Era year is refused, the CE date
    suggested (2571-06-30 → 2028-06-30)."""
    day = value.date() if isinstance(value, datetime) else value
    try:
        check_year(day.year, path)
    except ValidationError as exc:
        if exc.key == "limits.year_be":
            raise ValidationError("limits.date_be", path=path, value=day.isoformat(),
                                  ce=be_to_ce(day).isoformat()) from None
        raise
    return value


def be_to_ce(value: date) -> date:
    """The Common-Era date of a date typed with a Buddhist-Era year (29 February kept valid)."""
    year = value.year - BE_OFFSET
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February in a year that is not a leap year in CE
        return value.replace(year=year, day=28)


def looks_buddhist_era(value: date) -> bool:
    """True when the year is beyond the sane range but is a sane year once 543 is taken off."""
    return value.year > YEAR_MAX and YEAR_MIN <= value.year - BE_OFFSET <= YEAR_MAX


def check_scheme_version(version: Any, path: str = "version") -> str:
    """Scheme versions are `YYYY.N` (2026.1, 2027.12): they become file names."""
    if not isinstance(version, str) or not SCHEME_VERSION.fullmatch(version):
        raise ValidationError("limits.scheme_version", path=path, value=_shown(version))
    return version


def _shown(value: Any) -> str:
    """A value for a message: huge numbers in short scientific form, long text cut."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**16:
        digits = len(str(abs(value)))
        return f"{'-' if value < 0 else ''}~1e{digits - 1}"
    if isinstance(value, float) and math.isfinite(value) and abs(value) >= 1e16:
        return f"{value:.3g}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,}" if isinstance(value, int) else f"{value:,.15g}"
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:40] + "…"
