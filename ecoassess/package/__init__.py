"""Portable .ecoassess files: reproducible export and safe, all-or-nothing import.

The heavy parts (answer files, scoring, zip checks) load on first use, so the home window can
import the light names (`ecoassess.package.names`) without them.
"""

from __future__ import annotations

import importlib
from typing import Any

from ecoassess.package.names import SUFFIX, OnConflict, PackageConflict, default_file_name

_LAZY = {
    "pack_assessment": "ecoassess.package.pack",
    "Limits": "ecoassess.package.safezip",
    "ImportResult": "ecoassess.package.unpack",
    "PackageContents": "ecoassess.package.unpack",
    "read_package": "ecoassess.package.unpack",
    "unpack_package": "ecoassess.package.unpack",
}

__all__ = ["SUFFIX", "OnConflict", "PackageConflict", "default_file_name", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
