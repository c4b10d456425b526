"""Evidence that lapses before the planned audit (or, with none planned, before today): one rule."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol

from ecoassess.bitext import bi, day
from ecoassess.model import EvidenceInfo
from ecoassess.scoring.result import Warning

KIND = "evidence_expiry"


class HasExpiry(Protocol):
    @property
    def expiry(self) -> date | None: ...


def lapses(evidence: HasExpiry, audit: date | None, as_of: datetime | date | None) -> bool:
    """True when the evidence expires before the planned audit (or, with none, before `as_of`).

    Expiring ON the audit day still counts as valid at the audit, as for G2's certificate."""
    if evidence.expiry is None:
        return False
    when = audit or (as_of.date() if isinstance(as_of, datetime) else as_of)
    return when is not None and evidence.expiry < when


def evidence_expiry_warnings(evidence: Iterable[EvidenceInfo], audit: date | None,
                             as_of: date) -> list[Warning]:
    """One readiness warning per linked evidence file that lapses, on the first item citing it."""
    out: list[Warning] = []
    for ev in evidence:
        if not ev.items or not lapses(ev, audit, as_of):
            continue
        assert ev.expiry is not None  # lapses() is False without one
        items = ", ".join(ev.items)
        if audit is not None:
            message = bi("evidence_expiry.before_audit", name=ev.original_name, items=items,
                         expiry=day(ev.expiry), audit=day(audit))
        else:
            message = bi("evidence_expiry.lapsed", name=ev.original_name, items=items,
                         expiry=day(ev.expiry), as_of=day(as_of))
        out.append(Warning(KIND, ev.items[0], message))
    return out
