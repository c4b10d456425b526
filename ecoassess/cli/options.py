"""Options shared by several commands: what to do when an imported assessment is already here."""

from __future__ import annotations

from argparse import ArgumentParser, Namespace
from typing import Any

from ecoassess.cli import help_text


def conflict_flags(p: ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--keep-both", action="store_true",
                       help=help_text("keep_both"))
    group.add_argument("--replace", action="store_true",
                       help=help_text("replace"))


def conflict_policy(args: Namespace) -> Any:
    from ecoassess.package import OnConflict

    if getattr(args, "keep_both", False):
        return OnConflict.KEEP_BOTH
    if getattr(args, "replace", False):
        return OnConflict.REPLACE
    return OnConflict.ASK


def as_of_flag(p: ArgumentParser) -> None:
    p.add_argument("--as-of", metavar="YYYY-MM-DD", default=None, help=help_text("as_of"))


def as_of_value(args: Namespace) -> Any:
    """The --as-of date (Common Era; a Buddhist-Era year is refused with the CE date
    suggested), or None for today (SOURCE_DATE_EPOCH when set)."""
    from datetime import date

    from ecoassess.errors import ValidationError
    from ecoassess.limits import check_date

    raw = getattr(args, "as_of", None)
    if raw is None:
        return None
    try:
        day = date.fromisoformat(raw.strip())
    except ValueError:
        raise ValidationError("seams.cli.bad_date", option="--as-of", value=raw) from None
    return check_date(day, "--as-of")


def scheme_for_answer_file(data_dir: Any, path: Any) -> Any:
    """The scheme an answer file names (its id and version, when this machine has it), else
    the newest valid scheme of its id: the same rule as for a stored assessment."""
    from ecoassess.reasons import strict_loads
    from ecoassess.scheme import latest_scheme, scheme_choice

    newest = latest_scheme(data_dir)
    try:
        data = strict_loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return newest  # the answer-file reader gives the reason
    if not isinstance(data, dict):
        return newest
    named = data.get("scheme")
    scheme_id = named if isinstance(named, str) else newest.id
    version = data.get("scheme_version")
    if not isinstance(version, str):
        return latest_scheme(data_dir, scheme_id)
    return scheme_choice(data_dir, scheme_id, version).scheme
