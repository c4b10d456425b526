"""Command `export`: the dossier PDF of an assessment (id) or an answer file (path)."""

from __future__ import annotations

import hashlib
import sys
from argparse import ArgumentParser, Namespace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.cli import answer_file_or_id, help_text
from ecoassess.cli.options import as_of_flag, as_of_value, scheme_for_answer_file

if TYPE_CHECKING:
    from ecoassess.cli import Context
    from ecoassess.scheme.schema import Scheme

_NO_CLOCK = datetime(2000, 1, 1, tzinfo=UTC)  # a file has no record times; never the wall clock


def register(subparsers: Any, common: ArgumentParser) -> None:
    p = subparsers.add_parser("export", parents=[common],
                              help=help_text("export"))
    p.add_argument("target", metavar="ID|FILE", help=help_text("target"))
    p.add_argument("--lang", choices=("th", "en", "both"), default="th",
                   help=help_text("export_lang"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=help_text("export_output"))
    p.add_argument("--with-evidence", action="store_true",
                   help=help_text("with_evidence"))
    as_of_flag(p)
    p.add_argument("--force", action="store_true", help=help_text("export_force"))
    p.set_defaults(func=cmd_export)


def assessment_from_file(path: Path, scheme: Scheme) -> model.Assessment:
    """An in-memory assessment from an answer file (no evidence, no actions, no clock)."""
    from ecoassess import answerfile

    af = answerfile.load_answer_file(path, scheme)
    profile, audit, items = answerfile.to_items(af)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return model.Assessment(
        id=f"file-{digest[:12]}", factory_uid="", profile=profile or model.FactoryProfile(),
        scheme_id=scheme.id, scheme_version=scheme.version, assessment_date=af.assessment_date,
        planned_audit_date=audit, signatory_name="", signatory_position="",
        status=model.AssessmentStatus.DRAFT, settings=dict(af.settings), last_page="",
        is_demo=False, created_at=_NO_CLOCK, updated_at=_NO_CLOCK, answers=items)


def cmd_export(ctx: Context, args: Namespace) -> int:
    from ecoassess.dossier.export import build_dossier
    from ecoassess.fileio import check_output
    from ecoassess.scheme.loader import scheme_for_assessment
    from ecoassess.scoring import evaluate_assessment

    as_of = as_of_value(args)
    path = answer_file_or_id(args.target)
    inputs = (path,) if path is not None else ()
    out = check_output(args.output, kind="pdf", data_root=ctx.data_dir, inputs=inputs,
                       force=args.force)  # before anything is loaded or rendered
    resolver = None
    if path is not None:
        scheme = scheme_for_answer_file(ctx.data_dir, path)
        assessment = assessment_from_file(path, scheme)
    else:
        store = ctx.store(read_only=True)
        assessment = store.get_assessment(store.resolve_id(args.target))
        scheme = scheme_for_assessment(assessment, ctx.data_dir)

        def resolver(ev: model.EvidenceInfo) -> Path:
            return store.evidence_file(ev.sha256, ev.original_name)

    result = evaluate_assessment(scheme, assessment, as_of)
    out = build_dossier(assessment, scheme, result, args.lang, out,
                        with_evidence=args.with_evidence, evidence_resolver=resolver,
                        data_root=ctx.data_dir, inputs=inputs, force=args.force)
    sys.stdout.write(ctx.msg("cli.export.done", path=out) + "\n")
    return 0
