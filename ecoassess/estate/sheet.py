"""The estate's heat map and figures as a workbook (XLSX: heat map, figures, levels) or the heat
map alone as CSV (UTF-8 with BOM, for Excel). Names or codes as the overview shows them."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ecoassess.estate.overview import Overview
from ecoassess.estate.text import provenance
from ecoassess.i18n import label, message


def _t(key: str, lang: str, **params: Any) -> str:
    return message("estate." + key, lang, **params)


def heat_header(ov: Overview, lang: str) -> list[str]:
    return [_t("col.code", lang), _t("col.factory", lang), _t("col.date", lang), *ov.criteria,
            _t("col.total", lang), _t("col.max", lang), _t("col.percent", lang), _t("col.verdict", lang),
            _t("col.snapshots", lang), _t("col.consent", lang)]


def heat_rows(ov: Overview, lang: str) -> list[list[Any]]:
    yes, no = message("sheet.yes", lang), message("sheet.no", lang)
    out = []
    for r in ov.heatmap.rows:
        out.append([r.code, r.name, r.date.isoformat(), *["" if r.points.get(c) is None else r.points[c]
                                                         for c in ov.criteria],
                    r.total, r.max, round(r.percent, 2), message(f"verdict.{r.verdict}", lang),
                    r.snapshots, yes if r.consent else no])
    return out


def figure_rows(ov: Overview, lang: str) -> list[list[Any]]:
    """(section, item, value, unit or note) rows: every figure of the overview, flat."""
    rows: list[list[Any]] = [[_t("notice", lang), "", "", ""]]
    cov, ready = ov.coverage, ov.readiness
    sec = _t("report.sec.coverage", lang)
    rows += [[sec, _t("report.factories", lang), cov.factories, ""],
             [sec, _t("report.snapshots", lang), cov.snapshots, ""],
             [sec, _t("report.consent", lang), cov.consent, ""]]
    rows += [[sec, _t("age." + k, lang), v, ""] for k, v in cov.age.items()]
    rows += [[sec, _t("cert." + c.kind, lang), c.count, f"{c.percent} %"] for c in cov.certifications]
    rows += [[sec, _t("eco_valid", lang), cov.eco_factory_valid, ""],
             [sec, _t("eco_expired", lang), cov.eco_factory_expired, ""]]
    rows += [[sec, _t("gi." + k, lang), v, ""] for k, v in cov.green_industry.items()]
    sec = _t("report.sec.readiness", lang)
    rows += [[sec, _t("report.mean", lang), ready.mean, "%"], [sec, _t("report.median", lang), ready.median, "%"],
             [sec, _t("report.prereq_met", lang), ready.prerequisites_met, ""],
             [sec, _t("report.threshold", lang), ready.threshold, provenance(ready.threshold_provenance, lang)],
             [sec, _t("report.above", lang), ready.at_or_above_threshold, ""]]
    rows += [[sec, f"{b.low}–{b.high} %", b.count, ""] for b in ready.histogram]
    sec = _t("report.sec.heatmap", lang)
    for s in ov.heatmap.criteria:
        rows.append([sec, f"{s.id} {label(s.name, lang)}", s.mean,
                     f"≥3: {s.share_ge3} % · ≥4: {s.share_ge4} %" + (" ◆" if s.id in ov.heatmap.weakest else "")])
    sec = _t("report.sec.dimensions", lang)
    rows += [[sec, label(d.name, lang), d.score, ", ".join(d.members) + " · " + provenance(d.provenance, lang)]
             for d in ov.dimensions]
    sec = _t("report.sec.eco", lang)
    for q in ov.eco_efficiency.quantities:
        for y in ov.eco_efficiency.years:
            rows.append([sec, f"{label(q.label, lang)} {y}", q.intensities.get(y),
                         f"{label(ov.eco_efficiency.intensity_unit, lang)} · {q.factories}"])
    sec = _t("report.sec.signals", lang)
    rows += [[sec, _t("signal." + k, lang), v, ov.signals.answered[k]] for k, v in ov.signals.counts.items()]
    rows.append([sec, _t("signal.complaints", lang), ov.signals.complaints_or_accidents, ov.signals.factories])
    return rows


def level_rows(ov: Overview, lang: str) -> list[list[Any]]:
    rows = []
    for level in ov.framework.levels:
        for item in level.items:
            rows.append([label(level.name, lang), item.id, label(item.title, lang), _t("type." + item.type, lang),
                         provenance(item.provenance, lang), _t("status." + item.status, lang),
                         item.points, item.points_max, item.evidence, item.note])
    return rows


def csv_bytes(ov: Overview, lang: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(heat_header(ov, lang))
    writer.writerows(heat_rows(ov, lang))
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(ov: Overview, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ecoassess.estate.report_sections import shade

    book = Workbook()
    book.properties.creator = "ecoassess"
    heat = book.worksheets[0]  # the new workbook's one (active) sheet
    heat.title = _t("report.sec.heatmap", lang)[:31].replace(":", "")
    heat.append(heat_header(ov, lang))
    maxima = {s.id: s.max for s in ov.heatmap.criteria}
    for r, row in enumerate(heat_rows(ov, lang), start=2):
        heat.append(row)
        for c, cid in enumerate(ov.criteria, start=4):
            colour = shade(row[c - 1] if row[c - 1] != "" else None, maxima[cid])
            if colour is not None:
                heat.cell(r, c).fill = PatternFill("solid", fgColor=colour.hexval()[2:])
    heat.freeze_panes = "D2"
    sheets: list[tuple[Any, list[str] | None, list[list[Any]], tuple[int, ...]]] = [
        (heat, None, [], (8, 36, 11, *[5] * len(ov.criteria), 7, 7, 8, 16, 8, 10)),
        (book.create_sheet(_t("report.sec.coverage", lang)[:31]), ["", "", "", ""], figure_rows(ov, lang),
         (36, 50, 12, 40)),
        (book.create_sheet(_t("report.sec.framework", lang)[:31]),
         [_t("report.col.level", lang), "id", _t("report.col.item", lang), _t("report.col.type", lang),
          _t("report.col.provenance", lang), _t("report.col.status", lang), _t("report.col.points", lang),
          _t("col.max", lang), _t("report.col.officer", lang), ""], level_rows(ov, lang),
         (16, 22, 50, 14, 18, 14, 8, 8, 30, 30)),
    ]
    for sheet, header, rows, widths in sheets:
        if header is not None:
            sheet.append(header)
            for row in rows:
                sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_sheet(ov: Overview, lang: str, target: Path) -> Path:
    """.xlsx gives the workbook, .csv the heat map. `target` was checked with check_output."""
    from ecoassess.fileio import atomic_write

    target = Path(target)
    data = xlsx_bytes(ov, lang) if target.suffix.lower() == ".xlsx" else csv_bytes(ov, lang)
    return atomic_write(target, data)
