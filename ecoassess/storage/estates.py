"""The estate tables: estates, factory links, snapshots, cached results, requirement statuses.

Every change is one committed transaction of the store; every read returns dataclasses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, delete, func, select, update

from ecoassess.errors import NotFoundError, ValidationError
from ecoassess.estate.records import EstateInfo, RequirementStatus, SnapshotRow
from ecoassess.storage import estate_models as orm
from ecoassess.storage.common import now

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

ESTATE_SETTINGS = ("thresholds", "aspect_names", "mapping", "readiness_threshold")


def _info(row: orm.Estate, factories: int = 0, snapshots: int = 0) -> EstateInfo:
    return EstateInfo(row.id, row.uid, row.name_th, row.name_en, row.ieat, row.province_th,
                      row.province_en, row.framework_id, dict(row.settings or {}), row.is_demo,
                      row.created_at, row.updated_at, factories, snapshots)


def _folded(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def create_estate(store: Store, *, name_th: str, name_en: str = "", ieat: bool = False,
                  province_th: str = "", province_en: str = "", framework_id: str,
                  is_demo: bool = False) -> EstateInfo:
    names = {_folded(n) for n in (name_th, name_en) if n.strip()}
    if not names:
        raise ValidationError("estate.no_name")
    stamp = now()
    with store._tx() as s:  # noqa: SLF001 - the storage package's own transaction helper
        for row in s.scalars(select(orm.Estate)).all():
            if names & {_folded(row.name_th), _folded(row.name_en)} - {""}:
                raise ValidationError("estate.exists", name=row.name_th or row.name_en)
        row = orm.Estate(uid=str(uuid.uuid4()), name_th=name_th.strip(), name_en=name_en.strip(),
                         ieat=ieat, province_th=province_th, province_en=province_en,
                         framework_id=framework_id, settings={}, is_demo=is_demo,
                         created_at=stamp, updated_at=stamp)
        s.add(row)
        s.flush()
        return _info(row)


def list_estates(store: Store) -> list[EstateInfo]:
    with store._read() as s:  # noqa: SLF001
        factories = dict(s.execute(select(orm.EstateFactory.estate_id, func.count())
                                   .group_by(orm.EstateFactory.estate_id)).all())
        snapshots = dict(s.execute(select(orm.EstateSnapshot.estate_id, func.count())
                                   .group_by(orm.EstateSnapshot.estate_id)).all())
        rows = s.scalars(select(orm.Estate).order_by(orm.Estate.id)).all()
        return [_info(r, factories.get(r.id, 0), snapshots.get(r.id, 0)) for r in rows]


def get_estate(store: Store, estate_id: int) -> EstateInfo:
    found = next((e for e in list_estates(store) if e.id == estate_id), None)
    if found is None:
        raise NotFoundError("estate.unknown", estate=str(estate_id))
    return found


def resolve_estate(store: Store, ref: str) -> EstateInfo:
    """An estate by its number, the start of its uid, or its Thai or English name."""
    wanted = _folded(str(ref))
    estates = list_estates(store)
    for estate in estates:
        if wanted in (str(estate.id), _folded(estate.name_th), _folded(estate.name_en)):
            return estate
    by_uid = [e for e in estates if len(wanted) >= 4 and e.uid.startswith(wanted)]
    if len(by_uid) == 1:
        return by_uid[0]
    raise NotFoundError("estate.unknown", estate=str(ref))


def update_estate(store: Store, estate_id: int, *, framework_id: str | None = None,
                  **settings: Any) -> EstateInfo:
    """Change the framework in use and/or officer settings (None removes a setting)."""
    unknown = set(settings) - set(ESTATE_SETTINGS)
    if unknown:
        raise ValidationError("store.unknown_field", field=", ".join(sorted(unknown)))
    with store._tx() as s:  # noqa: SLF001
        row = s.get(orm.Estate, estate_id)
        if row is None:
            raise NotFoundError("estate.unknown", estate=str(estate_id))
        if framework_id is not None:
            row.framework_id = framework_id
        merged = dict(row.settings or {})
        for key, value in settings.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        row.settings = merged
        row.updated_at = now()
        s.flush()
        return _info(row)


def delete_estate(store: Store, estate_id: int) -> Any:
    """Delete the estate and everything linked to it, after a backup copy of the database."""
    estate = get_estate(store, estate_id)
    backup = store.backup(store.layout.backups / f"before-delete-estate-{estate.id}-{now():%Y%m%d-%H%M%S}.sqlite3")
    with store._tx() as s:  # noqa: SLF001
        s.execute(delete(orm.Estate).where(orm.Estate.id == estate_id))
    return backup


def link_elsewhere(store: Store, identity: str, estate_id: int) -> EstateInfo | None:
    """Another estate on this machine that already holds the factory with `identity`."""
    with store._read() as s:  # noqa: SLF001
        other = s.scalars(select(orm.EstateFactory.estate_id).where(
            orm.EstateFactory.identity == identity, orm.EstateFactory.estate_id != estate_id)).first()
    return get_estate(store, other) if other is not None else None


def existing_snapshot(store: Store, estate_id: int, assessment_id: str, digest: str) -> Any:
    """(imported_at, code) of the same snapshot already in the estate, or None."""
    with store._read() as s:  # noqa: SLF001
        return s.execute(
            select(orm.EstateSnapshot.imported_at, orm.EstateFactory.code)
            .join(orm.EstateFactory, orm.EstateFactory.id == orm.EstateSnapshot.factory_id)
            .where(orm.EstateSnapshot.estate_id == estate_id,
                   orm.EstateSnapshot.assessment_id == assessment_id,
                   orm.EstateSnapshot.content_hash == digest)).first()


def _next_code(s: Any, estate_id: int) -> str:
    """F001, F002 … in order of linking."""
    number = func.max(func.cast(func.substr(orm.EstateFactory.code, 2), Integer))
    highest = s.scalar(select(number).where(orm.EstateFactory.estate_id == estate_id))
    return f"F{(highest or 0) + 1:03d}"


def add_snapshot(store: Store, estate_id: int, *, identity: str, document: dict[str, Any],
                 facts: dict[str, Any], meta: dict[str, Any], result: dict[str, Any] | None
                 ) -> tuple[int, str, bool]:
    """Store one snapshot (and its result) in one transaction; the factory link is made on its
    first snapshot. Returns (snapshot id, factory code, whether the factory is new here)."""
    stamp = now()
    with store._tx() as s:  # noqa: SLF001
        if s.get(orm.Estate, estate_id) is None:
            raise NotFoundError("estate.unknown", estate=str(estate_id))
        link = s.scalars(select(orm.EstateFactory).where(
            orm.EstateFactory.estate_id == estate_id, orm.EstateFactory.identity == identity)).first()
        new = link is None
        if link is None:
            link = orm.EstateFactory(estate_id=estate_id, identity=identity,
                                     code=_next_code(s, estate_id), created_at=stamp)
            s.add(link)
        link.name_th, link.name_en = facts.get("name_th") or "", facts.get("name_en") or ""
        s.flush()
        row = orm.EstateSnapshot(estate_id=estate_id, factory_id=link.id, document=document,
                                 facts=facts, imported_at=meta.pop("imported_at", stamp), **meta)
        s.add(row)
        s.flush()
        if result is not None:
            s.add(orm.EstateResult(snapshot_id=row.id, computed_at=stamp, **result))
        s.execute(update(orm.Estate).where(orm.Estate.id == estate_id).values(updated_at=stamp))
        return row.id, link.code, new


def snapshot_rows(store: Store, estate_id: int) -> list[tuple[SnapshotRow, dict[str, Any] | None]]:
    """Every snapshot of the estate (no documents), newest first within each factory, with the
    cached result row as {content_hash, scheme_fingerprint, engine_version, summary} or None."""
    snap, link, res = orm.EstateSnapshot, orm.EstateFactory, orm.EstateResult
    columns = (snap.id, snap.factory_id, link.code, link.name_th, link.name_en, snap.assessment_id,
               snap.content_hash, snap.scheme_id, snap.scheme_version, snap.mapped_from,
               snap.assessment_date, snap.imported_at, snap.source, snap.source_name, snap.consent,
               snap.facts)
    cache = (res.content_hash, res.scheme_fingerprint, res.engine_version, res.summary)
    query = (select(*columns, *cache).join(link, link.id == snap.factory_id)
             .outerjoin(res, res.snapshot_id == snap.id).where(snap.estate_id == estate_id)
             .order_by(link.code, snap.assessment_date.desc(), snap.imported_at.desc(), snap.id.desc()))
    out = []
    with store._read() as s:  # noqa: SLF001
        for r in s.execute(query):
            row = SnapshotRow(*r[: len(columns)])
            cached = None if r[len(columns)] is None else dict(zip(
                ("content_hash", "scheme_fingerprint", "engine_version", "summary"),
                r[len(columns):], strict=True))
            out.append((row, cached))
    return out


def documents(store: Store, snapshot_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    ids = list(snapshot_ids)
    out: dict[int, dict[str, Any]] = {}
    with store._read() as s:  # noqa: SLF001
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out.update(s.execute(select(orm.EstateSnapshot.id, orm.EstateSnapshot.document)
                                 .where(orm.EstateSnapshot.id.in_(chunk))).all())
    return out


def save_results(store: Store, results: dict[int, dict[str, Any]]) -> None:
    """Replace the cached results of these snapshots (one transaction)."""
    if not results:
        return
    stamp = now()
    with store._tx() as s:  # noqa: SLF001
        s.execute(delete(orm.EstateResult).where(orm.EstateResult.snapshot_id.in_(list(results))))
        s.add_all(orm.EstateResult(snapshot_id=sid, computed_at=stamp, **values)
                  for sid, values in results.items())


def delete_snapshot(store: Store, estate_id: int, snapshot_id: int) -> None:
    """Remove one snapshot; a factory left without snapshots is unlinked."""
    with store._tx() as s:  # noqa: SLF001
        row = s.get(orm.EstateSnapshot, snapshot_id)
        if row is None or row.estate_id != estate_id:
            raise NotFoundError("estate.unknown_snapshot", id=snapshot_id)
        factory_id = row.factory_id
        s.delete(row)
        s.flush()
        left = s.scalar(select(func.count()).where(orm.EstateSnapshot.factory_id == factory_id))
        if not left:
            s.execute(delete(orm.EstateFactory).where(orm.EstateFactory.id == factory_id))


def requirement_statuses(store: Store, estate_id: int) -> dict[str, RequirementStatus]:
    with store._read() as s:  # noqa: SLF001
        rows = s.scalars(select(orm.EstateRequirement).where(
            orm.EstateRequirement.estate_id == estate_id).order_by(orm.EstateRequirement.id)).all()
        return {r.requirement_id: RequirementStatus(
            r.requirement_id, r.level_id, r.status, r.points, r.points_max, r.evidence, r.note,
            r.assessed_on, r.custom, r.type, r.title_th, r.title_en) for r in rows}


def save_requirement(store: Store, estate_id: int, status: RequirementStatus) -> None:
    with store._tx() as s:  # noqa: SLF001
        row = s.scalars(select(orm.EstateRequirement).where(
            orm.EstateRequirement.estate_id == estate_id,
            orm.EstateRequirement.requirement_id == status.requirement_id)).first()
        if row is None:
            row = orm.EstateRequirement(estate_id=estate_id, requirement_id=status.requirement_id)
            s.add(row)
        for name, value in asdict(status).items():
            setattr(row, name, value)
        row.updated_at = now()


def delete_requirement(store: Store, estate_id: int, requirement_id: str) -> None:
    with store._tx() as s:  # noqa: SLF001
        s.execute(delete(orm.EstateRequirement).where(
            orm.EstateRequirement.estate_id == estate_id,
            orm.EstateRequirement.requirement_id == requirement_id))
