"""Evidence annex: images inline, PDF evidence pages laid into reserved dossier pages (pypdf)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, PageBreak

from ecoassess.dossier.blocks import Ctx, gap
from ecoassess.dossier.styles import RULE
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.dossier.values import evidence_refs
from ecoassess.errors import EcoAssessError, ExportError


@dataclass
class AnnexEntry:
    """One evidence file to attach: a resolved path, its kind and, for a PDF, its page sizes."""

    evidence: Any
    ref: str
    path: Path
    kind: str  # "image" | "pdf" | "other"
    page_sizes: list[tuple[float, float]] = field(default_factory=list)


class PdfSlot(Flowable):
    """The rest of a page, reserved for one page of a PDF evidence file (laid in afterwards).

    It draws a thin frame where the page goes and records that rectangle in page coordinates.
    """

    def __init__(self, ref: str, page_index: int, size: tuple[float, float]):
        super().__init__()
        self.annex_slot = (ref, page_index)
        self.size = size
        self.placed: tuple[float, float, float, float] | None = None

    def wrap(self, availWidth, availHeight):
        if availHeight < 80 * mm:  # too little room left: ask for a fresh page
            return availWidth, availHeight + 1
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self):
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


def annex(ctx: Ctx, entries: list[AnnexEntry]) -> list[Flowable]:
    st = ctx.st
    out: list[Flowable] = ctx.heading("sec.annex", new_page=True)
    for entry in entries:
        ev = entry.evidence
        caption = [ThaiParagraph(f"{entry.ref}  {ev.original_name}", st.h3)]
        if ev.description:
            caption.append(ThaiParagraph(ev.description, st.small))
        if entry.kind == "image":
            image = Image(str(entry.path))
            scale = min(ctx.width / image.imageWidth, 150 * mm / image.imageHeight, 1.0)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "LEFT"
            out += [KeepTogether([*caption, gap(2), image]), gap(6)]
        elif entry.kind == "pdf":
            caption.append(ThaiParagraph(ctx.tt("annex_pdf", ref=entry.ref, name=ev.original_name,
                                                pages=len(entry.page_sizes)), st.small))
            out += [CondPageBreak(150 * mm), *caption, gap(2)]
            for index, size in enumerate(entry.page_sizes):
                if index:
                    out.append(PageBreak())
                out.append(PdfSlot(entry.ref, index, size))
        else:
            out += [KeepTogether([*caption, ThaiParagraph(
                ctx.tt("annex_other", ref=entry.ref, name=ev.original_name), st.small)]), gap(4)]
    return out

_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif"}
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif"}


def _kind(ev: Any, path: Path) -> str:
    suffix = path.suffix.lower() or Path(ev.original_name).suffix.lower()
    name_suffix = Path(ev.original_name).suffix.lower()
    if ev.media_type in _IMAGE_TYPES or suffix in _IMAGE_SUFFIXES or name_suffix in _IMAGE_SUFFIXES:
        return "image"
    if ev.media_type == "application/pdf" or ".pdf" in (suffix, name_suffix):
        return "pdf"
    return "other"


def _page_size(page: Any) -> tuple[float, float]:
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if (page.get("/Rotate") or 0) % 180 else (width, height)


def resolve_annex(assessment: Any, resolver: Callable[[Any], Path] | None) -> list[AnnexEntry]:
    """Every evidence file, checked to exist and be readable, in reference order."""
    if resolver is None:
        raise ExportError("error.dossier_no_resolver")
    refs = evidence_refs(assessment.evidence)
    entries = []
    for ev in sorted(assessment.evidence, key=lambda e: e.id):
        try:
            path = Path(resolver(ev))
        except (EcoAssessError, OSError) as exc:
            raise ExportError("error.dossier_evidence_missing", name=ev.original_name) from exc
        if not path.is_file():
            raise ExportError("error.dossier_evidence_missing", name=ev.original_name)
        entry = AnnexEntry(ev, refs[ev.id], path, _kind(ev, path))
        try:
            if entry.kind == "pdf":
                from pypdf import PdfReader

                entry.page_sizes = [_page_size(page) for page in PdfReader(str(path)).pages]
                if not entry.page_sizes:
                    raise ValueError("no pages")
            elif entry.kind == "image":
                from PIL import Image

                with Image.open(path) as img:
                    img.verify()
        except Exception as exc:  # a corrupt file must become a clear message, not a traceback
            raise ExportError("error.dossier_evidence_unreadable", name=ev.original_name,
                              detail=str(exc) or type(exc).__name__) from exc
        entries.append(entry)
    return entries


def attach_pdf_pages(pdf: bytes, entries: list[AnnexEntry],
                     slots: dict[tuple[str, int], tuple[int, tuple[float, float, float, float]]]) -> bytes:
    """Lay each PDF evidence page, scaled, into the frame its PdfSlot drew."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    for entry in entries:
        if entry.kind != "pdf":
            continue
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
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
