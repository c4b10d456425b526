"""Dossier section 6: one part per criterion, every level with its requirement and evidence."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from ecoassess.dossier.blocks import Ctx, cells, gap, grid, header_row
from ecoassess.dossier.layout import Later
from ecoassess.dossier.sections_results import reasons_text, status_cell
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import evidence_refs, format_input

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Criterion, InputDef, Level

# The points a level needs to count, per ladder shape (cumulative ladders).
_TARGET_LEVEL_POINTS = {"S1": 1, "S2": 2, "S3": 5}
_BAND_LEVEL_POINTS = {"S1": 1, "S2": 2}


def _level_met(criterion: Criterion, level_index: int, points: int | None) -> bool:
    if points is None:
        return False
    level = criterion.levels[level_index]
    if criterion.ladder == "target":
        return points >= _TARGET_LEVEL_POINTS.get(level.id, 99)
    if criterion.ladder == "band":
        return points >= _BAND_LEVEL_POINTS.get(level.id, 99)
    return points >= level_index + 1


def criteria_sections(ctx: Ctx) -> list[Flowable]:
    """Each criterion's heading now (the contents lists it), its body when the layout gets there."""
    out = ctx.heading("sec.criteria", new_page=True)
    for cr in ctx.result.criteria:
        criterion = ctx.criterion(cr.id)
        out += _heading(ctx, criterion)
        out.append(Later(partial(criterion_body, ctx, criterion, cr)))
    return out


def _heading(ctx: Ctx, criterion: Criterion) -> list[Flowable]:
    name = {lang: ctx.t("criterion_heading", lang, number=criterion.number,
                        name=criterion.name.get(lang))
            + (f" {ctx.t('draft_tag', lang)}" if criterion.draft else "")
            for lang in ("th", "en")}
    return ctx.heading(level=1, text=name)


def criterion_body(ctx: Ctx, criterion: Criterion, cr: Any) -> list[Flowable]:
    """What follows a criterion's heading: points, provenance, the ladder, the answers, evidence."""
    st, w = ctx.st, ctx.width
    out: list[Flowable] = []
    for i, lang in enumerate(ctx.langs):
        points = ctx.t("not_applicable", lang) if cr.not_applicable else \
            ctx.t("points_line", lang, points=cr.points, max=cr.max_points)
        line = f"{points} · {ctx.scheme.ladder_names[criterion.ladder].get(lang)}"
        out.append(ThaiParagraph(line, st.body if i == 0 else st.body_en))
    provenance = [(f"{ctx.t('wording_provenance')}: ", criterion.provenance)]
    if criterion.points_provenance != criterion.provenance:
        provenance.append((f"{ctx.t('points_provenance')}: ", criterion.points_provenance))
    for label, value in provenance:
        style = st.draft if value == "draft" else st.small
        out.append(ThaiParagraph(label + ctx.provenance_words(value), style))
    if cr.reasons:
        out.append(ThaiParagraph(reasons_text(ctx, cr.reasons), st.small))
    if criterion.notes:
        text = "\n".join(f"• {ctx.each(note, ' / ')}" for note in criterion.notes)
        out.append(ThaiParagraph(f"{ctx.t('scheme_notes')}:\n{text}", st.small))
    out += [gap(1), grid(_level_rows(ctx, criterion, cr), [0.15 * w, 0.67 * w, 0.18 * w],
                         carried={0, 2}, mark=ctx.t("continued"))]
    out += _answer_blocks(ctx, criterion)
    return out


def _level_rows(ctx: Ctx, criterion: Criterion, cr: Any) -> list[list[Any]]:
    st = ctx.st
    answer = ctx.assessment.answers.get(criterion.id)
    value = answer.value if answer else {}
    rows: list[list[Any]] = [header_row(ctx, ["col.level", "col.requirement_evidence", "result"])]
    for i, level in enumerate(criterion.levels):
        label = f"{ctx.each(level.name)}\n({level.id})"
        if level.provenance == "draft":
            label += " *"
        body: list[Flowable] = [ThaiParagraph(ctx.each(level.title, " / "), st.cell_bold),
                                ThaiParagraph(ctx.each(level.requirement), st.cell),
                                ThaiParagraph(ctx.labelled("evidence_asked", level.evidence),
                                              st.cell_small)]
        met = _level_met(criterion, i, cr.points)
        rows.append([ThaiParagraph(label, st.cell_bold), body, status_cell(ctx, "met" if met else "not_met")])
        if level.options_input:
            options = criterion.input(level.options_input)
            assert options is not None  # the scheme's validation ties options_input to an input
            rows += _option_rows(ctx, options, level, value)
    return rows


def _option_rows(ctx: Ctx, input_def: InputDef, level: Level,
                 value: dict[str, Any]) -> list[list[Any]]:
    """The options of a level (S3 a–e, L5 …), each with the evidence it asks for."""
    st = ctx.st
    chosen = value.get(input_def.id) or []
    chosen = chosen if isinstance(chosen, list) else [chosen]
    rows = []
    for option in input_def.options:
        body: list[Flowable] = [ThaiParagraph(ctx.each(option.label), st.cell)]
        if option.evidence is not None:
            body.append(ThaiParagraph(ctx.labelled("evidence_asked", option.evidence), st.cell_small))
        selected = option.id in chosen
        mark = ThaiParagraph(ctx.tt("option_selected" if selected else "option_not_selected"),
                             st.met if selected else st.cell_small)
        draft = " *" if option.provenance == "draft" else ""
        rows.append([ThaiParagraph(f"{level.id} ({option.id}){draft}", st.cell), body, mark])
    return rows


def _answer_blocks(ctx: Ctx, criterion: Criterion) -> list[Flowable]:
    st, w = ctx.st, ctx.width
    answer = ctx.assessment.answers.get(criterion.id)
    value = answer.value if answer else {}
    out: list[Flowable] = [gap(2), *ctx.label_paras("inputs", st.h3, st.small)]
    rows = [header_row(ctx, ["col.input", "col.value"])]
    for inp in criterion.inputs:
        rows.append([ThaiParagraph(ctx.pick(inp.label), st.cell_small),
                     ThaiParagraph(format_input(ctx, inp, value.get(inp.id)), st.cell_small)])
    out.append(grid(rows, [0.5 * w, 0.5 * w], carried={0}, mark=ctx.t("continued")))
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
        out.append(grid(rows, [0.1 * w, 0.35 * w, 0.55 * w], header=False, zebra=False,
                        carried={0, 1}, mark=ctx.t("continued")))
    else:
        out.append(ThaiParagraph(ctx.tt("no_evidence"), st.small))
    out.append(gap(4))
    return out
