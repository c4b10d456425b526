"""Sections of the estate report: cover, coverage, readiness, heat map, dimensions,
eco-efficiency, signals, framework and levels, public level history, method and sources."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ecoassess.dossier.blocks import cells, gap, grid, keep, key_values
from ecoassess.dossier.document import Contents
from ecoassess.dossier.styles import ACCENT, FONT_CMD, RULE
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.estate import report_levels
from ecoassess.estate.overview import Overview
from ecoassess.estate.report_blocks import ReportCtx, head, notice, pct

HEAT_LOW, HEAT_MID, HEAT_HIGH = (0.96, 0.73, 0.73), (1.0, 0.93, 0.70), (0.74, 0.90, 0.75)


def shade(points: int | None, maximum: int) -> Any:
    """Red (no points) through amber to green (full points); None for not applicable."""
    if points is None or maximum <= 0:
        return None
    share = max(0.0, min(1.0, points / maximum))
    a, b, t = (HEAT_LOW, HEAT_MID, share * 2) if share < 0.5 else (HEAT_MID, HEAT_HIGH, (share - 0.5) * 2)
    return colors.Color(*(x + (y - x) * t for x, y in zip(a, b, strict=True)))


class Bar(Flowable):
    """A horizontal bar of `share` (0–1) of the cell width: drawing only, no text."""

    def __init__(self, share: float, height: float = 3.2 * mm) -> None:
        super().__init__()
        self.share, self.bar_height = max(0.0, min(1.0, share)), height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.bar_height

    def draw(self) -> None:
        self.canv.setFillColor(ACCENT)
        self.canv.setStrokeColor(ACCENT)
        if self.share:
            self.canv.rect(0, 0, self.width * self.share, self.bar_height, stroke=0, fill=1)


def cover(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    st, estate = ctx.st, ov.estate
    out: list[Flowable] = [Spacer(1, 28 * mm), *ctx.label_paras("title", st.title, st.subtitle), gap(10)]
    names = [n for n in (estate.name_th, estate.name_en) if n] if ctx.lang != "en" else [estate.name(ctx.primary)]
    out += [ThaiParagraph(n, st.h1 if i == 0 else st.subtitle) for i, n in enumerate(names)]
    out.append(gap(8))
    fw = ov.framework
    province = estate.province_th if ctx.primary == "th" else (estate.province_en or estate.province_th)
    pairs = [("province", province or "—"),
             ("ieat_list", ctx.tt("yes" if estate.ieat else "no")),
             ("framework", f"{ctx.pick(fw.title)} ({fw.version})"),
             ("counts", ctx.tt("counts_value", factories=ov.coverage.factories,
                               snapshots=ov.coverage.snapshots)),
             ("as_of", ctx.day(ov.as_of)), ("names", ctx.tt("codes" if ov.anonymised else "named")),
             ("report_id", ctx.doc_id)]
    out += [key_values(ctx, pairs), gap(8), notice(ctx, "notice")]
    if estate.is_demo:
        out += [gap(4), *ctx.label_paras("demo", st.draft, st.small)]
    out += ctx.heading("sec.contents", new_page=True)
    out.append(Contents())
    return out


def coverage(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    cov = ov.coverage
    out = ctx.heading("sec.coverage", new_page=True)
    out += [notice(ctx, "notice"), gap(3)]
    ages = " · ".join(f"{ctx.e1('age.' + k)} {v}" for k, v in cov.age.items())
    pairs = [("factories", str(cov.factories)), ("snapshots", str(cov.snapshots)),
             ("consent", str(cov.consent)), ("age", ages),
             ("newest", ctx.day(cov.newest)), ("oldest", ctx.day(cov.oldest))]
    out.append(key_values(ctx, pairs))
    out += [gap(), *ctx.label_paras("certifications", ctx.st.h3, ctx.st.small)]
    rows = [head(ctx, ["col.certificate", "col.count", "col.share"])]
    total = max(cov.factories, 1)
    rows += [cells(ctx, [ctx.e("cert." + c.kind), str(c.count), pct(ctx, c.percent)]) for c in cov.certifications]
    rows += [cells(ctx, [ctx.e(key), str(n), pct(ctx, 100 * n / total)]) for key, n in
             (("eco_valid", cov.eco_factory_valid), ("eco_expired", cov.eco_factory_expired),
              *((f"gi.{k}", v) for k, v in cov.green_industry.items()))]
    w = ctx.width
    out.append(grid(rows, [0.6 * w, 0.2 * w, 0.2 * w]))
    return out


def readiness(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    ready = ov.readiness
    out = ctx.heading("sec.readiness")
    threshold = f"{ctx.number(ready.threshold, 1)} % ({ctx.e1('prov.' + ready.threshold_provenance)})"
    pairs = [("mean", pct(ctx, ready.mean)), ("median", pct(ctx, ready.median)),
             ("prereq_met", ctx.tt("of_value", count=ready.prerequisites_met, total=ready.factories)),
             ("threshold", threshold),
             ("above", ctx.tt("of_value", count=ready.at_or_above_threshold, total=ready.factories))]
    out += [key_values(ctx, pairs), gap()]
    rows = [head(ctx, ["col.band", "col.count", "col.bar"])]
    most = max((b.count for b in ready.histogram), default=0) or 1
    for b in ready.histogram:
        rows.append([ThaiParagraph(f"{b.low}–{b.high} %", ctx.st.cell), ThaiParagraph(str(b.count), ctx.st.cell_right),
                     Bar(b.count / most)])
    w = ctx.width
    out.append(keep(grid(rows, [0.25 * w, 0.15 * w, 0.6 * w], zebra=False,
                         extra=[("VALIGN", (2, 1), (2, -1), "MIDDLE")])))
    return out


def heat_map(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    heat, st = ov.heatmap, ctx.st
    out = ctx.heading("sec.heatmap", new_page=True)
    out += ctx.label_paras("heatmap_intro", st.body, st.body_en)
    if ov.heatmap.rows and not all(r.named for r in ov.heatmap.rows) and not ov.anonymised:
        out.append(ThaiParagraph(ctx.e("consent_note"), st.small))
    small = st.cell.clone("estate_heat", fontSize=7.5, leading=12)
    header = [ThaiParagraph(ctx.t("col.factory"), st.cell_bold), *ov.criteria, "%"]
    rows: list[list[Any]] = [header]
    style: list[Any] = [FONT_CMD, ("FONTSIZE", (0, 0), (-1, -1), 7.5), ("LEADING", (0, 0), (-1, -1), 10),
             ("FONTNAME", (1, 0), (-1, 0), "Sarabun-Bold"), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.3, RULE),
             ("BACKGROUND", (0, 0), (-1, 0), "#e8f5e9"), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    maxima = {s.id: s.max for s in heat.criteria}
    for r, row in enumerate(heat.rows, start=1):
        shown = row.name if row.name == row.code else f"{row.code} {row.name}"
        values = [row.points.get(c) for c in ov.criteria]
        rows.append([ThaiParagraph(shown, small), *["–" if v is None else str(v) for v in values],
                     ctx.number(row.percent, 1)])
        for c, (cid, v) in enumerate(zip(ov.criteria, values, strict=True), start=1):
            colour = shade(v, maxima[cid])
            if colour is not None:
                style.append(("BACKGROUND", (c, r), (c, r), colour))
    means = ["" if s.mean is None else ctx.number(s.mean, 1) for s in heat.criteria]
    rows.append([ThaiParagraph(ctx.t("col.mean"), st.cell_bold), *means, ""])
    style += [("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), "#f0f4f8"),
              ("FONTNAME", (1, len(rows) - 1), (-1, len(rows) - 1), "Sarabun-Bold")]
    crit_w = 7.4 * mm
    name_w = ctx.width - crit_w * len(ov.criteria) - 11 * mm
    out.append(Table(rows, colWidths=[name_w, *[crit_w] * len(ov.criteria), 11 * mm], repeatRows=1,
                     style=TableStyle(style), hAlign="LEFT"))
    out += [gap(), *ctx.label_paras("criteria_stats", st.h3, st.small)]
    stat_rows = [head(ctx, ["col.criterion", "col.mean", "col.ge3", "col.ge4", "col.answered"])]
    for s in heat.criteria:
        mark = " ◆" if s.id in heat.weakest else ""
        stat_rows.append(cells(ctx, [f"{s.id} {ctx.pick(s.name)}{mark}",
                                     "—" if s.mean is None else f"{ctx.number(s.mean, 2)} / {s.max}",
                                     pct(ctx, s.share_ge3), pct(ctx, s.share_ge4), str(s.answered)]))
    w = ctx.width
    out.append(grid(stat_rows, [0.46 * w, 0.15 * w, 0.13 * w, 0.13 * w, 0.13 * w]))
    weakest = ", ".join(s.id + " " + ctx.pick1(s.name) for s in heat.criteria if s.id in heat.weakest)
    out += [gap(2), ThaiParagraph("◆ " + ctx.t("weakest", criteria=weakest or "—"), st.small)]
    return out


def _member(ctx: ReportCtx, member: str, ov: Overview) -> str:
    if member in ov.criteria:
        stat = next(s for s in ov.heatmap.criteria if s.id == member)
        return f"{member} {ctx.pick1(stat.name)}"
    return ctx.e1("member." + member) if member in ("G2", "improvement") else member


def dimensions(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    out = ctx.heading("sec.dimensions", new_page=True)
    out += ctx.label_paras("dimensions_intro", ctx.st.body, ctx.st.body_en,
                           provenance=ctx.e1("prov." + ov.mapping_provenance))
    rows = [head(ctx, ["col.dimension", "col.members", "col.score"])]
    for d in ov.dimensions:
        members = "\n".join(f"{_member(ctx, m, ov)}: {pct(ctx, d.member_scores.get(m))}" for m in d.members)
        rows.append(cells(ctx, [ctx.pick(d.name), members or "—", pct(ctx, d.score)]))
    w = ctx.width
    out.append(grid(rows, [0.25 * w, 0.57 * w, 0.18 * w]))
    return out


def eco_efficiency(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    eco = ov.eco_efficiency
    out = ctx.heading("sec.eco")
    if not eco.years:
        return out + ctx.label_paras("eco_none")
    out += ctx.label_paras("eco_intro", ctx.st.body, ctx.st.body_en, unit=ctx.pick1(eco.intensity_unit))
    rows = [[*head(ctx, ["col.quantity"]), *[ThaiParagraph(str(y), ctx.st.cell_bold) for y in eco.years],
             *head(ctx, ["col.trend", "col.factories"])]]
    for q in eco.quantities:
        values = ["—" if q.intensities[y] is None else ctx.number(q.intensities[y], 2) for y in eco.years]
        trend = {True: "trend.improving", False: "trend.not_improving", None: "trend.unknown"}[q.improving]
        last = q.change_percent.get(eco.years[-1])
        change = "" if last is None else f"\n{'+' if last > 0 else ''}{ctx.number(last, 1)} %"
        rows.append(cells(ctx, [f"{ctx.pick(q.label)} ({ctx.pick1(q.unit)})", *values,
                                ctx.e(trend) + change, str(q.factories)]))
    w = ctx.width
    year_w = 0.13 * w
    out.append(grid(rows, [w - year_w * len(eco.years) - 0.32 * w, *[year_w] * len(eco.years),
                           0.2 * w, 0.12 * w]))
    return out


def signals(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    sig = ov.signals
    out = ctx.heading("sec.signals")
    rows = [head(ctx, ["col.signal", "col.yes", "col.answered"])]
    rows += [cells(ctx, [ctx.e("signal." + name), str(count), str(sig.answered[name])])
             for name, count in sig.counts.items()]
    rows.append(cells(ctx, [ctx.e("signal.complaints"), str(sig.complaints_or_accidents), str(sig.factories)]))
    w = ctx.width
    out.append(grid(rows, [0.64 * w, 0.18 * w, 0.18 * w]))
    return out


def story(ctx: ReportCtx, ov: Overview) -> list[Flowable]:
    flow: list[Flowable] = []
    for part in (cover, coverage, readiness, heat_map, dimensions, eco_efficiency, signals,
                 report_levels.framework_section, report_levels.history, report_levels.method):
        flow += part(ctx, ov)
    return flow
