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
