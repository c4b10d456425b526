"""Entry point: build the dossier PDF of one assessment and write it atomically."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from ecoassess.asof import as_of_datetime
from ecoassess.dossier import sections_back, sections_criteria, sections_front, sections_results
from ecoassess.dossier.annex import AnnexEntry, annex, attach_pdf_pages, resolve_annex
from ecoassess.dossier.blocks import LANGS, Ctx
from ecoassess.dossier.document import MARGIN_LEFT, MARGIN_RIGHT, PAGE_W, Decor, render
from ecoassess.dossier.fonts import register_fonts
from ecoassess.dossier.sections_improvement import improvement
from ecoassess.dossier.values import annex_key
from ecoassess.errors import ExportError, os_reason
from ecoassess.fileio import atomic_write, check_output
from ecoassess.model import Assessment, EvidenceInfo

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.scoring.result import ReadinessResult

FORMAT_VERSION = "2"  # bump when the layout changes, so the document id changes with it
_VOLATILE = {"created_at", "updated_at", "imported_at", "last_page"}


def _canonical(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
                if k not in _VOLATILE}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def document_id(assessment: Assessment, scheme: Scheme, lang: str, with_evidence: bool,
                as_of: date | None = None) -> str:
    """A content hash of everything the dossier shows: same content, same id (and same bytes)."""
    content = _canonical(assessment)
    # Row ids of evidence and actions are local to one database (an imported copy gets others);
    # the dossier shows only their order, so they stay out of the id.
    for key in ("evidence", "actions"):
        content[key] = [{k: v for k, v in row.items() if k != "id"} for row in content.get(key, [])]
    payload = {
        "format": FORMAT_VERSION, "lang": lang, "with_evidence": with_evidence,
        "scheme": [scheme.id, scheme.version, getattr(scheme, "fingerprint", "")],
        "assessment": content, "as_of": as_of.isoformat() if as_of else None,
    }
    digest = hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True,
                                       default=str).encode("utf-8")).hexdigest().upper()
    return f"EA-{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}"


def build_story(ctx: Ctx, annex_entries: list[AnnexEntry]) -> list[Flowable]:
    """Every flowable of the dossier, in order."""
    flow: list[Flowable] = []
    flow += sections_front.cover(ctx)
    flow += sections_front.contents(ctx)
    flow += sections_front.profile(ctx)
    flow += sections_results.general_requirements(ctx)
    flow += sections_results.results(ctx)
    flow += sections_criteria.criteria_sections(ctx)
    flow += improvement(ctx)
    flow += sections_results.gaps(ctx)
    flow += sections_back.evidence_index(ctx)
    flow += sections_back.evidence_matrix(ctx)
    flow += sections_back.declaration(ctx)
    if annex_entries:
        flow += annex(ctx, annex_entries)
    return flow


def render_dossier(assessment: Assessment, scheme: Scheme, result: ReadinessResult, lang: str = "th",
                   with_evidence: bool = False,
                   evidence_resolver: Callable[[EvidenceInfo], Path] | None = None) -> bytes:
    """The dossier as PDF bytes (nothing written). Its dates are the as-of time."""
    if lang not in LANGS:
        raise ExportError("error.dossier_lang", lang=lang)
    register_fonts()
    as_of = as_of_datetime()
    doc_id = document_id(assessment, scheme, lang, with_evidence, as_of.date())
    annex_entries = resolve_annex(assessment, evidence_resolver) if with_evidence else []
    gc.collect()  # pypdf's readers of the evidence files are cycles: freed before the layout grows
    ctx = Ctx(lang, scheme, assessment, result, doc_id, PAGE_W - MARGIN_LEFT - MARGIN_RIGHT,
              as_of=as_of, annexed={e.ref for e in annex_entries})
    p = assessment.profile
    factory = (p.name_en or p.name_th) if lang == "en" else (p.name_th or p.name_en)
    if lang == "both" and p.name_en and p.name_en != p.name_th:
        factory = f"{p.name_th} · {p.name_en}"
    decor = Decor(factory, ctx.t("doc_footer", doc_id=doc_id),
                  lambda page, total: ctx.tt("page_of", page=page, total=total).replace("\n", " · "))
    pdf, slots, _pages = render(build_story(ctx, annex_entries), decor,
                                title=ctx.t("title") + " · " + factory,
                                author=assessment.signatory_name or factory, subject=doc_id,
                                lang="en" if lang == "en" else "th", as_of=as_of, doc_id=doc_id,
                                anchors=tuple(annex_key(e.ref) for e in annex_entries))
    gc.collect()  # ReportLab's document, canvas and frames refer to each other: free them now
    if any(e.kind == "pdf" and not e.problem for e in annex_entries):
        pdf = attach_pdf_pages(pdf, annex_entries, slots)
        gc.collect()  # and pypdf's writers of the merge
    return pdf


def _probe_writable(target: Path) -> None:
    """Fail now, not after the render, when the output folder cannot take a new file."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".probe",
                                    dir=target.parent)
    except OSError as exc:
        raise ExportError("error.dossier_write", path=str(target), detail=os_reason(exc)) from exc
    os.close(fd)
    Path(name).unlink(missing_ok=True)


def build_dossier(assessment: Assessment, scheme: Scheme, result: ReadinessResult, lang: str, out_path: Path,
                  with_evidence: bool = False,
                  evidence_resolver: Callable[[EvidenceInfo], Path] | None = None, *,
                  data_root: Path | None = None, inputs: tuple[Path, ...] = (),
                  force: bool = False) -> Path:
    """Build the dossier of `assessment` in `lang` ("th" | "en" | "both") and write `out_path`.

    `result` is the scoring.ReadinessResult of the assessment. With `with_evidence`, evidence
    files go into an annex (PDF pages laid in, images, CSV and XLSX as tables; a file that
    cannot be read is listed with the reason); `evidence_resolver` maps an EvidenceInfo to its
    verified file (e.g. `lambda ev: store.evidence_file(ev.sha256)`). The output path is
    checked before anything is rendered (`fileio.check_output`: never the database, an input,
    or a file the app did not make) and written atomically.
    """
    target = check_output(out_path, kind="pdf", data_root=data_root, inputs=inputs, force=force)
    _probe_writable(target)
    data = render_dossier(assessment, scheme, result, lang, with_evidence, evidence_resolver)
    return atomic_write(target, data, error_key="error.dossier_write")
