"""Message catalogues of the core, one module per area, merged by `ecoassess.i18n`."""

from __future__ import annotations

import importlib
import pkgutil


def merged() -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, entry in module.MESSAGES.items():
            if key in result:
                raise RuntimeError(f"message key {key!r} defined twice ({info.name})")
            result[key] = entry
    return result
