"""Commands for portable files and trainers: pack, unpack, spreadsheet, compare, workshop."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import Any

from ecoassess.errors import ValidationError

EXIT_OK, EXIT_FAIL = 0, 1

UNPACK_EPILOG = (
    "When the assessment in the file is already on this machine, choose --keep-both (import it "
    "as a new copy with a new id) or --replace (the existing one is backed up, then replaced). "
    "Without either, nothing is imported and the command exits with 1. / ถ้ามีการประเมินนี้อยู่แล้ว "
    "ให้เลือก --keep-both (เก็บทั้งสอง) หรือ --replace (แทนที่ โดยสำรองข้อมูลก่อน)")


def _conflict_flags(p: ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--keep-both", action="store_true",
                       help="same assessment already here: import as a new copy (new id)")
    group.add_argument("--replace", action="store_true",
                       help="same assessment already here: replace it (backup first)")


def register(subparsers: Any, common: ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str, **kw: Any) -> ArgumentParser:
        p = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text, **kw)
        p.set_defaults(func=handler)
        return p

    p = add("pack", cmd_pack, "write an assessment to a portable .ecoassess file")
    p.add_argument("id", help="assessment id (or a unique prefix)")
    p.add_argument("-o", "--output", metavar="FILE", default=".",
                   help="file to write, or a folder (default: the current folder)")
    p.add_argument("--json", action="store_true")
    p = add("unpack", cmd_unpack, "import a .ecoassess file (checked, all or nothing)",
            epilog=UNPACK_EPILOG)
    p.add_argument("file")
    _conflict_flags(p)
    p.add_argument("--json", action="store_true")
    p = add("spreadsheet", cmd_spreadsheet,
            "export assessments to CSV (UTF-8 with BOM) or XLSX: one row per criterion")
    p.add_argument("ids", nargs="*", metavar="ID", help="assessment ids (default with --all: every one)")
    p.add_argument("--all", action="store_true", help="every assessment on this machine")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="a .csv or .xlsx file")
    p = add("compare", cmd_compare,
            "compare two assessments of one factory: points per criterion then and now")
    p.add_argument("ids", nargs="+", metavar="ID",
                   help="THEN NOW, or only NOW when it was carried forward from THEN")
    p.add_argument("--changed-only", action="store_true", help="list only criteria that changed")
    p.add_argument("--json", action="store_true")
    _register_workshop(add, common)


def _register_workshop(add: Any, common: ArgumentParser) -> None:
    w = add("workshop", None, "workshop mode for trainers: import a class, overview, demo reset")
    actions = w.add_subparsers(dest="workshop_action", metavar="ACTION", required=True)
    p = actions.add_parser("import", parents=[common], help="import every .ecoassess file of a folder; bad files are skipped")
    p.set_defaults(func=cmd_workshop_import)
    p.add_argument("folder")
    _conflict_flags(p)
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("overview", parents=[common], help="class overview: factories x 14 criteria, totals")
    p.set_defaults(func=cmd_workshop_overview)
    p.add_argument("--anonymise", "--anonymize", action="store_true",
                   help="show codes (F01, F02 …) instead of factory names")
    p.add_argument("--include-demo", action="store_true", help="include the demo factory")
    p.add_argument("--csv", metavar="FILE", help="also write the overview as CSV")
    p.add_argument("--pdf", metavar="FILE", help="also write the one-page class summary PDF")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("reset-demo", parents=[common], help="delete the demo assessments and create a fresh one")
    p.set_defaults(func=cmd_workshop_reset)
    p.add_argument("--yes", action="store_true", help="confirm without asking")


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
