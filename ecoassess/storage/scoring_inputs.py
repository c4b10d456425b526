"""What scoring needs of many assessments at once, read with plain SQL (one query per table).

The home list scores hundreds of assessments; loading each through the ORM with its evidence and
actions cost 5 ms apiece, several times the scoring itself. Values are decoded as the ORM's
column types decode them (tests/unit/test_scoring_inputs.py compares with `get_assessment`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ecoassess import model
from ecoassess.storage.convert import PROFILE_COLUMNS, profile_from_row

CHUNK = 400  # ids per query: well under SQLite's limit of bound parameters


@dataclass
class ScoringInput:
    """One assessment as `ecoassess.scoring.evaluate` reads it, and its scheme."""

    id: str
    scheme_id: str
    scheme_version: str
    profile: model.FactoryProfile
    planned_audit_date: date | None
    settings: dict[str, Any]
    answers: dict[str, model.ItemAnswer] = field(default_factory=dict)
    evidence_counts: dict[str, int] = field(default_factory=dict)


def _date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value)[:10])


def _marks(ids: Sequence[str]) -> str:
    return ", ".join("?" * len(ids))


def scoring_inputs(data_dir: Path, ids: Sequence[str]) -> list[ScoringInput]:
    """Read as the `list` command reads (sqlite3 alone, read-only): the home list scores while the
    data folder is still opening for writing, and beside it afterwards."""
    from ecoassess.paths import DataLayout
    from ecoassess.storage.database import connect_raw

    conn = connect_raw(DataLayout(Path(data_dir)).database, read_only=True)
    try:
        return list(read_scoring_inputs(conn, ids))
    finally:
        conn.close()


def read_scoring_inputs(conn: sqlite3.Connection, ids: Sequence[str]) -> Iterator[ScoringInput]:
    """The assessments among `ids` that exist, in the order given; `conn` may be read-only."""
    for start in range(0, len(ids), CHUNK):
        yield from _chunk(conn, list(ids[start:start + CHUNK]))


def _chunk(conn: sqlite3.Connection, ids: list[str]) -> Iterator[ScoringInput]:
    marks = _marks(ids)
    columns = ", ".join(f"f.{c}" for c in (*PROFILE_COLUMNS, "contacts", "certifications"))
    found: dict[str, ScoringInput] = {}
    for row in conn.execute(
            f"SELECT a.id, a.scheme_id, a.scheme_version, a.planned_audit_date, a.settings, {columns} "
            f"FROM assessment AS a JOIN factory AS f ON f.id = a.factory_id WHERE a.id IN ({marks})", ids):
        values = dict(zip((*PROFILE_COLUMNS, "contacts", "certifications"), row[5:], strict=True))
        for name in ("contacts", "certifications"):
            values[name] = json.loads(values[name]) if values[name] is not None else []
        found[row[0]] = ScoringInput(
            id=row[0], scheme_id=row[1], scheme_version=row[2], planned_audit_date=_date(row[3]),
            settings=json.loads(row[4]) if row[4] is not None else {},
            profile=profile_from_row(SimpleNamespace(**values)))  # type: ignore[arg-type]  # the ORM path's own decoding
    for aid, item, value, status, not_applicable, justification, note in conn.execute(
            "SELECT assessment_id, item_id, value, status, not_applicable, justification, note "
            f"FROM answer WHERE assessment_id IN ({marks})", ids):
        found[aid].answers[item] = model.ItemAnswer(
            item_id=item, value=json.loads(value) if value is not None else {},
            status=model.WorkflowStatus(status), not_applicable=bool(not_applicable),
            justification=justification, note=note)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for aid, item, count in conn.execute(
            "SELECT e.assessment_id, l.item_id, count(*) FROM evidence AS e JOIN evidence_link AS l "
            f"ON l.evidence_id = e.id WHERE e.assessment_id IN ({marks}) GROUP BY e.assessment_id, l.item_id",
            ids):
        counts[aid][item] = count
    for aid in ids:
        if aid in found:
            found[aid].evidence_counts = counts.get(aid, {})
            yield found[aid]
