"""Scores of snapshots from the one scoring engine, cached by snapshot hash, scheme fingerprint
and engine version: a new scheme version or a changed engine recomputes, nothing else does."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.estate.records import SnapshotRow
from ecoassess.estate.snapshot import assessment_from_document

if TYPE_CHECKING:
    from ecoassess.scoring.result import ReadinessResult
    from ecoassess.storage.service import Store

Progress = Callable[[int, int], None]


@cache
def engine_version() -> str:
    """A digest of the scoring engine's own source: any change to how scores are computed
    invalidates cached results by itself. A frozen build without sources uses the app version."""
    import ecoassess
    from ecoassess import scoring

    digest = hashlib.sha256(ecoassess.__version__.encode())
    folder = Path(scoring.__file__).resolve().parent
    sources = sorted(folder.glob("*.py")) + [folder.parent / "ecoefficiency.py", folder.parent / "sme.py"]
    for path in sources:
        try:
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:32]


class SchemeCache:
    """The scheme each snapshot is scored on (`scheme_choice`), looked up once per version."""

    def __init__(self, data_dir: Path | None) -> None:
        self.data_dir = data_dir
        self._found: dict[tuple[str, str], Any] = {}

    def choice(self, scheme_id: str, version: str) -> Any:
        from ecoassess.scheme import scheme_choice

        key = (scheme_id, version)
        if key not in self._found:
            self._found[key] = scheme_choice(self.data_dir, scheme_id, version)
        return self._found[key]


def summarise(result: ReadinessResult, exact: bool) -> dict[str, Any]:
    """The part of a ReadinessResult the estate view keeps (small, JSON-ready)."""
    return {
        "scheme_version": result.scheme_version, "exact": exact,
        "points": {c.id: c.points for c in result.criteria},
        "max_points": {c.id: c.max_points for c in result.criteria},
        "answered": [c.id for c in result.criteria if c.answered],
        "total": result.total, "max": result.max, "percent": result.percent,
        "verdict": result.verdict.status,
        "prerequisites": {p.id: p.status for p in result.prerequisites},
        "blocking_met": all(p.status == "met" for p in result.prerequisites if p.blocking),
    }


def score_document(document: dict[str, Any], schemes: SchemeCache) -> dict[str, Any]:
    """{content_hash, scheme_fingerprint, engine_version, summary} for one snapshot document."""
    from ecoassess.estate.snapshot import content_hash
    from ecoassess.scoring import evaluate_assessment

    assessment = assessment_from_document(document)
    choice = schemes.choice(assessment.scheme_id, assessment.scheme_version)
    result = evaluate_assessment(choice.scheme, assessment)
    return {"content_hash": content_hash(document), "scheme_fingerprint": choice.scheme.fingerprint,
            "engine_version": engine_version(), "summary": summarise(result, choice.exact)}


def _current(row: SnapshotRow, cached: dict[str, Any] | None, schemes: SchemeCache) -> bool:
    if cached is None:
        return False
    choice = schemes.choice(row.scheme_id, row.scheme_version)
    current: bool = (cached["content_hash"] == row.content_hash
                     and cached["scheme_fingerprint"] == choice.scheme.fingerprint
                     and cached["engine_version"] == engine_version())
    return current


def scored_rows(store: Store, estate_id: int, progress: Progress | None = None) -> list[SnapshotRow]:
    """Every snapshot of the estate with its summary: cached results where current; the others
    are scored now (and cached when the store is writable). Newest first within each factory."""
    from ecoassess.storage import estates as db

    schemes = SchemeCache(store.layout.root)
    pairs = db.snapshot_rows(store, estate_id)
    stale = []
    for row, cached in pairs:
        if _current(row, cached, schemes):
            row.summary = cached["summary"]  # type: ignore[index]
        else:
            stale.append(row)
    fresh: dict[int, dict[str, Any]] = {}
    for start in range(0, len(stale), 200):  # documents in batches: memory stays flat
        batch = stale[start:start + 200]
        docs = db.documents(store, [r.id for r in batch])
        for row in batch:
            fresh[row.id] = score_document(docs[row.id], schemes)
            row.summary = fresh[row.id]["summary"]
        if progress:
            progress(min(start + 200, len(stale)), len(stale))
    if fresh and not store.read_only:
        db.save_results(store, fresh)
    return [row for row, _cached in pairs]


def latest_per_factory(rows: list[SnapshotRow]) -> list[SnapshotRow]:
    """The newest snapshot of each factory (rows come newest first within a factory)."""
    seen: set[int] = set()
    out = []
    for row in rows:
        if row.factory_id not in seen:
            seen.add(row.factory_id)
            out.append(row)
    return out
