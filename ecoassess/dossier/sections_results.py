"""Dossier sections 4–6: general requirements, results with radar chart, one section per criterion."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from ecoassess.dossier.blocks import Ctx, cells, gap, grid, header_row, key_values
from ecoassess.dossier.charts import RadarChart
from ecoassess.dossier.styles import MET, NOT_MET
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import evidence_refs, format_input

# The points a level needs to count, per ladder shape (cumulative ladders).
_TARGET_LEVEL_POINTS = {"S1": 1, "S2": 2, "S3": 5}
_BAND_LEVEL_POINTS = {"S1": 1, "S2": 2}


def _status_cell(ctx: Ctx, status: str, label: dict[str, str] | None = None) -> ThaiParagraph:
    """met / not met / not answered; any other status (G2 "unknown": the size is missing) in
    the core's own words."""
    key = {"met": "met", "not_met": "not_met", "unanswered": "not_answered"}.get(status)
    style = ctx.st.met if status == "met" else ctx.st.not_met
    text = ctx.tt(key) if key else (ctx.pick(label) if label else status)
    return ThaiParagraph(text, style)


def _reasons(ctx: Ctx, reasons: list[dict[str, str]]) -> str:
    return "\n".join(ctx.pick(r) for r in reasons)


def general_requirements(ctx: Ctx) -> list[Flowable]:
    st, result = ctx.st, ctx.result
    out = ctx.heading("sec.general")
    rows = [header_row(ctx, ["col.no", "requirement", "result", "reasons"])]
    refs = evidence_refs(ctx.assessment.evidence)
    for pr in result.prerequisites:
        prereq = ctx.scheme.prerequisite(pr.id)
        requirement = ctx.pick(pr.title)
        if prereq is not None and prereq.kind == "route":
            requirement += "\n" + _route_text(ctx, prereq)
        if pr.provenance == "draft":
            requirement += "\n" + ctx.tt("draft_mark")
        details = _reasons(ctx, pr.reasons)
        answer = ctx.assessment.answers.get(pr.id)
        if answer and answer.note:
            details += f"\n{ctx.t('note')}: {answer.note}"
        cited = [refs[ev.id] for ev in ctx.assessment.evidence if pr.id in ev.items]
        details += f"\n{ctx.t('evidence_cited')}: {', '.join(sorted(cited)) or '—'}"
        rows.append([ThaiParagraph(pr.id, st.cell_bold), ThaiParagraph(requirement, st.cell),
                     _status_cell(ctx, pr.status, pr.status_label), ThaiParagraph(details, st.cell_small)])
    w = ctx.width
    out.append(grid(rows, [0.07 * w, 0.43 * w, 0.14 * w, 0.36 * w]))
    return out


def _route_text(ctx: Ctx, prereq: Any) -> str:
    answer = ctx.assessment.answers.get(prereq.id)
    value = answer.value if answer else {}
    route = format_input(ctx, prereq.input("ems_route"), value.get("ems_route"))
    valid = format_input(ctx, prereq.input("certificate_valid_until"), value.get("certificate_valid_until"))
    return f"{ctx.t('route')}: {route}\n{ctx.pick1(prereq.input('certificate_valid_until').label)}: {valid}"


def results(ctx: Ctx) -> list[Flowable]:
    st, result, scheme = ctx.st, ctx.result, ctx.scheme
    out = ctx.heading("sec.results", new_page=True)
    rows = [header_row(ctx, ["col.no", "col.criterion", "col.points", "col.max", "col.level"])]
    spokes = []
    for cr in result.criteria:
        criterion = scheme.criterion(cr.id)
        name = ctx.pick(cr.name) + (" *" if cr.draft else "")
        points = ctx.tt("not_applicable") if cr.not_applicable else str(cr.points)
        rows.append([ThaiParagraph(str(criterion.number), st.cell_center), ThaiParagraph(name, st.cell),
                     ThaiParagraph(points, st.cell_center), ThaiParagraph(str(cr.max_points), st.cell_center),
                     ThaiParagraph(cr.level_id or "—", st.cell_center)])
        spokes.append((str(criterion.number), None if cr.not_applicable else cr.points, cr.max_points))
    rows.append([ThaiParagraph("", st.cell), ThaiParagraph(ctx.tt("total"), st.cell_bold),
                 ThaiParagraph(str(result.total), st.cell_bold), ThaiParagraph(str(result.max), st.cell_bold),
                 ThaiParagraph("", st.cell)])
    w = ctx.width
    out.append(grid(rows, [0.08 * w, 0.58 * w, 0.12 * w, 0.1 * w, 0.12 * w]))
    out += [gap(1), ThaiParagraph("* " + ctx.t("draft_mark"), st.small)]
    out.append(KeepTogether([*ctx.label_paras("radar", st.h3, st.small), RadarChart(spokes)]))
    out.append(gap(2))
    out.append(KeepTogether([_summary(ctx)]))
    if result.warnings:
        out.append(gap())
        out += ctx.label_paras("warnings", st.h3, st.small)
        out.append(grid([cells(ctx, [wn.item_id, ctx.pick(wn.text)], st.cell_small)
                         for wn in result.warnings], [0.1 * w, 0.9 * w], header=False))
    out.append(gap())
    out += checklist(ctx)
    return out


