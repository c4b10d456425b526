"""Commands `scheme` (show, import, answer-schema) and `score` (an assessment id or an answer file)."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path
from typing import Any

from ecoassess.cli import answer_file_or_id, help_text
from ecoassess.i18n import label


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
    sch = actions.add_parser("answer-schema", parents=[common],
                             help=help_text("answer_schema"))
    sch.set_defaults(func=cmd_answer_schema)
    s = subparsers.add_parser("score", parents=[common],
                              help=help_text("score"))
    s.add_argument("target", metavar="ID|FILE", help=help_text("target"))
    s.add_argument("--json", action="store_true", help=help_text("json"))
    s.add_argument("--what-if", metavar="C01,C03", default="",
                   help=help_text("what_if"))
    s.set_defaults(func=cmd_score)


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


# -- scheme -------------------------------------------------------------------------------------

def cmd_scheme(ctx: Any, args: Namespace) -> int:
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


def cmd_scheme_import(ctx: Any, args: Namespace) -> int:
    from ecoassess.scheme.loader import import_scheme

    scheme, dest = import_scheme(Path(args.file), ctx.data_dir)
    dropped = _map_existing_answers(ctx, scheme)
    if args.json:
        ctx.print_json({"id": scheme.id, "version": scheme.version,
                        "fingerprint": scheme.fingerprint, "path": str(dest),
                        "unmapped": dropped})
        return 0
    _out(ctx.msg("scheme.imported", id=scheme.id, version=scheme.version, path=dest))
    if dropped:
        _out(ctx.msg("scheme.import_mapping", items=", ".join(dropped)))
    else:
        _out(ctx.msg("scheme.import_mapping_ok"))
    return 0


def _map_existing_answers(ctx: Any, scheme: Any) -> list[str]:
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


def cmd_answer_schema(ctx: Any, args: Namespace) -> int:
    from ecoassess.answerfile import json_schema
    from ecoassess.scheme.loader import latest_scheme

    ctx.print_json(json_schema(latest_scheme(ctx.data_dir)))
    return 0


# -- score --------------------------------------------------------------------------------------

def cmd_score(ctx: Any, args: Namespace) -> int:
    from ecoassess.scheme.loader import find_scheme, latest_scheme
    from ecoassess.scoring import evaluate, what_if

    path = answer_file_or_id(args.target)
    if path is not None:
        from ecoassess import answerfile

        scheme = latest_scheme(ctx.data_dir)
        af = answerfile.load_answer_file(path, scheme)
        named = af.scheme_version and find_scheme(ctx.data_dir, scheme.id, af.scheme_version)
        if named and named.version != scheme.version:  # the file names an older version
            scheme = named
            af = answerfile.load_answer_file(path, scheme)
        profile, audit, items = answerfile.to_items(af)
        inputs: tuple[Any, ...] = (profile, audit, items, None, af.settings)
        source: dict[str, Any] = {"kind": "file", "path": str(path),
                                  "factory": _factory(profile)}
    else:
        store = ctx.store(read_only=True)
        assessment = store.get_assessment(store.resolve_id(args.target))
        scheme = find_scheme(ctx.data_dir, assessment.scheme_id, assessment.scheme_version) \
            or latest_scheme(ctx.data_dir, assessment.scheme_id)
        inputs = _assessment_inputs(assessment)
        source = {"kind": "assessment", "id": assessment.id,
                  "factory": _factory(assessment.profile)}
    close = [c.strip().upper() for c in args.what_if.split(",") if c.strip()]
    if close:
        profile, audit, items, counts, settings = inputs
        result = what_if(scheme, profile, audit, items, close, counts, settings)
        source["what_if"] = close
    else:
        result = evaluate(scheme, *inputs)
    if args.json:
        ctx.print_json({"source": source, **result.to_dict()})
        return 0
    _print_result(ctx.lang, scheme, result, source)
    return 0


def _assessment_inputs(assessment: Any) -> tuple[Any, ...]:
    counts: dict[str, int] = {}
    for evidence in assessment.evidence:
        for item_id in evidence.items:
            counts[item_id] = counts.get(item_id, 0) + 1
    return (assessment.profile, assessment.planned_audit_date, assessment.answers, counts,
            assessment.settings)


def _factory(profile: Any) -> dict[str, str] | None:
    if profile is None:
        return None
    return {"th": profile.name_th, "en": profile.name_en}


def _print_result(lang: str, scheme: Any, result: Any, source: dict[str, Any]) -> None:
    prov = {k: label(v.label, lang) for k, v in scheme.provenance_labels.items()}
    factory = label(source["factory"], lang) if source.get("factory") else source.get("path", "")
    _out(f"{factory} — {label(scheme.title, lang)} {scheme.version}")
    if source.get("what_if"):
        _out("** " + _msg("cli.score.what_if", lang, items=", ".join(source["what_if"])) + " **")
    _out(_msg("cli.scheme.prerequisites", lang))
    for p in result.prerequisites:
        status = _msg(f"prereq.{p.status}", lang)
        _out(f"  {p.id}  {status:<10} {label(p.title, lang)}  [{prov[p.provenance]}]")
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


def _print_gaps(lang: str, result: Any) -> None:
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
