"""Dossier section 7: continual improvement as the scheme defines it, and the social outcome."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from ecoassess.dossier.blocks import Ctx, gap, grid
from ecoassess.dossier.charts import TrendChart
from ecoassess.dossier.thaiwrap import ThaiParagraph


def _year_label(ctx: Ctx, year: int, reference: int | None = None) -> str:
    """Thai years in the Buddhist Era: data years below 2400 are taken as Common Era."""
    be = year + 543 if year < 2400 else year
    ce = year if year < 2400 else year - 543
    text = {"en": str(ce), "both": f"{be}\n({ce})"}.get(ctx.lang, str(be))
    if year == reference:
        text += "\n" + ctx.tt("reference_year").replace("\n", " / ")
    return text


def _amount(ctx: Ctx, value: float | None) -> str:
    whole = value is not None and float(value).is_integer()
    return ctx.number(value, 0 if whole else 2)


def _figure(ctx: Ctx, value: float | None) -> str:
    """Efficiencies and intensities span many magnitudes: 4 decimals below 1, 2 above."""
    if value is None:
        return "—"
    return ctx.number(value, 2 if abs(value) >= 1 else 4)


def _per(ctx: Ctx, value_unit: Any, quantity_unit: Any, lang: str) -> str:
    return ctx.t("per", lang, value=value_unit.get(lang), quantity=quantity_unit.get(lang))


def _widths(ctx: Ctx, years: list[int]) -> list[float]:
    w = ctx.width
    year_w = min(0.17, 0.5 / len(years))
    first = 1 - year_w * len(years) - 0.15
    return [first * w] + [year_w * w] * len(years) + [0.15 * w]


def _data_table(ctx: Ctx, eco: Any) -> Flowable:
    st, spec = ctx.st, ctx.scheme.improvement
    years = eco.years
    head = [ThaiParagraph(ctx.tt("col.quantity"), st.cell_bold)]
    head += [ThaiParagraph(_year_label(ctx, y, eco.reference_year), st.cell_bold) for y in years]
    head.append(ThaiParagraph("", st.cell_bold))
    pv = spec.product_value
    rows = [head, [ThaiParagraph(f"{ctx.pick(pv.label)} ({ctx.pick1(pv.unit)})", st.cell_small)]
            + [ThaiParagraph(ctx.number(eco.product_value.get(y), 0), st.cell_right) for y in years]
            + [ThaiParagraph("", st.cell)]]
    for s in eco.series:
        rows.append([ThaiParagraph(f"{ctx.pick(s.label)} ({ctx.pick1(s.unit)})", st.cell_small)]
                    + [ThaiParagraph(_amount(ctx, s.values.get(y)), st.cell_right) for y in years]
                    + [ThaiParagraph("", st.cell)])
    return grid(rows, _widths(ctx, years))


def _efficiency_tables(ctx: Ctx, eco: Any) -> list[Flowable]:
    """Per quantity: eco-efficiency (value per unit), its index and the intensity, by year.

    One small table per quantity under a shared header, each kept whole on its page.
    """
    st, spec = ctx.st, ctx.scheme.improvement
    years, widths = eco.years, _widths(ctx, eco.years)
    head = [ThaiParagraph(ctx.tt("col.measure"), st.cell_bold)]
    head += [ThaiParagraph(_year_label(ctx, y, eco.reference_year), st.cell_bold) for y in years]
    head.append(ThaiParagraph(ctx.tt("col.status"), st.cell_bold))
    out: list[Flowable] = [grid([head], widths)]
    value_unit = spec.product_value.unit
    for s, q in zip(eco.series, spec.quantities, strict=True):
        status = "—" if s.improving is None else ctx.tt("improving" if s.improving else "not_improving")
        measures = [
            (ctx.t("m.efficiency", unit=_per(ctx, value_unit, q.unit, ctx.primary)), s.efficiency),
            (ctx.t("m.index"), s.index),
            (ctx.t("m.intensity", unit=f"{ctx.pick1(q.unit)} {ctx.pick1(spec.intensity_unit)}"),
             s.intensities),
        ]
        rows = [[ThaiParagraph(ctx.pick(s.label), st.cell_bold)] + [""] * len(years)
                + [ThaiParagraph(status, st.met if s.improving else st.cell_small)]]
        for label, figures in measures:
            rows.append([ThaiParagraph(label, st.cell_small)]
                        + [ThaiParagraph(_figure(ctx, figures.get(y)), st.cell_right) for y in years]
                        + [""])
        last = len(years) + 1
        out.append(KeepTogether([grid(rows, widths, header=False, zebra=False, extra=[
            ("SPAN", (0, 0), (last - 1, 0)), ("SPAN", (last, 0), (last, -1)),
            ("BACKGROUND", (0, 0), (-1, 0), "#f7f9f7")])]))
    overall = [[ThaiParagraph(ctx.t("overall_index"), st.cell_bold)]
               + [ThaiParagraph(_figure(ctx, eco.overall_index.get(y)), st.cell_right) for y in years]
               + [""]]
    out.append(grid(overall, widths, header=False, zebra=False))
    return out


def improvement(ctx: Ctx) -> list[Flowable]:
    from ecoassess import ecoefficiency

    st, spec = ctx.st, ctx.scheme.improvement
    out = ctx.heading("sec.improvement", new_page=True)
    answer = ctx.assessment.answers.get("improvement")
    value = answer.value if answer else {}
    eco = ecoefficiency.compute(ctx.scheme, value)
    out += ctx.label_paras("eco_intro", st.body, st.body_en)
    if spec.note:
        out.append(ThaiParagraph(ctx.each(spec.note), st.small))
    out.append(ThaiParagraph(f"{ctx.t('provenance')}: {ctx.provenance_words(eco.provenance)}", st.small))
    if not eco.years:
        out += ctx.label_paras("no_improvement")
    else:
        out += [gap(2), _data_table(ctx, eco), gap(3), *ctx.label_paras("eco_table", st.h3, st.small),
                *_efficiency_tables(ctx, eco)]
        series = [(ctx.pick1(s.label), [s.index.get(y) for y in eco.years]) for s in eco.series]
        chart = TrendChart([_year_label(ctx, y).split("\n")[0] for y in eco.years], series)
        out.append(KeepTogether([gap(3), *ctx.label_paras("trend", st.h3, st.small), chart]))
    if eco.messages:
        out.append(ThaiParagraph("\n".join(ctx.pick1(m) for m in eco.messages), st.small))
    if answer and answer.note:
        out += [gap(2), *ctx.label_paras("note", st.h3, st.small), ThaiParagraph(answer.note, st.body)]
    out += social_outcome(ctx, value)
    return out


def social_outcome(ctx: Ctx, value: dict[str, Any]) -> list[Flowable]:
    """Block 3's social part: what the factory reports, in its own words, or "not reported"."""
    st = ctx.st
    field = ctx.scheme.improvement.social_outcome
    text = value.get(field.id) if field is not None else None
    out: list[Flowable] = [gap(4), *ctx.label_paras("social_outcome", st.h2, st.small)]
    if field is not None:
        out.append(ThaiParagraph(ctx.each(field.label), st.small))
    if isinstance(text, str) and text.strip():
        out.append(ThaiParagraph(text.strip(), st.body))
    else:
        out.append(ThaiParagraph(ctx.tt("not_reported"), st.draft))
    return out
