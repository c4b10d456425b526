"""Dossier sections 9–11: evidence index and matrix, action plan, declaration and signature."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Table, TableStyle

from ecoassess.dossier.blocks import Ctx, cells, gap, grid, header_row, keep
from ecoassess.dossier.document import MARGIN_LEFT, MARGIN_RIGHT, PageRef
from ecoassess.dossier.layout import Later
from ecoassess.dossier.styles import FONT_CMD, INK, RULE
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import (
    annex_key,
    evidence_refs,
    human_size,
    items_without_evidence,
    lapses,
)

SHORT_HASH = 12
PAGE_COL = 0.07  # share of the width: the annex page column of the index


def _expiry(ctx: Ctx, ev: Any) -> str:
    if ev.expiry is None:
        return "—"
    text = ctx.short_day(ev.expiry)
    if lapses(ev, ctx.assessment.planned_audit_date, ctx.as_of):
        text += "\n" + ctx.t("lapses_mark")
    return text


def evidence_index(ctx: Ctx) -> list[Flowable]:
    """The heading now, the table (one row per file) when the layout reaches it."""
    out = ctx.heading("sec.evidence", new_page=True)
    if not ctx.assessment.evidence:
        out += ctx.label_paras("no_evidence_index")
        return out
    return [*out, Later(lambda: _evidence_table(ctx))]


def _evidence_table(ctx: Ctx) -> list[Flowable]:
    st, evidence = ctx.st, ctx.assessment.evidence
    out: list[Flowable] = []
    refs = evidence_refs(evidence)
    keys = ["col.ref", "col.file", "col.description", "col.doc_date", "col.expiry", "col.size",
            "col.sha_short", "col.cited_by"]
    if ctx.annexed:
        keys.append("col.annex_page")
    rows = [header_row(ctx, keys)]
    for ev in sorted(evidence, key=lambda e: e.id):
        ref = refs[ev.id]
        expiry_style = st.not_met if lapses(ev, ctx.assessment.planned_audit_date, ctx.as_of) \
            else st.cell_small
        row: list[Flowable] = [ThaiParagraph(ref, st.cell_bold), ThaiParagraph(ev.original_name, st.cell_small),
               ThaiParagraph(ev.description or "—", st.cell_small),
               ThaiParagraph(ctx.short_day(ev.document_date), st.cell_small),
               ThaiParagraph(_expiry(ctx, ev), expiry_style),
               ThaiParagraph(human_size(ev.size, ctx.primary), st.cell_small),
               ThaiParagraph(ev.sha256[:SHORT_HASH], st.cell_small),
               ThaiParagraph(", ".join(ev.items) or "—", st.cell_small)]
        if ctx.annexed:
            row.append(PageRef(annex_key(ref), PAGE_COL * ctx.width - 8) if ref in ctx.annexed
                       else ThaiParagraph("—", st.cell_small))
        rows.append(row)
    w = ctx.width
    widths = [0.085, 0.16, 0.205, 0.105, 0.115, 0.075, 0.13, 0.125]
    if ctx.annexed:
        widths = [0.085, 0.15, 0.19, 0.1, 0.115, 0.075, 0.115, 0.1, PAGE_COL]
    out.append(grid(rows, [f * w for f in widths], carried={0, 1}, mark=ctx.t("continued")))
    out += _expiry_warnings(ctx, refs)
    return out


def _expiry_warnings(ctx: Ctx, refs: dict[int, str]) -> list[Flowable]:
    audit = ctx.assessment.planned_audit_date
    lapsing = [ev for ev in sorted(ctx.assessment.evidence, key=lambda e: e.id)
               if lapses(ev, audit, ctx.as_of)]
    if not lapsing:
        return []
    lines = []
    for ev in lapsing:
        key = "expiry_warning" if audit is not None else "expiry_warning_today"
        lines.append("• " + ctx.t(key, ref=refs[ev.id], name=ev.original_name,
                                  expiry=ctx.day(ev.expiry), audit=ctx.day(audit)))
    return [gap(3), *ctx.label_paras("expiry_warnings", ctx.st.h3, ctx.st.small),
            ThaiParagraph("\n".join(lines), ctx.st.not_met)]


def evidence_matrix(ctx: Ctx) -> list[Flowable]:
    """Which evidence supports which requirement: evidence down, G1–G4 and criteria across
    (the heading now, the table when the layout reaches it)."""
    page_w = landscape(A4)[0] - MARGIN_LEFT - MARGIN_RIGHT
    out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak()]
    return [*out, *ctx.heading("sec.matrix"), Later(lambda: _matrix(ctx, page_w))]


def _matrix(ctx: Ctx, page_w: float) -> list[Flowable]:
    st, evidence = ctx.st, ctx.assessment.evidence
    out = _missing_list(ctx, page_w)
    out.append(ThaiParagraph(ctx.t("matrix_intro"), st.small))
    items = [p.id for p in ctx.result.prerequisites] + [c.id for c in ctx.result.criteria]
    labels = [p.id + (" *" if p.provenance == "draft" else "") for p in ctx.result.prerequisites]
    labels += [f"{ctx.criterion(c.id).number}{' *' if c.draft else ''}"
               for c in ctx.result.criteria]
    if evidence:
        refs = evidence_refs(evidence)
        head = [ThaiParagraph(ctx.tt("col.ref"), st.cell_bold), ThaiParagraph(ctx.tt("col.file"), st.cell_bold)]
        head += [ThaiParagraph(label, st.cell_bold_center) for label in labels]
        rows = [head]
        for ev in sorted(evidence, key=lambda e: e.id):
            rows.append([ThaiParagraph(refs[ev.id], st.cell_bold), ThaiParagraph(ev.original_name, st.cell_small)]
                        + [ThaiParagraph("■" if item in ev.items else "", st.cell_center) for item in items])
        fixed = [16 * mm, 58 * mm]
        col = (page_w - sum(fixed)) / len(items)
        out.append(gap(2))
        out.append(grid(rows, fixed + [col] * len(items), carried={0},
                        extra=[("ALIGN", (2, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (2, 0), (-1, -1), 1),
                               ("RIGHTPADDING", (2, 0), (-1, -1), 1)]))
    out.append(NextPageTemplate("portrait"))
    return out


def _missing_list(ctx: Ctx, width: float) -> list[Flowable]:
    """The requirements no evidence cites, by name, in two columns."""
    st = ctx.st
    missing = items_without_evidence(ctx)
    out = [*ctx.label_paras("items_without_evidence", st.h3, st.small)]
    if not missing:
        return out + [ThaiParagraph(ctx.t("all_items_have_evidence"), st.body)]
    half = (len(missing) + 1) // 2
    columns = [missing[:half], missing[half:]]
    rows = [[ThaiParagraph("\n".join(f"• {n}" for n in col), st.cell) for col in columns]]
    return out + [Table(rows, colWidths=[width / 2] * 2, hAlign="LEFT",
                        style=TableStyle([FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0)])), gap(2)]


def declaration(ctx: Ctx) -> list[Flowable]:
    """Declaration, then a signature line with the name in brackets beneath and an empty date."""
    a, st = ctx.assessment, ctx.st
    out = ctx.heading("sec.declaration", new_page=True)
    out += ctx.label_paras("declaration_text", st.body, st.body_en)
    out.append(gap(14))
    dots = "." * 60
    name = a.signatory_name or " " * 40
    position = a.signatory_position or "." * 50
    lines = [
        [ThaiParagraph(f"{ctx.t('sign_here')} {dots}", st.body)],
        [ThaiParagraph(f"( {name} )", st.center)],
        [ThaiParagraph(f"{ctx.tt('sign_position').replace(chr(10), ' / ')} {position}", st.center)],
        [ThaiParagraph(ctx.t("sign_date_blank"), st.center)],
    ]
    if ctx.lang == "both":
        lines[0] = [ThaiParagraph(f"{ctx.t('sign_here', 'th')} / {ctx.t('sign_here', 'en')} {dots}", st.body)]
        lines[3] = [ThaiParagraph(ctx.t("sign_date_blank", "th") + "\n" + ctx.t("sign_date_blank", "en"),
                                  st.center)]
    signature = Table(lines, colWidths=[95 * mm], hAlign="LEFT",
                      style=TableStyle([FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    stamp = Table([[ThaiParagraph(ctx.tt("stamp"), st.small)]], colWidths=[50 * mm],
                  rowHeights=[45 * mm],
                  style=TableStyle([FONT_CMD, ("BOX", (0, 0), (-1, -1), 0.8, INK),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out.append(keep(Table([[signature, stamp]], colWidths=[ctx.width - 55 * mm, 55 * mm],
                          style=TableStyle([FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))))
    return out


def actions_table(ctx: Ctx) -> list[Flowable]:
    """The action plan: item, action, owner, due date, status."""
    st, actions = ctx.st, ctx.assessment.actions
    out = ctx.label_paras("actions", st.h2, st.small)
    if not actions:
        out += ctx.label_paras("no_actions")
        return out
    order = {item: i for i, item in enumerate(ctx.scheme.item_ids())}
    rows = [header_row(ctx, ["col.item", "col.action", "col.owner", "col.due", "col.status"])]
    for act in sorted(actions, key=lambda x: (order.get(x.item_id, 999), x.due_date or date.max, x.id)):
        rows.append(cells(ctx, [act.item_id, act.description, act.owner or "—",
                                ctx.short_day(act.due_date), ctx.tt("action." + str(act.status))]))
    w = ctx.width
    out.append(grid(rows, [0.09 * w, 0.45 * w, 0.18 * w, 0.13 * w, 0.15 * w], carried={0, 3, 4},
                    mark=ctx.t("continued"), extra=[("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)]))
    return out
