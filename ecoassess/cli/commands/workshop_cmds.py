"""Trainers: `workshop import` (a class's files at once), `overview` (anonymised, CSV, PDF), `reset-demo`."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.cli import help_text
from ecoassess.cli.options import conflict_flags, conflict_policy
from ecoassess.errors import ValidationError

if TYPE_CHECKING:
    from ecoassess.cli import Context

EXIT_OK, EXIT_FAIL = 0, 1


def register(subparsers: Any, common: ArgumentParser) -> None:
    w = subparsers.add_parser("workshop", parents=[common], help=help_text("workshop"),
                              description=help_text("workshop"))
    actions = w.add_subparsers(dest="workshop_action", metavar="ACTION", required=True, title=help_text("action"))
    p = actions.add_parser("import", parents=[common], help=help_text("workshop_import"))
    p.set_defaults(func=cmd_workshop_import)
    p.add_argument("folder", help=help_text("folder"))
    conflict_flags(p)
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = actions.add_parser("overview", parents=[common], help=help_text("overview"))
    p.set_defaults(func=cmd_workshop_overview)
    p.add_argument("--anonymise", "--anonymize", action="store_true",
                   help=help_text("anonymise"))
    p.add_argument("--include-demo", action="store_true", help=help_text("include_demo"))
    p.add_argument("--csv", metavar="FILE", help=help_text("overview_csv"))
    p.add_argument("--pdf", metavar="FILE", help=help_text("overview_pdf"))
    p.add_argument("--force", action="store_true", help=help_text("force"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = actions.add_parser("reset-demo", parents=[common], help=help_text("reset_demo"))
    p.set_defaults(func=cmd_workshop_reset)
    p.add_argument("--yes", action="store_true", help=help_text("yes"))


def cmd_workshop_import(ctx: Context, args: Namespace) -> int:
    from ecoassess.fileio import is_folder
    from ecoassess.workshop import import_folder, package_files, summary_of

    folder = Path(args.folder).expanduser()
    if not is_folder(folder):
        raise ValidationError("workshop.not_folder", path=str(folder))
    if not package_files(folder):
        raise ValidationError("workshop.no_files", path=str(folder))
    outcomes = import_folder(ctx.store(), folder, conflict_policy(args))
    ok, bad = summary_of(outcomes)
    if args.json:
        ctx.print_json([{"file": o.path.name, "id": o.assessment_id, "error": o.reason(ctx.lang) or None}
                        for o in outcomes])
    else:
        for o in outcomes:
            if o.ok:
                print(ctx.msg("workshop.imported", name=o.path.name, id=o.assessment_id))
            else:
                print(ctx.msg("workshop.skipped", name=o.path.name, reason=o.reason(ctx.lang)),
                      file=sys.stderr)
        print(ctx.msg("workshop.summary", ok=ok, bad=bad), file=sys.stderr)
    return EXIT_OK if bad == 0 else EXIT_FAIL


def cmd_workshop_overview(ctx: Context, args: Namespace) -> int:
    from ecoassess.workshop import (
        check_overview_output,
        class_overview,
        overview_csv,
        overview_table,
    )

    outputs = {kind: Path(name).expanduser() for kind, name in (("csv", args.csv), ("pdf", args.pdf))
               if name is not None}
    if len(outputs) == 2 and outputs["csv"].resolve() == outputs["pdf"].resolve():
        raise ValidationError("output.given_twice", path=str(outputs["csv"]))
    for kind, dest in outputs.items():  # both checked before the class is scored
        check_overview_output(dest, kind, data_root=ctx.data_dir, force=args.force)
    overview = class_overview(ctx.store(read_only=True), ctx.lang, anonymise=args.anonymise,
                              include_demo=args.include_demo)
    if "csv" in outputs:
        overview_csv(overview, ctx.lang, outputs["csv"], data_root=ctx.data_dir, force=args.force)
    if "pdf" in outputs:
        from ecoassess.workshop_pdf import summary_pdf

        summary_pdf(overview, ctx.lang, outputs["pdf"], data_root=ctx.data_dir, force=args.force)
    header, body = overview_table(overview, ctx.lang)
    if args.json:
        ctx.print_json({"header": header, "rows": body})
    elif not body:
        print(ctx.msg("workshop.empty"), file=sys.stderr)
    else:
        for row in [header, *body]:
            print("\t".join(str(v) for v in row))
    return EXIT_OK


def cmd_workshop_reset(ctx: Context, args: Namespace) -> int:
    from ecoassess.workshop import reset_demo

    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise ValidationError("cli.confirm_needed", flag="--yes")
        answer = input(ctx.msg("workshop.confirm_reset") + " ")
        if answer.strip().lower() not in ("y", "yes", "ใช่", "ช"):
            print(ctx.msg("cli.cancelled"), file=sys.stderr)
            return EXIT_FAIL
    new_id = reset_demo(ctx.store())
    print(new_id)
    print(ctx.msg("workshop.demo_reset", id=new_id[:8]), file=sys.stderr)
    return EXIT_OK