def _provenance(ctx: Ctx, provenance: str) -> str:
    info = ctx.scheme.provenance_labels.get(provenance)
    return ctx.pick(info.label) if info else provenance


def _summary(ctx: Ctx) -> Flowable:
    result, verdict = ctx.result, ctx.result.verdict
    percent = ctx.number(result.percent, 2) + " %"
    verdict_text = ctx.pick(verdict.label) + "\n" + _reasons(ctx, verdict.reasons)
    target = ctx.tt("target_value", value=ctx.number(verdict.target_percent, 0))
    target += f"\n{ctx.t('provenance')}: {_provenance(ctx, verdict.target_provenance)}"
    setting = ctx.scheme.settings.target_percent
    if setting.note:
        target += "\n" + ctx.pick(setting.note)
    pairs = [("total", ctx.tt("total_value", total=result.total, max=result.max)),
             ("percent", percent), ("verdict", verdict_text), ("target_used", target)]
    table = key_values(ctx, pairs)
    colour = MET if verdict.status == "ready" else NOT_MET
    table.setStyle([("TEXTCOLOR", (1, 2), (1, 2), colour), ("LINEBEFORE", (0, 2), (0, 2), 3, colour)])
    return table


def checklist(ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    out = ctx.label_paras("checklist", st.h3, st.small)
    cited = {item for ev in ctx.assessment.evidence for item in ev.items}
    applicable = [c.id for c in ctx.result.criteria if not c.not_applicable]
    known = {
        "self_assessment_report": True,
        "company_profile": bool(ctx.assessment.profile.name_th or ctx.assessment.profile.name_en),
        "evidence_per_criterion": all(c in cited for c in applicable),
    }
    rows = [header_row(ctx, ["col.no", "col.document", "col.ready"])]
    for n, doc in enumerate(ctx.scheme.documents, 1):
        state = known.get(doc.id)
        mark = ctx.tt("to_check") if state is None else ctx.tt("ready" if state else "missing")
        rows.append([ThaiParagraph(str(n), st.cell_center), ThaiParagraph(ctx.pick(doc.name), st.cell),
                     ThaiParagraph(mark, st.met if state else (st.not_met if state is False else st.cell))])
    w = ctx.width
    out.append(grid(rows, [0.08 * w, 0.72 * w, 0.2 * w]))
    return out


def _level_met(criterion: Any, level_index: int, points: int | None) -> bool:
    if points is None:
        return False
    level = criterion.levels[level_index]
    if criterion.ladder == "target":
        return points >= _TARGET_LEVEL_POINTS.get(level.id, 99)
    if criterion.ladder == "band":
        return points >= _BAND_LEVEL_POINTS.get(level.id, 99)
    return points >= level_index + 1


def criteria_sections(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading("sec.criteria", new_page=True)
    for cr in ctx.result.criteria:
        out += criterion_section(ctx, ctx.scheme.criterion(cr.id), cr)
    return out


def criterion_section(ctx: Ctx, criterion: Any, cr: Any) -> list[Flowable]:
    st, w = ctx.st, ctx.width
    name = {"th": ctx.t("criterion_heading", "th", number=criterion.number, name=criterion.name.th),
            "en": ctx.t("criterion_heading", "en", number=criterion.number, name=criterion.name.en)}
    out = ctx.heading(level=1, text=name)
    if criterion.draft:
        out += ctx.label_paras("draft_mark", st.draft, st.small)
    for i, lang in enumerate(("th", "en") if ctx.lang == "both" else (ctx.primary,)):
        points = ctx.t("not_applicable", lang) if cr.not_applicable else \
            ctx.t("points_line", lang, points=cr.points, max=cr.max_points)
        info = ctx.scheme.provenance_labels.get(criterion.points_provenance)
        provenance = info.label.get(lang) if info else criterion.points_provenance
        line = f"{points} · {ctx.scheme.ladder_names[criterion.ladder].get(lang)} · " \
               f"{ctx.t('provenance', lang)}: {provenance}"
        out.append(ThaiParagraph(line, st.body if i == 0 else st.body_en))
    if cr.reasons:
        out.append(ThaiParagraph(_reasons(ctx, cr.reasons), st.small))
    rows = [header_row(ctx, ["col.level", "requirement", "result"])]
    for i, level in enumerate(criterion.levels):
        met = _level_met(criterion, i, cr.points)
        text = "\n".join(f"{level.title.get(lang)}\n{level.requirement.get(lang)}"
                         for lang in (("th", "en") if ctx.lang == "both" else (ctx.primary,)))
        rows.append([ThaiParagraph(level.id, st.cell_bold), ThaiParagraph(text, st.cell_small),
                     _status_cell(ctx, "met" if met else "not_met")])
    out += [gap(1), grid(rows, [0.1 * w, 0.72 * w, 0.18 * w])]
    out += _answer_blocks(ctx, criterion)
    return out


def _answer_blocks(ctx: Ctx, criterion: Any) -> list[Flowable]:
    st, w = ctx.st, ctx.width
    answer = ctx.assessment.answers.get(criterion.id)
    value = answer.value if answer else {}
    out: list[Flowable] = [gap(2), *ctx.label_paras("inputs", st.h3, st.small)]
    rows = [header_row(ctx, ["col.input", "col.value"])]
    for inp in criterion.inputs:
        rows.append([ThaiParagraph(ctx.pick(inp.label), st.cell_small),
                     ThaiParagraph(format_input(ctx, inp, value.get(inp.id)), st.cell_small)])
    out.append(grid(rows, [0.5 * w, 0.5 * w]))
    if answer and answer.not_applicable:
        out += [gap(2), *ctx.label_paras("na_justification", st.h3, st.small),
                ThaiParagraph(answer.justification or "—", st.body)]
    if answer and answer.note:
        out += [gap(2), *ctx.label_paras("note", st.h3, st.small), ThaiParagraph(answer.note, st.body)]
    out += [gap(2), *ctx.label_paras("evidence_cited", st.h3, st.small)]
    refs = evidence_refs(ctx.assessment.evidence)
    cited = [ev for ev in sorted(ctx.assessment.evidence, key=lambda e: e.id) if criterion.id in ev.items]
    if cited:
        rows = [cells(ctx, [refs[ev.id], ev.original_name, ev.description or "—"], st.cell_small)
                for ev in cited]
        out.append(grid(rows, [0.1 * w, 0.35 * w, 0.55 * w], header=False, zebra=False))
    else:
        out.append(ThaiParagraph(ctx.tt("no_evidence"), st.small))
    out.append(gap(4))
    return out


def gaps(ctx: Ctx) -> list[Flowable]:
    from ecoassess.dossier.sections_back import actions_table

    st, w = ctx.st, ctx.width
    out = ctx.heading("sec.gaps", new_page=True)
    out += ctx.label_paras("gaps", st.h2, st.small)
    if ctx.result.gaps:
        rows = [header_row(ctx, ["col.criterion", "col.level", "col.gain", "col.next_step"])]
        for g in ctx.result.gaps:
            number = ctx.scheme.criterion(g.criterion_id).number
            rows.append([ThaiParagraph(f"{number}. {ctx.pick(g.name)}", st.cell_small),
                         ThaiParagraph(f"{g.step}\n{g.current_points} → {g.current_points + g.points_added}",
                                       st.cell_center),
                         ThaiParagraph(f"+{g.points_added}", st.cell_center),
                         ThaiParagraph(ctx.pick(g.need), st.cell_small)])
        out.append(grid(rows, [0.3 * w, 0.12 * w, 0.1 * w, 0.48 * w]))
    else:
        out += ctx.label_paras("no_gaps")
    out.append(gap(4))
    out += actions_table(ctx)
    return out


__all__ = ["criteria_sections", "gaps", "general_requirements", "results"]
