"""The home list scores again what changed outside the wizard: an evidence link, an action, a
package that replaces an assessment under the time already here (tests/unit/test_touch.py holds
every Store method to it; here the list itself is watched)."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta

import pytest

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.readiness import readiness_percents
from ecoassess.storage import open_store
from ecoassess.storage.importer import import_assessment
from ecoassess.timeutil import format_utc, utc_now
from ecoassess_app.ui.home import COL_READINESS
from tests.clock import Clock


@pytest.fixture
def plant(data_dir):
    """The demo factory and its next-year copy, last edited an hour ago (times are kept to the
    second, and an edit in the second of a reading is scored again anyway)."""
    with open_store(data_dir) as store:
        demo = create_demo(store)
        ids = [demo, store.copy_forward(demo)]
    conn = sqlite3.connect(data_dir / "ecoassess.sqlite3")
    with conn:
        conn.execute("UPDATE assessment SET updated_at = ?", (format_utc(utc_now() - timedelta(hours=1)),))
    conn.close()
    return ids


def _watched(home, qtbot, monkeypatch) -> list[str]:
    """The ids the list scores from now on (after its first pass)."""
    import ecoassess.readiness as readiness

    qtbot.waitUntil(lambda: not home.readiness_pass.running, timeout=60_000)
    scored: list[str] = []
    real = readiness.readiness_percents
    monkeypatch.setattr(readiness, "readiness_percents",
                        lambda data, ids, **kw: scored.extend(ids) or real(data, ids, **kw))
    return scored


def _reload(home, qtbot) -> None:
    home.reload()
    qtbot.waitUntil(lambda: not home.readiness_pass.running, timeout=60_000)


def test_an_evidence_link_and_an_action_made_outside_the_wizard_are_scored_again(
        plant, context, home, qtbot, monkeypatch):
    scored = _watched(home, qtbot, monkeypatch)
    demo, copy = plant
    store = context.store
    store.clock = Clock(utc_now() - timedelta(minutes=30))  # changes older than the readings
    photo = store.get_assessment(demo).evidence[0]
    store.link_evidence(demo, photo.id, "C14")
    _reload(home, qtbot)
    assert scored == [demo]
    store.clock.advance(60)
    store.add_action(copy, "C03", "ตั้งคณะทำงานลดของเสีย")
    _reload(home, qtbot)
    assert scored == [demo, copy]


def test_a_package_replacing_an_assessment_under_the_same_time_shows_its_own_figure(
        plant, context, home, qtbot, monkeypatch):
    """A file from another computer that carries this assessment's time but other answers (an
    older version of the app did not move the time for every change)."""
    scored = _watched(home, qtbot, monkeypatch)
    demo = plant[0]
    row = next(r for r in range(home.model.rowCount()) if home.model.summary(r).id == demo)
    before = home.model.text(row, COL_READINESS)
    stored = context.store.get_assessment(demo)
    answers = {k: a for k, a in stored.answers.items() if not k.startswith("C0")}
    answers["C01"] = model.ItemAnswer("C01", {}, not_applicable=True, justification="ไม่มีการใช้น้ำ")
    import_assessment(context.store, dataclasses.replace(stored, answers=answers), [], replace=True)
    _reload(home, qtbot)
    assert scored == [demo]
    expected = readiness_percents(context.data_dir, [demo])[demo]
    row = next(r for r in range(home.model.rowCount()) if home.model.summary(r).id == demo)
    assert home.model.percents[demo] == expected
    assert home.model.text(row, COL_READINESS) != before
