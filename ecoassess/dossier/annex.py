"""Evidence annex: one bookmarked entry per file; PDF pages laid in, images, CSV/XLSX as tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
)

from ecoassess.dossier import tables
from ecoassess.dossier.blocks import Ctx, gap, grid
from ecoassess.dossier.styles import RULE
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import annex_key, evidence_refs
from ecoassess.errors import EcoAssessError

if TYPE_CHECKING:
    from ecoassess.model import Assessment


@dataclass
class AnnexEntry:
    """One evidence file to attach: a resolved path, its kind, or why it cannot be attached."""

    evidence: Any
    ref: str
    path: Path | None
    kind: str  # "image" | "pdf" | "table" | "other"
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    table: tables.Extract | None = None
    problem: str | None = None  # a message key (dossier.reason.*): listed, not attached


class PdfSlot(Flowable):
    """The rest of a page, reserved for one page of a PDF evidence file (laid in afterwards).

    It draws a thin frame where the page goes and records that rectangle in page coordinates.
    """

    def __init__(self, ref: str, page_index: int, size: tuple[float, float]):
        super().__init__()
        self.annex_slot = (ref, page_index)
        self.size = size
        self.placed: tuple[float, float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availHeight < 80 * mm:  # too little room left: ask for a fresh page
            return availWidth, availHeight + 1
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self) -> None:
        src_w, src_h = self.size
        scale = min(self.width / src_w, (self.height - 2) / src_h)
        w, h = src_w * scale, src_h * scale
        x, y = (self.width - w) / 2, self.height - h
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, w, h, stroke=1, fill=0)
        self.canv.restoreState()
        ax, ay = self.canv.absolutePosition(x, y)
        self.placed = (ax, ay, w, h)


def _orientation(size: tuple[float, float]) -> str:
    return "landscape" if size[0] > size[1] * 1.05 else "portrait"


def _caption(ctx: Ctx, entry: AnnexEntry) -> list[Flowable]:
    st, ev = ctx.st, entry.evidence
    title = ThaiParagraph(f"{entry.ref}  {ev.original_name}", st.h3)
    # read by DossierTemplate.afterFlowable: the file's first annex page, bookmarked
    title.anchor = (annex_key(entry.ref), f"{entry.ref} {ev.original_name}", 1)  # type: ignore[attr-defined]
    out: list[Flowable] = [title]
    if ev.description:
        out.append(ThaiParagraph(ev.description, st.small))
    out.append(ThaiParagraph(ctx.t("annex_sha", sha=ev.sha256), st.small))
    return out


def _pdf_pages(ctx: Ctx, entry: AnnexEntry) -> list[Flowable]:
    """Each page of a PDF evidence file on a page of its own orientation."""
    out: list[Flowable] = []
    for index, size in enumerate(entry.page_sizes):
        if index == 0 and _orientation(size) == "portrait":
            out.append(CondPageBreak(150 * mm))  # the annex pages are portrait already
        else:
            out += [NextPageTemplate(_orientation(size)), PageBreak()]
        if index == 0:
            out += _caption(ctx, entry)
            out.append(ThaiParagraph(ctx.tt("annex_pdf", ref=entry.ref, name=entry.evidence.original_name,
                                            pages=len(entry.page_sizes)), ctx.st.small))
            out.append(gap(2))
        out.append(PdfSlot(entry.ref, index, size))
    out.append(NextPageTemplate("portrait"))
    return out


def _table(ctx: Ctx, entry: AnnexEntry) -> list[Flowable]:
    st, extract = ctx.st, entry.table
    assert extract is not None
    out = [ThaiParagraph(ctx.t("annex_table", ref=entry.ref, name=entry.evidence.original_name,
                                rows=tables.MAX_ROWS, cols=tables.MAX_COLS), st.small), gap(1)]
    if not extract.rows:
        return out + [ThaiParagraph(ctx.tt("annex_empty_table"), st.small)]
    n_cols = max(len(r) for r in extract.rows)
    rows = [[ThaiParagraph(cell, st.cell_small) for cell in row + [""] * (n_cols - len(row))]
            for row in extract.rows]
    out.append(grid(rows, [ctx.width / n_cols] * n_cols, header=True, carried={0}))
    if extract.more_rows:
        out.append(ThaiParagraph(ctx.t("annex_more_rows", n=extract.more_rows), st.small))
    if extract.more_cols:
        out.append(ThaiParagraph(ctx.t("annex_more_cols", n=extract.more_cols), st.small))
    return out


def annex(ctx: Ctx, entries: list[AnnexEntry]) -> list[Flowable]:
    st = ctx.st
    out: list[Flowable] = ctx.heading("sec.annex", new_page=True)
    for entry in entries:
        ev = entry.evidence
        if entry.problem is not None:
            out += [CondPageBreak(40 * mm), *_caption(ctx, entry),
                    ThaiParagraph(ctx.t("annex_problem", reason=ctx.t(entry.problem)), st.not_met), gap(4)]
        elif entry.kind == "pdf":
            out += _pdf_pages(ctx, entry)
        elif entry.kind == "image":
            assert entry.path is not None
            # lazy=2: the decoded pixels are dropped once drawn (ReportLab keeps only the
            # compressed stream), not held by the story until the whole dossier is saved
            image = Image(str(entry.path), lazy=2)
            scale = min(ctx.width / image.imageWidth, 150 * mm / image.imageHeight, 1.0)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "LEFT"
            out += [KeepTogether([*_caption(ctx, entry), gap(2), image]), gap(6)]
        elif entry.kind == "table":
            out += [CondPageBreak(60 * mm), *_caption(ctx, entry), *_table(ctx, entry), gap(6)]
        else:
            out += [KeepTogether([*_caption(ctx, entry), ThaiParagraph(
                ctx.tt("annex_other", ref=entry.ref, name=ev.original_name), st.small)]), gap(4)]
    return out


_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif"}
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif"}


def _kind(ev: Any, path: Path) -> str:
    suffixes = {path.suffix.lower(), Path(ev.original_name).suffix.lower()}
    if ev.media_type in _IMAGE_TYPES or suffixes & _IMAGE_SUFFIXES:
        return "image"
    if ev.media_type == "application/pdf" or ".pdf" in suffixes:
        return "pdf"
    if tables.kind_of(ev.media_type, suffixes):
        return "table"
    return "other"


def _page_size(page: Any) -> tuple[float, float]:
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if (page.get("/Rotate") or 0) % 180 else (width, height)


def _read(entry: AnnexEntry) -> None:
    """Read what the annex needs of the file; a damaged file gets its reason, never an error."""
    path, ev = entry.path, entry.evidence
    assert path is not None
    try:
        if entry.kind == "pdf":
            from pypdf import PdfReader

            entry.page_sizes = [_page_size(page) for page in PdfReader(str(path)).pages]
            if not entry.page_sizes:
                entry.problem = "reason.empty_pdf"
        elif entry.kind == "image":
            from PIL import Image as PILImage

            with PILImage.open(path) as img:
                img.verify()
        elif entry.kind == "table":
            entry.table = tables.extract(path, tables.kind_of(ev.media_type, {
                path.suffix.lower(), Path(ev.original_name).suffix.lower()}))
    except Exception:  # noqa: BLE001 - any damage becomes a listed reason, not a failed dossier
        entry.problem = {"pdf": "reason.bad_pdf", "image": "reason.bad_image"}.get(
            entry.kind, "reason.bad_table")


def resolve_annex(assessment: Assessment, resolver: Callable[[Any], Path] | None) -> list[AnnexEntry]:
    """Every evidence file in reference order: readable ones to attach, others with a reason."""
    refs = evidence_refs(assessment.evidence)
    entries = []
    for ev in sorted(assessment.evidence, key=lambda e: e.id):
        try:
            path = Path(resolver(ev)) if resolver is not None else None
        except (EcoAssessError, OSError):
            path = None
        if path is None or not path.is_file():
            entries.append(AnnexEntry(ev, refs[ev.id], None, "other", problem="reason.missing"))
            continue
        entry = AnnexEntry(ev, refs[ev.id], path, _kind(ev, path))
        _read(entry)
        entries.append(entry)
    return entries


def attach_pdf_pages(pdf: bytes, entries: list[AnnexEntry],
                     slots: dict[tuple[str, int], tuple[int, tuple[float, float, float, float]]]) -> bytes:
    """Lay each PDF evidence page, scaled, into the frame its PdfSlot drew."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    for entry in entries:
        if entry.kind != "pdf" or entry.problem is not None:
            continue
        try:
            # pypdf can only rewrite (un-rotate) pages that belong to a writer
            source_pdf = PdfWriter(clone_from=PdfReader(str(entry.path)))
            for index, source in enumerate(source_pdf.pages):
                placed = slots.get((entry.ref, index))
                if placed is None:
                    continue
                page_no, (x, y, w, _h) = placed
                source.transfer_rotation_to_content()
                box = source.cropbox
                scale = w / float(box.width)
                op = (Transformation().translate(-float(box.left), -float(box.bottom))
                      .scale(scale).translate(x, y))
                writer.pages[page_no - 1].merge_transformed_page(source, op, over=False)
        except Exception:  # noqa: BLE001 - a page pypdf cannot merge stays an empty frame
            continue
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
