"""A value as JSON can hold it: the one conversion the store, packages, snapshots and `--json` use."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any


def json_safe(value: Any) -> Any:
    """Dates and times as ISO text, enums as their value, dataclasses as dicts, tuples as
    lists, keys as text; anything else as it is."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_safe(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value
