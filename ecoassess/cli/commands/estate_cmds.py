"""The estate view on the command line: `estate new|list|demo|import|overview|report|spreadsheet`,
and the officer's settings `estate set-threshold|set-status`."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.cli import UsageError, help_text
from ecoassess.errors import ValidationError

if TYPE_CHECKING:
    from ecoassess.cli import Context

EXIT_OK, EXIT_FAIL = 0, 1
MAX_DEMO_FACTORIES = 5000
CLEAR_WORDS = ("none", "clear", "-")  # `estate set-threshold ESTATE none` removes the officer's value


def register(subparsers: Any, common: ArgumentParser) -> None:
    e = subparsers.add_parser("estate", parents=[common], help=help_text("estate"),
                              description=help_text("estate_description"))
    actions = e.add_subparsers(dest="estate_action", metavar="ACTION", required=True,
                               title=help_text("action"))

    def add(name: str, handler: Any, key: str) -> ArgumentParser:
        p: ArgumentParser = actions.add_parser(name, parents=[common], help=help_text(key), description=help_text(key))
        p.set_defaults(func=handler)
        return p

    p = add("new", cmd_new, "estate_new")
    p.add_argument("--estate", metavar="NAME", required=True, help=help_text("estate_name"))
    p.add_argument("--framework", metavar="ID", help=help_text("estate_framework"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("list", cmd_list, "estate_list")
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("demo", cmd_demo, "estate_demo")
    p.add_argument("--factories", metavar="N", type=int, default=30, help=help_text("estate_factories"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("delete", cmd_delete, "estate_delete")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("--yes", action="store_true", help=help_text("yes"))
    p = add("import", cmd_import, "estate_import")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("paths", metavar="FILE|DIR", nargs="*", help=help_text("estate_paths"))
    p.add_argument("--assessment", metavar="ID", action="append", default=[],
                   help=help_text("estate_assessment"))
    p.add_argument("--consent", action="store_true", help=help_text("estate_consent"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("overview", cmd_overview, "estate_overview")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("--anonymise", "--anonymize", action="store_true", help=help_text("estate_anonymise"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("report", cmd_report, "estate_report")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("--lang", choices=("th", "en", "both"), default="th", help=help_text("export_lang"))
    p.add_argument("--anonymise", "--anonymize", action="store_true", help=help_text("estate_anonymise"))
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help=help_text("output"))
    p.add_argument("--force", action="store_true", help=help_text("force"))
    p = add("set-threshold", cmd_set_threshold, "estate_set_threshold")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("value", metavar="PERCENT|none", help=help_text("estate_threshold_value"))
    p.add_argument("--level", metavar="LEVEL", help=help_text("estate_level"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("set-status", cmd_set_status, "estate_set_status")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("item", metavar="ITEM", help=help_text("estate_item"))
    p.add_argument("--status", metavar="STATUS", required=True, help=help_text("estate_status"))
    p.add_argument("--points", metavar="N", help=help_text("estate_points"))
    p.add_argument("--points-max", metavar="N", help=help_text("estate_points_max"))
    p.add_argument("--evidence", metavar="TEXT", help=help_text("estate_evidence"))
    p.add_argument("--note", metavar="TEXT", help=help_text("estate_note"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("spreadsheet", cmd_spreadsheet, "estate_spreadsheet")
    p.add_argument("estate", metavar="ESTATE", help=help_text("estate_ref"))
    p.add_argument("--anonymise", "--anonymize", action="store_true", help=help_text("estate_anonymise"))
    p.add_argument("-o", "--output", metavar="FILE.xlsx|.csv", required=True, help=help_text("estate_sheet_output"))
    p.add_argument("--force", action="store_true", help=help_text("force"))


def _estate_json(estate: Any) -> dict[str, Any]:
    return {"id": estate.id, "uid": estate.uid, "name_th": estate.name_th, "name_en": estate.name_en,
            "ieat": estate.ieat, "province_th": estate.province_th, "province_en": estate.province_en,
            "framework": estate.framework_id, "demo": estate.is_demo, "factories": estate.factories,
            "snapshots": estate.snapshots}


def cmd_new(ctx: Context, args: Namespace) -> int:
    from ecoassess.estate.service import new_estate

    estate = new_estate(ctx.store(), args.estate, args.framework)
    if args.json:
        ctx.print_json(_estate_json(estate))
        return EXIT_OK
    print(estate.id)
    key = "estate.created_ieat" if estate.ieat else "estate.created_other"
    print(ctx.msg(key, name=estate.name(ctx.lang), id=estate.id), file=sys.stderr)
    return EXIT_OK


def cmd_list(ctx: Context, args: Namespace) -> int:
    from ecoassess.storage.estates import list_estates

    estates = list_estates(ctx.store(read_only=True))
    if args.json:
        ctx.print_json([_estate_json(e) for e in estates])
    elif not estates:
        print(ctx.msg("estate.none"), file=sys.stderr)
    else:
        for e in estates:
            demo = " " + ctx.msg("estate.demo_mark") if e.is_demo else ""
            print(f"{e.id}\t{e.name(ctx.lang)}{demo}\t" + ctx.msg("estate.counts", factories=e.factories,
                                                              snapshots=e.snapshots))
    return EXIT_OK


def cmd_demo(ctx: Context, args: Namespace) -> int:
    from ecoassess.estate.demo import create_demo_estate

    if not 1 <= args.factories <= MAX_DEMO_FACTORIES:
        raise UsageError(ctx.msg("estate.demo_range", max=MAX_DEMO_FACTORIES))
    estate = create_demo_estate(ctx.store(), args.factories)
    if args.json:
        ctx.print_json(_estate_json(estate))
        return EXIT_OK
    print(estate.id)
    print(ctx.msg("estate.demo_made", name=estate.name(ctx.lang), factories=estate.factories,
                  snapshots=estate.snapshots), file=sys.stderr)
    return EXIT_OK


def cmd_delete(ctx: Context, args: Namespace) -> int:
    from ecoassess.storage.estates import delete_estate, resolve_estate

    store = ctx.store()
    estate = resolve_estate(store, args.estate)
    if not args.yes:
        raise ValidationError("cli.confirm_needed", flag="--yes")
    backup = delete_estate(store, estate.id)
    print(ctx.msg("estate.deleted", name=estate.name(ctx.lang), backup=backup), file=sys.stderr)
    return EXIT_OK


def cmd_import(ctx: Context, args: Namespace) -> int:
    from ecoassess.estate.importing import import_local, import_paths
    from ecoassess.storage.estates import resolve_estate

    if not args.paths and not args.assessment:
        raise UsageError(ctx.msg("estate.import_nothing"))
    store = ctx.store()
    estate = resolve_estate(store, args.estate)
    outcomes = import_paths(store, estate, [Path(p) for p in args.paths], consent=args.consent)
    outcomes += import_local(store, estate, args.assessment, consent=args.consent)
    if not outcomes:
        raise ValidationError("workshop.no_files", path=", ".join(args.paths))
    bad = [o for o in outcomes if not o.ok]
    if args.json:
        ctx.print_json([{"source": o.source, "snapshot": o.snapshot_id, "factory": o.factory_code or None,
                         "new_factory": o.new_factory, "mapped_from": o.mapped_from,
                         "error": o.reason(ctx.lang) or None} for o in outcomes])
        return EXIT_OK if not bad else EXIT_FAIL
    for o in outcomes:
        name = Path(o.source).name if o.source else o.source
        if o.ok:
            key = "estate.imported_new" if o.new_factory else "estate.imported_again"
            print(ctx.msg(key, name=name, code=o.factory_code, factory=o.factory_th))
        else:
            print(ctx.msg("estate.skipped", name=name, reason=o.reason(ctx.lang)), file=sys.stderr)
    print(ctx.msg("estate.import_summary", ok=len(outcomes) - len(bad), bad=len(bad)), file=sys.stderr)
    return EXIT_OK if not bad else EXIT_FAIL


def cmd_overview(ctx: Context, args: Namespace) -> int:
    from ecoassess.estate.overview import build_overview
    from ecoassess.estate.text import overview_lines
    from ecoassess.storage.estates import resolve_estate

    store = ctx.store(read_only=True)
    overview = build_overview(store, resolve_estate(store, args.estate), ctx.lang,
                              anonymise=args.anonymise)
    if args.json:
        ctx.print_json(overview.to_dict())
    else:
        print("\n".join(overview_lines(overview, ctx.lang)))
    return EXIT_OK


def _output(ctx: Context, args: Namespace, kind: str, suffixes: tuple[str, ...]) -> Path:
    from ecoassess.fileio import check_output

    path = Path(args.output).expanduser()
    if path.suffix.lower() not in suffixes:
        raise ValidationError("estate.bad_suffix", path=str(path), suffixes=", ".join(suffixes))
    kind = {".xlsx": "xlsx", ".csv": "csv"}.get(path.suffix.lower(), kind)
    return check_output(path, kind=kind, data_root=ctx.data_dir, force=args.force)


def cmd_report(ctx: Context, args: Namespace) -> int:
    from ecoassess.estate.overview import build_overview
    from ecoassess.estate.report import write_report
    from ecoassess.storage.estates import resolve_estate

    target = _output(ctx, args, "pdf", (".pdf",))  # checked before any work
    store = ctx.store(read_only=True)
    overview = build_overview(store, resolve_estate(store, args.estate), args.lang if args.lang != "both"
                              else "th", anonymise=args.anonymise)
    path = write_report(overview, args.lang, target)
    print(path)
    print(ctx.msg("estate.report_written", path=path), file=sys.stderr)
    return EXIT_OK


def cmd_spreadsheet(ctx: Context, args: Namespace) -> int:
    from ecoassess.estate.overview import build_overview
    from ecoassess.estate.sheet import write_sheet
    from ecoassess.storage.estates import resolve_estate

    target = _output(ctx, args, "xlsx", (".xlsx", ".csv"))
    store = ctx.store(read_only=True)
    overview = build_overview(store, resolve_estate(store, args.estate), ctx.lang,
                              anonymise=args.anonymise)
    path = write_sheet(overview, ctx.lang, target)
    print(path)
    print(ctx.msg("estate.sheet_written", path=path), file=sys.stderr)
    return EXIT_OK


def _number(text: str | None, what: str) -> float | None:
    """A number typed on the command line ("75", "75.5", "75 %"); empty clears (None)."""
    if text is None or not text.strip():
        return None
    try:
        return float(text.strip().rstrip("%").strip().replace(",", ""))
    except ValueError:
        raise ValidationError("limits.not_a_number", path=what, value=text) from None


def cmd_set_threshold(ctx: Context, args: Namespace) -> int:
    """The officer's readiness threshold (no --level) or a level's pass mark; `none` clears it."""
    from ecoassess.estate import service
    from ecoassess.storage.estates import resolve_estate

    clear = args.value.strip().casefold() in CLEAR_WORDS
    value = None if clear else _number(args.value, "PERCENT")
    if value is None and not clear:
        raise UsageError(ctx.msg("estate.threshold_needed"))
    store = ctx.store()
    estate = resolve_estate(store, args.estate)
    if args.level:
        estate = service.set_level_threshold(store, estate, args.level, value)
        shown = (estate.settings.get("thresholds") or {}).get(args.level)
    else:
        estate = service.set_readiness_threshold(store, estate, value)
        shown = estate.settings.get("readiness_threshold")
    if args.json:
        ctx.print_json({"estate": estate.id, "level": args.level, "threshold": shown})
        return EXIT_OK
    if args.level:
        from ecoassess.estate.framework import framework
        from ecoassess.i18n import label

        level = framework(estate.framework_id).level(args.level)
        target = ctx.msg("estate.level_target", level=label(level.name.as_dict(), ctx.lang) if level else args.level)
    else:
        target = ctx.msg("estate.readiness_target")
    if shown is None:
        print(ctx.msg("estate.threshold_cleared", target=target, name=estate.name(ctx.lang)), file=sys.stderr)
    else:
        print(ctx.msg("estate.threshold_set", target=target, name=estate.name(ctx.lang),
                      value=f"{shown:g}"), file=sys.stderr)
    return EXIT_OK


def cmd_set_status(ctx: Context, args: Namespace) -> int:
    """The officer's status of one requirement item; options not given keep their recorded value."""
    from ecoassess.estate import service
    from ecoassess.storage import estates as db

    store = ctx.store()
    estate = db.resolve_estate(store, args.estate)
    current = db.requirement_statuses(store, estate.id).get(args.item)

    def kept(given: str | None, what: str, old: Any) -> Any:
        return old if given is None else _number(given, what)

    saved = service.set_requirement(
        store, estate, args.item, status=args.status,
        points=kept(args.points, "--points", current.points if current else None),
        points_max=kept(args.points_max, "--points-max", current.points_max if current else None),
        evidence=args.evidence if args.evidence is not None else (current.evidence if current else ""),
        note=args.note if args.note is not None else (current.note if current else ""))
    if args.json:
        ctx.print_json({"estate": estate.id, "item": saved.requirement_id, "level": saved.level_id,
                        "status": saved.status, "points": saved.points, "points_max": saved.points_max,
                        "evidence": saved.evidence, "note": saved.note})
        return EXIT_OK
    print(ctx.msg("estate.status_set", item=saved.requirement_id, name=estate.name(ctx.lang),
                  status=ctx.msg("estate.status." + saved.status)), file=sys.stderr)
    return EXIT_OK
