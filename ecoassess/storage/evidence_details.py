"""An evidence file's details (description, document date, expiry) changed with a history row per field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.limits import check_date
from ecoassess.storage import convert

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

# The history's field for each detail: the value recorded is {"file": name, "value": …}, so
# the history can say which file changed (ecoassess.history_view).
HISTORY_FIELDS = {"description": "evidence_description", "document_date": "evidence_document_date",
                  "expiry": "evidence_expiry"}


def update_details(store: Store, assessment_id: str, evidence_id: int, *, item_id: str | None = None,
                   **fields: Any) -> model.EvidenceInfo:
    """Change the details of one file of the assessment in one transaction, recording each
    changed field under `item_id` (the page it was edited on; default its first citing item).

    Kept beside the Store (and using its transaction and history helpers) rather than in it:
    `Store.update_evidence` stays the plain, unrecorded edit the importer and tests use."""
    unknown = set(fields) - set(HISTORY_FIELDS)
    if unknown:
        raise ValidationError("store.unknown_field", field=", ".join(sorted(unknown)))
    for name in ("document_date", "expiry"):
        if fields.get(name) is not None:  # what is stored must read back and sort sanely
            check_date(fields[name], f"evidence.{name}")
    with store._tx() as s:
        row = store._evidence_row(s, assessment_id, evidence_id)
        cited = sorted(link.item_id for link in row.links)
        where = item_id or (cited[0] if cited else "assessment")
        for name, value in fields.items():
            old = getattr(row, name)
            if old == value:
                continue
            setattr(row, name, value)
            store._record(s, assessment_id, where, HISTORY_FIELDS[name],
                          {"file": row.original_name, "value": old},
                          {"file": row.original_name, "value": value})
        s.flush()
        return convert.evidence_from_row(row)
