"""Portable `.ecoassess` files: `pack` one assessment, `unpack` one (safe, all or nothing)."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.cli import help_text
from ecoassess.cli.options import conflict_flags, conflict_policy

if TYPE_CHECKING:
    from ecoassess.cli import Context

EXIT_OK, EXIT_FAIL = 0, 1


def register(subparsers: Any, common: ArgumentParser) -> None:
    def add(name: str, handler: Any, help_text: str, **kw: Any) -> ArgumentParser:
        p: ArgumentParser = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text, **kw)
        p.set_defaults(func=handler)
        return p

    p = add("pack", cmd_pack, help_text("pack"))
    p.add_argument("id", help=help_text("id"))
    p.add_argument("-o", "--output", metavar="FILE", default=".",
                   help=help_text("pack_output"))
    p.add_argument("--force", action="store_true", help=help_text("force"))
    p.add_argument("--without-contacts", action="store_true", help=help_text("without_contacts"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = add("unpack", cmd_unpack, help_text("unpack"), epilog=help_text("unpack_epilog"))
    p.add_argument("file", help=help_text("unpack_file"))
    conflict_flags(p)
    p.add_argument("--json", action="store_true", help=help_text("json"))


def cmd_pack(ctx: Context, args: Namespace) -> int:
    from ecoassess.package import pack_assessment

    path = pack_assessment(ctx.store(read_only=True), args.id, Path(args.output).expanduser(),
                           force=args.force, without_contacts=args.without_contacts)
    if args.json:
        ctx.print_json({"path": str(path)})
    else:
        print(path)
    return EXIT_OK


def cmd_unpack(ctx: Context, args: Namespace) -> int:
    from ecoassess.package import unpack_package

    result = unpack_package(ctx.store(), Path(args.file).expanduser(), conflict_policy(args))
    if args.json:
        ctx.print_json({"id": result.assessment_id, "original_id": result.original_id,
                        "kept_both": result.kept_both, "replaced": result.replaced,
                        "mapped_from": result.mapped_from, "evidence_files": result.evidence_files,
                        "notices": [n[ctx.lang] for n in result.notices]})
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
    notes += [n[ctx.lang] for n in result.notices]  # a G2 route the profile contradicts
    print("\n".join(notes), file=sys.stderr)
    return EXIT_OK
