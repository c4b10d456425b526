"""Evidence annex: resolve evidence files, and lay PDF evidence pages into reserved pages (pypdf)."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from ecoassess.dossier.document import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W
from ecoassess.dossier.sections_back import AnnexEntry
from ecoassess.dossier.values import evidence_refs
from ecoassess.errors import EcoAssessError, ExportError

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

                entry.pages = len(PdfReader(str(path)).pages)
            elif entry.kind == "image":
                from PIL import Image

                with Image.open(path) as img:
                    img.verify()
        except Exception as exc:  # a corrupt file must become a clear message, not a traceback
            raise ExportError("error.dossier_evidence_unreadable", name=ev.original_name,
                              detail=str(exc) or type(exc).__name__) from exc
        entries.append(entry)
    return entries


def attach_pdf_pages(pdf: bytes, entries: list[AnnexEntry], slots: dict[tuple[str, int], int]) -> bytes:
    """Lay each PDF evidence page, scaled, into the body of its reserved dossier page."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    box_w = PAGE_W - 2 * MARGIN_X
    box_h = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 8
    for entry in entries:
        if entry.kind != "pdf":
            continue
        # pypdf can only rewrite (un-rotate) pages that belong to a writer
        source_pdf = PdfWriter(clone_from=PdfReader(str(entry.path)))
        for index, source in enumerate(source_pdf.pages):
            page_no = slots.get((entry.ref, index))
            if page_no is None:
                continue
            source.transfer_rotation_to_content()
            box = source.cropbox
            width, height = float(box.width), float(box.height)
            scale = min(box_w / width, box_h / height)
            x0 = MARGIN_X + (box_w - width * scale) / 2
            y0 = MARGIN_BOTTOM + (box_h - height * scale)
            op = (Transformation().translate(-float(box.left), -float(box.bottom))
                  .scale(scale).translate(x0, y0))
            writer.pages[page_no - 1].merge_transformed_page(source, op, over=False)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
