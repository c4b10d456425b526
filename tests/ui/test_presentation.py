"""A trainer switches on presentation mode (View › larger text) at a workshop, with the windows
already open: every text in them grows — none kept small by a style sheet or a fixed font."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.estate.demo import create_demo_estate
from ecoassess_app.ui.fonts import tint, tinted_box

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from fitcheck import not_grown, text_sizes  # noqa: E402

# Texts that deliberately keep their size in presentation mode, with the reason: none today.
EXCEPTIONS: dict[str, str] = {}


def settle(qtbot) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(5)


def switched(context, qtbot, window: QWidget, where: str) -> list[str]:
    """Every text shown in `window` that did not grow when presentation mode was switched on."""
    settle(qtbot)
    before = text_sizes(window)
    assert before, f"{where}: no text shown"
    context.set_presentation(True)
    try:
        settle(qtbot)
        return [f"{where}: {p}" for p in not_grown(before, window)
                if not any(name in p for name in EXCEPTIONS)]
    finally:
        context.set_presentation(False)
        settle(qtbot)


def test_the_check_sees_a_text_a_style_sheet_keeps_small(context, qtbot):
    """The reason for the rule: a style sheet (even a colour only) pins the font it first got."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    styled = QLabel("หมายเหตุ: ยังไม่ได้บันทึก", window)
    styled.setStyleSheet("color:#b00020;")
    coloured = QLabel("หมายเหตุ: บันทึกแล้ว", window)
    tint(coloured, "#b00020")
    boxed = QLabel("เกณฑ์ฉบับร่าง", window)
    tinted_box(boxed, "#fff3cd", text="#6b4e00", margin=3)
    for label in (styled, coloured, boxed):
        layout.addWidget(label)
    window.show()
    qtbot.waitExposed(window)
    problems = switched(context, qtbot, window, "probe")
    assert len(problems) == 1 and "ยังไม่ได้บันทึก" in problems[0], problems
    assert boxed.margin() == 3 and boxed.autoFillBackground()


def test_every_wizard_page_and_the_home_window_grow_on_the_projector(context, home, qtbot):
    """The demo factory: the home list, then every page of the wizard — the help pane, a step's
    help, the draft badge, a save that failed, a year typed in the other era — in Thai, and the
    first and last pages in English."""
    demo_id = create_demo(context.store)
    home.reload()
    home.compute_readiness()
    home.show()
    qtbot.waitExposed(home)
    problems = switched(context, qtbot, home, "home")
    window = context.open_wizard(demo_id)
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    wizard = window.wizard
    for key in wizard.keys:
        wizard.go_to(key)
        problems += switched(context, qtbot, window, key)
    wizard.go_to("C02")
    page = wizard.pages["C02"]
    assert page.badge.isVisible()  # C02 is drafted: the amber badge is among the texts checked
    page.help_button.setChecked(True)
    page.level_help["S1"].button.setChecked(True)
    window._save_failed(sqlite3.OperationalError("database is locked"))
    assert window.save_banner.isVisible()
    problems += switched(context, qtbot, window, "C02 with help and a failed save")
    page.help_button.setChecked(False)
    wizard.go_to("profile")
    field = wizard.pages["profile"].audit_date
    field.edit.setText("30/06/2028")  # a CE year in the Thai (B.E.) field: the era note shows
    field.edit.textEdited.emit(field.edit.text())
    field.edit.editingFinished.emit()
    assert field.era_note.isVisible()
    problems += switched(context, qtbot, window, "profile with the era note")
    context.set_language("en")
    for key in (wizard.keys[0], wizard.keys[-1], "C01"):
        wizard.go_to(key)
        problems += switched(context, qtbot, window, f"en/{key}")
    assert problems == []


def test_the_scheme_banner_grows_too(context, qtbot):
    """An assessment made on a version this computer does not have shows its banner."""
    aid = context.store.create_assessment(model.FactoryProfile(name_th="โรงงานรุ่นเก่า"),
                                          scheme_id="eco-factory", scheme_version="2025.9")
    window = context.open_wizard(aid)
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    assert window.scheme_banner.isVisible()
    assert switched(context, qtbot, window, "banner") == []


