"""Commands for portable files and trainers: pack, unpack, spreadsheet, compare, workshop."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import Any

from ecoassess.cli import help_text
from ecoassess.errors import ValidationError

EXIT_OK, EXIT_FAIL = 0, 1

def _conflict_flags(p: ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--keep-both", action="store_true",
                       help=help_text("keep_both"))
    group.add_argument("--replace", action="store_true",
                       help=help_text("replace"))


def register(subparsers: Any, common: ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str, **kw: Any) -> ArgumentParser:
        p = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text, **kw)
        p.set_defaults(func=handler)
        return p

    p = add("pack", cmd_pack, help_text("pack"))
    p.add_argument("id", help=help_text("id"))
    p.add_argument("-o", "--output", metavar="FILE", default=".",
                   help=help_text("pack_output"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("unpack", cmd_unpack, help_text("unpack"), epilog=help_text("unpack_epilog"))
    p.add_argument("file", help=help_text("unpack_file"))
    _conflict_flags(p)
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("spreadsheet", cmd_spreadsheet,
            help_text("spreadsheet"))
    p.add_argument("ids", nargs="*", metavar="ID", help=help_text("ids"))
    p.add_argument("--all", action="store_true", help=help_text("all"))
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=help_text("sheet_output"))
    p = add("compare", cmd_compare,
            help_text("compare"))
    p.add_argument("ids", nargs="+", metavar="ID",
                   help=help_text("compare_ids"))
    p.add_argument("--changed-only", action="store_true", help=help_text("changed_only"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    _register_workshop(add, common)


def _register_workshop(add: Any, common: ArgumentParser) -> None:
    w = add("workshop", None, help_text("workshop"))
    actions = w.add_subparsers(dest="workshop_action", metavar="ACTION", required=True, title=help_text("action"))
    p = actions.add_parser("import", parents=[common], help=help_text("workshop_import"))
    p.set_defaults(func=cmd_workshop_import)
    p.add_argument("folder", help=help_text("folder"))
    _conflict_flags(p)
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = actions.add_parser("overview", parents=[common], help=help_text("overview"))
    p.set_defaults(func=cmd_workshop_overview)
    p.add_argument("--anonymise", "--anonymize", action="store_true",
                   help=help_text("anonymise"))
    p.add_argument("--include-demo", action="store_true", help=help_text("include_demo"))
    p.add_argument("--csv", metavar="FILE", help=help_text("overview_csv"))
    p.add_argument("--pdf", metavar="FILE", help=help_text("overview_pdf"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = actions.add_parser("reset-demo", parents=[common], help=help_text("reset_demo"))
    p.set_defaults(func=cmd_workshop_reset)
    p.add_argument("--yes", action="store_true", help=help_text("yes"))


def _policy(args: Namespace) -> Any:
    from ecoassess.package import OnConflict

    if getattr(args, "keep_both", False):
        return OnConflict.KEEP_BOTH
    if getattr(args, "replace", False):
        return OnConflict.REPLACE
    return OnConflict.ASK


def cmd_pack(ctx: Any, args: Namespace) -> int:
    from ecoassess.package import pack_assessment

    path = pack_assessment(ctx.store(read_only=True), args.id, Path(args.output).expanduser())
    if args.json:
        ctx.print_json({"path": str(path)})
    else:
        print(path)
    return EXIT_OK


def cmd_unpack(ctx: Any, args: Namespace) -> int:
    from ecoassess.package import unpack_package

    result = unpack_package(ctx.store(), Path(args.file).expanduser(), _policy(args))
    if args.json:
        ctx.print_json({"id": result.assessment_id, "original_id": result.original_id,
                        "kept_both": result.kept_both, "replaced": result.replaced,
                        "mapped_from": result.mapped_from, "evidence_files": result.evidence_files})
        return EXIT_OK
    print(result.assessment_id)
    notes = [ctx.msg("portable.unpacked", factory=result.factory_th, id=result.assessment_id[:8])]
    if result.kept_both:
        notes.append(ctx.msg("portable.kept_both", id=result.assessment_id[:8]))
    if result.replaced:
        notes.append(ctx.msg("portable.replaced"))
    if result.mapped_from:
        version = ctx.store().get_assessment(result.assessment_id).scheme_version
        notes.append(ctx.msg("portable.mapped", from_version=result.mapped_from, to_version=version))
    print("\n".join(notes), file=sys.stderr)
    return EXIT_OK


def cmd_spreadsheet(ctx: Any, args: Namespace) -> int:
    from ecoassess.spreadsheet import export_assessments

    store = ctx.store(read_only=True)
    ids = list(args.ids)
    if args.all:
        ids += [s.id for s in reversed(store.list_assessments())]
    if not ids:
        raise ValidationError("cli.ids_needed")
    path = export_assessments(store, list(dict.fromkeys(ids)), Path(args.output).expanduser(), ctx.lang)
    print(path)
    return EXIT_OK


def cmd_compare(ctx: Any, args: Namespace) -> int:
    from ecoassess.compare import compare_ids, report_lines

    if len(args.ids) > 2:
        raise ValidationError("cli.compare_two")
    then_id, now_id = (None, args.ids[0]) if len(args.ids) == 1 else args.ids
    comparison = compare_ids(ctx.store(read_only=True), then_id, now_id)
    if args.json:
        ctx.print_json(comparison.as_json())
    else:
        print("\n".join(report_lines(comparison, ctx.lang, args.changed_only)))
    return EXIT_OK


def cmd_workshop_import(ctx: Any, args: Namespace) -> int:
    from ecoassess.workshop import import_folder, package_files, summary_of

    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise ValidationError("workshop.not_folder", path=str(folder))
    if not package_files(folder):
        raise ValidationError("workshop.no_files", path=str(folder))
    outcomes = import_folder(ctx.store(), folder, _policy(args))
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


def cmd_workshop_overview(ctx: Any, args: Namespace) -> int:
    from ecoassess.workshop import class_overview, overview_csv, overview_table

    overview = class_overview(ctx.store(read_only=True), ctx.lang, anonymise=args.anonymise,
                              include_demo=args.include_demo)
    if args.csv:
        overview_csv(overview, ctx.lang, Path(args.csv).expanduser())
    if args.pdf:
        from ecoassess.workshop_pdf import summary_pdf

        summary_pdf(overview, ctx.lang, Path(args.pdf).expanduser())
    header, body = overview_table(overview, ctx.lang)
    if args.json:
        ctx.print_json({"header": header, "rows": body})
    elif not body:
        print(ctx.msg("workshop.empty"), file=sys.stderr)
    else:
        for row in [header, *body]:
            print("\t".join(str(v) for v in row))
    return EXIT_OK


def cmd_workshop_reset(ctx: Any, args: Namespace) -> int:
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
