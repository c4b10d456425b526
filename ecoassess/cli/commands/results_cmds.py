"""Results of assessments: `score` (an assessment id or an answer file), `compare`, `spreadsheet`."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.cli import answer_file_or_id, help_text
from ecoassess.cli.options import as_of_flag, as_of_value, scheme_for_answer_file
from ecoassess.errors import ValidationError
from ecoassess.i18n import label

if TYPE_CHECKING:
    from ecoassess.cli import Context
    from ecoassess.model import Assessment
    from ecoassess.scheme.schema import Scheme
    from ecoassess.scoring.result import ReadinessResult

EXIT_OK = 0


def register(subparsers: Any, common: ArgumentParser) -> None:
    s = subparsers.add_parser("score", parents=[common],
                              help=help_text("score"))
    s.add_argument("target", metavar="ID|FILE", help=help_text("target"))
    s.add_argument("--json", action="store_true", help=help_text("json"))
    s.add_argument("--what-if", metavar="C01,C03", default="",
                   help=help_text("what_if"))
    as_of_flag(s)
    s.set_defaults(func=cmd_score)
    p = subparsers.add_parser("compare", parents=[common], help=help_text("compare"),
                              description=help_text("compare"))
    p.set_defaults(func=cmd_compare)
    p.add_argument("ids", nargs="+", metavar="ID",
                   help=help_text("compare_ids"))
    p.add_argument("--changed-only", action="store_true", help=help_text("changed_only"))
    p.add_argument("--json", action="store_true", help=help_text("json"))
    p = subparsers.add_parser("spreadsheet", parents=[common], help=help_text("spreadsheet"),
                              description=help_text("spreadsheet"))
    p.set_defaults(func=cmd_spreadsheet)
    p.add_argument("ids", nargs="*", metavar="ID", help=help_text("ids"))
    p.add_argument("--all", action="store_true", help=help_text("all"))
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=help_text("sheet_output"))
    p.add_argument("--force", action="store_true", help=help_text("force"))


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def _msg(key: str, lang: str, **params: Any) -> str:
    from ecoassess.i18n import message

    return message(key, lang, **params)


# -- score --------------------------------------------------------------------------------------

def cmd_score(ctx: Context, args: Namespace) -> int:
    from ecoassess.scheme.loader import scheme_for_assessment
    from ecoassess.scoring import evaluate, what_if

    as_of = as_of_value(args)
    path = answer_file_or_id(args.target)
    if path is not None:
        from ecoassess import answerfile

        scheme = scheme_for_answer_file(ctx.data_dir, path)
        af = answerfile.load_answer_file(path, scheme)
        profile, audit, items = answerfile.to_items(af)
        inputs: tuple[Any, ...] = (profile, audit, items, None, af.settings)
        source: dict[str, Any] = {"kind": "file", "path": str(path),
                                  "factory": _factory(profile)}
        evidence: list[Any] = []
    else:
        store = ctx.store(read_only=True)
        assessment = store.get_assessment(store.resolve_id(args.target))
        scheme = scheme_for_assessment(assessment, ctx.data_dir)
        inputs = _assessment_inputs(assessment)
        evidence = assessment.evidence  # its expiry dates are warned about
        source = {"kind": "assessment", "id": assessment.id,
                  "factory": _factory(assessment.profile)}
    close = [c.strip().upper() for c in args.what_if.split(",") if c.strip()]
    profile, audit, items, counts, settings = inputs
    if close:
        result = what_if(scheme, profile, audit, items, close, counts, settings, as_of, evidence)
        source["what_if"] = close
    else:
        result = evaluate(scheme, profile, audit, items, counts, settings, as_of=as_of,
                          evidence=evidence)
    if args.json:
        ctx.print_json({"source": source, **result.to_dict()})
        return 0
    _print_result(ctx.lang, scheme, result, source)
    return 0


def _assessment_inputs(assessment: Assessment) -> tuple[Any, ...]:
    return (assessment.profile, assessment.planned_audit_date, assessment.answers,
            assessment.evidence_counts(),
            assessment.settings)


def _factory(profile: Any) -> dict[str, str] | None:
    if profile is None:
        return None
    return {"th": profile.name_th, "en": profile.name_en}


def _print_result(lang: str, scheme: Scheme, result: ReadinessResult, source: dict[str, Any]) -> None:
    prov: dict[str, str] = {k: label(v.label, lang) for k, v in scheme.provenance_labels.items()}
    factory = label(source["factory"], lang) if source.get("factory") else source.get("path", "")
    _out(f"{factory} — {label(scheme.title, lang)} {scheme.version}")
    if source.get("what_if"):
        _out("** " + _msg("cli.score.what_if", lang, items=", ".join(source["what_if"])) + " **")
    _out(_msg("cli.scheme.prerequisites", lang))
    width = max(len(label(p.status_label, lang)) for p in result.prerequisites)
    for p in result.prerequisites:
        status = label(p.status_label, lang)
        _out(f"  {p.id}  {status:<{width}} {label(p.title, lang)}  [{prov[p.provenance]}]")
        for reason in p.reasons:
            if label(reason, lang) != status:
                _out(f"        {label(reason, lang)}")
    _out(_msg("cli.score.criteria", lang))
    for c in result.criteria:
        points = "N/A" if c.points is None else f"{c.points}/{c.max_points}"
        flag = "" if c.provenance == "published-form" else f"  [{prov[c.provenance]}]"
        _out(f"  {c.id}  {points:<4} {label(c.name, lang)}{flag}")
        for reason in c.reasons:
            _out(f"        {label(reason, lang)}")
    _out(_msg("cli.score.total", lang, total=result.total, max=result.max,
              percent=f"{result.percent:.2f}"))
    v = result.verdict
    _out(_msg("cli.score.verdict", lang, verdict=label(v.label, lang),
              target=f"{v.target_percent:g}", provenance=prov[v.target_provenance]))
    for reason in v.reasons:
        _out(f"  - {label(reason, lang)}")
    _out(_msg("cli.score.settings", lang))
    for setting in result.settings.values():
        value = setting["value"]
        if isinstance(value, bool):
            shown = _msg("cli.scheme.yes" if value else "cli.scheme.no", lang)
        else:
            shown = (", ".join(value) or "—") if isinstance(value, list) else f"{value:g}"
        _out(f"  {label(setting['label'], lang)}: {shown}  [{prov[setting['provenance']]}]")
    _print_gaps(lang, result)


def _print_gaps(lang: str, result: ReadinessResult) -> None:
    if result.gaps:
        _out(_msg("cli.score.gaps", lang))
    for i, g in enumerate(result.gaps, 1):
        _out(f"  {i:>2}. {g.criterion_id} +{g.points_added}  {label(g.step_name, lang)}: "
             f"{label(g.title, lang)}")
        _out(f"        {_msg('cli.score.need', lang)}: {label(g.need, lang)}")
        _out(f"        {_msg('cli.score.evidence', lang)}: {label(g.evidence, lang)}")
    if result.warnings:
        _out(_msg("cli.score.warnings", lang))
    for w in result.warnings:
        _out(f"  - {label(w.text, lang)}")
    if result.suggestions:
        _out(_msg("cli.score.suggestions", lang))
    for s in result.suggestions:
        _out(f"  - {label(s.text, lang)}")



def cmd_compare(ctx: Context, args: Namespace) -> int:
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


def cmd_spreadsheet(ctx: Context, args: Namespace) -> int:
    from ecoassess.spreadsheet import check_sheet_output, export_assessments

    check_sheet_output(Path(args.output).expanduser(), data_root=ctx.data_dir, force=args.force)
    store = ctx.store(read_only=True)
    ids = list(args.ids)
    if args.all:
        ids += [s.id for s in reversed(store.list_assessments())]
    if not ids:
        raise ValidationError("cli.ids_needed")
    path = export_assessments(store, list(dict.fromkeys(ids)), Path(args.output).expanduser(),
                              ctx.lang, force=args.force)
    print(path)
    return EXIT_OK
