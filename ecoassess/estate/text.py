"""Labels of the estate view in both languages, and `estate overview` as plain text."""

from __future__ import annotations

from typing import Any

from ecoassess.estate.overview import Overview
from ecoassess.i18n import format_day, format_number, label, message


def t(key: str, lang: str, **params: Any) -> str:
    return message("estate." + key, lang, **params)


def provenance(value: str, lang: str) -> str:
    """sourced / draft / unknown / officer / assumption, as the user reads it."""
    return t(f"prov.{value}", lang)


def level_comparison(level: Any, lang: str) -> str:
    """The level's score against the officer's threshold, never a verdict on the estate."""
    if level.comparison == "no_threshold":
        return t("level.no_threshold", lang)
    if level.comparison == "no_scores":
        return t("level.no_scores", lang, threshold=format_number(level.threshold, lang, 1))
    key = "level.at_or_above" if level.comparison == "at_or_above" else "level.below"
    return t(key, lang, percent=format_number(level.percent, lang, 1),
             threshold=format_number(level.threshold, lang, 1))


def _percent(value: float | None, lang: str) -> str:
    return "—" if value is None else f"{format_number(value, lang, 1)} %"


def overview_lines(ov: Overview, lang: str) -> list[str]:
    """A readable summary of the overview for a terminal (the JSON has everything)."""
    cov, ready = ov.coverage, ov.readiness
    lines = [ov.estate.name(lang), t("notice", lang), "",
             t("text.coverage", lang, factories=cov.factories, snapshots=cov.snapshots,
               consent=cov.consent),
             t("text.age", lang, recent=cov.age["within_1y"], middle=cov.age["1_to_2y"],
               old=cov.age["over_2y"]),
             t("text.certs", lang, certs=", ".join(
                 f"{t('cert.' + c.kind, lang)} {c.count}" for c in cov.certifications if c.count) or "—"),
             t("text.readiness", lang, mean=_percent(ready.mean, lang), median=_percent(ready.median, lang),
               met=ready.prerequisites_met, above=ready.at_or_above_threshold,
               threshold=format_number(ready.threshold, lang, 1),
               provenance=provenance(ready.threshold_provenance, lang)), ""]
    lines.append(t("text.heatmap", lang))
    lines.append("\t".join([t("col.factory", lang), *ov.criteria, "%"]))
    for row in ov.heatmap.rows:
        cells = ["—" if row.points.get(c) is None else str(row.points[c]) for c in ov.criteria]
        lines.append("\t".join([row.name, *cells, format_number(row.percent, lang, 1)]))
    means = ["—" if s.mean is None else format_number(s.mean, lang, 1) for s in ov.heatmap.criteria]
    lines.append("\t".join([t("col.mean", lang), *means, ""]))
    lines.append(t("text.weakest", lang, criteria=", ".join(
        f"{s.id} {label(s.name, lang)}" for s in ov.heatmap.criteria if s.id in ov.heatmap.weakest) or "—"))
    lines += ["", t("text.dimensions", lang, provenance=provenance(ov.mapping_provenance, lang))]
    for d in ov.dimensions:
        lines.append(f"  {label(d.name, lang)} ({', '.join(d.members)}): {_percent(d.score, lang)}")
    eco = ov.eco_efficiency
    if eco.years:
        lines += ["", t("text.eco", lang, years=", ".join(str(y) for y in eco.years),
                        unit=label(eco.intensity_unit, lang))]
        for q in eco.quantities:
            values = ", ".join("—" if q.intensities[y] is None else format_number(q.intensities[y], lang, 2)
                               for y in eco.years)
            trend = t("trend." + {True: "improving", False: "not_improving", None: "unknown"}[q.improving], lang)
            lines.append(f"  {label(q.label, lang)}: {values} ({trend}; "
                         + t("text.factories", lang, count=q.factories) + ")")
    lines += ["", t("text.signals", lang)]
    for name, count in ov.signals.counts.items():
        lines.append(f"  {t('signal.' + name, lang)}: {count}/{ov.signals.answered[name]}")
    fw = ov.framework
    lines += ["", f"{label(fw.title, lang)} {fw.version}"]
    for level in fw.levels:
        lines.append(f"  {label(level.name, lang)}: {level_comparison(level, lang)}")
        for item in level.items:
            lines.append(f"    - [{provenance(item.provenance, lang)}] {label(item.title, lang)}: "
                         f"{t('status.' + item.status, lang)}")
    if ov.history:
        lines += ["", t("text.history", lang)]
        lines += [f"  {h['year']}: {label(h['level_name'], lang)}" for h in ov.history]
    lines += ["", t("text.as_of", lang, date=format_day(ov.as_of, lang))]
    return lines
