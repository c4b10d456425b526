"""Writing a .ecoassess file: reproducible bytes, evidence streamed and re-verified on the way."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess import __version__
from ecoassess.errors import EvidenceError, ExportError
from ecoassess.fileio import atomic_path, check_output, is_folder
from ecoassess.package.document import dump_json, to_document
from ecoassess.package.manifest import build_manifest
from ecoassess.package.names import default_file_name
from ecoassess.package.safezip import CHUNK, DOCUMENT, MANIFEST, Limits, looks_like_bomb

if TYPE_CHECKING:
    from ecoassess.model import Assessment
    from ecoassess.storage.service import Store

# Already-compressed formats are stored as they are: deflating them costs time and saves nothing.
STORED_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/zip",
                "video/", "audio/", "application/vnd.openxmlformats", "application/x-7z")
Progress = Callable[[int, int], None]


def _zip_time(stamp: datetime) -> tuple[int, int, int, int, int, int]:
    """ZIP times have no zone: the stored UTC time, so that any machine packs the same bytes."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    stamp = min(max(stamp, datetime(1980, 1, 1)), datetime(2107, 12, 31, 23, 59, 58))
    return (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second // 2 * 2)


def _info(name: str, stamp: datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_zip_time(stamp))
    info.compress_type = compress
    info.create_system = 3  # the same bytes whichever system packs it
    info.external_attr = 0o100644 << 16
    return info


def _compression_for(media_type: str) -> int:
    return zipfile.ZIP_STORED if media_type.startswith(STORED_TYPES) else zipfile.ZIP_DEFLATED


def _scheme_of(store: Store, assessment: Assessment) -> tuple[Any, dict[str, str]]:
    """The scheme the assessment was made on (or the newest of its id) and its manifest entry."""
    from ecoassess.scheme import scheme_choice

    choice = scheme_choice(store.layout.root, assessment.scheme_id, assessment.scheme_version)
    ref = {"id": assessment.scheme_id, "version": assessment.scheme_version,
           "fingerprint": choice.scheme.fingerprint if choice.exact else ""}
    return choice.scheme, ref


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


def without_personal_data(assessment: Assessment, history: list[Any]) -> tuple[Any, list[Any]]:
    """A copy of the assessment without contact persons and signatory, and its history without
    the entries that recorded them."""
    from dataclasses import replace

    profile = replace(assessment.profile, contacts=[])
    stripped = replace(assessment, profile=profile, signatory_name="", signatory_position="")
    return stripped, [h for h in history if (h.item_id, h.field) not in PERSONAL_HISTORY]


def pack_assessment(store: Store, assessment_id: str, dest: Path,
                    progress: Progress | None = None, *, force: bool = False,
                    limits: Limits | None = None, without_contacts: bool = False) -> Path:
    """Write the assessment to `dest` (a file, or a folder to name it in). Returns the path.

    The path is checked first (`fileio.check_output`), the file is written beside it and renamed.
    A package whose members compress so well that its own reader would take it for a zip bomb
    (see `safezip.Limits`) is written again with those members stored uncompressed: every
    package the app writes is one the app reads back. With `without_contacts`, contact persons,
    the signatory and their edit history stay out of the file (for an estate, or anyone outside
    the factory).
    """
    limits = limits or Limits(max_evidence_bytes=store.evidence_store.max_bytes)
    assessment = store.get_assessment(store.resolve_id(assessment_id))
    dest = Path(dest).expanduser()
    if is_folder(dest):
        profile = assessment.profile
        dest = dest / default_file_name(profile.name_en, profile.name_th, assessment.id)
    dest = check_output(dest, kind="package", data_root=store.layout.root, force=force)
    history = store.history(assessment.id)
    if without_contacts:
        assessment, history = without_personal_data(assessment, history)
    scheme, scheme_ref = _scheme_of(store, assessment)
    doc_bytes = dump_json(to_document(assessment, history, scheme))
    _check_readable(doc_bytes, assessment, limits)
    with atomic_path(dest, error_key="package.write_failed") as tmp:
        sizes = _write_zip(tmp, store, assessment, scheme_ref, doc_bytes, set(), progress)
        total = sum(size for size, _packed in sizes.values())
        if looks_like_bomb(total, tmp.stat().st_size, limits):
            stored = {name for name, (size, packed) in sizes.items()
                      if size > limits.max_ratio * max(packed, 1)}
            _write_zip(tmp, store, assessment, scheme_ref, doc_bytes, stored, None)
    return dest


def _check_readable(doc_bytes: bytes, assessment: Assessment, limits: Limits) -> None:
    """Refuse to write what `unpack` would refuse to read (a package the app cannot take back)."""
    from ecoassess.evidence import human_size

    parts = [("assessment.json", len(doc_bytes), limits.max_json_bytes)]
    parts += [(ev.original_name, ev.size, limits.max_evidence_bytes) for ev in assessment.evidence]
    total = len(doc_bytes) + sum({ev.sha256: ev.size for ev in assessment.evidence}.values())
    parts.append(("*", total, limits.max_total_bytes))
    for name, size, limit in parts:
        if size > limit:
            raise ExportError("package.too_big_to_pack", name=name, size=human_size(size),
                              limit=human_size(limit))
    if len({ev.sha256 for ev in assessment.evidence}) + 2 > limits.max_members:
        raise ExportError("package.too_big_to_pack", name="evidence", size=len(assessment.evidence),
                          limit=limits.max_members - 2)


def _write_zip(path: Path, store: Store, assessment: Assessment, scheme_ref: dict[str, str], doc_bytes: bytes,
               stored: set[str], progress: Progress | None) -> dict[str, tuple[int, int]]:
    """The package's bytes into `path`; returns each member's (size, compressed size).

    Members named in `stored` are written uncompressed whatever their type.
    """
    stamp = assessment.updated_at
    members: dict[str, tuple[str, int]] = {DOCUMENT: (hashlib.sha256(doc_bytes).hexdigest(), len(doc_bytes))}
    files = {e.sha256: e for e in assessment.evidence}

    def compression(name: str, media_type: str) -> int:
        return zipfile.ZIP_STORED if name in stored else _compression_for(media_type)

    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        archive.writestr(_info(DOCUMENT, stamp, compression(DOCUMENT, "application/json")), doc_bytes)
        for done, sha in enumerate(sorted(files), start=1):
            ev = files[sha]
            source = store.evidence_store.path_for(sha)
            if not source.is_file():
                raise EvidenceError("evidence.missing", name=ev.original_name)
            name = f"evidence/{sha}"
            info = _info(name, stamp, compression(name, ev.media_type))
            info.file_size = source.stat().st_size
            members[name] = (sha, _copy_evidence(archive, source, info, sha, ev.original_name))
            if progress:
                progress(done, len(files))
        manifest = build_manifest(app_version=__version__, assessment_id=assessment.id,
                                  scheme=scheme_ref, created=stamp, members=members)
        archive.writestr(_info(MANIFEST, stamp, zipfile.ZIP_DEFLATED), dump_json(manifest))
        return {i.filename: (i.file_size, i.compress_size) for i in archive.infolist()}
