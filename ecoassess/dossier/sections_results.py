"""Dossier sections 4, 5 and 8: general requirements in full, results with radar chart, gaps."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from ecoassess.asof import as_of_date
from ecoassess.dossier.blocks import Ctx, cells, gap, grid, header_row, key_values
from ecoassess.dossier.charts import RadarChart
from ecoassess.dossier.sections_back import actions_table
from ecoassess.dossier.styles import MET, NOT_MET
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import evidence_refs, format_input, items_without_evidence
from ecoassess.scoring.certificates import g2_source


def status_cell(ctx: Ctx, status: str, extra: str = "",
                label: dict[str, str] | None = None) -> list[Flowable] | ThaiParagraph:
    """met / not met / not answered; any other status (G2 "unknown": the size is missing) in
    the core's own words (`label`)."""
    key = {"met": "met", "not_met": "not_met", "unanswered": "not_answered"}.get(status)
    style = ctx.st.met if status == "met" else ctx.st.not_met
    head = ThaiParagraph(ctx.tt(key) if key else (ctx.pick(label) if label else status), style)
    return [head, ThaiParagraph(extra, ctx.st.cell_small)] if extra else head


def reasons_text(ctx: Ctx, reasons: list[dict[str, str]]) -> str:
    return "\n".join(ctx.pick(r) for r in reasons)


def _g2_route(ctx: Ctx, prereq: Any) -> list[Flowable]:
    """G2: the route for this factory's size in full, and the route and certificate entered."""
    st, size = ctx.st, ctx.result.size
    variant = prereq.variant_for(size)
    out: list[Flowable] = []
    for lang in ctx.langs:
        if variant is None:
            out.append(ThaiParagraph(ctx.t("size_unknown", lang), st.cell_small))
            continue
        size_name = ctx.scheme.size_names[size].get(lang)  # type: ignore[index]  # a size the scheme names
        out.append(ThaiParagraph(f"{ctx.t('route_for_size', lang, size=size_name)}: "
                                 f"{variant.requirement.get(lang)}", st.cell))
    a = ctx.assessment
    # the route and expiry G2 was scored on: the profile's certificate when it lists one
    as_of = ctx.as_of.date() if ctx.as_of is not None else as_of_date()
    value = g2_source(prereq, a.profile, a.answers.get(prereq.id), size, a.planned_audit_date,
                      as_of).values
    route = format_input(ctx, prereq.input("ems_route"), value.get("ems_route"))
    valid = format_input(ctx, prereq.input("certificate_valid_until"),
                         value.get("certificate_valid_until"))
    label = ctx.pick1(prereq.input("certificate_valid_until").label)
    out.append(ThaiParagraph(f"{ctx.t('route')}: {route}\n{label}: {valid}", st.cell_small))
    return out


def _requirement_cell(ctx: Ctx, prereq: Any, pr: Any) -> list[Flowable]:
    st = ctx.st
    out: list[Flowable] = [ThaiParagraph(ctx.each(prereq.title, " / "), st.cell_bold)]
    out.append(ThaiParagraph(ctx.each(prereq.requirement), st.cell))
    evidence = prereq.evidence
    if prereq.kind == "route":
        out += _g2_route(ctx, prereq)
        variant = prereq.variant_for(ctx.result.size)
        evidence = variant.evidence if variant is not None else evidence
    out.append(ThaiParagraph(ctx.labelled("evidence_asked", evidence), st.cell_small))
    if pr.provenance == "draft":
        out.append(ThaiParagraph(ctx.provenance_words("draft"), st.draft))
    return out


