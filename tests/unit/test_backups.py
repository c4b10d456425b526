"""Backups that cannot collide, one retention rule, and full backups that come back whole."""

from __future__ import annotations

import os
import time
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from ecoassess import model
from ecoassess.errors import StorageError
from ecoassess.storage import backups, fullbackup, open_store, restore_database
from tests.unit.portable_helpers import db_dump, make_assessment


def _touch(folder, name, when: datetime):
    path = folder / name
    path.write_bytes(b"SQLite format 3\x00")
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_names_reserved_in_the_same_millisecond_never_collide(tmp_path):
    names = [backups.backup_path(tmp_path, "before-restore") for _ in range(200)]
    assert len(set(names)) == 200 and all(p.exists() for p in names)
    parsed = backups.parse_name(names[-1])
    assert parsed.kind == "before-restore" and parsed.when.tzinfo is UTC


def test_many_restores_in_one_second_keep_every_earlier_state(tmp_path):
    """Six restores in a row: each keeps the database it replaced; the assessment made before
    the first restore is still in one of the copies."""
    store = open_store(tmp_path / "data")
    first = store.create_assessment(model.FactoryProfile(name_th="โรงงานก่อนกู้คืน"),
                                    scheme_id="eco-factory", scheme_version="2026.1")
    good = store.backup(tmp_path / "good.sqlite3")
    store.delete_assessment(first)
    made = store.create_assessment(model.FactoryProfile(name_th="โรงงานที่ทำก่อนกู้คืน"),
                                   scheme_id="eco-factory", scheme_version="2026.1")
    store.close()
    started = time.monotonic()
    kept = [restore_database(tmp_path / "data", good) for _ in range(6)]
    assert time.monotonic() - started < 6  # several per second on any machine
    assert len({k.name for k in kept}) == 6
    assert all(k.name.startswith("before-restore-") and k.stat().st_size > 0 for k in kept)
    with open_store(tmp_path / "older", read_only=False) as probe:
        probe_root = probe.layout.root
    holding = []
    for copy in kept:
        (probe_root / "ecoassess.sqlite3").write_bytes(copy.read_bytes())
        with open_store(probe_root, read_only=True) as s:
            holding += [a.id for a in s.list_assessments()]
    assert made in holding


def test_retention_keeps_two_weeks_then_the_newest_ten_of_each_kind(tmp_path):
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    old = [_touch(tmp_path, f"manual-{(now - timedelta(days=20 + i)):%Y%m%d-%H%M%S}-000Z.sqlite3",
                  now - timedelta(days=20 + i)) for i in range(15)]
    recent = [_touch(tmp_path, f"manual-{(now - timedelta(days=i)):%Y%m%d-%H%M%S}-000Z.sqlite3",
                     now - timedelta(days=i)) for i in range(3)]
    legacy = _touch(tmp_path, "before-delete-3f2a9c1b-20250101-120000.sqlite3", now - timedelta(days=300))
    user_file = _touch(tmp_path, "my-notes.sqlite3", now - timedelta(days=400))
    removed = backups.apply_retention(tmp_path, now)
    left = {p.name for p in tmp_path.iterdir()}
    assert all(p.name in left for p in recent)  # younger than 14 days: all stay
    assert sum(1 for p in old if p.name in left) == 7  # 3 recent + 7 old = the newest 10
    assert legacy.exists()  # the newest (only) of its kind is never removed
    assert user_file.exists()  # not a backup name: not ours to remove
    assert len(removed) == 8


def test_a_full_backup_restores_database_and_evidence_into_an_empty_folder(tmp_path):
    store = open_store(tmp_path / "data")
    aid = make_assessment(store, tmp_path / "files")
    before = store.get_assessment(aid)
    (tmp_path / "usb").mkdir()  # a folder given: the file is named in it
    done = fullbackup.write_full_backup(store, tmp_path / "usb")
    store.close()
    assert done.path.parent == tmp_path / "usb" and done.path.suffix == ".ecoassess-backup"
    assert done.evidence_files == 3 and not done.skipped
    assert fullbackup.last_full_backup(store.layout) is not None
    restore_database(tmp_path / "new-laptop", done.path)
    with open_store(tmp_path / "new-laptop") as again:
        after = again.get_assessment(aid)
        assert after.answers == before.answers and after.profile == before.profile
        assert again.doctor() == []  # every evidence file is there and intact
        assert again.evidence_file(before.evidence[0].sha256).read_bytes()


def test_evidence_altered_in_the_store_is_left_out_and_named(tmp_path):
    store = open_store(tmp_path / "data")
    aid = make_assessment(store, tmp_path / "files")
    altered = store.get_assessment(aid).evidence[0]
    store.evidence_store.path_for(altered.sha256).write_bytes(b"changed by an editor")
    done = fullbackup.write_full_backup(store, tmp_path / "b.ecoassess-backup")
    store.close()
    assert done.skipped == [altered.original_name] and done.evidence_files == 2
    assert fullbackup.verify(done.path)  # what is in it is whole


def test_a_tampered_full_backup_is_refused_before_anything_changes(tmp_path):
    store = open_store(tmp_path / "data")
    make_assessment(store, tmp_path / "files")
    done = fullbackup.write_full_backup(store, tmp_path / "b.ecoassess-backup")
    store.close()
    with zipfile.ZipFile(done.path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in members if n.startswith("evidence/"))
    members[name] = members[name][:-1] + b"!"
    bad = tmp_path / "bad.ecoassess-backup"
    with zipfile.ZipFile(bad, "w") as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    target = tmp_path / "target"
    with open_store(target) as t:
        t.create_assessment(model.FactoryProfile(name_th="อยู่เดิม"), scheme_id="eco-factory",
                            scheme_version="2026.1")
    before = db_dump(target)
    with pytest.raises(StorageError) as refused:
        restore_database(target, bad)
    assert refused.value.key == "backup.full_invalid" and "SHA-256" in refused.value.message("en")
    assert db_dump(target) == before
    assert not (target / "staging").exists()


def test_the_reminder_counts_from_the_last_full_backup_or_the_oldest_assessment(tmp_path):
    store = open_store(tmp_path / "data")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert not fullbackup.full_backup_due(store.layout, None, now)  # nothing to back up yet
    assert fullbackup.full_backup_due(store.layout, now - timedelta(days=31), now)
    assert not fullbackup.full_backup_due(store.layout, now - timedelta(days=29), now)
    fullbackup.record_full_backup(store.layout, tmp_path / "x", now - timedelta(days=3))
    assert not fullbackup.full_backup_due(store.layout, now - timedelta(days=400), now)
    fullbackup.record_full_backup(store.layout, tmp_path / "x", now - timedelta(days=45))
    assert fullbackup.full_backup_due(store.layout, now - timedelta(days=400), now)
    store.close()
