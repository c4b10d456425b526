"""An estate officer collects the factories' self-assessments: each file is checked whole by the
package reader, becomes a snapshot without evidence files or contact details, and a bad file,
another estate's factory or a second import of the same content changes nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ecoassess.errors import EcoAssessError
from ecoassess.estate import importing
from ecoassess.estate.snapshot import factory_identity
from ecoassess.package import pack_assessment
from ecoassess.storage import estates as db
from ecoassess.storage import open_store
from tests.unit.portable_helpers import (
    db_dump,
    fix_manifest,
    make_assessment,
    read_entries,
    tree,
    write_entries,
)

ESTATE_TH = "นิคมอุตสาหกรรมมาบตาพุด"


def _set_profile(store, aid, **fields):
    assessment = store.get_assessment(aid)
    store.update_profile(aid, replace(assessment.profile, **fields))


@pytest.fixture()
def factory(tmp_path):
    """A factory's own data folder with one complete assessment (contacts, evidence, history)."""
    with open_store(tmp_path / "factory") as store:
        aid = make_assessment(store, tmp_path / "files")
        _set_profile(store, aid, estate_kind="estate", estate=ESTATE_TH, registration_no="3-21(1)-12/2550รย")
        yield store, aid


@pytest.fixture()
def estate_store(tmp_path):
    with open_store(tmp_path / "estate") as store:
        estate = db.create_estate(store, name_th=ESTATE_TH, name_en="Map Ta Phut Industrial Estate",
                                  ieat=True, framework_id="ieat-eco-ie")
        yield store, estate


def _pack(factory, tmp_path, name="f.ecoassess", **kw):
    store, aid = factory
    return pack_assessment(store, aid, tmp_path / name, **kw)


def test_pack_without_contacts_leaves_personal_data_out(factory, tmp_path):
    store, aid = factory
    store.update_assessment(aid, signatory_name="นายสมชาย รักษ์ป่า", signatory_position="ผู้จัดการ")
    full = json.loads(read_entries(_pack(factory, tmp_path, "full.ecoassess"))["assessment.json"])
    lean = json.loads(read_entries(_pack(factory, tmp_path, without_contacts=True))["assessment.json"])
    assert full["profile"]["contacts"] and full["package"]["assessment"]["signatory_name"]
    assert lean["profile"]["contacts"] == [] and lean["package"]["assessment"]["signatory_name"] == ""
    text = json.dumps(lean, ensure_ascii=False)
    assert "คุณกัญญา" not in text and "สมชาย" not in text  # not in the history either
    assert lean["criteria"] == full["criteria"] and len(lean["package"]["evidence"]) == 3


def test_a_file_becomes_a_snapshot_without_files_or_contacts(factory, estate_store, tmp_path):
    store, estate = estate_store
    package = _pack(factory, tmp_path)  # contacts included: the snapshot drops them anyway
    before = tree(store.layout.root / "evidence") if (store.layout.root / "evidence").exists() else {}
    outcomes = importing.import_paths(store, estate, [package], consent=True)
    assert [o.ok for o in outcomes] == [True] and outcomes[0].factory_code == "F001"
    assert outcomes[0].new_factory
    after = tree(store.layout.root / "evidence") if (store.layout.root / "evidence").exists() else {}
    assert after == before  # no evidence file copied
    assert store.list_assessments() == []  # the estate's snapshots are not assessments here
    (row, cached), = db.snapshot_rows(store, estate.id)
    assert row.consent and row.source == "file" and row.source_name == "f.ecoassess"
    # The same engine the factory uses gives the same points.
    from ecoassess.scheme import scheme_for_assessment
    from ecoassess.scoring import evaluate_assessment

    fstore, aid = factory
    own = evaluate_assessment(scheme_for_assessment(fstore.get_assessment(aid), None), fstore.get_assessment(aid))
    assert cached is not None and cached["summary"]["points"] == {c.id: c.points for c in own.criteria}
    assert (cached["summary"]["total"], cached["summary"]["max"]) == (own.total, own.max) and own.max == 65
    document = db.documents(store, [row.id])[row.id]
    assert document["profile"]["contacts"] == []
    assert "คุณกัญญา" not in json.dumps(document, ensure_ascii=False)
    assert len(document["evidence"]) == 3 and all(len(e["sha256"]) == 64 for e in document["evidence"])


