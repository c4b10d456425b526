"""Reading answer values against a scheme item; numbers at two decimals for reasons."""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from ecoassess.errors import ValidationError
from ecoassess.i18n import LANGS, message
from ecoassess.limits import check_date, check_number

if TYPE_CHECKING:
    from ecoassess.scheme.schema import InputDef

CENT = Decimal("0.01")


def cents(value: float | int | Decimal) -> Decimal:
    """A number at two decimals, half up: percentages are compared this way."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(value: Decimal | float | int | None) -> str:
    """A number for a reason: two decimals for fractions, none for whole thresholds."""
    if value is None:
        return "—"
    dec = Decimal(str(value))
    return f"{dec.quantize(CENT, rounding=ROUND_HALF_UP)}" if dec != dec.to_integral() or \
        isinstance(value, Decimal) else f"{int(dec)}"


def _invalid(place: str, kind: str, raw: Any) -> ValidationError:
    shown = repr(raw)
    shown = shown if len(shown) <= 40 else shown[:40] + "…"
    return ValidationError("value.type", path=place, value=shown,
                           expected={lang: message(f"value.expected.{kind}", lang)
                                     for lang in LANGS})


def read_input(input_def: InputDef, raw: Any, place: str) -> Any:
    """One input value, checked and normalised; None when not answered.

    Numbers come back as Decimal at two decimals; a negative number is a ValidationError
    naming `place` (e.g. "C01.target_achievement_pct").
    """
    if raw is None or raw == "":  # a cleared field in the UI is simply not answered
        return None
    kind = input_def.type
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _invalid(place, "bool", raw)
        return raw
    if kind in ("number", "percent", "integer"):
        return _read_number(kind, raw, place)
    if kind == "options":
        if not isinstance(raw, list) or not all(isinstance(o, str) for o in raw):
            raise _invalid(place, "options", raw)
        for option_id in raw:
            if input_def.option(option_id) is None:
                raise ValidationError("value.unknown_option", path=place, value=option_id)
        return sorted(set(raw), key=[o.id for o in input_def.options].index)
    if kind == "choice":
        if not isinstance(raw, str):
            raise _invalid(place, "choice", raw)
        if input_def.option(raw) is None:
            raise ValidationError("value.unknown_option", path=place, value=raw)
        return raw
    return _read_date(raw, place)


LIMIT_KIND = {"percent": "percent", "integer": "count", "number": "quantity"}


def _read_number(kind: str, raw: Any, place: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
        raise _invalid(place, "integer" if kind == "integer" else "number", raw)
    if isinstance(raw, int | float) and raw < 0 and math.isfinite(raw):
        raise ValidationError("value.negative", path=place, value=raw)
    check_number(raw, LIMIT_KIND[kind], place)  # before Decimal: 1e308 is a reason, not a crash
    if kind == "integer" and Decimal(str(raw)) != Decimal(str(raw)).to_integral():
        raise _invalid(place, "integer", raw)
    return cents(raw)


def _read_date(raw: Any, place: str) -> date:
    if isinstance(raw, date):
        return check_date(raw, place)
    if isinstance(raw, str):
        try:
            parsed = date.fromisoformat(raw)
        except ValueError:
            pass
        else:
            return check_date(parsed, place)
    raise _invalid(place, "date", raw)


def read_values(item: Any, value: dict[str, Any] | None) -> dict[str, Any]:
    """Every input of `item` read from an answer's value dict; unknown keys are ignored here."""
    value = value or {}
    return {inp.id: read_input(inp, value.get(inp.id), f"{item.id}.{inp.id}") for inp in item.inputs}
