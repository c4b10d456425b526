"""An assessment's overrides of the scheme settings: the keys, their checks, the values in use.

One place validates settings, whatever their source (the wizard, an answer file, a package);
a null value means "the scheme's default" and is dropped, so old packages carrying
`"not_applicable_allowed": null` import cleanly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ecoassess.bitext import text
from ecoassess.errors import ValidationError, bilingual
from ecoassess.limits import check_number

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

SETTING_KEYS = ("target_percent", "criterion_minimum", "not_applicable_allowed", "g4_blocks")


def _invalid(place: str, detail_key: str) -> ValidationError:
    return ValidationError("settings.invalid", path=place, detail=bilingual(detail_key))


def check_setting(scheme: Scheme, key: str, value: Any, place: str | None = None) -> Any:
    """One override, checked against `scheme`; returns the normalised value."""
    place = place or f"settings.{key}"
    if key in ("target_percent", "criterion_minimum"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _invalid(place, "seams.settings.not_number")
        if value < 0:
            raise ValidationError("value.negative", path=place, value=value)
        top = 100 if key == "target_percent" else max(c.max_points for c in scheme.criteria)
        check_number(value, "percent", place)
        if value > top:
            raise ValidationError("limits.out_of_range", path=place, value=value, min=0, max=top)
        return value
    if key == "g4_blocks":
        if not isinstance(value, bool):
            raise _invalid(place, "seams.settings.not_bool")
        return value
    if key == "not_applicable_allowed":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or \
                any(scheme.criterion(v) is None for v in value):
            raise _invalid(place, "seams.settings.not_ids")
        return list(dict.fromkeys(value))
    raise ValidationError("store.unknown_field", field=place)


def check_settings(scheme: Scheme, settings: Mapping[str, Any] | None,
                   prefix: str = "settings") -> dict[str, Any]:
    """Every override checked and normalised; nulls dropped (they mean the scheme's default)."""
    if settings is None:
        return {}
    if not isinstance(settings, Mapping):
        raise _invalid(prefix, "seams.settings.not_object")
    out: dict[str, Any] = {}
    for key, value in settings.items():
        if key not in SETTING_KEYS:
            raise ValidationError("store.unknown_field", field=f"{prefix}.{key}")
        if value is not None:
            out[key] = check_setting(scheme, key, value, f"{prefix}.{key}")
    return out


def effective_settings(scheme: Scheme, overrides: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """The scheme's settings with an assessment's overrides; each keeps its provenance."""
    checked = check_settings(scheme, overrides)
    out: dict[str, dict[str, Any]] = {}
    for key in SETTING_KEYS:
        setting = getattr(scheme.settings, key)
        value = checked.get(key, setting.value)
        out[key] = {"value": value, "provenance": setting.provenance,
                    "changed": value != setting.value, "label": text(setting.label)}
    return out


def setting_value(scheme: Scheme, overrides: Mapping[str, Any] | None, key: str) -> Any:
    """The value of one setting as the assessment uses it (its override, else the scheme's)."""
    return effective_settings(scheme, overrides)[key]["value"]
