"""Dossier sections 1–4: cover, contents, factory profile, general requirements."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ecoassess.dossier.blocks import Ctx, cells, gap, grid, header_row, key_values
from ecoassess.dossier.document import Contents
from ecoassess.dossier.styles import ACCENT, FONT_CMD, RULE
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.i18n import format_number
from ecoassess.model import CERTIFICATION_KINDS


def cover(ctx: Ctx) -> list[Flowable]:
    a, st = ctx.assessment, ctx.st
    p = a.profile
    out: list[Flowable] = [Spacer(1, 30 * mm)]
    out += ctx.label_paras("title", st.title, st.subtitle)
    out.append(gap(2))
    out += ctx.label_paras("subtitle", st.subtitle, st.cover_en)
    out.append(gap(14))
    names = [n for n in (p.name_th, p.name_en) if n] if ctx.lang != "en" else [p.name_en or p.name_th]
    for i, name in enumerate(names):
        out.append(ThaiParagraph(name or "—", st.h1 if i == 0 else st.subtitle))
    out.append(gap(10))
    title = ctx.scheme.title
    scheme_text = "\n".join(
        ctx.t("scheme_value", lang, name=title.get(lang), version=a.scheme_version)
        for lang in (("th", "en") if ctx.lang == "both" else (ctx.primary,)))
    rows = [
        ("scheme_label", scheme_text),
        ("assessment_date", ctx.day(a.assessment_date)),
        ("planned_audit", ctx.day(a.planned_audit_date)),
        ("status", ctx.tt("status." + str(a.status))),
        ("assessment_id", a.id),
        ("document_id", ctx.doc_id),
    ]
    table_rows = []
    for key, value in rows:
        label = ctx.tt(key)
        table_rows.append([ThaiParagraph(label, st.cell_bold), ThaiParagraph(value, st.body)])
    out.append(Table(table_rows, colWidths=[55 * mm, ctx.width - 55 * mm], hAlign="LEFT",
                     style=TableStyle([FONT_CMD, ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
                                       ("LINEBELOW", (0, -1), (-1, -1), 1, ACCENT),
                                       ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    if a.is_demo:
        out.append(gap(8))
        out += ctx.label_paras("demo", st.draft, st.small)
    return out


def contents(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading("sec.contents", new_page=True)
    out.append(Contents())
    return out


def _size_text(ctx: Ctx) -> str:
    p = ctx.assessment.profile
    size = p.size or getattr(ctx.result, "size", None)
    if isinstance(size, str) and size in ctx.scheme.size_names:
        return ctx.pick(ctx.scheme.size_names[size])
    return "—"


def _estate_text(ctx: Ctx) -> str:
    p = ctx.assessment.profile
    if p.estate_kind == "outside":
        return ctx.tt("p.outside")
    return p.estate or "—"


def profile(ctx: Ctx) -> list[Flowable]:
    p, st = ctx.assessment.profile, ctx.st
    out = ctx.heading("sec.profile", new_page=True)
    employees = " / ".join(
        str(v) if v is not None else "—" for v in (p.employees_permanent, p.employees_outsourced))
    revenue = format_number(p.annual_revenue_baht, ctx.primary, 0) if p.annual_revenue_baht is not None else "—"
    names = "\n".join(n for n in (p.name_th, p.name_en) if n)
    companies = "\n".join(n for n in (p.company_th, p.company_en) if n)
    tax = p.tax_id + (f" / {p.branch}" if p.branch else "")
    pairs = [
        ("p.name", names), ("p.company", companies), ("p.address", p.address),
        ("p.estate", _estate_text(ctx)), ("p.province", p.province),
        ("p.registration_no", p.registration_no), ("p.tax_id", tax),
        ("p.industry", p.industry), ("p.employees", employees), ("p.revenue", revenue),
        ("p.size", _size_text(ctx)), ("p.application", ctx.tt("p.app." + (p.application_type or "new"))),
    ]
    out.append(key_values(ctx, pairs))
    if p.contacts:
        out.append(gap())
        out += ctx.label_paras("p.contacts", st.h3, st.small)
        rows = [header_row(ctx, ["col.role", "col.name", "col.position", "col.contact"])]
        for c in p.contacts:
            role = ctx.tt("p.role." + c.role) if c.role in ("coordinator", "applicant") else c.role
            contact = "\n".join(v for v in (c.phone, c.email) if v)
            rows.append(cells(ctx, [role, c.name, c.position, contact or "—"]))
        w = ctx.width
        out.append(grid(rows, [0.18 * w, 0.27 * w, 0.25 * w, 0.30 * w]))
    if p.certifications:
        out.append(gap())
        out += ctx.label_paras("p.certifications", st.h3, st.small)
        rows = [header_row(ctx, ["col.kind", "col.detail", "p.valid_until"])]
        for cert in p.certifications:
            kind = ctx.tt("cert." + cert.kind) if cert.kind in CERTIFICATION_KINDS else cert.kind
            rows.append(cells(ctx, [kind, cert.detail or "—", ctx.day(cert.valid_until)]))
        w = ctx.width
        out.append(grid(rows, [0.30 * w, 0.35 * w, 0.35 * w]))
    return out
