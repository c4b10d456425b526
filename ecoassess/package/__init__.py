"""Portable .ecoassess files: reproducible export and safe, all-or-nothing import."""

from ecoassess.package.pack import SUFFIX, pack_assessment
from ecoassess.package.safezip import Limits
from ecoassess.package.unpack import (
    ImportResult,
    OnConflict,
    PackageConflict,
    PackageContents,
    read_package,
    unpack_package,
)

__all__ = [
    "SUFFIX", "ImportResult", "Limits", "OnConflict", "PackageConflict", "PackageContents",
    "pack_assessment", "read_package", "unpack_package",
]
