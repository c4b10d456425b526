"""Round trip of .ecoassess files: pack in one data folder, unpack in another."""

from __future__ import annotations

import zipfile

import pytest

from ecoassess.package import (
    OnConflict,
    PackageConflict,
    pack_assessment,
    read_package,
    unpack_package,
)
from ecoassess.storage import open_store
from tests.unit.portable_helpers import comparable, make_assessment


@pytest.fixture()
def source(tmp_path):
    store = open_store(tmp_path / "src")
    aid = make_assessment(store, tmp_path / "files")
    yield store, aid
    store.close()


@pytest.fixture()
def target(tmp_path):
    store = open_store(tmp_path / "dst")
    yield store
    store.close()


def test_round_trip_gives_identical_assessment_history_and_evidence(source, target, tmp_path):
    store, aid = source
    package = pack_assessment(store, aid, tmp_path / "out.ecoassess")
    result = unpack_package(target, package)
    assert result.assessment_id == aid and not result.kept_both and result.evidence_files == 3
    before, after = store.get_assessment(aid), target.get_assessment(aid)
    assert comparable(after) == comparable(before)
    assert target.history(aid) == store.history(aid)
    for ev in before.evidence:
        assert target.evidence_file(ev.sha256).read_bytes() == store.evidence_file(ev.sha256).read_bytes()
    assert not (target.layout.staging).exists()


def test_packing_is_reproducible(source, tmp_path):
    store, aid = source
    first = pack_assessment(store, aid, tmp_path / "a.ecoassess").read_bytes()
    second = pack_assessment(store, aid, tmp_path / "b.ecoassess").read_bytes()
    assert first == second


def test_package_layout_and_manifest(source, tmp_path):
    store, aid = source
    package = pack_assessment(store, aid, tmp_path)
    assert package.suffix == ".ecoassess" and package.parent == tmp_path
    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
    assert names[0] == "assessment.json" and names[-1] == "manifest.json"
    assert sum(n.startswith("evidence/") for n in names) == 3
    contents = read_package(package)
    assert contents.manifest.format_version == 1
    assert contents.manifest.created == store.get_assessment(aid).updated_at
    assert set(contents.manifest.members) == set(names) - {"manifest.json"}


def test_same_id_refused_without_a_choice_then_keep_both_or_replace(source, target, tmp_path):
    store, aid = source
    package = pack_assessment(store, aid, tmp_path / "out.ecoassess")
    unpack_package(target, package)
    with pytest.raises(PackageConflict) as info:
        unpack_package(target, package)
    assert info.value.assessment_id == aid and "--keep-both" in info.value.message("en")
    assert len(target.list_assessments()) == 1
    both = unpack_package(target, package, OnConflict.KEEP_BOTH)
    assert both.kept_both and both.assessment_id != aid
    assert comparable(target.get_assessment(both.assessment_id))["answers"] == \
        comparable(store.get_assessment(aid))["answers"]
    target.save_answer(aid, "C01", note="แก้ไขแล้ว")
    replaced = unpack_package(target, package, OnConflict.REPLACE)
    assert replaced.replaced and replaced.assessment_id == aid
    assert target.get_assessment(aid).answers["C01"].note == "ลดการใช้น้ำ ที่ปั้น"
    assert len(target.list_assessments()) == 2


def test_demo_round_trip_same_scores_and_byte_identical_dossier(tmp_path, monkeypatch):
    from dataclasses import asdict

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # the dossier's dates: one as-of time

    from ecoassess.demo import create_demo
    from ecoassess.dossier.export import render_dossier
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate_assessment

    scheme = load_scheme()
    with open_store(tmp_path / "a") as first, open_store(tmp_path / "b") as second:
        aid = create_demo(first)
        create_demo(second)  # the target already holds rows, so database row ids differ
        result = unpack_package(second, pack_assessment(first, aid, tmp_path / "demo.ecoassess"))
        before, after = first.get_assessment(aid), second.get_assessment(result.assessment_id)
        assert comparable(after) == comparable(before) and after.is_demo
        score_before, score_after = evaluate_assessment(scheme, before), evaluate_assessment(scheme, after)
        assert asdict(score_after) == asdict(score_before) and score_after.total > 0
        for lang, annex in (("th", True), ("en", False)):
            pdf_before = render_dossier(before, scheme, score_before, lang, annex,
                                        lambda ev: first.evidence_file(ev.sha256))
            pdf_after = render_dossier(after, scheme, score_after, lang, annex,
                                       lambda ev: second.evidence_file(ev.sha256))
            assert pdf_after == pdf_before


@pytest.mark.parametrize("damage", ["missing", "altered"])
def test_pack_refuses_missing_or_altered_evidence_and_leaves_no_file(source, tmp_path, damage):
    from ecoassess.errors import EvidenceError

    store, aid = source
    evidence = store.get_assessment(aid).evidence[1]
    path = store.evidence_store.path_for(evidence.sha256)
    if damage == "missing":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes() + b"tampered")
    dest = tmp_path / "out" / "x.ecoassess"
    dest.parent.mkdir()
    with pytest.raises(EvidenceError) as info:
        pack_assessment(store, aid, dest)
    assert info.value.key == f"evidence.{damage}"
    assert list(dest.parent.iterdir()) == []


def test_keep_both_never_changes_the_profile_already_here(source, target, tmp_path):
    from ecoassess import model

    store, aid = source
    package = pack_assessment(store, aid, tmp_path / "v1.ecoassess")
    unpack_package(target, package)
    store.update_profile(aid, model.FactoryProfile(name_th="ชื่อใหม่จากที่ปรึกษา", name_en="Renamed"))
    changed = pack_assessment(store, aid, tmp_path / "v2.ecoassess")
    copy = unpack_package(target, changed, OnConflict.KEEP_BOTH).assessment_id
    assert target.get_assessment(aid).profile.name_th == "โรงงานทดสอบน้ำดี"
    assert target.get_assessment(copy).profile.name_th == "ชื่อใหม่จากที่ปรึกษา"
    assert target.get_assessment(copy).factory_uid != target.get_assessment(aid).factory_uid
    unpack_package(target, changed, OnConflict.REPLACE)  # an explicit replace may change it
    assert target.get_assessment(aid).profile.name_th == "ชื่อใหม่จากที่ปรึกษา"
