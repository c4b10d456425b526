"""Evidence files are stored once by SHA-256, verified on read, and problems are reported."""

from __future__ import annotations

import hashlib
import os
from datetime import date

import pytest

from ecoassess import model
from ecoassess.errors import EvidenceError
from ecoassess.evidence import EvidenceStore
from ecoassess.storage import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data", evidence_max_bytes=64 * 1024)
    yield s
    s.close()


@pytest.fixture
def assessment(store):
    return store.create_assessment(model.FactoryProfile(name_th="โรงงานหลักฐาน"),
                                   scheme_id="eco-factory", scheme_version="t")


def test_same_file_twice_is_stored_once_and_linked_to_many_items(store, assessment, tmp_path):
    pdf = tmp_path / "ใบอนุญาต ร.ง.4.pdf"
    pdf.write_bytes(b"%PDF-1.4 demo licence")
    copy = tmp_path / "copy-of-licence.pdf"
    copy.write_bytes(pdf.read_bytes())
    first = store.add_evidence(assessment, pdf, description="ใบอนุญาตประกอบกิจการโรงงาน",
                               document_date=date(2024, 3, 1), items=["G1"])
    second = store.add_evidence(assessment, copy, items=["C07"])
    assert first.id == second.id
    assert second.items == ["C07", "G1"]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    files = [p for p in (tmp_path / "data" / "evidence").rglob("*") if p.is_file()]
    assert [p.name for p in files] == [sha]
    assert store.evidence_file(sha).read_bytes() == pdf.read_bytes()
    info = store.get_assessment(assessment).evidence[0]
    assert info.original_name == "ใบอนุญาต ร.ง.4.pdf" and info.media_type == "application/pdf"
    assert info.document_date == date(2024, 3, 1) and info.size == len(b"%PDF-1.4 demo licence")


def test_unlink_and_remove(store, assessment, tmp_path):
    f = tmp_path / "photo.png"
    f.write_bytes(b"\x89PNG fake")
    ev = store.add_evidence(assessment, f, items=["C11", "C12"])
    store.unlink_evidence(assessment, ev.id, "C11")
    assert store.get_assessment(assessment).evidence[0].items == ["C12"]
    store.remove_evidence(assessment, ev.id)
    assert store.get_assessment(assessment).evidence == []
    assert any(h.field == "evidence" and h.old_value == "photo.png" for h in store.history(assessment))


def test_tampered_and_missing_files_are_reported_not_crashed(store, assessment, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("evidence A")
    b = tmp_path / "b.txt"
    b.write_text("evidence B")
    ev_a = store.add_evidence(assessment, a, items=["C01"])
    ev_b = store.add_evidence(assessment, b, items=["C06"])
    store.evidence_store.path_for(ev_a.sha256).write_text("evidence A, altered")
    store.evidence_store.path_for(ev_b.sha256).unlink()
    with pytest.raises(EvidenceError) as err:
        store.evidence_file(ev_a.sha256, "a.txt")
    assert err.value.key == "evidence.altered" and "a.txt" in err.value.message("en")
    with pytest.raises(EvidenceError) as err:
        store.evidence_file(ev_b.sha256, "b.txt")
    assert err.value.key == "evidence.missing"
    kinds = sorted(p["kind"] for p in store.doctor())
    assert kinds == ["evidence_altered", "evidence_missing"]


def test_size_cap_refuses_clearly_and_leaves_no_partial_file(store, assessment, tmp_path):
    big = tmp_path / "huge-video.mp4"
    big.write_bytes(b"\0" * (64 * 1024 + 1))
    with pytest.raises(EvidenceError) as err:
        store.add_evidence(assessment, big)
    assert err.value.key == "evidence.too_large"
    assert err.value.message("en") == "huge-video.mp4 is larger than 64 KB and was not added"
    assert "ใหญ่เกิน" in err.value.message("th")
    assert [p for p in (tmp_path / "data" / "evidence").rglob("*") if p.is_file()] == []
    assert store.get_assessment(assessment).evidence == []


def test_unreadable_source_is_a_clear_error(store, assessment, tmp_path):
    with pytest.raises(EvidenceError) as err:
        store.add_evidence(assessment, tmp_path / "no-such-file.pdf")
    assert err.value.key == "evidence.unreadable"


def test_path_for_refuses_anything_but_a_hash(tmp_path):
    es = EvidenceStore(tmp_path)
    with pytest.raises(EvidenceError):
        es.path_for("../../etc/passwd")


def test_opening_evidence_gives_a_read_only_copy_under_its_own_name(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    source = tmp_path / "ใบอนุญาต รง.4.pdf"
    source.write_bytes(b"%PDF-1.4 factory licence")
    sha = store.put(source).sha256
    view = store.viewing_copy(sha, source.name, tmp_path / "open")
    assert view.name == "ใบอนุญาต รง.4.pdf" and view.read_bytes() == source.read_bytes()
    assert not os.access(view, os.W_OK) or os.geteuid() == 0  # root may write anyway
    assert view.stat().st_mode & 0o222 == 0
    assert store.viewing_copy(sha, source.name, tmp_path / "open") == view  # reused
    view.chmod(0o644)
    view.write_bytes(b"edited in a viewer")  # the copy changes, the evidence does not
    assert store.verified_path(sha).read_bytes() == b"%PDF-1.4 factory licence"
    assert store.viewing_copy(sha, source.name, tmp_path / "open").read_bytes() == source.read_bytes()
    store.path_for(sha).chmod(0o644)
    store.path_for(sha).write_bytes(b"tampered")
    with pytest.raises(EvidenceError):
        store.viewing_copy(sha, source.name, tmp_path / "open2")
