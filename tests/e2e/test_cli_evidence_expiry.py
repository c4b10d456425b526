"""`ecoassess score <id>` warns, in Thai and English, about evidence that lapses before the audit."""

from __future__ import annotations

import json
from datetime import date

from ecoassess.storage import open_store
from tests.unit.portable_helpers import make_assessment


def test_score_of_a_stored_assessment_names_the_lapsing_permit(cli, tmp_path):
    store = open_store(cli.data)
    try:
        aid = make_assessment(store, tmp_path / "files")
        ev = store.get_assessment(aid).evidence[0]
        store.update_evidence(aid, ev.id, expiry=date(2027, 1, 31))  # the audit is on 15 Feb 2027
    finally:
        store.close()
    run = cli("score", aid, "--json", "--as-of", "2026-12-05")
    assert run.code == 0, run.err
    found = [w for w in json.loads(run.out)["warnings"] if w["kind"] == "evidence_expiry"]
    assert len(found) == 1 and ev.original_name in found[0]["text"]["en"]
    thai = cli("score", aid, "--as-of", "2026-12-05", lang="th")
    assert thai.code == 0, thai.err
    assert f"หลักฐาน {ev.original_name}" in thai.out and "ก่อนวันตรวจประเมินที่วางแผนไว้ 15 กุมภาพันธ์ 2570" in thai.out