def test_the_same_factory_is_recognised_across_years(factory, estate_store, tmp_path):
    store, estate = estate_store
    fstore, aid = factory
    first = _pack(factory, tmp_path, "2025.ecoassess")
    next_year = fstore.copy_forward(aid)
    fstore.update_assessment(next_year, assessment_date=date(2027, 11, 1))
    fstore.save_answer(next_year, "C02", value={"inventory": True, "target_achievement_pct": 120.0})
    second = pack_assessment(fstore, next_year, tmp_path / "2026.ecoassess")
    outcomes = importing.import_paths(store, estate, [first, second], consent=True)
    assert [(o.ok, o.factory_code, o.new_factory) for o in outcomes] == [(True, "F001", True), (True, "F001", False)]
    rows = [r for r, _c in db.snapshot_rows(store, estate.id)]
    assert [r.assessment_date for r in rows] == [date(2027, 11, 1), date(2026, 11, 1)]  # newest first
    assert db.get_estate(store, estate.id).factories == 1


def test_identity_registration_then_tax_branch_then_uid():
    from ecoassess import model

    assert factory_identity(model.FactoryProfile(registration_no=" 3-21 (1) "), "u") == "reg:3-21 (1)"
    head = model.FactoryProfile(tax_id="0-1055-12345-67-8", branch="")
    branch = model.FactoryProfile(tax_id="0105512345678", branch="สาขา 00002")
    assert factory_identity(head, "u") == "tax:0105512345678:00000"
    assert factory_identity(branch, "u") == "tax:0105512345678:00002"
    assert factory_identity(model.FactoryProfile(), "abc") == "uid:abc"


def _refused(store, estate, path, key):
    before = db_dump(store.layout.root)
    outcome, = importing.import_paths(store, estate, [path], consent=True)
    assert not outcome.ok and outcome.error.key == key, outcome.reason("en")
    assert db_dump(store.layout.root) == before  # nothing changed
    return outcome


def test_imported_twice_is_refused_and_changes_nothing(factory, estate_store, tmp_path):
    store, estate = estate_store
    package = _pack(factory, tmp_path)
    importing.import_paths(store, estate, [package], consent=True)
    again = _pack(factory, tmp_path, "again-without-contacts.ecoassess", without_contacts=True)
    outcome = _refused(store, estate, again, "estate.already_imported")
    assert "F001" in outcome.reason("th") and "ไม่ได้นำเข้าข้อมูลใด ๆ" in outcome.reason("th")


def test_another_estates_factory_is_refused(factory, estate_store, tmp_path):
    store, estate = estate_store
    fstore, aid = factory
    _set_profile(fstore, aid, estate="นิคมอุตสาหกรรมบางปู")
    outcome = _refused(store, estate, _pack(factory, tmp_path), "estate.other_estate")
    assert "นิคมอุตสาหกรรมบางปู" in outcome.reason("en") and "Map Ta Phut Industrial Estate" in outcome.reason("en")
    _set_profile(fstore, aid, estate_kind="outside", estate="")
    _refused(store, estate, _pack(factory, tmp_path, "outside.ecoassess"), "estate.factory_outside")