def test_the_estate_and_workshop_windows_grow_on_the_projector(context, home, qtbot):
    """An estate officer's five tabs (with their notices) and the trainer's class table."""
    from ecoassess_app.ui.workshop import WorkshopWindow

    create_demo_estate(context.store, 6)
    home.actions["estate"].trigger()
    estate = context.estate_window
    qtbot.addWidget(estate)
    qtbot.waitUntil(lambda: estate.overview is not None, timeout=30000)
    problems = []
    for index in range(estate.tabs.count()):
        estate.tabs.setCurrentIndex(index)
        if estate.tabs.currentWidget() is estate.levels_panel:
            estate.levels_panel.levels.setCurrentRow(2)  # a level whose items are not yet known
            assert estate.levels_panel.level_notice.isVisible()
        problems += switched(context, qtbot, estate, f"estate tab {index}")
    assert estate.notice.isVisible()
    estate.close()
    create_demo(context.store)
    workshop = WorkshopWindow(context, home)
    qtbot.addWidget(workshop)
    workshop.include_demo.setChecked(True)
    workshop.show()
    qtbot.waitExposed(workshop)
    problems += switched(context, qtbot, workshop, "workshop")
    assert problems == []


def test_on_a_1024_projector_the_profile_and_estate_still_fit(context, home, qtbot):
    """Larger text at 1024 pixels: the profile puts captions above their fields (a long Thai
    factory name is whole in its field), contacts go one to a line, a date field widens with
    its font, and the estate window's buttons wrap instead of widening it past the screen."""
    from tests.ui.conftest import open_new
    from tests.ui.test_fit import widget_problems

    window = open_new(context, qtbot)
    window.resize(1000, 700)
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    page.edits["name_th"].setText("บริษัท สยามพลาสติกรักษ์โลก จำกัด (โรงงานสาธิต) สาขานิคมอุตสาหกรรมมาบตาพุด")
    qtbot.waitExposed(window)
    date_room = page.audit_date.edit.minimumWidth()
    context.set_presentation(True)
    try:
        settle(qtbot)
        assert all(form.rowWrapPolicy() == form.RowWrapPolicy.WrapAllRows for form in page.forms)
        assert page.contacts.per_line == 1
        assert page.audit_date.edit.minimumWidth() > date_room
        page.scroll_area.ensureWidgetVisible(page.edits["name_th"])
        settle(qtbot)
        cut = [p for p in widget_problems(page) if "QLineEdit" in p]
        assert cut == []
        create_demo_estate(context.store, 3)
        home.actions["estate"].trigger()
        estate = context.estate_window
        qtbot.addWidget(estate)
        settle(qtbot)
        assert estate.minimumSizeHint().width() < 1000
    finally:
        context.set_presentation(False)
    settle(qtbot)
    assert all(form.rowWrapPolicy() == form.RowWrapPolicy.WrapLongRows for form in page.forms)
    assert page.contacts.per_line == 2


def test_a_row_of_buttons_wraps_instead_of_widening_its_window(qtbot):
    """The estate's and the workshop's buttons: on a narrow window they go onto more lines,
    none overlapping, and the row asks for the height of those lines."""
    from PySide6.QtWidgets import QPushButton

    from ecoassess_app.ui.flow import FlowLayout

    window = QWidget()
    qtbot.addWidget(window)
    row = FlowLayout(window)
    texts = ("นำเข้าไฟล์…", "นำเข้าทั้งโฟลเดอร์…", "จากเครื่องนี้…", "รายงานของนิคม (PDF)…", "ตารางคำนวณ (XLSX/CSV)…")
    buttons = [QPushButton(text, window) for text in texts]
    for button in buttons:
        row.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest  # never wider than its widest button
    one_line = row.heightForWidth(row.sizeHint().width())
    window.resize(widest + 20, row.heightForWidth(widest + 20))
    window.show()
    qtbot.waitExposed(window)
    assert row.heightForWidth(widest + 20) > 2 * one_line
    rects = [b.geometry() for b in buttons]
    assert all(r.right() <= window.width() for r in rects)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