def general_requirements(ctx: Ctx) -> list[Flowable]:
    st, result = ctx.st, ctx.result
    out = ctx.heading("sec.general", new_page=True)
    rows: list[list[Any]] = [header_row(ctx, ["col.no", "requirement", "result"])]  # cells: flowables or lists
    refs = evidence_refs(ctx.assessment.evidence)
    notes: list[Flowable] = []
    for pr in result.prerequisites:
        prereq = ctx.scheme.prerequisite(pr.id)
        status_words = {ctx.t(k, lang) for k in ("met", "not_met", "not_answered") for lang in ctx.langs}
        status_words |= {ctx.pick(pr.status_label)} if getattr(pr, "status_label", None) else set()
        details = "\n".join(ctx.pick(r) for r in pr.reasons if ctx.pick(r) not in status_words)
        answer = ctx.assessment.answers.get(pr.id)
        if answer and answer.note:  # below the table: a note may run over pages
            notes += [ThaiParagraph(f"{ctx.t('note')} {pr.id}", st.h3),
                      ThaiParagraph(answer.note, st.body)]
        cited = sorted(refs[ev.id] for ev in ctx.assessment.evidence if pr.id in ev.items)
        details += f"\n{ctx.t('evidence_cited')}: {', '.join(cited) or '—'}"
        rows.append([ThaiParagraph(pr.id + (" *" if pr.provenance == "draft" else ""), st.cell_bold),
                     _requirement_cell(ctx, prereq, pr), status_cell(ctx, pr.status, details.strip(), pr.status_label)])
    w = ctx.width
    out.append(grid(rows, [0.08 * w, 0.64 * w, 0.28 * w]))
    out += [gap(1), ThaiParagraph(ctx.t("draft_legend"), st.small), *notes]
    return out


def results(ctx: Ctx) -> list[Flowable]:
    st, result = ctx.st, ctx.result
    out = ctx.heading("sec.results", new_page=True)
    rows = [header_row(ctx, ["col.no", "col.criterion", "col.points", "col.max", "col.level"])]
    spokes: list[tuple[str, float | None, float]] = []
    for cr in result.criteria:
        criterion = ctx.criterion(cr.id)
        name = ctx.pick(cr.name) + (" *" if cr.draft else "")
        points = ctx.tt("not_applicable") if cr.not_applicable else str(cr.points)
        rows.append([ThaiParagraph(str(criterion.number), st.cell_center), ThaiParagraph(name, st.cell),
                     ThaiParagraph(points, st.cell_center), ThaiParagraph(str(cr.max_points), st.cell_center),
                     ThaiParagraph(cr.level_id or "—", st.cell_center)])
        spokes.append((f"{criterion.number}{' *' if cr.draft else ''}",
                       None if cr.not_applicable else cr.points, cr.max_points))
    rows.append([ThaiParagraph("", st.cell), ThaiParagraph(ctx.tt("total"), st.cell_bold),
                 ThaiParagraph(str(result.total), st.cell_bold_center),
                 ThaiParagraph(str(result.max), st.cell_bold_center), ThaiParagraph("", st.cell)])
    w = ctx.width
    out.append(grid(rows, [0.08 * w, 0.58 * w, 0.12 * w, 0.1 * w, 0.12 * w]))
    out += [gap(1), ThaiParagraph(ctx.t("draft_legend"), st.small)]
    # the draft legend above serves the chart too: the chart fits under the table on its page
    out.append(KeepTogether([*ctx.label_paras("radar", st.h3, st.small), RadarChart(spokes)]))
    out.append(gap(2))
    out.append(KeepTogether([_summary(ctx)]))
    if result.warnings:
        out.append(gap())
        out += ctx.label_paras("warnings", st.h3, st.small)
        out.append(grid([cells(ctx, [wn.item_id, ctx.pick(wn.text)], st.cell_small)
                         for wn in result.warnings], [0.1 * w, 0.9 * w], header=False,
                        carried={0}))
    out.append(gap())
    out += checklist(ctx)
    return out


