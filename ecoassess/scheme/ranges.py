"""A scheme file meets the same sane ranges as every other input (limits), whatever its source."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ecoassess import limits
from ecoassess.errors import ValidationError

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

_WIDEST = limits.RANGES["quantity"][1]


def _refused(exc: ValidationError, source: str) -> ValidationError:
    return ValidationError("scheme.out_of_range", source=source, detail_th=exc.message("th"),
                           detail_en=exc.message("en"))


def check_raw_numbers(raw: Any, source: str) -> None:
    """Every number of the parsed YAML finite and within ±10¹⁵, before the schema reads it
    (a max_points of 10**30 would otherwise overflow inside the validation)."""
    stack: list[tuple[str, Any]] = [("", raw)]
    try:
        while stack:
            path, node = stack.pop()
            if isinstance(node, dict):
                stack.extend((f"{path}.{k}" if path else str(k), v) for k, v in node.items())
            elif isinstance(node, list):
                stack.extend((f"{path}[{i}]", v) for i, v in enumerate(node))
            elif isinstance(node, int | float) and not isinstance(node, bool):
                limits.check_number(node, "quantity", path, minimum=-_WIDEST)
    except ValidationError as exc:
        raise _refused(exc, source) from exc


def check_scheme_ranges(scheme: Scheme, source: str) -> None:
    """Version `YYYY.N` (it becomes a file name) and a target percentage within 0–10,000."""
    try:
        limits.check_scheme_version(scheme.version, "version")
        limits.check_number(scheme.settings.target_percent.value, "percent", "settings.target_percent")
    except ValidationError as exc:
        raise _refused(exc, source) from exc
