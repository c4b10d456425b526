"""Evidence that lapses before the audit: one rule for the engine, the dossier and the wizard."""

from __future__ import annotations

from datetime import date

import pytest

from ecoassess.dossier import values as dossier_values
from ecoassess.errors import ValidationError
from ecoassess.model import EvidenceInfo, ItemAnswer
from ecoassess.package import pack_assessment, unpack_package
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate, evaluate_assessment, what_if
from ecoassess.scoring.evidence_expiry import lapses
from ecoassess.storage import open_store
from tests.unit.portable_helpers import make_assessment

TODAY = date(2026, 12, 5)
AUDIT = date(2027, 2, 15)


def permit(expiry: date | None, items: list[str] | None = None, name: str = "ใบอนุญาต-รง4.pdf") -> EvidenceInfo:
    return EvidenceInfo(id=1, sha256="0" * 64, original_name=name, size=10, media_type="application/pdf",
                        expiry=expiry, items=["C07"] if items is None else items)


def test_the_dossier_uses_the_engines_rule():
    assert dossier_values.lapses is lapses


def test_a_permit_expiring_before_the_audit_lapses_one_on_the_audit_day_does_not():
    assert lapses(permit(date(2027, 2, 14)), AUDIT, TODAY)
    assert not lapses(permit(AUDIT), AUDIT, TODAY)
    assert not lapses(permit(None), AUDIT, TODAY)
    # no audit planned: checked against today
    assert lapses(permit(date(2026, 12, 4)), None, TODAY)
    assert not lapses(permit(date(2026, 12, 5)), None, TODAY)


def test_the_engine_warns_in_both_languages_naming_the_file_and_the_items():
    scheme = load_scheme()
    answers = {"C07": ItemAnswer(item_id="C07")}
    evidence = [permit(date(2027, 1, 31), ["C07", "G3"]), permit(date(2028, 1, 1), name="ok.pdf"),
                permit(date(2020, 1, 1), [], name="unlinked.pdf")]
    result = evaluate(scheme, None, AUDIT, answers, {"C07": 2, "G3": 1}, as_of=TODAY, evidence=evidence)
    found = [w for w in result.warnings if w.kind == "evidence_expiry"]
    assert len(found) == 1 and found[0].item_id == "C07"
    assert "ใบอนุญาต-รง4.pdf" in found[0].text["th"] and "C07, G3" in found[0].text["th"]
    assert "ก่อนวันตรวจประเมิน" in found[0].text["th"] and "2570" in found[0].text["th"]  # BE years
    assert "before the planned audit" in found[0].text["en"] and "2027" in found[0].text["en"]
    # no audit planned: the same permit is still valid today; one that expired last week is not
    result = evaluate(scheme, None, None, answers, as_of=TODAY, evidence=evidence)
    assert not [w for w in result.warnings if w.kind == "evidence_expiry"]
    result = what_if(scheme, None, None, answers, ["C07"], as_of=TODAY,
                     evidence=[permit(date(2026, 11, 28))])
    found = [w for w in result.warnings if w.kind == "evidence_expiry"]
    assert len(found) == 1 and "หมดอายุแล้ว" in found[0].text["th"] and "expired" in found[0].text["en"]


def test_expiry_travels_through_a_package_and_still_warns(tmp_path):
    source, target = open_store(tmp_path / "src"), open_store(tmp_path / "dst")
    try:
        aid = make_assessment(source, tmp_path / "files")
        ev = source.get_assessment(aid).evidence[0]
        source.update_evidence(aid, ev.id, expiry=date(2027, 1, 31))
        package = pack_assessment(source, aid, tmp_path / "out.ecoassess")
        unpack_package(target, package)
        back = {e.sha256: e.expiry for e in target.get_assessment(aid).evidence}
        assert back[ev.sha256] == date(2027, 1, 31)
        assert sum(1 for e in back.values() if e is not None) == 1
        result = evaluate_assessment(load_scheme(), target.get_assessment(aid), as_of=TODAY)
        assert [w.item_id for w in result.warnings if w.kind == "evidence_expiry"] == ev.items[:1]
    finally:
        source.close()
        target.close()


def test_the_store_refuses_a_buddhist_era_expiry(tmp_path):
    store = open_store(tmp_path / "d")
    try:
        aid = make_assessment(store, tmp_path / "files")
        ev = store.get_assessment(aid).evidence[0]
        with pytest.raises(ValidationError) as info:
            store.update_evidence(aid, ev.id, expiry=date(2570, 1, 31))
        assert "2027-01-31" in str(info.value.params) or "2027-01-31" in str(info.value)
        assert store.get_assessment(aid).evidence[0].expiry is None
    finally:
        store.close()
