"""The estate report PDF (th / en / both; factories named or by code), built from the dossier's
building blocks: its styles, Thai paragraphs (shaped, searchable), tables, page layout."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.errors import ExportError
from ecoassess.estate.overview import Overview

if TYPE_CHECKING:
    from ecoassess.estate.report_blocks import ReportCtx

LANGS = ("th", "en", "both")
FORMAT_VERSION = "1"  # bump when the layout changes, so the report id changes with it


def report_id(overview: Overview, lang: str) -> str:
    """A content hash of what the report shows: the same estate data give the same id and bytes."""
    payload = {"format": FORMAT_VERSION, "lang": lang, "overview": overview.to_dict()}
    digest = hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
                            .encode("utf-8")).hexdigest().upper()
    return f"ER-{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}"


def make_ctx(lang: str, width: float, doc_id: str) -> ReportCtx:
    """The dossier's language context, reading the estate report's own labels."""
    from ecoassess.estate.report_blocks import ReportCtx

    # An estate report has no scheme, assessment or result of its own; its sections never ask.
    none: Any = None
    return ReportCtx(lang, none, none, none, doc_id, width)


def render_report(overview: Overview, lang: str) -> bytes:
    """The estate report as PDF bytes (nothing written)."""
    if lang not in LANGS:
        raise ExportError("estate.report_lang", lang=lang)
    from ecoassess.dossier.document import MARGIN_LEFT, MARGIN_RIGHT, PAGE_W, Decor, render
    from ecoassess.dossier.fonts import register_fonts
    from ecoassess.estate import report_sections as sections

    register_fonts()
    doc_id = report_id(overview, lang)
    ctx = make_ctx(lang, PAGE_W - MARGIN_LEFT - MARGIN_RIGHT, doc_id)
    estate = overview.estate
    name = estate.name(ctx.primary)
    if lang == "both" and estate.name_th and estate.name_en:
        name = f"{estate.name_th} · {estate.name_en}"
    decor = Decor(name, ctx.t("footer", doc_id=doc_id),
                  lambda page, total: ctx.tt("page_of", page=page, total=total).replace("\n", " · "))
    story = sections.story(ctx, overview)
    # The report's dates are its as-of date (the overview's): the same data give the same bytes.
    as_of = datetime.combine(overview.as_of, time(), tzinfo=UTC)
    pdf, _slots, _pages = render(story, decor, title=ctx.t("title") + " · " + name, author=name,
                                 subject=doc_id, lang="en" if lang == "en" else "th",
                                 as_of=as_of, doc_id=doc_id)
    return pdf


def write_report(overview: Overview, lang: str, target: Path) -> Path:
    """Render, then write atomically. `target` was checked with `fileio.check_output` first."""
    from ecoassess.fileio import atomic_write

    return atomic_write(Path(target), render_report(overview, lang))
