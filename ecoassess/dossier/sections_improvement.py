"""Dossier section 7: continual improvement, the 3-year table and the intensity trend chart."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ecoassess.dossier.blocks import Ctx, gap, grid
from ecoassess.dossier.charts import TrendChart
from ecoassess.dossier.thaiwrap import ThaiParagraph


def _year_label(ctx: Ctx, year: int) -> str:
    """Thai years in the Buddhist Era: data years below 2400 are taken as Common Era."""
    be = year + 543 if year < 2400 else year
    ce = year if year < 2400 else year - 543
    if ctx.lang == "en":
        return str(ce)
    if ctx.lang == "both":
        return f"{be}\n({ce})"
    return str(be)


def _amount(ctx: Ctx, value: float | None) -> str:
    whole = value is not None and float(value).is_integer()
    return ctx.number(value, 0 if whole else 2)


def _intensity(ctx: Ctx, value: float | None) -> str:
    return ctx.number(value, 2 if value is not None and value >= 100 else 4)


def improvement(ctx: Ctx) -> list[Flowable]:
    from ecoassess import ecoefficiency

    st, w = ctx.st, ctx.width
    out = ctx.heading("sec.improvement", new_page=True)
    answer = ctx.assessment.answers.get("improvement")
    eco = ecoefficiency.compute(ctx.scheme, answer.value if answer else None)
    if ctx.scheme.improvement.note:
        out.append(ThaiParagraph(ctx.pick(ctx.scheme.improvement.note), st.small))
    if not eco.years:
        out += ctx.label_paras("no_improvement")
        return out
    years = eco.years
    year_w = min(0.16, 0.54 / len(years))
    first_w = 1 - year_w * len(years) - 0.16
    widths = [first_w * w] + [year_w * w] * len(years) + [0.16 * w]
    head = [ThaiParagraph(ctx.tt("col.quantity"), st.cell_bold)]
    head += [ThaiParagraph(_year_label(ctx, y), st.cell_bold) for y in years]
    head.append(ThaiParagraph(ctx.tt("col.status"), st.cell_bold))
    rows = [head]
    pv = ctx.scheme.improvement.product_value
    rows.append([ThaiParagraph(f"{ctx.pick(pv.label)} ({ctx.pick1(pv.unit)})", st.cell_small)]
                + [ThaiParagraph(ctx.number(eco.product_value.get(y), 0), st.cell_right) for y in years]
                + [ThaiParagraph("", st.cell)])
    for s in eco.series:
        rows.append([ThaiParagraph(f"{ctx.pick(s.label)} ({ctx.pick1(s.unit)})", st.cell_small)]
                    + [ThaiParagraph(_amount(ctx, s.values.get(y)), st.cell_right) for y in years]
                    + [ThaiParagraph("", st.cell)])
    out.append(grid(rows, widths))
    out.append(gap(3))
    out += ctx.label_paras("intensity", st.h3, st.small)
    rows = [list(head)]
    rows[0] = [ThaiParagraph(ctx.tt("col.quantity") + f" ({ctx.pick1(eco.intensity_unit)})", st.cell_bold)] + head[1:]
    for s in eco.series:
        status = "—" if s.improving is None else ctx.tt("improving" if s.improving else "not_improving")
        rows.append([ThaiParagraph(ctx.pick(s.label), st.cell_small)]
                    + [ThaiParagraph(_intensity(ctx, s.intensities.get(y)), st.cell_right) for y in years]
                    + [ThaiParagraph(status, st.met if s.improving else st.cell_small)])
    out.append(grid(rows, widths))
    series = []
    for s in eco.series:
        ref = s.intensities.get(eco.reference_year) if eco.reference_year is not None else None
        values = []
        for y in years:
            now = s.intensities.get(y)
            values.append(round(now / ref * 100, 2) if ref and now is not None else None)
        series.append((ctx.pick1(s.label), values))
    chart = TrendChart([_year_label(ctx, y).split("\n")[0] for y in years], series)
    out.append(KeepTogether([gap(3), *ctx.label_paras("trend", st.h3, st.small), chart]))
    if answer and answer.note:
        out += [gap(2), *ctx.label_paras("note", st.h3, st.small), ThaiParagraph(answer.note, st.body)]
    if eco.messages:
        out.append(ThaiParagraph("\n".join(ctx.pick1(m) for m in eco.messages), st.small))
    return out
