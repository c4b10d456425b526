"""Collecting factories' self-assessments into an estate: .ecoassess files (one, many, a folder)
read by the package reader (safe, all-or-nothing, another version of the same scheme mapped),
or assessments already on this machine. Each becomes a snapshot beside the earlier ones."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ecoassess import model
from ecoassess.errors import EcoAssessError, ValidationError
from ecoassess.estate.records import EstateInfo, ImportOutcome
from ecoassess.estate.results import SchemeCache, score_document
from ecoassess.estate.snapshot import content_hash, factory_identity, facts_of, snapshot_document
from ecoassess.i18n import format_day

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


def _folded(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder gives its .ecoassess files (by name). Missing paths stay, so
    that each gets its own reason."""
    from ecoassess.workshop import package_files

    out: list[Path] = []
    for path in (Path(p).expanduser() for p in paths):
        out += package_files(path) if path.is_dir() else [path]
    return list(dict.fromkeys(out))


def _names(estate: EstateInfo) -> dict[str, str]:
    return {"th": estate.name("th"), "en": estate.name("en")}


def check_belongs(estate: EstateInfo, profile: model.FactoryProfile) -> None:
    """Refuse a factory whose profile places it outside this estate (an empty estate field is
    accepted: many drafts leave it blank)."""
    factory = profile.name_th or profile.name_en
    if profile.estate_kind == "outside":
        raise ValidationError("estate.factory_outside", factory=factory, estate=_names(estate))
    named = _folded(profile.estate)
    if named and named not in {_folded(estate.name_th), _folded(estate.name_en)} - {""}:
        raise ValidationError("estate.other_estate", factory=factory, other=profile.estate,
                              estate=_names(estate))


def add_assessment(store: Store, estate: EstateInfo, assessment: model.Assessment, *, source: str,
                   source_name: str, consent: bool, mapped_from: str | None = None,
                   schemes: SchemeCache | None = None) -> ImportOutcome:
    """Make one snapshot of `assessment` in the estate, or raise with the reason (nothing kept)."""
    from ecoassess.storage import estates as db

    check_belongs(estate, assessment.profile)
    identity = factory_identity(assessment.profile, assessment.factory_uid)
    elsewhere = db.link_elsewhere(store, identity, estate.id)
    if elsewhere is not None:
        raise ValidationError("estate.linked_elsewhere",
                              factory=assessment.profile.name_th or assessment.profile.name_en,
                              other=_names(elsewhere))
    document = snapshot_document(assessment)
    digest = content_hash(document)
    twice = db.existing_snapshot(store, estate.id, assessment.id, digest)
    if twice is not None:
        when = {lang: format_day(twice[0], lang) for lang in ("th", "en")}
        raise ValidationError("estate.already_imported", id=assessment.id[:8], code=twice[1], date=when)
    result = score_document(document, schemes or SchemeCache(store.layout.root))
    meta = {"assessment_id": assessment.id, "content_hash": digest, "scheme_id": assessment.scheme_id,
            "scheme_version": assessment.scheme_version, "mapped_from": mapped_from,
            "assessment_date": assessment.assessment_date, "source": source,
            "source_name": source_name[:500], "consent": consent}
    snapshot_id, code, new = db.add_snapshot(store, estate.id, identity=identity, document=document,
                                             facts=facts_of(assessment), meta=meta, result=result)
    return ImportOutcome(source_name, snapshot_id, code, assessment.profile.name_th
                         or assessment.profile.name_en, new, mapped_from)


def import_file(store: Store, estate: EstateInfo, path: Path, *, consent: bool,
                schemes: SchemeCache | None = None) -> ImportOutcome:
    """One .ecoassess file, checked whole by the package reader before anything is kept."""
    from ecoassess.package.safezip import Limits
    from ecoassess.package.unpack import read_package, resolve_scheme

    path = Path(path)
    if not path.is_file():
        from ecoassess.errors import NotFoundError

        raise NotFoundError("cli.no_such_file", path=str(path))
    contents = read_package(path, Limits(max_evidence_bytes=store.evidence_store.max_bytes))
    mapped_from = resolve_scheme(store, contents)  # the same mapping `unpack` applies
    return add_assessment(store, estate, contents.assessment, source="file", source_name=path.name,
                          consent=consent, mapped_from=mapped_from, schemes=schemes)


def _guarded(outcome: ImportOutcome, work: Callable[[], ImportOutcome]) -> ImportOutcome:
    try:
        return work()
    except EcoAssessError as exc:
        outcome.error = exc
    except Exception as exc:  # a bug must not stop the other factories from coming in
        log.exception("estate import of %s failed", outcome.source)
        outcome.error = EcoAssessError("cli.internal_error", kind=type(exc).__name__, detail=exc)
    return outcome


def import_paths(store: Store, estate: EstateInfo, paths: Iterable[Path], *, consent: bool,
                 progress: Progress | None = None) -> list[ImportOutcome]:
    """Files and folders: each file all or nothing; a refused file is reported, the rest go in."""
    files = expand_paths(paths)
    schemes = SchemeCache(store.layout.root)
    outcomes = []
    for index, path in enumerate(files):
        if progress:
            progress(index, len(files), path.name)
        outcomes.append(_guarded(ImportOutcome(str(path)), partial(
            import_file, store, estate, path, consent=consent, schemes=schemes)))
    if progress:
        progress(len(files), len(files), "")
    return outcomes


def import_local(store: Store, estate: EstateInfo, assessment_ids: Iterable[str], *, consent: bool,
                 progress: Progress | None = None) -> list[ImportOutcome]:
    """Assessments already on this machine (a factory's own, or ones unpacked earlier)."""
    ids = list(assessment_ids)
    schemes = SchemeCache(store.layout.root)
    outcomes = []

    def one(ref: str) -> ImportOutcome:
        assessment = store.get_assessment(store.resolve_id(ref))
        name = assessment.profile.name_th or assessment.profile.name_en or assessment.id[:8]
        return add_assessment(store, estate, assessment, source="local", source_name=name,
                              consent=consent, schemes=schemes)

    for index, ref in enumerate(ids):
        if progress:
            progress(index, len(ids), ref)
        outcomes.append(_guarded(ImportOutcome(ref), partial(one, ref)))
    if progress:
        progress(len(ids), len(ids), "")
    return outcomes
