"""The light part of the package API (file suffix, conflict choices), importable at start-up."""

from __future__ import annotations

from enum import StrEnum

from ecoassess.errors import EcoAssessError

SUFFIX = ".ecoassess"


class OnConflict(StrEnum):
    ASK = "ask"  # refuse with PackageConflict: the caller asks the user, then calls again
    KEEP_BOTH = "keep_both"
    REPLACE = "replace"


class PackageConflict(EcoAssessError):
    """The assessment in the file is already here: the caller must choose keep both or replace."""

    key = "package.conflict"

    def __init__(self, assessment_id: str, factory: str) -> None:
        super().__init__(id=assessment_id[:8], factory=factory)
        self.assessment_id = assessment_id


def default_file_name(factory_en: str, factory_th: str, assessment_id: str) -> str:
    """"<factory name>-<id prefix>.ecoassess": readable in a class folder, unique per assessment."""
    from ecoassess.paths import safe_file_name

    return f"{safe_file_name(factory_en or factory_th, limit=60)}-{assessment_id[:8]}{SUFFIX}"
