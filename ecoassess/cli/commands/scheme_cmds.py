"""Command `scheme`: show the scheme, import a newer version, print the answer-file schema."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.cli import help_text
from ecoassess.i18n import label

if TYPE_CHECKING:
    from ecoassess.cli import Context
    from ecoassess.scheme.schema import Scheme


def register(subparsers: Any, common: ArgumentParser) -> None:
    p = subparsers.add_parser("scheme", parents=[common], help=help_text("scheme"))
    p.add_argument("--lang", choices=("th", "en"), help=help_text("scheme_lang"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p.set_defaults(func=cmd_scheme)
    actions = p.add_subparsers(dest="scheme_action", metavar="ACTION", title=help_text("action"))
    imp = actions.add_parser("import", parents=[common], help=help_text("scheme_import"))
    imp.add_argument("file", help=help_text("scheme_file"))
    imp.add_argument("--json", action="store_true", help=help_text("json"))
    imp.set_defaults(func=cmd_scheme_import)
    diff = actions.add_parser("diff", parents=[common], help=help_text("scheme_diff"),
                              description=help_text("scheme_diff_about"),
                              usage="%(prog)s [-h] [--json] [--lang {th,en}] [OLD] NEW")
    diff.add_argument("schemes", nargs="+", metavar="OLD NEW", help=help_text("scheme_diff_args"))
    diff.add_argument("--lang", choices=("th", "en"), help=help_text("scheme_diff_lang"))
    diff.add_argument("--json", action="store_true", help=help_text("json"))
    diff.set_defaults(func=cmd_scheme_diff)
    sch = actions.add_parser("answer-schema", parents=[common],
                             help=help_text("answer_schema"))
    sch.set_defaults(func=cmd_answer_schema)


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


# -- scheme -------------------------------------------------------------------------------------

def cmd_scheme(ctx: Context, args: Namespace) -> int:
    from ecoassess.scheme.loader import latest_scheme

    scheme = latest_scheme(ctx.data_dir)
    if args.json:
        ctx.print_json(scheme.model_dump(mode="json"))
        return 0
    lang = args.lang or ctx.lang
    prov = {k: label(v.label, lang) for k, v in scheme.provenance_labels.items()}
    _out(f"{label(scheme.title, lang)} — {scheme.id} {scheme.version} "
         f"({_msg('cli.scheme.fingerprint', lang)} {scheme.fingerprint[:12]})")
    _out(label(scheme.description, lang))
    _out()
    _out(_msg("cli.scheme.prerequisites", lang))
    for p in scheme.prerequisites:
        _out(f"  {p.id}  {label(p.title, lang)}  [{prov[p.provenance]}]")
        _out(f"        {label(p.requirement, lang)}")
    _out()
    _out(_msg("cli.scheme.criteria", lang, count=len(scheme.criteria), max=scheme.max_total))
    for c in scheme.criteria:
        ladder = label(scheme.ladder_names[c.ladder], lang)
        _out(f"  {c.id}  {label(c.name, lang)} — {ladder}, {c.max_points} "
             f"{_msg('cli.scheme.points', lang)}  [{prov[c.provenance]}]")
        for lv in c.levels:
            _out(f"        {label(lv.name, lang)}: {label(lv.title, lang)}")
    _out()
    _out(_msg("cli.scheme.settings", lang))
    for key in ("target_percent", "criterion_minimum", "not_applicable_allowed", "g4_blocks"):
        setting = getattr(scheme.settings, key)
        _out(f"  {label(setting.label, lang)}: {setting.value}  [{prov[setting.provenance]}]")
    _out()
    _out(_msg("cli.scheme.documents", lang))
    for d in scheme.documents:
        _out(f"  - {label(d.name, lang)}")
    return 0


def _msg(key: str, lang: str, **params: Any) -> str:
    from ecoassess.i18n import message

    return message(key, lang, **params)


def cmd_scheme_import(ctx: Context, args: Namespace) -> int:
    from ecoassess.scheme.update import import_with_report

    done = import_with_report(Path(args.file), ctx.data_dir)
    scheme, dest = done.scheme, done.path
    dropped = _map_existing_answers(ctx, scheme)
    if args.json:
        ctx.print_json({"id": scheme.id, "version": scheme.version,
                        "fingerprint": scheme.fingerprint, "path": str(dest),
                        "unmapped": dropped, "already_here": done.already_here,
                        "newest_version": done.newest_version,
                        "compared_with": done.base.version if done.base else None,
                        "changes": done.diff.as_json() if done.diff else None})
        return 0
    _out(ctx.msg("scheme.imported", id=scheme.id, version=scheme.version, path=dest))
    if done.already_here:
        _out(ctx.msg("scheme_update.already_here", version=scheme.version))
    if not done.is_newest:
        _out(ctx.msg("scheme_update.not_newest", newest=done.newest_version))
    if dropped:
        _out(ctx.msg("scheme.import_mapping", items=", ".join(dropped)))
    else:
        _out(ctx.msg("scheme.import_mapping_ok"))
    _out()
    if done.diff is None:
        _out(ctx.msg("scheme_update.first_version", id=scheme.id))
        return 0
    from ecoassess.scheme.diffreport import report_lines

    _out(ctx.msg("scheme_update.compared_with", version=done.diff.old_version))
    for line in report_lines(done.diff, ctx.lang):
        _out(line)
    return 0


def cmd_scheme_diff(ctx: Any, args: Namespace) -> int:
    """`scheme diff [OLD] NEW`: versions on this computer or scheme files (not imported)."""
    from ecoassess.cli import UsageError
    from ecoassess.scheme.diffreport import report_lines
    from ecoassess.scheme.update import diff_arguments

    if len(args.schemes) > 2:
        raise UsageError(f"unrecognized arguments: {' '.join(args.schemes[2:])}")
    old, new = (None, args.schemes[0]) if len(args.schemes) == 1 else args.schemes
    diff = diff_arguments(old, new, ctx.data_dir)
    if args.json:
        ctx.print_json(diff.as_json())
        return 0
    for line in report_lines(diff, args.lang or ctx.lang):
        _out(line)
    return 0


def _map_existing_answers(ctx: Context, scheme: Scheme) -> list[str]:
    """Answers of stored assessments (same scheme id) that the new version has no place for."""
    from ecoassess.paths import DataLayout
    from ecoassess.scheme.loader import map_answers

    if not DataLayout(ctx.data_dir).database.exists():
        return []
    store = ctx.store(read_only=True)
    dropped: set[str] = set()
    for summary in store.list_assessments():
        if summary.scheme_id != scheme.id:
            continue
        _kept, gone = map_answers(store.get_assessment(summary.id).answers, scheme)
        dropped.update(gone)
    return sorted(dropped)


def cmd_answer_schema(ctx: Context, args: Namespace) -> int:
    from ecoassess.answer_schema import json_schema
    from ecoassess.scheme.loader import latest_scheme

    ctx.print_json(json_schema(latest_scheme(ctx.data_dir)))
    return 0
