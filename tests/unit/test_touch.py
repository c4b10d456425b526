"""Every change to what scoring, readiness or the dossier reads marks its assessment as changed
(`updated_at`), in the same transaction: the home list keeps a readiness figure until that time
moves, so a change that forgets it (an evidence link from the command line, an action, a package
that replaces an assessment) would leave a stale figure on screen until the next restart."""

from __future__ import annotations

import ast
import dataclasses
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ecoassess import model
from ecoassess.readiness import readiness_percents
from ecoassess.storage.importer import import_assessment
from ecoassess.storage.service import Store

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"
PROFILE = model.FactoryProfile(name_th="บริษัท สายน้ำเคมี จำกัด", name_en="Sainam Chemicals Co., Ltd.",
                               province="ระยอง", employees_permanent=80)


@dataclass
class Plant:
    """A factory's 2026 assessment with a photo on C05 and an action on C02, and its 2027 copy
    (the two share the factory's profile)."""

    store: Store
    aid: str
    copy: str
    evidence: int
    action: int
    photo: Path
    clock: Any

    def stamp(self, assessment_id: str | None = None) -> Any:
        return self.store.get_assessment(assessment_id or self.aid).updated_at

    def writes(self) -> int:
        conn = sqlite3.connect(self.store.layout.database)
        try:
            return int(conn.execute("SELECT value FROM ecoassess_meta WHERE key = 'writes'").fetchone()[0])
        finally:
            conn.close()


@pytest.fixture
def plant(clocked_store: Store, tmp_path: Path) -> Plant:
    store = clocked_store
    aid = store.create_assessment(PROFILE, scheme_id="eco-factory", scheme_version="2026.1",
                                  assessment_year=2026)
    store.save_answer(aid, "C01", value={"inventory": True}, status="done")
    photo = tmp_path / "บ่อบำบัด.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 the treatment pond")
    evidence = store.add_evidence(aid, photo, description="บ่อบำบัดน้ำเสีย", items=["C05"])
    action = store.add_action(aid, "C02", "ติดตั้งมิเตอร์ย่อย", due_date=date(2026, 9, 30))
    copy = store.copy_forward(aid)
    return Plant(store, aid, copy, evidence.id, action.id, photo, store.clock)


# What each public method of the Store does to a stored assessment. A method that changes what
# scoring, readiness or the dossier reads is in CHANGES, with a call that changes something; a
# reading is in READS, with a call; a method that makes a new assessment or removes one (no
# figure of it can be kept under an old time) is in NEW_OR_GONE, with the reason. A new method
# in none of them fails `test_every_public_method_of_the_store_is_accounted_for`.
Call = Callable[[Plant], Any]
CHANGES: dict[str, Call] = {
    "save_answer": lambda p: p.store.save_answer(p.aid, "C03", value={"inventory": True}),
    "update_assessment": lambda p: p.store.update_assessment(p.aid, planned_audit_date=date(2027, 1, 15)),
    "update_profile": lambda p: p.store.update_profile(p.aid, dataclasses.replace(PROFILE, employees_permanent=95)),
    "add_evidence": lambda p: p.store.add_evidence(p.aid, p.photo, items=["C07"]),
    "link_evidence": lambda p: p.store.link_evidence(p.aid, p.evidence, "C09"),
    "unlink_evidence": lambda p: p.store.unlink_evidence(p.aid, p.evidence, "C05"),
    "update_evidence": lambda p: p.store.update_evidence(p.aid, p.evidence, expiry=date(2026, 12, 31)),
    "update_evidence_details": lambda p: p.store.update_evidence_details(p.aid, p.evidence, item_id="C05",
                                                                         expiry=date(2026, 12, 31)),
    "remove_evidence": lambda p: p.store.remove_evidence(p.aid, p.evidence),
    "add_action": lambda p: p.store.add_action(p.aid, "C04", "อบรมพนักงาน"),
    "update_action": lambda p: p.store.update_action(p.action, status=model.ActionStatus.DONE),
    "delete_action": lambda p: p.store.delete_action(p.action),
}
READS: dict[str, Call] = {
    "list_assessments": lambda p: p.store.list_assessments(),
    "oldest_assessment_time": lambda p: p.store.oldest_assessment_time(),
    "resolve_id": lambda p: p.store.resolve_id(p.aid[:8]),
    "get_assessment": lambda p: p.store.get_assessment(p.aid),
    "history": lambda p: p.store.history(p.aid),
    "history_page": lambda p: p.store.history_page(p.aid, 0, 10),
    "history_count": lambda p: p.store.history_count(p.aid),
    "history_entry": lambda p: p.store.history_entry(p.aid, 1),
    "evidence_cited": lambda p: p.store.evidence_cited("0" * 64),
    "evidence_file": lambda p: p.store.evidence_file(p.store.get_assessment(p.aid).evidence[0].sha256),
    "evidence_viewing_copy": lambda p: p.store.evidence_viewing_copy(
        p.store.get_assessment(p.aid).evidence[0].sha256, "pond.jpg"),
    "doctor": lambda p: p.store.doctor(),
    "backup": lambda p: p.store.backup(),
    "safety_copy": lambda p: p.store.safety_copy("manual"),
    "separate_history": lambda p: _inside(p.store.separate_history()),
}
NEW_OR_GONE = {
    "create_assessment": "a new id: nothing was kept for it",
    "copy_forward": "a new id (next year's copy); the source is only read",
    "delete_assessment": "the row is gone, and the list with it",
    "close": "closes the connection; changes nothing",
}


def _inside(context: Any) -> None:
    with context:
        pass