def _summary(ctx: Ctx) -> Flowable:
    result, verdict = ctx.result, ctx.result.verdict
    percent = ctx.number(result.percent, 2) + " %"
    verdict_text = ctx.pick(verdict.label) + "\n" + reasons_text(ctx, verdict.reasons)
    target = ctx.tt("target_value", value=ctx.number(verdict.target_percent, 0))
    target += "\n" + ctx.provenance_words(verdict.target_provenance)
    setting = ctx.scheme.settings.target_percent
    if setting.note:
        target += "\n" + ctx.pick(setting.note)
    pairs = [("total", ctx.tt("total_value", total=result.total, max=result.max)),
             ("percent", percent), ("verdict", verdict_text.strip()), ("target_used", target)]
    # Qualifiers of the verdict, as the scoring engine words them (never recomputed here).
    qualifiers = getattr(verdict, "qualifiers", None) or []
    if qualifiers:
        pairs.append(("qualifiers", "\n".join(_qualifier_text(ctx, q) for q in qualifiers)))
    table = key_values(ctx, pairs)
    colour = MET if verdict.status == "ready" else NOT_MET
    table.setStyle([("TEXTCOLOR", (1, 2), (1, 2), colour), ("LINEBEFORE", (0, 2), (0, 2), 3, colour)])
    return table


def _qualifier_text(ctx: Ctx, qualifier: Any) -> str:
    if isinstance(qualifier, dict) and ("th" in qualifier or "en" in qualifier):
        return ctx.pick(qualifier)
    text = getattr(qualifier, "text", None) or getattr(qualifier, "label", None)
    return ctx.pick(text) if text is not None else str(qualifier)


def checklist(ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    out = ctx.label_paras("checklist", st.h3, st.small)
    missing_criteria = [n for n in items_without_evidence(ctx) if not n.startswith("G")]
    known = {
        "self_assessment_report": True,
        "company_profile": bool(ctx.assessment.profile.name_th or ctx.assessment.profile.name_en),
        "evidence_per_criterion": not missing_criteria,
    }
    rows = [header_row(ctx, ["col.no", "col.document", "col.ready"])]
    for n, doc in enumerate(ctx.scheme.documents, 1):
        state = known.get(doc.id)
        mark = ctx.tt("to_check") if state is None else ctx.tt("ready" if state else "missing")
        name = ctx.pick(doc.name)
        if doc.id == "evidence_per_criterion" and missing_criteria:
            name += "\n" + ctx.t("missing_for", items="; ".join(missing_criteria))
        rows.append([ThaiParagraph(str(n), st.cell_center), ThaiParagraph(name, st.cell),
                     ThaiParagraph(mark, st.met if state else (st.not_met if state is False else st.cell))])
    w = ctx.width
    out.append(grid(rows, [0.08 * w, 0.72 * w, 0.2 * w], carried={0, 2}, mark=ctx.t("continued")))
    return out


def gaps(ctx: Ctx) -> list[Flowable]:
    st, w = ctx.st, ctx.width
    out = ctx.heading("sec.gaps", new_page=True)
    out += ctx.label_paras("gaps", st.h2, st.small)
    if ctx.result.gaps:
        rows = [header_row(ctx, ["col.criterion", "col.level", "col.gain", "col.next_step"])]
        for g in ctx.result.gaps:
            criterion = ctx.criterion(g.criterion_id)
            draft = criterion.draft or g.provenance == "draft"
            rows.append([ThaiParagraph(f"{criterion.number}. {ctx.pick(g.name)}{' *' if draft else ''}",
                                       st.cell_small),
                         ThaiParagraph(f"{g.step}\n{g.current_points} → {g.current_points + g.points_added}",
                                       st.cell_center),
                         ThaiParagraph(f"+{g.points_added}", st.cell_center),
                         ThaiParagraph(ctx.pick(g.need), st.cell_small)])
        out.append(grid(rows, [0.3 * w, 0.12 * w, 0.1 * w, 0.48 * w], carried={0, 1, 2},
                        mark=ctx.t("continued")))
        out += [gap(1), ThaiParagraph(ctx.t("draft_legend"), st.small)]
    else:
        out += ctx.label_paras("no_gaps")
    out.append(gap(4))
    out += actions_table(ctx)
    return out


__all__ = ["gaps", "general_requirements", "results"]
