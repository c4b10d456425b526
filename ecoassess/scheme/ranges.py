"""A scheme file brought in by `scheme import` meets the same sane ranges as every other input."""

from __future__ import annotations

from typing import Any

from ecoassess import limits
from ecoassess.errors import ValidationError

_WIDEST = limits.RANGES["quantity"][1]


def check_scheme_ranges(scheme: Any, source: str) -> None:
    """Version `YYYY.N` (it becomes a file name), every number finite and within ±10¹⁵, the
    target percentage within 0–10,000. Raises ValidationError naming the file and the field."""
    try:
        limits.check_scheme_version(scheme.version, f"{source}: version")
        target = scheme.settings.target_percent.value
        limits.check_number(target, "percent", f"{source}: settings.target_percent")
        stack: list[tuple[str, Any]] = [("", scheme.model_dump(mode="python"))]
        while stack:
            path, node = stack.pop()
            if isinstance(node, dict):
                stack.extend((f"{path}.{k}" if path else str(k), v) for k, v in node.items())
            elif isinstance(node, list | tuple):
                stack.extend((f"{path}[{i}]", v) for i, v in enumerate(node))
            elif isinstance(node, int | float) and not isinstance(node, bool):
                limits.check_number(node, "quantity", f"{source}: {path}", minimum=-_WIDEST)
    except ValidationError as exc:
        raise ValidationError("scheme.out_of_range", source=source, detail_th=exc.message("th"),
                              detail_en=exc.message("en")) from exc