def test_a_factory_linked_to_another_estate_here_is_refused(factory, estate_store, tmp_path):
    store, estate = estate_store
    fstore, aid = factory
    _set_profile(fstore, aid, estate_kind="", estate="")
    other = db.create_estate(store, name_th="นิคมอุตสาหกรรมผาแดง", framework_id="ieat-eco-ie")
    importing.import_paths(store, other, [_pack(factory, tmp_path)], consent=True)
    fstore.save_answer(aid, "C03", value={"inventory": True})
    _refused(store, estate, _pack(factory, tmp_path, "changed.ecoassess"), "estate.linked_elsewhere")


def test_not_a_package_and_a_scheme_that_cannot_be_mapped_are_refused(factory, estate_store, tmp_path):
    store, estate = estate_store
    junk = tmp_path / "junk.ecoassess"
    junk.write_bytes(b"not a zip")
    _refused(store, estate, junk, "package.not_zip")
    entries = read_entries(_pack(factory, tmp_path))
    doc, manifest = json.loads(entries["assessment.json"]), json.loads(entries["manifest.json"])
    doc["scheme_version"] = manifest["scheme"]["version"] = "2025.9"
    manifest["scheme"]["fingerprint"] = "0" * 64
    doc["package"]["answers"]["C01"]["value"] = {"legacy_input": 1}
    entries["assessment.json"], entries["manifest.json"] = json.dumps(doc).encode(), json.dumps(manifest).encode()
    unmapped = write_entries(tmp_path / "old.ecoassess", fix_manifest(entries))
    outcome = _refused(store, estate, unmapped, "package.scheme_unmapped")
    assert "C01.legacy_input" in outcome.reason("en")


def test_another_version_of_the_scheme_is_mapped_as_unpack_does(factory, estate_store, tmp_path):
    from ecoassess.scheme import load_scheme

    store, estate = estate_store
    entries = read_entries(_pack(factory, tmp_path))
    doc, manifest = json.loads(entries["assessment.json"]), json.loads(entries["manifest.json"])
    doc["scheme_version"] = manifest["scheme"]["version"] = "2025.9"
    manifest["scheme"]["fingerprint"] = "0" * 64
    entries["assessment.json"], entries["manifest.json"] = json.dumps(doc).encode(), json.dumps(manifest).encode()
    outcome, = importing.import_paths(store, estate, [write_entries(tmp_path / "v.ecoassess", fix_manifest(entries))],
                                      consent=False)
    assert outcome.ok and outcome.mapped_from == "2025.9"
    (row, _cached), = db.snapshot_rows(store, estate.id)
    assert row.scheme_version == load_scheme().version and row.mapped_from == "2025.9" and not row.consent


def test_a_folder_brings_the_good_files_and_names_the_bad(factory, estate_store, tmp_path):
    store, estate = estate_store
    folder = tmp_path / "class"
    folder.mkdir()
    _pack(factory, folder, "good.ecoassess")
    (folder / "broken.ecoassess").write_bytes(b"PK")
    (folder / "notes.txt").write_text("ignored")
    outcomes = importing.import_paths(store, estate, [folder, tmp_path / "missing.ecoassess"], consent=True)
    assert {Path(o.source).name: o.ok for o in outcomes} == {
        "broken.ecoassess": False, "good.ecoassess": True, "missing.ecoassess": False}
    missing = next(o for o in outcomes if "missing" in o.source)
    assert missing.error.key == "cli.no_such_file"


def test_assessments_on_this_machine_can_be_taken_in(estate_store, tmp_path):
    store, estate = estate_store
    aid = make_assessment(store, tmp_path / "files")
    _set_profile(store, aid, estate=ESTATE_TH, estate_kind="estate")
    outcome, = importing.import_local(store, estate, [aid[:8]], consent=True)
    assert outcome.ok and outcome.factory_th == "โรงงานทดสอบน้ำดี"
    (row, _c), = db.snapshot_rows(store, estate.id)
    assert row.source == "local" and row.assessment_id == aid
    again, = importing.import_local(store, estate, [aid], consent=True)
    assert isinstance(again.error, EcoAssessError) and again.error.key == "estate.already_imported"
