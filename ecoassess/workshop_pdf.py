"""The one-page class summary PDF of workshop mode (landscape A4, Sarabun, shaped Thai)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from ecoassess.i18n import format_day, label, message
from ecoassess.workshop import Overview, overview_table

PAGE_MARGIN = 28


def _colour(points: object, maximum: int) -> Any:
    """Red (0) through amber to green (full points); None for an empty (N/A) cell."""
    from reportlab.lib import colors

    if not isinstance(points, int) or maximum <= 0:
        return None
    share = max(0.0, min(1.0, points / maximum))
    low, mid, high = (0.96, 0.73, 0.73), (1.0, 0.93, 0.70), (0.74, 0.90, 0.75)
    a, b, t = (low, mid, share * 2) if share < 0.5 else (mid, high, (share - 0.5) * 2)
    return colors.Color(*(x + (y - x) * t for x, y in zip(a, b, strict=True)))


def _table(overview: Overview, lang: str, size: float, padding: float) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Table, TableStyle

    from ecoassess.dossier import styles as dossier_styles
    from ecoassess.dossier.thaiwrap import ThaiParagraph

    st = dossier_styles.styles()
    header, body = overview_table(overview, lang)
    leading = round(size * dossier_styles.LEADING, 2)
    cell = st.cell.clone(f"class_cell_{size}", fontSize=size, leading=leading)
    bold = st.cell_bold.clone(f"class_bold_{size}", fontSize=size, leading=leading)
    n = len(overview.criteria)
    averages = overview.averages()
    lead = 1 if overview.anonymised else 2  # columns before C01: the code, or name and code
    avg_row = [""] * (lead - 1) + [*["" if a is None else f"{a:.1f}" for a in averages], "", "", "", ""]
    data = [[ThaiParagraph(str(header[0]), bold)] + [str(h) for h in header[1:]]]
    data += [[ThaiParagraph(str(r[0]), cell)] + [str(v) for v in r[1:-1]] + [ThaiParagraph(str(r[-1]), cell)]
             for r in body]
    data.append([ThaiParagraph(message("workshop.average", lang), bold)] + avg_row)
    page_w = landscape(A4)[0] - 2 * PAGE_MARGIN
    fixed = [0.08 * page_w] if overview.anonymised else [0.22 * page_w, 0.05 * page_w]
    tail = [0.05 * page_w, 0.05 * page_w, 0.06 * page_w, 0.14 * page_w]
    crit_w = (page_w - sum(fixed) - sum(tail)) / max(n, 1)
    table = Table(data, colWidths=fixed + [crit_w] * n + tail, repeatRows=1)
    style: list[Any] = [dossier_styles.FONT_CMD, ("FONTSIZE", (0, 0), (-1, -1), size),
             ("LEADING", (0, 0), (-1, -1), leading),
             ("FONTNAME", (0, 0), (-1, 0), "Sarabun-Bold"),
             ("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
             ("GRID", (0, 0), (-1, -1), 0.3, dossier_styles.RULE),
             ("BACKGROUND", (0, 0), (-1, 0), dossier_styles.ACCENT_LIGHT),
             ("ALIGN", (1, 0), (-2, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, row in enumerate(overview.rows, start=1):
        for c, points in enumerate(row.points):
            shade = _colour(points, overview.max_points[c])
            if shade is not None:
                style.append(("BACKGROUND", (lead + c, r), (lead + c, r), shade))
    style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f0f4f8")))
    table.setStyle(TableStyle(style))
    return table


def _fitting_table(overview: Overview, lang: str, width: float, height: float) -> Any:
    """The largest type (9.5 pt down to 4.5 pt) at which the table fits: one page for a class of
    up to about 45 factories; a larger class runs on, with the header repeated."""
    size = 9.5
    while True:
        table = _table(overview, lang, size, 3 if size >= 8 else 1)
        if size <= 4.5 or table.wrap(width, height)[1] <= height:
            return table
        size -= 0.5


def summary_pdf_bytes(overview: Overview, lang: str, today: date) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from ecoassess.dossier import styles as dossier_styles
    from ecoassess.dossier.thaiwrap import ThaiParagraph

    st = dossier_styles.styles()
    title = message("workshop.pdf_title", lang)
    sub = message("workshop.pdf_subtitle", lang, count=len(overview.rows), date=format_day(today, lang))
    legend = " · ".join(f"{cid} {label(name, lang)}" for cid, name in
                        zip(overview.criteria, overview.criterion_names, strict=True))
    small = st.small.clone("class_small", fontSize=7, leading=11)
    page_w, page_h = landscape(A4)
    width, height = page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN
    top = [ThaiParagraph(title, st.h1), ThaiParagraph(sub, st.small), Spacer(1, 6)]
    bottom = [Spacer(1, 6), ThaiParagraph(legend, small)]
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in top + bottom)
    table = _fitting_table(overview, lang, width, height - used - 12)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=PAGE_MARGIN,
                            rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN, bottomMargin=PAGE_MARGIN,
                            title=title, author="ecoassess", creator="ecoassess",
                            producer="ecoassess", invariant=1)
    doc.build([*top, table, *bottom])
    return buffer.getvalue()


def summary_pdf(overview: Overview, lang: str, dest: Path, today: date | None = None, *,
                data_root: Path | None = None, force: bool = False) -> Path:
    """Write the one-page class summary to `dest` (checked first, then atomically)."""
    from ecoassess.asof import as_of_date
    from ecoassess.fileio import atomic_write
    from ecoassess.workshop import check_overview_output

    dest = check_overview_output(dest, "pdf", data_root=data_root, force=force)
    data = summary_pdf_bytes(overview, lang, today or as_of_date())
    return atomic_write(dest, data, error_key="sheet.write_failed")
