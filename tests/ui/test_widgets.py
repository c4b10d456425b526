"""Buddhist-Era date edit, tax ID check, readiness chart, worker helper, evidence panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ecoassess.reference import estates, provinces, tax_id_valid
from ecoassess_app.ui.widgets.be_date import BuddhistDateEdit, format_short, parse_date
from ecoassess_app.ui.widgets.chart import Bar, ReadinessChart
from ecoassess_app.ui.workers import run_task


def test_dates_accept_buddhist_era_and_common_era_years():
    assert parse_date("28/11/2569") == date(2026, 11, 28)
    assert parse_date("28/11/2026") == date(2026, 11, 28)
    assert parse_date("2026-11-28") == date(2026, 11, 28)
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("31/02/2569")
    with pytest.raises(ValueError):
        parse_date("tomorrow")
    assert format_short(date(2026, 1, 5), "th") == "05/01/2569"
    assert format_short(date(2026, 1, 5), "en") == "05/01/2026"


def test_date_edit_shows_and_takes_be_years_in_thai(context, qtbot):
    edit = BuddhistDateEdit()
    qtbot.addWidget(edit)
    seen = []
    edit.date_changed.connect(seen.append)
    edit.set_date(date(2027, 3, 1))
    assert edit.edit.text() == "01/03/2570"
    assert edit.preview.text() == "1 มีนาคม 2570"
    edit.edit.clear()
    qtbot.keyClicks(edit.edit, "15/06/2570")
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)
    assert seen == [date(2027, 6, 15)]
    assert edit.date() == date(2027, 6, 15)
    context.set_language("en")
    assert edit.edit.text() == "15/06/2027"
    assert edit.preview.text() == "15 June 2027"


def test_calendar_pop_up_counts_years_in_the_buddhist_era(context, qtbot):
    from PySide6.QtCore import QDate

    edit = BuddhistDateEdit()
    qtbot.addWidget(edit)
    seen = []
    edit.date_changed.connect(seen.append)
    edit.set_date(date(2026, 11, 28))
    popup = edit.open_calendar()
    assert popup.year.value() == 2569 and popup.month.currentText() == "พฤศจิกายน"
    popup.year.setValue(2570)  # the officer moves to next year's audit, in B.E.
    popup.month.setCurrentIndex(2)
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2027, 3)
    popup.next_month.click()
    assert (popup.year.value(), popup.month.currentIndex()) == (2570, 3)  # the header follows
    popup.calendar.clicked.emit(QDate(2027, 4, 9))
    assert edit.edit.text() == "09/04/2570" and edit.preview.text() == "9 เมษายน 2570"
    assert seen == [date(2027, 4, 9)] and not popup.isVisible()

    context.set_language("en")
    popup = edit.open_calendar()
    assert popup.year.value() == 2027 and popup.month.currentText() == "April"
    popup.close()


def test_date_edit_reports_a_malformed_date_without_changing(context, qtbot):
    edit = BuddhistDateEdit()
    qtbot.addWidget(edit)
    edit.set_date(date(2026, 1, 1))
    edit.edit.clear()
    qtbot.keyClicks(edit.edit, "99/99/2569")
    assert not edit.is_valid()
    assert "วัน/เดือน/ปี" in edit.preview.text()
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)
    assert edit.date() == date(2026, 1, 1)


def test_tax_id_check_digit():
    assert tax_id_valid("1234567890121")
    assert tax_id_valid("1-2345-67890-12-1")
    assert not tax_id_valid("1234567890123")
    assert not tax_id_valid("123456789012")
    assert not tax_id_valid("12345678901ab")


def test_reference_lists():
    assert len(provinces()) == 77
    assert any(p.name_th == "กรุงเทพมหานคร" and p.name_en == "Bangkok" for p in provinces())
    assert len(estates()) == 72
    assert any(e.name_th == "นิคมอุตสาหกรรมมาบตาพุด" for e in estates())


def test_chart_draws_one_bar_per_criterion(qtbot):
    chart = ReadinessChart()
    qtbot.addWidget(chart)
    chart.resize(600, 100)
    chart.set_bars([Bar("C01", "1. วัตถุดิบ", 5), Bar("C02", "2. พลังงาน", 0), Bar("C09", "9. ขนส่ง", None)], "N/A")
    assert chart.height() == 3 * chart.row_height() + 8
    image = chart.grab().toImage()
    assert image.width() == 600
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 7) for y in range(0, image.height(), 3)}
    assert "#1b5e20" in colours  # a full bar in the darkest green
    assert "C09 N/A" in chart.accessibleDescription()


def test_worker_returns_on_the_gui_thread_and_reports_errors(qtbot):
    progress_seen = []
    task = run_task(None, "work", lambda progress: (progress(50, "half"), 42)[1],
                    lambda ok, value: progress_seen.append((ok, value)))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.ok and task.result == 42
    assert progress_seen == [(True, 42)]

    def failing(progress):
        raise ValueError("boom")

    bad = run_task(None, "work", failing)
    qtbot.waitUntil(lambda: bad.done, timeout=5000)
    assert not bad.ok
    assert isinstance(bad.error, ValueError)
    assert "boom" in bad.trace


def test_evidence_attach_describe_and_unlink(context, qtbot, tmp_path):
    from tests.ui.conftest import open_new

    window = open_new(context, qtbot)
    window.wizard.go_to("C06")
    panel = window.wizard.pages["C06"].evidence
    panel.ask_details = False
    source = tmp_path / "บัญชีของเสีย.pdf"
    source.write_bytes(b"%PDF-1.4 waste inventory")
    assert panel.attach_paths([source], "บัญชีรายการของเสีย 2568", date(2025, 12, 31)) == 1
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "บัญชีของเสีย.pdf"
    assert panel.table.item(0, 2).text() == "31/12/2568"
    stored = context.store.get_assessment(window.session.id).evidence
    assert stored[0].items == ["C06"] and stored[0].document_date == date(2025, 12, 31)
    panel.table.selectRow(0)
    from PySide6.QtGui import QDesktopServices

    opened = []
    original = QDesktopServices.openUrl
    QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url.toLocalFile()) or True)
    try:
        panel.open_selected()  # the viewer gets the file under its own name, not the store's hash
    finally:
        QDesktopServices.openUrl = original
    assert len(opened) == 1 and opened[0].endswith("/บัญชีของเสีย.pdf")
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 waste inventory"
    asked = []
    panel.ask = lambda box: asked.append(box) or False  # cancelled: nothing changes
    assert panel.unlink_selected() is False and panel.table.rowCount() == 1
    box = asked[0]
    assert "บัญชีของเสีย.pdf" in box.text() and "C06" in box.text()  # names the file and the item
    assert box.defaultButton() is box.cancel_button and box.escapeButton() is box.cancel_button
    panel.ask = lambda box: True
    assert panel.unlink_selected() is True
    assert panel.table.rowCount() == 0
    assert context.store.get_assessment(window.session.id).evidence[0].items == []
