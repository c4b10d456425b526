"""The home list at a trainer's scale: filled at once, figures from the background, cached, live."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.i18n import format_number
from ecoassess.readiness import readiness_percents
from ecoassess.storage import open_store
from ecoassess.timeutil import format_utc, utc_now
from ecoassess_app.ui.home import COL_FACTORY, COL_READINESS, COL_YEAR, HomeWindow

COPIES = 24


@pytest.fixture
def trainer_folder(data_dir):
    """The demo and a class's worth of next-year copies, written before the app starts."""
    with open_store(data_dir) as store:
        demo = create_demo(store)
        ids = [demo] + [store.copy_forward(demo) for _ in range(COPIES)]
    # Last edited an hour ago (times are kept to the second: an edit in the second of a reading
    # is scored again anyway, so the cache is only seen to work on an older edit).
    conn = sqlite3.connect(data_dir / "ecoassess.sqlite3")
    with conn:
        conn.execute("UPDATE assessment SET updated_at = ?",
                     (format_utc(utc_now() - timedelta(hours=1)),))
    conn.close()
    return ids


def figure(percent: float) -> str:
    return f"{format_number(percent, 'th')} %"


def shown_figures(home: HomeWindow) -> dict[str, str]:
    return {home.model.summary(r).id: home.model.text(r, COL_READINESS) for r in range(home.model.rowCount())}


def test_the_list_shows_before_the_store_opens_and_the_figures_follow(trainer_folder, context, qtbot):
    home = HomeWindow(context)
    context.home = home
    qtbot.addWidget(home)
    home.show()
    home.first_load()
    qtbot.waitUntil(lambda: home.model.rowCount() == COPIES + 1, timeout=10_000)
    assert context._store is None  # noqa: SLF001 - read as the `list` command reads, no lock yet
    assert home.model.text(0, COL_YEAR) in ("2569", "2570 (ต่อจากปี 2569)")
    assert "สยามพลาสติกรักษ์โลก" in home.model.text(0, COL_FACTORY)
    qtbot.waitUntil(lambda: context._store is not None and not home.readiness_pass.running,  # noqa: SLF001
                    timeout=60_000)
    expected = readiness_percents(context.data_dir, trainer_folder)
    assert shown_figures(home) == {i: figure(p) for i, p in expected.items()}
    assert home.selected_id() == home.model.summary(0).id  # the newest is selected


def test_a_reload_scores_only_what_changed(trainer_folder, context, home, qtbot, monkeypatch):
    qtbot.waitUntil(lambda: not home.readiness_pass.running, timeout=60_000)
    assert len(home.readiness) == COPIES + 1
    scored: list[str] = []
    import ecoassess.readiness as readiness

    real = readiness.readiness_percents
    monkeypatch.setattr(readiness, "readiness_percents",
                        lambda data, ids, **kw: scored.extend(ids) or real(data, ids, **kw))
    home.reload()
    qtbot.waitUntil(lambda: not home.readiness_pass.running, timeout=60_000)
    assert scored == []  # nothing changed: every figure came from the cache
    changed = trainer_folder[3]
    context.store.save_answer(changed, "C01", not_applicable=True, justification="ไม่มีการใช้น้ำในกระบวนการ")
    home.select(trainer_folder[5])
    home.reload()
    qtbot.waitUntil(lambda: not home.readiness_pass.running, timeout=60_000)
    assert scored == [changed]
    assert home.selected_id() == trainer_folder[5]  # the selection stays on its assessment
    assert shown_figures(home)[changed] == figure(real(context.data_dir, [changed])[changed])


def test_an_open_wizard_updates_its_row_as_it_saves(context, home, qtbot):
    demo = create_demo(context.store)
    new_id = context.store.create_assessment(model.FactoryProfile(name_th="โรงงานใหม่"), scheme_id="eco-factory",
                                             scheme_version="2026.1")
    home.reload()
    home.compute_readiness()
    before = home.model.find(new_id).updated_at
    window = context.open_wizard(new_id)
    session = window.session
    session.set_profile(name_th="บริษัท น้ำใสรีไซเคิล จำกัด")
    session.flush()
    row = home.model.rows[new_id]
    assert home.model.text(row, COL_FACTORY) == "บริษัท น้ำใสรีไซเคิล จำกัด"
    assert home.model.find(new_id).updated_at >= before
    assert home.model.text(row, COL_READINESS) == figure(0.0)
    done = context.store.get_assessment(demo).answers["C01"]
    session.set_fields("C01", value=done.value, status=done.status)
    session.flush()
    assert session.result().percent > 0
    assert home.model.text(row, COL_READINESS) == figure(session.result().percent)
    window.close()  # the list reads it again from the database: the same figure
    qtbot.waitUntil(lambda: not home.readiness_pass.running, timeout=60_000)
    assert home.model.text(home.model.rows[new_id], COL_READINESS) == figure(session.result().percent)


def test_a_heading_sorts_thai_names_in_dictionary_order_and_keeps_the_selection(context, home, qtbot):
    from PySide6.QtCore import Qt

    names = ["โรงงานไก่สด", "บริษัท ขนมไทย จำกัด", "เกษตรรุ่งเรือง", "โรงงาน 10", "โรงงาน 2"]
    ids = {name: context.store.create_assessment(model.FactoryProfile(name_th=name), scheme_id="eco-factory",
                                                 scheme_version="2026.1") for name in names}
    home.reload()
    home.select(ids["บริษัท ขนมไทย จำกัด"])
    home.table.sortByColumn(COL_FACTORY, Qt.SortOrder.AscendingOrder)
    shown = [home.model.text(r, COL_FACTORY) for r in range(home.model.rowCount())]
    # เกษตร sorts under ก (its leading vowel does not count first); numbers as numbers
    assert shown == ["เกษตรรุ่งเรือง", "บริษัท ขนมไทย จำกัด", "โรงงาน 2", "โรงงาน 10", "โรงงานไก่สด"]
    assert home.selected_id() == ids["บริษัท ขนมไทย จำกัด"]
    home.reload()  # the order chosen stays
    assert [home.model.text(r, COL_FACTORY) for r in range(home.model.rowCount())] == shown
    home.table.sortByColumn(COL_FACTORY, Qt.SortOrder.DescendingOrder)
    assert home.model.text(0, COL_FACTORY) == "โรงงานไก่สด"
    assert home.selected_id() == ids["บริษัท ขนมไทย จำกัด"]
