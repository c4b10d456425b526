"""Dossier sections 9–10 and the annex: evidence index, declaration and signature, evidence."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ecoassess.dossier.blocks import Ctx, cells, gap, grid, header_row, keep
from ecoassess.dossier.styles import FONT_CMD, INK, RULE
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import evidence_refs, human_size


def _sha_lines(sha: str) -> str:
    return "\n".join(sha[i : i + 16] for i in range(0, len(sha), 16))


def evidence_index(ctx: Ctx) -> list[Flowable]:
    st, evidence = ctx.st, ctx.assessment.evidence
    out = ctx.heading("sec.evidence", new_page=True)
    if not evidence:
        out += ctx.label_paras("no_evidence_index")
        return out
    refs = evidence_refs(evidence)
    rows = [header_row(ctx, ["col.ref", "col.file", "col.description", "col.doc_date",
                             "col.size", "col.sha", "col.cited_by"])]
    for ev in sorted(evidence, key=lambda e: e.id):
        rows.append([
            ThaiParagraph(refs[ev.id], st.cell_bold),
            ThaiParagraph(ev.original_name, st.cell_small),
            ThaiParagraph(ev.description or "—", st.cell_small),
            ThaiParagraph(ctx.short_day(ev.document_date), st.cell_small),
            ThaiParagraph(human_size(ev.size, ctx.primary), st.cell_small),
            ThaiParagraph(_sha_lines(ev.sha256), st.cell_small),
            ThaiParagraph(", ".join(ev.items) or "—", st.cell_small),
        ])
    w = ctx.width
    widths = [0.075, 0.19, 0.255, 0.11, 0.08, 0.165, 0.125]
    out.append(grid(rows, [f * w for f in widths]))
    return out


def declaration(ctx: Ctx) -> list[Flowable]:
    a, st = ctx.assessment, ctx.st
    out = ctx.heading("sec.declaration", new_page=True)
    out += ctx.label_paras("declaration_text", st.body, st.body_en)
    out.append(gap(10))
    line = "………………………………………………"
    rows = [
        [ThaiParagraph(ctx.tt("signature"), st.cell_bold), ThaiParagraph(line, st.body)],
        [ThaiParagraph(ctx.tt("sign_name"), st.cell_bold), ThaiParagraph(a.signatory_name or line, st.body)],
        [ThaiParagraph(ctx.tt("sign_position"), st.cell_bold),
         ThaiParagraph(a.signatory_position or line, st.body)],
        [ThaiParagraph(ctx.tt("sign_date"), st.cell_bold), ThaiParagraph(ctx.day(a.assessment_date), st.body)],
    ]
    signature = Table(rows, colWidths=[35 * mm, 75 * mm], hAlign="LEFT",
                      style=TableStyle([FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    stamp = Table([[ThaiParagraph(ctx.tt("stamp"), st.small)]], colWidths=[50 * mm],
                  rowHeights=[45 * mm],
                  style=TableStyle([FONT_CMD, ("BOX", (0, 0), (-1, -1), 0.8, INK),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK)]))
    out.append(keep(Table([[signature, stamp]], colWidths=[ctx.width - 55 * mm, 55 * mm],
                          style=TableStyle([FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "TOP")]))))
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
    out.append(grid(rows, [0.09 * w, 0.45 * w, 0.18 * w, 0.13 * w, 0.15 * w],
                    extra=[("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)]))
    return out
