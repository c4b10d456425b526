"""Writing a .ecoassess file: reproducible bytes, evidence streamed and re-verified on the way."""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ecoassess import __version__
from ecoassess.errors import EvidenceError, ExportError, os_reason
from ecoassess.package.document import dump_json, to_document
from ecoassess.package.manifest import build_manifest
from ecoassess.package.names import default_file_name
from ecoassess.package.safezip import CHUNK, DOCUMENT, MANIFEST

# Already-compressed formats are stored as they are: deflating them costs time and saves nothing.
STORED_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/zip",
                "video/", "audio/", "application/vnd.openxmlformats", "application/x-7z")
Progress = Callable[[int, int], None]


def _zip_time(stamp: datetime) -> tuple[int, int, int, int, int, int]:
    stamp = max(stamp, datetime(1980, 1, 1))
    return (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second // 2 * 2)


def _info(name: str, stamp: datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_zip_time(stamp))
    info.compress_type = compress
    info.create_system = 3  # the same bytes whichever system packs it
    info.external_attr = 0o100644 << 16
    return info


def _compression_for(media_type: str) -> int:
    return zipfile.ZIP_STORED if media_type.startswith(STORED_TYPES) else zipfile.ZIP_DEFLATED


def _scheme_of(store: Any, assessment: Any) -> tuple[Any, dict[str, str]]:
    """The scheme the assessment was made on (or the newest of its id) and its manifest entry."""
    from ecoassess.scheme import find_scheme, latest_scheme

    found = find_scheme(store.layout.root, assessment.scheme_id, assessment.scheme_version)
    ref = {"id": assessment.scheme_id, "version": assessment.scheme_version,
           "fingerprint": found.fingerprint if found else ""}
    return found or latest_scheme(store.layout.root, assessment.scheme_id), ref


def _copy_evidence(archive: zipfile.ZipFile, source: Path, info: zipfile.ZipInfo, sha: str,
                   name: str) -> int:
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as src, archive.open(info, "w", force_zip64=info.file_size > 2**31) as out:
        for block in iter(lambda: src.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
            out.write(block)
    if digest.hexdigest() != sha:
        raise EvidenceError("evidence.altered", name=name)
    return size


# What `without_contacts` leaves out: personal data under Thailand's PDPA that an estate or any
# other receiver does not need (contact persons, the signatory) and the edits that recorded them.
PERSONAL_HISTORY = {("profile", "contacts"), ("assessment", "signatory_name"),
                    ("assessment", "signatory_position")}


def without_personal_data(assessment: Any, history: list[Any]) -> tuple[Any, list[Any]]:
    """A copy of the assessment without contact persons and signatory, and its history without
    the entries that recorded them."""
    from dataclasses import replace

    profile = replace(assessment.profile, contacts=[])
    stripped = replace(assessment, profile=profile, signatory_name="", signatory_position="")
    return stripped, [h for h in history if (h.item_id, h.field) not in PERSONAL_HISTORY]


def pack_assessment(store: Any, assessment_id: str, dest: Path,
                    progress: Progress | None = None, *, without_contacts: bool = False) -> Path:
    """Write the assessment to `dest` (written beside it, then renamed). Returns the final path.

    With `without_contacts`, contact persons, the signatory and their edit history stay out of
    the file (for an estate, or anyone outside the factory).
    """
    assessment = store.get_assessment(store.resolve_id(assessment_id))
    history = store.history(assessment.id)
    if without_contacts:
        assessment, history = without_personal_data(assessment, history)
    dest = Path(dest)
    if dest.is_dir():
        profile = assessment.profile
        dest = dest / default_file_name(profile.name_en, profile.name_th, assessment.id)
    scheme, scheme_ref = _scheme_of(store, assessment)
    doc_bytes = dump_json(to_document(assessment, history, scheme))
    stamp = assessment.updated_at
    members: dict[str, tuple[str, int]] = {DOCUMENT: (hashlib.sha256(doc_bytes).hexdigest(), len(doc_bytes))}
    files = {e.sha256: e for e in assessment.evidence}
    tmp = dest.with_name(dest.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as archive:
            archive.writestr(_info(DOCUMENT, stamp, zipfile.ZIP_DEFLATED), doc_bytes)
            for done, sha in enumerate(sorted(files), start=1):
                ev = files[sha]
                source = store.evidence_store.path_for(sha)
                if not source.is_file():
                    raise EvidenceError("evidence.missing", name=ev.original_name)
                info = _info(f"evidence/{sha}", stamp, _compression_for(ev.media_type))
                info.file_size = source.stat().st_size
                members[info.filename] = (sha, _copy_evidence(archive, source, info, sha, ev.original_name))
                if progress:
                    progress(done, len(files))
            manifest = build_manifest(
                app_version=__version__, assessment_id=assessment.id,
                scheme=scheme_ref,
                created=stamp, members=members)
            archive.writestr(_info(MANIFEST, stamp, zipfile.ZIP_DEFLATED), dump_json(manifest))
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError("package.write_failed", path=str(dest), detail=os_reason(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
