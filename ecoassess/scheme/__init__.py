"""The Eco Factory scheme as validated, bilingual data: `load_scheme()` returns it."""

from ecoassess.scheme.loader import (
    available_schemes,
    find_scheme,
    import_scheme,
    latest_scheme,
    load_scheme,
    map_answers,
    parse_scheme,
    scheme_choice,
    scheme_for_assessment,
)
from ecoassess.scheme.schema import Criterion, InputDef, Level, Prerequisite, Scheme, Text

__all__ = [
    "Criterion", "InputDef", "Level", "Prerequisite", "Scheme", "Text", "available_schemes",
    "find_scheme", "import_scheme", "latest_scheme", "load_scheme", "map_answers", "parse_scheme",
    "scheme_choice", "scheme_for_assessment",
]
