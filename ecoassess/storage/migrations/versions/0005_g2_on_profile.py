"""G2 on the profile: a route and expiry stored in G2's answer become a certificate of the factory

Revision ID: 0005
Revises: 0004

The profile's certifications are the one place a certificate is typed; G2 reads its route and
expiry from them (ecoassess.scoring.certificates). Each G2 answer naming a route moves it onto
its factory's certificates: added when the factory lists no certificate of that route and date
(an undated one gets the date), so nothing typed is lost; "none" stays in the answer.
"""

import json
from collections.abc import Sequence
from typing import Any

from alembic import op
from sqlalchemy import text

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYS = ("ems_route", "certificate_valid_until")
CERTIFICATE = {"iso14001": ("iso14001", ""), "gi3": ("green_industry", "3"),
               "gi2": ("green_industry", "2"), "white_flag_green_star": ("white_flag_green_star", "")}


def _route(cert: dict[str, Any]) -> str | None:
    # The same rule as ecoassess.scoring.certificates.route_of (a migration keeps its own copy:
    # it must run the same way whatever the code becomes later).
    import re

    kind, detail = cert.get("kind"), str(cert.get("detail") or "")
    if kind == "iso14001":
        return "iso14001"
    if kind in ("white_flag_green_star", "white_flag_gold_star"):
        return "white_flag_green_star"
    if kind == "green_industry":
        found = re.search(r"[1-5]", detail.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
        level = int(found.group()) if found else 0
        return "gi3" if level >= 3 else ("gi2" if level == 2 else None)
    return None


def _moved(certs: list[dict[str, Any]], route: str, until: str | None) -> list[dict[str, Any]]:
    same = [c for c in certs if _route(c) == route]
    if any(c.get("valid_until") == until for c in same) or (same and until is None):
        return certs
    undated = next((c for c in same if not c.get("valid_until")), None)
    if undated is not None:
        undated["valid_until"] = until
        return certs
    kind, detail = CERTIFICATE[route]
    return [*certs, {"kind": kind, "detail": detail, "valid_until": until}]


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(text(
        "SELECT answer.id, answer.value, factory.id, factory.certifications FROM answer "
        "JOIN assessment ON assessment.id = answer.assessment_id "
        "JOIN factory ON factory.id = assessment.factory_id WHERE answer.item_id = 'G2'")).all()
    certificates: dict[int, list[dict[str, Any]]] = {}
    for answer_id, raw_value, factory_id, raw_certs in rows:
        value = json.loads(raw_value) if isinstance(raw_value, str) else (raw_value or {})
        route = value.get("ems_route")
        if route not in CERTIFICATE:
            continue
        if factory_id not in certificates:
            loaded = json.loads(raw_certs) if isinstance(raw_certs, str) else raw_certs
            certificates[factory_id] = list(loaded or [])
        until = value.get("certificate_valid_until") or None
        certificates[factory_id] = _moved(certificates[factory_id], route, until)
        rest = {k: v for k, v in value.items() if k not in KEYS}
        conn.execute(text("UPDATE answer SET value = :value WHERE id = :id"),
                     {"value": json.dumps(rest, ensure_ascii=False), "id": answer_id})
    for factory_id, certs in certificates.items():
        conn.execute(text("UPDATE factory SET certifications = :certs WHERE id = :id"),
                     {"certs": json.dumps(certs, ensure_ascii=False), "id": factory_id})


def downgrade() -> None:
    """The certificates stay on the profile (G2 reads them there); nothing to undo."""
