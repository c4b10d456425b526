"""Commands over the local store: list, show, new, delete, backup, restore, doctor, demo."""

from __future__ import annotations

import sqlite3
import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.cli import help_text
from ecoassess.errors import EcoAssessError, StorageError, ValidationError
from ecoassess.i18n import format_day, format_year
from ecoassess.jsonsafe import json_safe
from ecoassess.timeutil import local

if TYPE_CHECKING:
    from ecoassess.cli import Context

EXIT_OK, EXIT_FAIL = 0, 1


def register(subparsers: Any, common: ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str) -> ArgumentParser:
        p: ArgumentParser = subparsers.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(func=handler)
        return p

    p = add("list", cmd_list, help_text("list"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("show", cmd_show, help_text("show"))
    p.add_argument("id", help=help_text("id"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("new", cmd_new, help_text("new"))
    p.add_argument("--factory-th", required=True, metavar="NAME", help=help_text("factory_th"))
    p.add_argument("--factory-en", default="", metavar="NAME", help=help_text("factory_en"))
    p.add_argument("--year", metavar="YEAR", help=help_text("new_year"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("next-year", cmd_next_year, help_text("next_year"))
    p.add_argument("id", help=help_text("id"))
    p.add_argument("--year", metavar="YEAR", help=help_text("next_year_year"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("delete", cmd_delete, help_text("delete"))
    p.add_argument("id", help=help_text("id"))
    p.add_argument("--yes", action="store_true", help=help_text("yes"))
    p = add("backup", cmd_backup, help_text("backup"))
    p.add_argument("-o", "--output", metavar="FILE", help=help_text("backup_output"))
    p.add_argument("--full", action="store_true", help=help_text("backup_full"))
    p.add_argument("--force", action="store_true", help=help_text("force"))
    p = add("restore", cmd_restore, help_text("restore"))
    p.add_argument("file", help=help_text("restore_file"))
    p = add("doctor", cmd_doctor, help_text("doctor"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("demo", cmd_demo, help_text("demo"))
    p.add_argument("--json", action="store_true", help=help_text("json"))


def summary_json(s: model.AssessmentSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "factory": {"th": s.factory_th, "en": s.factory_en},
        "scheme": {"id": s.scheme_id, "version": s.scheme_version},
        "status": s.status.value,
        "updated_at": s.updated_at.isoformat(),
        "is_demo": s.is_demo,
        "assessment_date": s.assessment_date.isoformat() if s.assessment_date else None,
        "assessment_year": s.assessment_year,
        "carried_from": s.carried_from,
    }


def cmd_list(ctx: Context, args: Namespace) -> int:
    from ecoassess.storage import list_assessments

    notices: list[Any] = []
    rows = list_assessments(ctx.data_dir, notices)  # sqlite3 alone: no ORM to import for a list
    ctx.say_notices(notices)
    if args.json:
        ctx.print_json([summary_json(s) for s in rows])
        return EXIT_OK
    if not rows:
        print(ctx.msg("cli.list_empty"))
    for s in rows:
        name = s.factory_th if ctx.lang == "th" else (s.factory_en or s.factory_th)
        year = format_year(s.assessment_year, ctx.lang)
        if s.carried_from_year:
            year += f" ({ctx.msg('year.from', year=format_year(s.carried_from_year, ctx.lang))})"
        print(f"{s.id[:8]}  {format_day(local(s.updated_at), ctx.lang, 'short')}  {s.status.value:<9}  "
              f"{s.scheme_id} {s.scheme_version}  {year}  {name}")
    return EXIT_OK



def cmd_show(ctx: Context, args: Namespace) -> int:
    store = ctx.store(read_only=True)
    assessment = store.get_assessment(store.resolve_id(args.id))
    if args.json:
        ctx.print_json(json_safe(assessment))
        return EXIT_OK
    p = assessment.profile
    lines = [
        f"{ctx.msg('cli.field.id')}: {assessment.id}",
        f"{ctx.msg('cli.field.factory')}: {p.name_th} / {p.name_en}",
        f"{ctx.msg('cli.field.scheme')}: {assessment.scheme_id} {assessment.scheme_version}",
        f"{ctx.msg('cli.field.year')}: {format_year(assessment.assessment_year, ctx.lang)}",
        *([f"{ctx.msg('cli.field.carried_from')}: {assessment.carried_from}"] if assessment.carried_from else []),
        f"{ctx.msg('cli.field.status')}: {assessment.status.value}",
        f"{ctx.msg('cli.field.assessment_date')}: {format_day(assessment.assessment_date, ctx.lang)}",
        f"{ctx.msg('cli.field.audit_date')}: {format_day(assessment.planned_audit_date, ctx.lang)}",
        f"{ctx.msg('cli.field.answers')}: {len(assessment.answers)}",
        f"{ctx.msg('cli.field.evidence')}: {len(assessment.evidence)}",
        f"{ctx.msg('cli.field.actions')}: {len(assessment.actions)}",
    ]
    print("\n".join(lines))
    return EXIT_OK


def _print_id(ctx: Context, args: Namespace, new_id: str) -> None:
    if getattr(args, "json", False):
        ctx.print_json({"id": new_id})
    else:
        print(new_id)


def cmd_new(ctx: Context, args: Namespace) -> int:
    from ecoassess.scheme import latest_scheme

    name_th = args.factory_th.strip()
    if not name_th:
        raise ValidationError("cli.factory_name_required")
    scheme = latest_scheme(ctx.data_dir)  # new assessments use the newest valid scheme
    profile = model.FactoryProfile(name_th=name_th, name_en=args.factory_en.strip())
    new_id = ctx.store().create_assessment(profile, scheme_id=scheme.id, scheme_version=scheme.version,
                                           assessment_year=_year_option(args.year))
    _print_id(ctx, args, new_id)
    return EXIT_OK


def cmd_next_year(ctx: Context, args: Namespace) -> int:
    from ecoassess.scheme import latest_scheme

    store = ctx.store()
    source = store.get_assessment(store.resolve_id(args.id))
    newest = latest_scheme(ctx.data_dir, source.scheme_id)
    new_id = store.copy_forward(source.id, scheme_version=newest.version,
                                year=_year_option(args.year))
    _print_id(ctx, args, new_id)
    return EXIT_OK


def _year_option(raw: str | None) -> int | None:
    """--year as typed: a whole Common-Era year (a Buddhist-Era one is refused with its CE)."""
    from ecoassess.limits import check_year

    if raw is None:
        return None
    text = raw.strip()
    return check_year(int(text) if text.isascii() and text.isdigit() else text, "--year")


def cmd_delete(ctx: Context, args: Namespace) -> int:
    store = ctx.store()
    assessment_id = store.resolve_id(args.id)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise ValidationError("cli.confirm_needed", flag="--yes")
        answer = input(ctx.msg("cli.confirm_delete", id=assessment_id) + " ")
        if answer.strip().lower() not in ("y", "yes", "ใช่", "ช"):
            print(ctx.msg("cli.cancelled"), file=sys.stderr)
            return EXIT_FAIL
    backup = store.delete_assessment(assessment_id)
    print(ctx.msg("cli.deleted", id=assessment_id, backup=backup), file=sys.stderr)
    return EXIT_OK


def cmd_backup(ctx: Context, args: Namespace) -> int:
    from ecoassess.fileio import check_output

    if args.full:
        return _full_backup(ctx, args)
    dest = None
    if args.output is not None:  # checked before the store is even opened
        dest = check_output(args.output, kind="backup", data_root=ctx.data_dir, force=args.force)
    store = ctx.store(read_only=True)
    try:
        path = store.backup(dest)
    except sqlite3.DatabaseError as exc:  # the database itself cannot be read: say so
        from ecoassess.storage.database import raise_fault

        raise_fault(exc, store.layout.database)
    print(path)
    return EXIT_OK


def _full_backup(ctx: Context, args: Namespace) -> int:
    from ecoassess.evidence import human_size
    from ecoassess.fileio import check_output, is_folder
    from ecoassess.storage.fullbackup import default_name, write_full_backup

    if args.output is None:
        raise ValidationError("backup.full_needs_output")
    dest = Path(args.output).expanduser()
    dest = check_output(dest / default_name() if is_folder(dest) else dest, kind="full-backup",
                        data_root=ctx.data_dir, force=args.force)
    done = write_full_backup(ctx.store(read_only=True), dest, force=args.force)
    print(done.path)
    print(ctx.msg("backup.full_done", files=done.evidence_files, size=human_size(done.size)),
          file=sys.stderr)
    if done.skipped:
        print(ctx.msg("backup.full_skipped", count=len(done.skipped),
                      names=", ".join(done.skipped[:5])), file=sys.stderr)
    return EXIT_OK


def cmd_restore(ctx: Context, args: Namespace) -> int:
    from ecoassess.storage import restore_database

    kept = restore_database(ctx.data_dir, Path(args.file).expanduser().resolve())
    print(ctx.msg("cli.restored", path=args.file, kept=kept or "-"), file=sys.stderr)
    return EXIT_OK


def _doctor_problems(ctx: Context) -> list[dict[str, str]]:
    try:
        store = ctx.store(read_only=True)
        found = [{"kind": "repaired", "detail": n.message(ctx.lang)} for n in store.notices]
        return found + store.doctor()
    except StorageError as exc:
        return [{"kind": "database", "detail": exc.message(ctx.lang)}]
    except EcoAssessError as exc:
        return [{"kind": "store", "detail": exc.message(ctx.lang)}]


def cmd_doctor(ctx: Context, args: Namespace) -> int:
    """One line: on stdout when all is well (exit 0), on stderr with the first problem and the
    count otherwise (exit 1); every detail with --json."""
    ctx.notices_shown.update({"store.wal_foreign", "store.wal_orphan"})  # doctor reports them
    problems = _doctor_problems(ctx)
    if args.json:
        ctx.print_json({"ok": not problems, "problems": problems})
    elif not problems:
        print(ctx.msg("cli.doctor_ok"))
    else:
        first = problems[0]
        detail = first.get("detail") or first.get("name", "")
        print(ctx.msg("cli.doctor_summary", count=len(problems), kind=first["kind"], detail=detail),
              file=sys.stderr)
    return EXIT_OK if not problems else EXIT_FAIL


def cmd_demo(ctx: Context, args: Namespace) -> int:
    from ecoassess.demo import create_demo

    _print_id(ctx, args, create_demo(ctx.store()))
    return EXIT_OK
