"""The change history a person can read: one row per edit, labels in Thai, a page filter, 100k
rows that open at once, and "restore the value before this change", itself recorded."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from tests.clock import Clock
from tests.ui.conftest import open_new, type_thai


def history(window, qtbot):  # noqa: ANN001
    from ecoassess_app.ui.history import HistoryDialog

    dialog = HistoryDialog(window.session, window)
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog) -> list[list[str]]:  # noqa: ANN001
    m = dialog.model
    return [[m.index(r, c).data() for c in range(5)] for r in range(m.rowCount())]


def test_a_typed_job_title_is_one_row_in_words_and_can_be_restored(context, qtbot):
    clock = Clock(datetime(2026, 11, 20, 2, 0, tzinfo=UTC))
    context.store.clock = clock
    window = open_new(context, qtbot)
    window.wizard.go_to("export")
    export = window.wizard.pages["export"]
    type_thai(export.position, "ผู้จัดการโรงงาน")  # typed, saved every second: one history row
    window.session.flush()
    clock.now += timedelta(minutes=5)
    export.position.clear()
    type_thai(export.position, "ผู้อำนวยการ")
    window.session.flush()
    dialog = history(window, qtbot)
    found = [r for r in rows(dialog) if r[1] == "ตำแหน่งผู้ลงนาม"]
    assert [(r[0], r[2], r[3]) for r in found] == [("การประเมิน", "ผู้จัดการโรงงาน", "ผู้อำนวยการ"),
                                                  ("การประเมิน", "—", "ผู้จัดการโรงงาน")]
    assert not any("signatory_position" in cell for r in rows(dialog) for cell in r)

    clock.now += timedelta(minutes=5)
    dialog.view.selectRow(0)
    assert dialog.restore_button.isEnabled() and dialog.restore_button.text().startswith("กู้คืน")
    assert dialog.restore_selected()
    assert context.store.get_assessment(window.session.id).signatory_position == "ผู้จัดการโรงงาน"
    assert window.session.assessment.signatory_position == "ผู้จัดการโรงงาน"
    # the restore is a change like any other: the newest row
    assert rows(dialog)[0][1:4] == ["ตำแหน่งผู้ลงนาม", "ผู้อำนวยการ", "ผู้จัดการโรงงาน"]


def test_the_filter_shows_one_page(context, qtbot):
    window = open_new(context, qtbot)
    for key in ("C02", "C05"):
        window.wizard.go_to(key)
        next(iter(window.wizard.pages[key].controls.values())).widget.click()
    dialog = history(window, qtbot)
    assert {r[0][:3] for r in rows(dialog)} >= {"C02", "C05"}
    dialog.filter.setCurrentIndex(dialog.filter.findData("C05"))
    assert rows(dialog) and all(r[0].startswith("C05") for r in rows(dialog))
    assert "1" in dialog.count_label.text()


def test_a_hundred_thousand_rows_open_a_page_at_a_time(context, qtbot, data_dir):
    window = open_new(context, qtbot)
    aid = window.session.id
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    conn = sqlite3.connect(data_dir / "ecoassess.sqlite3")
    with conn:
        conn.executemany(
            "INSERT INTO history (assessment_id, item_id, field, old_value, new_value, changed_at) "
            "VALUES (?, 'C01', 'note', ?, ?, ?)",
            [(aid, f'"v{i}"', f'"v{i + 1}"', (stamp + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S.%f"))
             for i in range(100_000)])
    conn.close()
    dialog = history(window, qtbot)
    model = dialog.model
    assert model.total == 100_000
    assert model.rowCount() == 200 and model.canFetchMore()  # only the first page is read
    assert rows(dialog)[0][2:4] == ["v99999", "v100000"]  # newest first
    model.fetchMore()
    assert model.rowCount() == 400
    assert "100,000" in dialog.count_label.text()
