"""An assessment's evidence records and their links to criteria (the Store's evidence methods)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecoassess import model
from ecoassess.errors import NotFoundError, ValidationError
from ecoassess.limits import check_date
from ecoassess.storage import convert
from ecoassess.storage import models as orm
from ecoassess.storage.common import now

if TYPE_CHECKING:
    from ecoassess.evidence import StoredFile
    from ecoassess.storage.service import Store

EVIDENCE_FIELDS = {"description", "document_date", "expiry"}


def add_evidence(store: Store, assessment_id: str, source: Path, *, description: str = "",
                 document_date: date | None = None, expiry: date | None = None,
                 items: Iterable[str] = (), original_name: str | None = None) -> model.EvidenceInfo:
    with store._read() as s:  # noqa: SLF001 - the storage package's own helpers
        store._assessment_row(s, assessment_id)  # noqa: SLF001
    stored = store.evidence_store.put(Path(source))
    return register_evidence(store, assessment_id, stored, original_name or Path(source).name,
                             description, document_date, expiry, items)


def register_evidence(store: Store, assessment_id: str, stored: StoredFile, name: str, description: str,
                      document_date: date | None, expiry: date | None,
                      items: Iterable[str]) -> model.EvidenceInfo:
    with store._tx() as s:  # noqa: SLF001 - the storage package's own transaction helper
        store._assessment_row(s, assessment_id)  # noqa: SLF001
        row = s.scalars(select(orm.Evidence).where(
            orm.Evidence.assessment_id == assessment_id, orm.Evidence.sha256 == stored.sha256)).first()
        changed = row is None
        if row is None:
            row = orm.Evidence(assessment_id=assessment_id, sha256=stored.sha256,
                               original_name=name, size=stored.size, media_type=stored.media_type,
                               description=description, document_date=document_date,
                               expiry=expiry, imported_at=now())
            s.add(row)
            s.flush()
        for item_id in items:
            changed = _link(store, s, assessment_id, row, item_id) or changed
        if changed:
            store._touch(s, assessment_id)  # noqa: SLF001
        s.flush()
        return convert.evidence_from_row(row)


def evidence_row(s: Session, assessment_id: str, evidence_id: int) -> orm.Evidence:
    row = s.get(orm.Evidence, evidence_id)
    if row is None or row.assessment_id != assessment_id:
        raise NotFoundError("store.unknown_evidence", id=evidence_id)
    return row


def _link(store: Store, s: Session, assessment_id: str, row: orm.Evidence, item_id: str) -> bool:
    """Cite the file for `item_id` (recorded in the history); False when it already was."""
    if item_id in {link.item_id for link in row.links}:
        return False
    row.links.append(orm.EvidenceLink(item_id=item_id))
    store._record(s, assessment_id, item_id, "evidence", None, row.original_name, merge=False)  # noqa: SLF001
    return True


def link_evidence(store: Store, assessment_id: str, evidence_id: int, item_id: str) -> None:
    with store._tx() as s:  # noqa: SLF001
        if _link(store, s, assessment_id, evidence_row(s, assessment_id, evidence_id), item_id):
            store._touch(s, assessment_id)  # noqa: SLF001


def unlink_evidence(store: Store, assessment_id: str, evidence_id: int, item_id: str) -> None:
    with store._tx() as s:  # noqa: SLF001
        row = evidence_row(s, assessment_id, evidence_id)
        gone = [link for link in row.links if link.item_id == item_id]
        for link in gone:
            row.links.remove(link)
            store._record(s, assessment_id, item_id, "evidence", row.original_name, None, merge=False)  # noqa: SLF001
        if gone:
            store._touch(s, assessment_id)  # noqa: SLF001


def _checked(fields: dict[str, Any]) -> None:
    unknown = set(fields) - EVIDENCE_FIELDS
    if unknown:
        raise ValidationError("store.unknown_field", field=", ".join(sorted(unknown)))
    for name in ("document_date", "expiry"):
        if fields.get(name) is not None:  # what is stored must read back and sort sanely
            check_date(fields[name], f"evidence.{name}")


# The history's field for each detail: the value recorded is {"file": name, "value": …}, so
# the history can say which file changed (ecoassess.history_view).
HISTORY_FIELDS = {"description": "evidence_description", "document_date": "evidence_document_date",
                  "expiry": "evidence_expiry"}


def update_evidence(store: Store, assessment_id: str, evidence_id: int, *, record: bool = False,
                    item_id: str | None = None, **fields: Any) -> model.EvidenceInfo:
    """Change the description, document date or expiry. With `record` (an edit made by the
    user) each changed field gets a history row under `item_id` (the page it was edited on;
    default the file's first citing item), so it shows in the history and can be undone."""
    _checked(fields)
    with store._tx() as s:  # noqa: SLF001
        row = evidence_row(s, assessment_id, evidence_id)
        changed = {name: (getattr(row, name), value) for name, value in fields.items()
                   if getattr(row, name) != value}
        if record and changed:
            where = item_id or min((link.item_id for link in row.links), default="assessment")
        for name, (old, value) in changed.items():
            setattr(row, name, value)
            if record:
                store._record(s, assessment_id, where, HISTORY_FIELDS[name],  # noqa: SLF001
                              {"file": row.original_name, "value": old},
                              {"file": row.original_name, "value": value})
        if changed:  # an expiry date changes what counts as current evidence
            store._touch(s, assessment_id)  # noqa: SLF001
        s.flush()
        return convert.evidence_from_row(row)


def remove_evidence(store: Store, assessment_id: str, evidence_id: int) -> None:
    with store._tx() as s:  # noqa: SLF001
        row = evidence_row(s, assessment_id, evidence_id)
        for link in row.links:
            store._record(s, assessment_id, link.item_id, "evidence", row.original_name, None, merge=False)  # noqa: SLF001
        store._touch(s, assessment_id)  # noqa: SLF001
        s.delete(row)


def evidence_cited(store: Store, sha256: str) -> bool:
    with store._read() as s:  # noqa: SLF001
        return s.scalar(select(orm.Evidence.id).where(orm.Evidence.sha256 == sha256).limit(1)) is not None
