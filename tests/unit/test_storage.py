"""An officer's answers go into the local store and come back exactly, with a readable history."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ecoassess import model
from ecoassess.errors import NotFoundError, StorageError, ValidationError
from ecoassess.storage import HEAD_REVISION, open_store, restore_database
from ecoassess.storage.database import current_revision, integrity_problems
from tests.clock import Clock

PROFILE = model.FactoryProfile(
    name_th="บริษัท น้ำใสอุตสาหกรรม จำกัด", name_en="Namsai Industry Co., Ltd.",
    province="ชลบุรี", employees_permanent=120, annual_revenue_baht=250_000_000.0,
    contacts=[model.Contact(role="coordinator", name="คุณกตัญญู", phone="038-000-000")],
    certifications=[model.Certification(kind="iso14001", valid_until=date(2027, 5, 1))],
)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data")
    yield s
    s.close()


def new_assessment(store) -> str:
    return store.create_assessment(PROFILE, scheme_id="eco-factory", scheme_version="2026.1",
                                   planned_audit_date=date(2027, 2, 1))


def test_migrations_create_every_table_from_an_empty_folder(tmp_path):
    s = open_store(tmp_path / "fresh")
    s.close()
    db = tmp_path / "fresh" / "ecoassess.sqlite3"
    assert current_revision(db) == HEAD_REVISION
    names = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"factory", "assessment", "answer", "evidence", "evidence_link", "action", "history"} <= names
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrating_from_an_empty_zero_byte_file(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "ecoassess.sqlite3").write_bytes(b"")
    open_store(folder).close()
    assert current_revision(folder / "ecoassess.sqlite3") == HEAD_REVISION


def test_alembic_head_matches_the_constant_used_at_start_up():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ecoassess.storage.database import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_profile_and_answers_round_trip_with_thai_text(store):
    aid = new_assessment(store)
    store.save_answer(aid, "C01", value={"inventory": True, "target_achievement_pct": 62.5,
                                         "advanced": ["a", "c"]}, status="in_progress",
                      note="ลดการใช้น้ำมันเตาที่หม้อไอน้ำ ปั้นแผนร่วมกับผู้ใหญ่บ้าน")
    store.save_answer(aid, "G2", value={"ems_route": "iso14001", "certificate_valid_until": date(2027, 5, 1)})
    a = store.get_assessment(aid)
    assert a.profile == PROFILE
    assert a.answers["C01"].value == {"inventory": True, "target_achievement_pct": 62.5, "advanced": ["a", "c"]}
    assert a.answers["C01"].status is model.WorkflowStatus.IN_PROGRESS
    assert a.answers["C01"].note.startswith("ลดการใช้น้ำมันเตา")
    assert a.answers["G2"].value["certificate_valid_until"] == "2027-05-01"
    assert a.planned_audit_date == date(2027, 2, 1)


def test_not_applicable_and_justification_are_their_own_axis(store):
    aid = new_assessment(store)
    store.save_answer(aid, "C12", not_applicable=True, justification="โรงงานอยู่ในอาคารเช่า ไม่มีพื้นที่ธรรมชาติ",
                      status="done")
    answer = store.get_assessment(aid).answers["C12"]
    assert answer.not_applicable and answer.status is model.WorkflowStatus.DONE
    assert answer.value == {}


def test_history_lists_every_change_newest_first(store):
    aid = new_assessment(store)
    clock = Clock()
    store.clock = clock
    store.save_answer(aid, "C11", value={"baseline_met": True})
    clock.advance(61)  # a minute later: a row of its own (see test_history_merging)
    store.save_answer(aid, "C11", value={"baseline_met": True, "increase_pct": 30})
    store.save_answer(aid, "C11", value={"baseline_met": True, "increase_pct": 30})  # no change
    changed = PROFILE.__class__(**{**PROFILE.__dict__, "employees_permanent": 130})
    store.update_profile(aid, changed)
    history = store.history(aid)
    assert [(h.item_id, h.field) for h in history] == [
        ("profile", "employees_permanent"), ("C11", "value"), ("C11", "value")]
    assert history[0].old_value == 120 and history[0].new_value == 130
    assert history[1].old_value == {"baseline_met": True}
    assert history[1].new_value == {"baseline_met": True, "increase_pct": 30}


def test_id_prefix_resolution(store):
    aid = new_assessment(store)
    assert store.resolve_id(aid[:8]) == aid
    assert store.resolve_id(aid.upper()) == aid
    with pytest.raises(NotFoundError):
        store.resolve_id("ffffffff-no")
    with pytest.raises(NotFoundError):
        store.resolve_id("")


def test_ambiguous_prefix_is_refused(store):
    a = store.create_assessment(PROFILE, scheme_id="s", scheme_version="1", assessment_id="abc00000-0000-0000-0000-000000000001")
    store.create_assessment(PROFILE, scheme_id="s", scheme_version="1", assessment_id="abc00000-0000-0000-0000-000000000002")
    with pytest.raises(ValidationError):
        store.resolve_id("abc")
    assert store.resolve_id(a[:-1] + "1") == a


def test_actions_crud(store):
    aid = new_assessment(store)
    act = store.add_action(aid, "C02", "ติดตั้งมิเตอร์ไฟฟ้า", owner="ฝ่ายวิศวกรรม", due_date=date(2027, 1, 31))
    store.update_action(act.id, status="done")
    assert store.get_assessment(aid).actions[0].status is model.ActionStatus.DONE
    store.delete_action(act.id)
    assert store.get_assessment(aid).actions == []


def test_delete_keeps_a_backup_that_still_holds_the_assessment(store):
    aid = new_assessment(store)
    backup = store.delete_assessment(aid)
    assert store.list_assessments() == []
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM assessment WHERE id=?", (aid,)).fetchone()[0] == 1


def test_second_instance_on_the_same_folder_gets_a_clear_refusal(store, tmp_path):
    with pytest.raises(StorageError) as err:
        open_store(tmp_path / "data")
    assert err.value.key == "store.locked"
    assert "in use" in err.value.message("en")
    assert "ใช้งาน" in err.value.message("th")
    # A reader (the command line while the app runs) is still allowed and sees the data.
    aid = new_assessment(store)
    reader = open_store(tmp_path / "data", read_only=True)
    try:
        assert [s.id for s in reader.list_assessments()] == [aid]
        with pytest.raises(StorageError):
            reader.save_answer(aid, "C01", value={})
    finally:
        reader.close()


def test_a_second_instance_in_another_process_is_refused(store, tmp_path):
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from ecoassess.storage import open_store\n"
            "from ecoassess.errors import StorageError\n"
            "try:\n    open_store(Path(sys.argv[1]))\nexcept StorageError as e:\n"
            "    print(e.key); sys.exit(3)\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3 and result.stdout.strip() == "store.locked"


@pytest.mark.parametrize("content", [b"this is not a database at all" * 40, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_corrupt_or_foreign_file_is_reported_and_never_overwritten(tmp_path, content):
    folder = tmp_path / "d"
    folder.mkdir()
    db = folder / "ecoassess.sqlite3"
    db.write_bytes(content)
    with pytest.raises(StorageError) as err:
        open_store(folder)
    assert err.value.key in ("store.not_sqlite", "store.corrupt", "store.foreign")
    assert "backups" in err.value.message("en")
    assert db.read_bytes() == content
    # The lock was released: a restore from a good backup works and the damaged bytes are kept.
    good = tmp_path / "good"
    s = open_store(good)
    aid = new_assessment(s)
    backup = s.backup()
    s.close()
    kept = restore_database(folder, backup)
    assert kept is not None and kept.read_bytes() == content
    s = open_store(folder)
    assert [a.id for a in s.list_assessments()] == [aid]
    s.close()


def test_restore_refuses_a_bad_backup_and_keeps_the_current_file(store, tmp_path):
    aid = new_assessment(store)
    store.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("nope")
    with pytest.raises(StorageError):
        restore_database(tmp_path / "data", bad)
    s = open_store(tmp_path / "data")
    assert [a.id for a in s.list_assessments()] == [aid]
    s.close()


def test_rolling_backup_made_once_a_day(tmp_path):
    folder = tmp_path / "d"
    s = open_store(folder)
    new_assessment(s)
    s.close()
    open_store(folder).close()
    open_store(folder).close()
    autos = list((folder / "backups").glob("auto-*.sqlite3"))
    assert len(autos) == 1 and integrity_problems(autos[0]) == []


def test_failed_migration_leaves_the_original_untouched(tmp_path, monkeypatch):
    folder = tmp_path / "d"
    s = open_store(folder)
    aid = new_assessment(s)
    s.close()
    db = folder / "ecoassess.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='0001'")  # pretend an older schema
    conn.commit()
    conn.close()
    before = db.read_bytes()

    from ecoassess.storage import database

    def broken(_path):
        raise RuntimeError("disk full during migration")

    monkeypatch.setattr(database, "_run_alembic", broken)
    with pytest.raises(StorageError) as err:
        open_store(folder)
    assert err.value.key == "store.migration_failed"
    assert "untouched" in err.value.message("en")
    assert db.read_bytes() == before
    assert list((folder / "backups").glob("pre-migrate-*.sqlite3"))
    assert not Path(str(db) + ".migrating").exists()
    monkeypatch.undo()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num=?", (HEAD_REVISION,))
    conn.commit()
    conn.close()
    s = open_store(folder)
    assert s.get_assessment(aid).profile.name_th == PROFILE.name_th
    s.close()


def test_migration_0003_gives_existing_assessments_their_year(tmp_path):
    """A database from before the year existed: each assessment gets the year of its assessment
    date, else of its creation, and opens as before."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from ecoassess.storage.database import MIGRATIONS_DIR

    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "ecoassess.sqlite3"
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{db.as_posix()}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO factory (id, uid, name_th, name_en, company_th, company_en, address, "
                 "estate_kind, estate, province, registration_no, tax_id, branch, industry, contacts, "
                 "certifications, application_type, created_at, updated_at) VALUES (1, 'f', 'โรงงานเก่า', "
                 "'', '', '', '', '', '', '', '', '', '', '', '[]', '[]', 'new', '2024-03-01 09:00:00', "
                 "'2024-03-01 09:00:00')")
    for ident, day, created in (("a" * 8 + "-0000-0000-0000-000000000001", "2025-12-30", "2024-03-01"),
                                ("b" * 8 + "-0000-0000-0000-000000000002", None, "2024-03-01")):
        conn.execute("INSERT INTO assessment (id, factory_id, scheme_id, scheme_version, assessment_date, "
                     "signatory_name, signatory_position, status, settings, last_page, is_demo, created_at, "
                     "updated_at) VALUES (?, 1, 'eco-factory', '2026.1', ?, '', '', 'draft', '{}', '', 0, ?, ?)",
                     (ident, day, f"{created} 09:00:00", f"{created} 09:00:00"))
    conn.commit()
    conn.close()
    with open_store(folder) as store:
        years = {s.id[0]: s.assessment_year for s in store.list_assessments()}
    assert years == {"a": 2025, "b": 2024}
    assert current_revision(db) == HEAD_REVISION


def test_an_assessment_from_an_older_file_gets_its_year_from_its_dates(store):
    """Packages written before the year existed carry none: the assessment date (else the
    creation) gives it; a Buddhist-Era year in a file is refused."""
    import dataclasses
    import uuid

    from ecoassess.storage.importer import import_assessment

    original = store.get_assessment(new_assessment(store))
    older = dataclasses.replace(original, id=str(uuid.uuid4()), assessment_year=None,
                                assessment_date=date(2024, 5, 1))
    assert store.get_assessment(import_assessment(store, older, [])).assessment_year == 2024
    undated = dataclasses.replace(older, id=str(uuid.uuid4()), assessment_date=None)
    assert store.get_assessment(import_assessment(store, undated, [])).assessment_year == \
        original.created_at.year
    with pytest.raises(ValidationError) as refused:
        import_assessment(store, dataclasses.replace(older, id=str(uuid.uuid4()), assessment_year=2567), [])
    assert "2024" in refused.value.message("en")