def _public_methods() -> set[str]:
    return {name for name, value in vars(Store).items() if callable(value) and not name.startswith("_")}


def test_every_public_method_of_the_store_is_accounted_for():
    listed = set(CHANGES) | set(READS) | set(NEW_OR_GONE)
    assert not set(CHANGES) & set(READS)
    assert _public_methods() - listed == set(), "say what the new method does to updated_at"
    assert listed - _public_methods() == set()  # no leftover names


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_marks_the_assessment_changed_in_the_same_commit(plant, name):
    plant.clock.advance(3600)
    before, writes = plant.stamp(), plant.writes()
    CHANGES[name](plant)
    assert plant.writes() == writes + 1, "one change, one committed transaction"
    assert before != plant.stamp() == plant.clock.now


@pytest.mark.parametrize("name", sorted(READS))
def test_a_reading_writes_nothing(plant, name):
    plant.clock.advance(3600)
    before, writes = plant.stamp(), plant.writes()
    READS[name](plant)
    assert (plant.writes(), plant.stamp()) == (writes, before)


def test_a_call_that_changes_nothing_leaves_the_time_alone(plant):
    """Linking twice, unlinking what is not linked, the same expiry again: the list keeps its order
    and its figure."""
    plant.clock.advance(3600)
    before = plant.stamp()
    plant.store.link_evidence(plant.aid, plant.evidence, "C05")
    plant.store.unlink_evidence(plant.aid, plant.evidence, "C14")
    plant.store.update_evidence(plant.aid, plant.evidence, description="บ่อบำบัดน้ำเสีย")
    plant.store.update_action(plant.action, owner="")
    assert plant.stamp() == before


def test_the_profile_is_the_factory_s_so_both_years_are_marked(plant):
    """The 2027 copy shares the factory's profile: correcting it there changes the 2026
    assessment's dossier and certificates too."""
    plant.clock.advance(3600)
    plant.store.update_profile(plant.copy, dataclasses.replace(PROFILE, name_en="Sainam Chemical Co., Ltd."))
    assert plant.stamp(plant.aid) == plant.stamp(plant.copy) == plant.clock.now
    assert plant.store.get_assessment(plant.aid).profile.name_en == "Sainam Chemical Co., Ltd."


def test_moving_to_another_scheme_version_is_marked_with_the_store_s_clock(plant):
    from ecoassess.scheme import load_scheme
    from ecoassess.storage.remap import map_to_scheme

    plant.clock.advance(3600)
    map_to_scheme(plant.store, plant.aid, load_scheme(NEXT_FILE))
    assert plant.stamp() == plant.clock.now
    assert plant.store.get_assessment(plant.aid).scheme_version == "2027.1"


def test_a_package_replacing_an_assessment_under_the_same_time_is_marked(plant):
    """A package made on another computer may carry the time already here with other rows (an
    evidence link made there by an older version of the app did not move the time): the
    replaced assessment must not keep a figure of the old rows."""
    stored = plant.store.get_assessment(plant.aid)
    data = plant.store.layout.root
    before = readiness_percents(data, [plant.aid])[plant.aid]
    answers = dict(stored.answers)
    answers["C03"] = model.ItemAnswer("C03", {"inventory": True, "target_achievement_pct": 100})
    plant.clock.advance(3600)
    import_assessment(plant.store, dataclasses.replace(stored, answers=answers), [], replace=True)
    assert plant.stamp() == plant.clock.now != stored.updated_at
    assert readiness_percents(data, [plant.aid])[plant.aid] != before


def test_a_package_with_its_own_time_keeps_it(plant):
    """The usual case: the file's time is when it was last edited there, and it is kept."""
    stored = plant.store.get_assessment(plant.aid)
    edited = stored.updated_at.replace(year=2025)
    plant.clock.advance(3600)
    import_assessment(plant.store, dataclasses.replace(stored, updated_at=edited), [], replace=True)
    assert plant.stamp() == edited


# The storage functions outside the Store class that open a transaction, and where each is held
# to the rule. A new one fails `test_every_writer_outside_the_store_is_accounted_for` until it
# is added here, with its test or the reason it changes no assessment.
WRITERS = {
    "evidence_rows.register_evidence": "Store.add_evidence, in CHANGES",
    "evidence_rows.link_evidence": "Store.link_evidence, in CHANGES",
    "evidence_rows.unlink_evidence": "Store.unlink_evidence, in CHANGES",
    "evidence_rows.update_evidence": "Store.update_evidence and Store.update_evidence_details, in CHANGES",
    "evidence_rows.remove_evidence": "Store.remove_evidence, in CHANGES",
    "importer.import_assessment": "test_a_package_replacing_an_assessment_under_the_same_time_is_marked",
    "remap.map_to_scheme": "test_moving_to_another_scheme_version_is_marked_with_the_store_s_clock",
    **{f"estates.{name}": "the estate view's own tables: no assessment row changes"
       for name in ("create_estate", "update_estate", "delete_estate", "add_snapshot", "save_results",
                    "delete_snapshot", "save_requirement", "delete_requirement")},
}


def _opens_a_transaction(function: ast.AST) -> bool:
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and node.func.attr in ("_tx", "_lean_tx") for node in ast.walk(function))


def test_every_writer_outside_the_store_is_accounted_for():
    storage = Path(Store.__module__.replace(".", "/")).parent
    root = Path(__file__).resolve().parents[2]
    found = set()
    for path in sorted((root / storage).glob("*.py")):
        if path.stem == "service":
            continue  # the Store's own methods: test_every_public_method_of_the_store_is_accounted_for
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and _opens_a_transaction(node):
                found.add(f"{path.stem}.{node.name}")
    assert found == set(WRITERS)
