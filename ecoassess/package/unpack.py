"""Importing a .ecoassess file: check everything, stage evidence, then one database transaction."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ecoassess import model
from ecoassess.errors import NotFoundError, ValidationError, bilingual
from ecoassess.fileio import PRIVATE, commit
from ecoassess.package.document import (
    ParsedDocument,
    check_answers,
    from_document,
    parse_document,
    strict_json,
)
from ecoassess.package.manifest import Manifest, parse_manifest
from ecoassess.package.names import OnConflict, PackageConflict
from ecoassess.package.ranges import check_assessment_ranges, check_document_ranges
from ecoassess.package.safezip import (
    Budget,
    Entries,
    Limits,
    open_archive,
    read_member,
    stream_member,
)
from ecoassess.scheme.settings import check_settings
from ecoassess.scoring.certificates import move_assessment

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

Progress = Callable[[int, int], None]


@dataclass
class PackageContents:
    """A fully checked package: manifest, assessment, history; evidence not yet extracted."""

    path: Path
    manifest: Manifest
    assessment: model.Assessment
    history: list[model.HistoryEntry]
    document: ParsedDocument
    notices: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ImportResult:
    assessment_id: str
    original_id: str
    factory_th: str
    replaced: bool = False
    kept_both: bool = False
    mapped_from: str | None = None  # the file's scheme version when answers were mapped
    evidence_files: int = 0
    # What the import changed and says so (bilingual): a G2 route in the file that the
    # profile's certificates contradict keeps the profile's (ecoassess.scoring.certificates).
    notices: list[dict[str, str]] = field(default_factory=list)


def _limits_for(store: Store, limits: Limits | None) -> Limits:
    if limits is not None:
        return limits
    return Limits(max_evidence_bytes=store.evidence_store.max_bytes)


def _check_members(manifest: Manifest, entries: Entries, assessment: model.Assessment) -> None:
    listed = set(manifest.members)
    present = {"assessment.json"} | {f"evidence/{sha}" for sha in entries.evidence}
    for name in sorted(present ^ listed):
        raise ValidationError("package.manifest_mismatch", member=name)
    for sha in entries.evidence:
        if manifest.members[f"evidence/{sha}"].sha256 != sha:
            raise ValidationError("package.hash_mismatch", member=f"evidence/{sha}")
    cited = [e.sha256 for e in assessment.evidence]
    if len(cited) != len(set(cited)):
        raise ValidationError("package.bad_document", member="assessment.json",
                              detail=bilingual("seams.package.evidence_twice"))
    for sha in sorted(set(cited) ^ set(entries.evidence)):
        raise ValidationError("package.manifest_mismatch", member=f"evidence/{sha}")
    for ev in assessment.evidence:
        if manifest.members[f"evidence/{ev.sha256}"].size != ev.size:
            raise ValidationError("package.hash_mismatch", member=f"evidence/{ev.sha256}")
    if manifest.assessment_id != assessment.id:
        raise ValidationError("package.bad_manifest", detail=bilingual("seams.package.id_differs"))


def _read_checked(archive: zipfile.ZipFile, entries: Entries, limits: Limits,
                  budget: Budget, path: Path) -> PackageContents:
    raw, _sha = read_member(archive, entries.manifest, limits.max_json_bytes, budget)
    manifest = parse_manifest(strict_json(raw, "manifest.json"))
    expected = manifest.members.get("assessment.json")
    if expected is None:
        raise ValidationError("package.manifest_mismatch", member="assessment.json")
    raw, sha = read_member(archive, entries.document, limits.max_json_bytes, budget)
    if sha != expected.sha256 or len(raw) != expected.size:
        raise ValidationError("package.hash_mismatch", member="assessment.json")
    data = strict_json(raw, "assessment.json")
    check_document_ranges(data)
    document = parse_document(data)
    assessment, history = from_document(document)
    check_assessment_ranges(assessment, history, manifest)
    _check_members(manifest, entries, assessment)
    declared = sum(m.size for m in manifest.members.values())
    if declared > limits.max_total_bytes:
        raise ValidationError("package.too_large", member="manifest.json")
    for ev in assessment.evidence:
        if ev.size > limits.max_evidence_bytes:
            raise ValidationError("package.member_too_large", member=f"evidence/{ev.sha256}")
    return PackageContents(path, manifest, assessment, history, document)


def read_package(path: Path, limits: Limits | None = None) -> PackageContents:
    """Check a package without importing it (structure, manifest, hashes of the JSON members)."""
    limits = limits or Limits()
    archive, entries = open_archive(Path(path), limits)
    with archive:
        budget = Budget(limits, Path(path).stat().st_size)
        return _read_checked(archive, entries, limits, budget, Path(path))


def resolve_scheme(store: Store, contents: PackageContents) -> str | None:
    """Put the assessment on a local scheme version; returns the file's version when mapped.

    The same version is taken as it is; another version of the same scheme is mapped when every
    answered item and input id exists in it, and refused (naming what is missing) otherwise.
    """
    from ecoassess.scheme import map_answers, scheme_choice

    ref = contents.manifest.scheme
    assessment = contents.assessment
    if ref.id != assessment.scheme_id or ref.version != assessment.scheme_version:
        raise ValidationError("package.bad_manifest",
                              detail=bilingual("seams.package.scheme_differs"))
    choice = scheme_choice(store.layout.root, ref.id, ref.version)
    target = choice.scheme
    same = choice.exact and (not ref.fingerprint or target.fingerprint == ref.fingerprint)
    if target.id != ref.id:
        raise ValidationError("package.unknown_scheme", scheme=ref.id, version=ref.version)
    _kept, dropped = map_answers(assessment.answers, target)
    known = set(target.item_ids())
    dropped += [e for ev in assessment.evidence for e in ev.items if e not in known]
    dropped += [a.item_id for a in assessment.actions if a.item_id not in known]
    if dropped:
        shown = ", ".join(sorted(set(dropped))[:8]) + (" …" if len(set(dropped)) > 8 else "")
        raise ValidationError("package.scheme_unmapped", scheme=ref.id, version=ref.version,
                              local=target.version, items=shown)
    check_answers(contents.document, assessment, target)
    try:  # null settings (older packages) mean the scheme's default
        assessment.settings = check_settings(target, assessment.settings)
    except ValidationError as exc:
        raise ValidationError("package.bad_answers", detail_th=exc.message("th"),
                              detail_en=exc.message("en")) from exc
    contents.notices = move_assessment(assessment, target)  # G2's route onto the profile
    if same:
        return None
    assessment.scheme_version = target.version
    return ref.version


def _existing(store: Store, assessment_id: str) -> model.Assessment | None:
    try:
        return store.get_assessment(assessment_id)
    except NotFoundError:
        return None


def _stage(archive: zipfile.ZipFile, entries: Entries, contents: PackageContents, limits: Limits,
           budget: Budget, folder: Path, progress: Progress | None) -> None:
    """Extract and verify every evidence file into `folder` before anything enters the store."""
    total = len(contents.assessment.evidence)
    for done, ev in enumerate(contents.assessment.evidence, start=1):
        target = folder / ev.sha256
        with target.open("wb") as out:
            sha, size = stream_member(archive, entries.evidence[ev.sha256],
                                      limits.max_evidence_bytes, budget, out.write)
            out.flush()
            os.fsync(out.fileno())
        if sha != ev.sha256 or size != ev.size:
            raise ValidationError("package.hash_mismatch", member=f"evidence/{ev.sha256}")
        if progress:
            progress(done, total)


def _adopt(store: Store, folder: Path, shas: list[str]) -> list[Path]:
    """Move staged files into the evidence store; returns the files that are new there."""
    from ecoassess.evidence import sha256_of

    created: list[Path] = []
    for sha in shas:
        staged = folder / sha
        final = store.evidence_store.path_for(sha)
        if final.is_file() and sha256_of(final) == sha:
            continue
        is_new = not final.exists()
        final.parent.mkdir(parents=True, exist_ok=True)
        commit(staged, final, PRIVATE)  # the rename flushed with its folder (fileio)
        if is_new:
            created.append(final)
    return created


def _prepare_ids(store: Store, contents: PackageContents, on_conflict: OnConflict,
                 result: ImportResult) -> bool:
    """Decide the id the assessment gets; True when it replaces the one already here."""
    existing = _existing(store, contents.assessment.id)
    if existing is None:
        return False
    if on_conflict == OnConflict.ASK:
        raise PackageConflict(existing.id, existing.profile.name_th or existing.profile.name_en)
    if on_conflict == OnConflict.REPLACE:
        if existing.factory_uid != contents.assessment.factory_uid:
            # Only the same assessment of the same factory may be replaced: a file naming another
            # factory's assessment must not rewrite that factory's profile or answers.
            raise ValidationError("package.replace_other_factory", id=existing.id[:8],
                                  factory=existing.profile.name_th or existing.profile.name_en)
        result.replaced = True
        return True
    contents.assessment.id = str(uuid.uuid4())
    result.kept_both = True
    return False


def unpack_package(store: Store, path: Path, on_conflict: OnConflict | str = OnConflict.ASK,
                   limits: Limits | None = None, progress: Progress | None = None) -> ImportResult:
    """Import the package all or nothing; a refused file leaves the data folder as it was."""
    from ecoassess.storage.importer import import_assessment

    limits = _limits_for(store, limits)
    path = Path(path)
    archive, entries = open_archive(path, limits)
    with archive:
        budget = Budget(limits, path.stat().st_size)
        contents = _read_checked(archive, entries, limits, budget, path)
        original = contents.assessment.id
        result = ImportResult(original, original, contents.assessment.profile.name_th)
        result.mapped_from = resolve_scheme(store, contents)
        replace = _prepare_ids(store, contents, OnConflict(on_conflict), result)
        result.assessment_id = contents.assessment.id
        folder = store.layout.staging / f"import-{uuid.uuid4().hex}"
        created: list[Path] = []
        try:
            folder.mkdir(parents=True)
            _stage(archive, entries, contents, limits, budget, folder, progress)
            created = _adopt(store, folder, [e.sha256 for e in contents.assessment.evidence])
            if replace:
                store.safety_copy("before-import", original[:8])
            import_assessment(store, contents.assessment, contents.history, replace=replace)
        except BaseException:
            for file in created:
                file.unlink(missing_ok=True)
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            _remove_if_empty(store.layout.staging)
    result.evidence_files = len(contents.assessment.evidence)
    result.notices = contents.notices
    return result


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
