"""Readiness percentages of many stored assessments at once (the home list's column)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ecoassess.asof import as_of_date


def scheme_key(data_dir: Path | None) -> tuple[Any, ...]:
    """What a stored assessment's score depends on besides its own rows: today's date (expiry
    and audit dates) and the schemes on this machine (an import may bring an assessment's own
    version). A cached percentage is only as good as this key."""
    from ecoassess.scheme import available_schemes

    return (as_of_date(), tuple((s.id, s.version, s.fingerprint) for s in available_schemes(data_dir)))


def readiness_percents(data_dir: Path, ids: Sequence[str],
                       on_error: Callable[[str, BaseException], None] | None = None,
                       today: date | None = None) -> dict[str, float | None]:
    """{id: percent} for the assessments among `ids` that exist; None where one cannot be scored
    (an answer the scheme cannot read: the wizard explains it when the assessment is opened).

    Bulk-read with sqlite3 (storage.scoring_inputs: no store needed) and scored on the scheme the core chooses for each
    (scheme_choice), each scheme version looked up once.
    """
    from ecoassess.scheme import scheme_choice
    from ecoassess.scoring import evaluate
    from ecoassess.storage.scoring_inputs import scoring_inputs

    schemes: dict[tuple[str, str], Any] = {}
    percents: dict[str, float | None] = {}
    for item in scoring_inputs(data_dir, ids):
        try:
            key = (item.scheme_id, item.scheme_version)
            if key not in schemes:
                schemes[key] = scheme_choice(data_dir, *key).scheme
            result = evaluate(schemes[key], item.profile, item.planned_audit_date, item.answers,
                              item.evidence_counts, item.settings, today)
        except Exception as error:  # noqa: BLE001 - one unreadable assessment never stops the list
            if on_error is not None:
                on_error(item.id, error)
            percents[item.id] = None
            continue
        percents[item.id] = result.percent
        time.sleep(0)  # let another thread (the window's, on a pool thread here) take the interpreter
    return percents
