"""Library errors as our own reasons: pydantic's and json's English becomes a catalogue message.

A Thai user must never read "Input should be…" or "Expecting ',' delimiter": every validation
error of an answer file, a package or a scheme file is told through `ecoassess.messages.seams`,
with the field path and the value given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import pydantic

from ecoassess.i18n import LANGS, message

Bi = dict[str, str]

# pydantic error type -> message key (seams.pyd.*); anything else is told generically
PYDANTIC_TYPES = {
    "missing": "missing", "extra_forbidden": "extra",
    "string_type": "string", "string_unicode": "string",
    "int_type": "integer", "int_parsing": "integer", "int_from_float": "integer",
    "float_type": "number", "float_parsing": "number", "finite_number": "number",
    "bool_type": "bool", "bool_parsing": "bool",
    "date_type": "date", "date_parsing": "date", "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date", "datetime_type": "datetime",
    "datetime_parsing": "datetime", "datetime_from_date_parsing": "datetime",
    "timezone_naive": "datetime", "timezone_aware": "datetime",
    "dict_type": "object", "model_type": "object", "model_attributes_type": "object",
    "list_type": "list", "literal_error": "literal", "enum": "literal",
    "greater_than_equal": "minimum", "greater_than": "minimum",
    "less_than_equal": "maximum", "less_than": "maximum",
    "string_too_short": "too_short", "too_short": "too_short",
    "string_too_long": "too_long", "too_long": "too_long",
    "string_pattern_mismatch": "pattern",
}
# json.JSONDecodeError.msg (CPython's json module) -> message key (seams.json.*)
JSON_MESSAGES = {
    "Expecting value": "value", "Expecting ',' delimiter": "comma",
    "Expecting ':' delimiter": "colon",
    "Expecting property name enclosed in double quotes": "property",
    "Extra data": "extra", "Unterminated string starting at": "unterminated",
    "Invalid control character at": "control", "Invalid \\escape": "escape",
    "Invalid \\uXXXX escape": "escape",
    "Illegal trailing comma before end of object": "trailing_comma",
    "Illegal trailing comma before end of array": "trailing_comma",
}


def bi(message_key: str, **params: Any) -> Bi:
    return {lang: message(message_key, lang, **params) for lang in LANGS}


def shown(value: Any) -> str:
    """A value for a reason: short, never a 4,000-digit number."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**16:
        return f"~1e{len(str(abs(value))) - 1}"
    text = json.dumps(value, ensure_ascii=False, default=str) \
        if isinstance(value, str | int | float | bool | type(None)) else type(value).__name__
    return text if len(text) <= 40 else text[:40] + "…"


def _allowed(expected: str) -> str:
    """"'estate', 'other' or ''" (pydantic's English list) as "estate / other / (empty)"."""
    values = re.findall(r"'([^']*)'|(-?\d+(?:\.\d+)?)", expected)
    names = [quoted if quoted or not number else number for quoted, number in values]
    return " / ".join(name if name else '""' for name in names) or expected


def pydantic_detail(error: Mapping[str, Any]) -> Bi:
    """One pydantic error (an item of `exc.errors()`) as a bilingual detail, without its path."""
    kind = PYDANTIC_TYPES.get(error.get("type", ""))
    ctx = error.get("ctx") or {}
    value = shown(error.get("input")) if "input" in error and kind != "missing" else ""
    if kind is None:
        if error.get("type") == "value_error":  # our own schema rules, said as ours
            rule: Any = ctx.get("error")
            if getattr(rule, "key", None):  # a catalogued rule (scheme.schema.SchemeRule)
                return {lang: message("seams.pyd.rule", lang, value=value) + " ("
                        + message(rule.key, lang, **rule.params) + ")" if lang == "th"
                        else message(rule.key, lang, **rule.params) for lang in LANGS}
            text = str(error.get("msg", "")).removeprefix("Value error, ")
            return {"th": message("seams.pyd.rule", "th", value=value) + f" ({text})",
                    "en": text}
        return bi("seams.pyd.other", value=value)
    if kind == "literal":
        return bi("seams.pyd.literal", allowed=_allowed(str(ctx.get("expected", ""))), value=value)
    limit = next((ctx[k] for k in ("ge", "gt", "le", "lt", "min_length", "max_length")
                  if k in ctx), "")
    return bi(f"seams.pyd.{kind}", value=value, limit=limit)


def error_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for key in loc:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out or "(top)"


def first_pydantic(exc: pydantic.ValidationError,
                   path_of: Callable[[tuple[Any, ...]], str] = error_path) -> tuple[str, Bi, str]:
    """(field path, bilingual detail, error type) of the first error."""
    first = exc.errors()[0]
    return path_of(tuple(first["loc"])), pydantic_detail(first), first.get("type", "")


def json_detail(exc: ValueError | RecursionError) -> Bi:
    """Why a JSON text could not be read, in both languages (with line and column)."""
    if isinstance(exc, json.JSONDecodeError):
        key = JSON_MESSAGES.get(exc.msg, "other")
        return bi(f"seams.json.{key}", line=exc.lineno, column=exc.colno)
    if isinstance(exc, RecursionError):
        return bi("seams.json.too_deep")
    if isinstance(exc, DuplicateKey):
        return bi("seams.json.duplicate", field=exc.key)
    if isinstance(exc, BadConstant):
        return bi("seams.json.constant", name=exc.name)
    if "digits" in str(exc):  # int() refusing a number of more than 4,300 digits
        return bi("seams.json.long_number")
    if isinstance(exc, UnicodeDecodeError):
        return bi("seams.json.not_utf8")
    return bi("seams.json.other", line="?", column="?")


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key = key


class BadConstant(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not allowed")
        self.name = name


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise BadConstant(name)


def strict_loads(text: str) -> Any:
    """json.loads refusing duplicate keys and NaN/Infinity (a key given twice would silently
    keep the last value). Raises ValueError or RecursionError: give it to `json_detail`."""
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
