"""Estate report: the framework in use with the provenance of every item, each level's items with
the officer's statuses, levels reported by public sources, and the method and sources."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from ecoassess.dossier.blocks import cells, gap, grid, keep
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.estate.overview import Overview
from ecoassess.estate.report_blocks import ReportCtx, head, notice, pct
from ecoassess.estate.text import level_comparison


def _prov(ctx: ReportCtx, value: str) -> str:
    return ctx.e("prov." + value)


def _slot_name(ctx: ReportCtx, slot: Any) -> str:
    return ctx.pick(slot.name) if slot.name else ctx.e("not_known")


def framework_section(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    fw, st, w = ov.framework, ctx.st, ctx.width
    out = ctx.heading("sec.framework", new_page=True)
    out += [ThaiParagraph(f"{ctx.pick1(fw.title)} · {fw.version}", st.h3), *ctx.text_paras(fw.description)]
    out += ctx.label_paras("provenance_legend", st.small, st.small_en)
    if fw.dimensions:
        rows = [head(ctx, ["col.dimension", "col.provenance"])]
        rows += [cells(ctx, [ctx.pick(d.name), _prov(ctx, d.provenance)]) for d in fw.dimensions]
        out += [gap(2), grid(rows, [0.6 * w, 0.4 * w])]
    for key, slots in (("aspects", fw.aspects), ("goals", fw.goals)):
        if not slots:
            continue
        out += [gap(), *ctx.label_paras(key, st.h3, st.small, count=len(slots))]
        named = [s for s in slots if s.name]
        if named:
            rows = [head(ctx, ["col.slot", "col.name", "col.provenance", "col.support"])]
            rows += [cells(ctx, [s.id, _slot_name(ctx, s), _prov(ctx, s.provenance), pct(ctx, s.support)])
                     for s in named]
            out.append(grid(rows, [0.1 * w, 0.5 * w, 0.22 * w, 0.18 * w]))
        unknown = [s.id for s in slots if not s.name]
        if unknown:  # one line, not a row per empty slot
            out.append(ThaiParagraph(ctx.t("slots_unknown", slots=", ".join(unknown)), st.small))
    if not fw.levels:
        out += [gap(), *ctx.label_paras("no_levels")]
    for level in fw.levels:
        out += _level(ctx, level)
    return out


def _level(ctx: ReportCtx, level: Any) -> list[Flowable]:
    st, w = ctx.st, ctx.width
    out: list[Flowable] = [CondPageBreak(75 * mm)]  # a level's heading never ends a page alone
    out += ctx.heading(None, 1, text=level.name)
    block: list[Flowable] = [*ctx.text_paras(level.description, st.small, st.small_en),
                             notice(ctx, "level_notice"), gap(2)]
    threshold = "—" if level.threshold is None else f"{ctx.number(level.threshold, 1)} %"
    block.append(ThaiParagraph(ctx.t("threshold_line", threshold=threshold,
                                     provenance=ctx.e1("prov." + level.threshold_provenance))
                               + "\n" + level_comparison(level, ctx.primary), st.body))
    if level.prerequisites:
        block.append(ThaiParagraph(ctx.t("prereq_line", met=level.prerequisites_met,
                                         total=level.prerequisites), st.small))
    rows = [head(ctx, ["col.item", "col.type", "col.provenance", "col.status", "col.points", "col.officer"])]
    for item in level.items:
        points = "—" if item.points is None else ctx.number(item.points, 1)
        if item.points_max:
            points += f" / {ctx.number(item.points_max, 1)}"
        officer = "\n".join(v for v in (item.evidence, item.note) if v) or "—"
        if item.support is not None:
            officer += "\n" + ctx.t("support", criteria=", ".join(item.supported_by),
                                    percent=pct(ctx, item.support))
        type_text = ctx.e("type." + item.type) + ("" if item.type_provenance == "sourced"
                                                  else f" ({ctx.e1('prov_short.' + item.type_provenance)})")
        rows.append(cells(ctx, [ctx.pick(item.title), type_text, _prov(ctx, item.provenance),
                                ctx.e("status." + item.status), points, officer]))
    table = grid(rows, [0.27 * w, 0.15 * w, 0.14 * w, 0.12 * w, 0.1 * w, 0.22 * w])
    # A short level stays on one page with its heading; a long one flows on.
    return out + ([keep(*block, table)] if len(rows) <= 6 else [*block, table])


def history(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    if not ov.history:
        return []
    w = ctx.width
    out = ctx.heading("sec.history")
    out += ctx.label_paras("history_intro", ctx.st.small, ctx.st.small_en)
    rows = [head(ctx, ["col.year", "col.level", "col.provenance", "col.source"])]
    for h in ov.history:
        year = str(h["year"]) + (" " + ctx.t("fiscal") if h["fiscal"] else "") + \
            (" " + ctx.t("by_year") if h["by_year"] else "")
        level = ctx.pick(h["level_name"]) + (" " + ctx.t("surveillance") if h["surveillance"] else "")
        rows.append(cells(ctx, [year, level, _prov(ctx, h["provenance"]), "\n".join(h["source_titles"])]))
    out.append(grid(rows, [0.16 * w, 0.3 * w, 0.18 * w, 0.36 * w]))
    return out


def method(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    st, w = ctx.st, ctx.width
    out = ctx.heading("sec.method", new_page=True)
    for key in ("method_snapshots", "method_scores", "method_consent", "method_eco", "method_levels"):
        out += ctx.label_paras(key, st.body, st.body_en, scheme=ov.scheme_version)
    sources = {}
    for item in [*ov.framework.dimensions, *ov.framework.aspects, *ov.framework.goals]:
        sources.update({s.id: s for s in item.sources})
    for level in ov.framework.levels:
        sources.update({s.id: s for s in level.sources})
        for entry in level.items:
            sources.update({s.id: s for s in entry.sources})
    if sources:
        out += [gap(), *ctx.label_paras("sources", st.h3, st.small)]
        rows = [head(ctx, ["col.source", "col.strength"])]
        rows += [cells(ctx, [f"{s.title}\n{s.url}" if s.url else s.title, s.strength])
                 for s in sorted(sources.values(), key=lambda s: s.id)]
        out.append(grid(rows, [0.85 * w, 0.15 * w]))
    return out
