"""The estate window as an officer uses it: opened from the home menu, the heat map filled, files
imported with the factories' agreement, statuses and thresholds recorded, report written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ecoassess.estate.demo import create_demo_estate
from ecoassess.package import pack_assessment, read_package
from ecoassess.storage import open_store
from tests.unit.portable_helpers import make_assessment


def wait_tasks(qtbot, window) -> None:
    qtbot.waitUntil(lambda: bool(window.tasks) and all(t.done for t in window.tasks), timeout=30000)


@pytest.fixture
def window(home, context, qtbot):
    create_demo_estate(context.store, 10)
    home.actions["estate"].trigger()
    window = context.estate_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.overview is not None, timeout=30000)
    window.messages = []
    window.show_message = lambda title, text: window.messages.append(text)
    return window


@pytest.fixture
def package(tmp_path):
    with open_store(tmp_path / "factory") as store:
        aid = make_assessment(store, tmp_path / "files", name_th="บริษัท น้ำใสสะอาด จำกัด")
        profile = store.get_assessment(aid).profile
        store.update_profile(aid, replace(profile, estate="นิคมอุตสาหกรรมตัวอย่าง (สาธิต)",
                                          estate_kind="other", registration_no="3-99-1/2560"))
        return pack_assessment(store, aid, tmp_path / "plant.ecoassess", without_contacts=True)


def test_the_menu_opens_the_estate_with_its_heat_map_filled(window, home):
    assert home.actions["estate"] in home.file_menu.actions()
    assert window.estate.is_demo and window.picker.count() == 1
    model = window.heat_panel.model
    assert model.rowCount() == 10 and model.columnCount() == 2 + 14 + 2
    header = model.headerData(2, Qt.Orientation.Horizontal)
    assert header.startswith("C01\n")
    assert "ไม่ใช่เกณฑ์ทางการของ กนอ." in window.notice.plain_text()
    assert window.tabs.tabText(1) == "แผนภาพรายเกณฑ์"  # Thai by default in the test context


def test_importing_a_file_with_the_factorys_agreement(window, qtbot, package):
    window.choose_files = lambda: [package]
    window.ask_consent = lambda: True
    window.buttons["files"].click()
    wait_tasks(qtbot, window)
    qtbot.waitUntil(lambda: window.heat_panel.model.rowCount() == 11, timeout=30000)
    assert window.messages and "นำเข้า 1 รายการ ข้าม 0 รายการ" in window.messages[-1]
    names = [r.name for r in window.heat_panel.model.rows]
    assert "บริษัท น้ำใสสะอาด จำกัด" in names
    window.buttons["files"].click()  # the same file again: refused, nothing changes
    wait_tasks(qtbot, window)
    qtbot.waitUntil(lambda: len(window.messages) == 2, timeout=30000)
    assert "นำเข้าแล้วเมื่อ" in window.messages[-1] and window.heat_panel.model.rowCount() == 11


def test_cancelling_the_agreement_question_imports_nothing(window, package):
    window.choose_files = lambda: [package]
    window.ask_consent = lambda: None
    before = len(window.tasks)
    assert window.commands.import_files() is None and len(window.tasks) == before


def test_codes_instead_of_names(window, qtbot):
    window.anonymise.setChecked(True)
    qtbot.waitUntil(lambda: window.overview.anonymised, timeout=30000)
    assert all(r.name == r.code for r in window.heat_panel.model.rows)


def test_officer_records_a_status_and_a_threshold(window, qtbot):
    panel = window.levels_panel
    window.tabs.setCurrentWidget(panel)
    panel.levels.setCurrentRow(2)  # Eco-World Class
    level = panel.current_level()
    assert level.id == "eco_world_class" and panel.items.rowCount() == 8
    item = next(i for i in level.items if i.id == "wc_ghg")
    window.ask_item = lambda _item: {"status": "met", "points": 7.0, "points_max": 10.0,
                                     "evidence": "รายงาน CFO ปี 2568", "note": ""}
    panel.item_edit.emit(item)
    qtbot.waitUntil(lambda: any(i.status == "met" for i in window.overview.framework.levels[2].items),
                    timeout=30000)
    window.ask_threshold = lambda *_a: (80.0,)
    panel.threshold_edit.emit(window.overview.framework.levels[2])
    qtbot.waitUntil(lambda: window.overview.framework.levels[2].threshold == 80.0, timeout=30000)
    window.tabs.setCurrentWidget(panel)
    panel.levels.setCurrentRow(2)
    assert "ต่ำกว่าเกณฑ์ที่เจ้าหน้าที่ตั้งไว้ 80.0 %" in panel.threshold_text.plain_text()
    window.ask_threshold = lambda *_a: (150.0,)
    panel.threshold_edit.emit(window.overview.framework.levels[2])
    assert "0–100" in window.messages[-1]  # refused with the reason; the threshold stays 80


def test_report_and_spreadsheet_are_written(window, qtbot, tmp_path):
    window.choose_report = lambda suggested: (tmp_path / suggested, "both")
    window.buttons["report"].click()
    wait_tasks(qtbot, window)
    written = list(tmp_path.glob("*.pdf"))
    assert len(written) == 1 and written[0].read_bytes().startswith(b"%PDF")
    window.choose_sheet = lambda _s: tmp_path / "estate.csv"
    window.buttons["sheet"].click()
    wait_tasks(qtbot, window)
    assert (tmp_path / "estate.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    database = window.context.data_dir / "backups" / "x.pdf"
    window.choose_report = lambda _s: (database, "th")
    tasks = len(window.tasks)
    window.buttons["report"].click()
    assert len(window.tasks) == tasks and "backups" in window.messages[-1]  # refused before any work


def test_english_follows_the_language_switch(window, context, qtbot):
    context.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Heat map", timeout=5000)
    assert "not official IEAT criteria" in window.notice.plain_text()
    assert window.heat_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Factory"


def test_export_for_the_estate_leaves_contacts_out(home, context, qtbot, tmp_path):
    aid = make_assessment(context.store, tmp_path / "files")
    home.reload()
    dest = tmp_path / "for-the-estate.ecoassess"
    controller = home.portable.controller
    controller.choose_save = lambda _suggested: dest
    home.portable.actions["export_lean"].trigger()
    qtbot.waitUntil(lambda: bool(controller.tasks) and all(t.done for t in controller.tasks), timeout=20000)
    packed = read_package(Path(dest)).assessment
    assert packed.id == aid and packed.profile.contacts == [] and packed.signatory_name == ""


def test_deleting_the_estate_keeps_a_backup(window, qtbot):
    window.confirm = lambda _text: True
    assert window.commands.delete_estate()
    assert window.estates == [] and window.picker.count() == 0
    assert not window.buttons["files"].isEnabled() and window.heat_panel.model.rowCount() == 0
    assert list((window.context.data_dir / "backups").glob("before-delete-estate-*.sqlite3"))


def test_a_new_estate_from_the_ieat_list_and_a_factory_of_this_computer(window, context, qtbot, tmp_path):
    window.ask_new_estate = lambda: ("นิคมอุตสาหกรรมบางปู", "ieat-eco-ie")
    estate = window.commands.new_estate()
    assert estate.ieat and window.estate.id == estate.id and window.picker.count() == 2
    qtbot.waitUntil(lambda: window.overview is not None and window.overview.estate.id == estate.id, timeout=30000)
    aid = make_assessment(context.store, tmp_path / "files")
    profile = context.store.get_assessment(aid).profile
    context.store.update_profile(aid, replace(profile, estate="นิคมอุตสาหกรรมบางปู", estate_kind="estate"))
    window.choose_local = lambda summaries: [s.id for s in summaries if s.id == aid]
    window.ask_consent = lambda: False
    window.buttons["local"].click()
    wait_tasks(qtbot, window)
    qtbot.waitUntil(lambda: window.heat_panel.model.rowCount() == 1, timeout=30000)
    row = window.heat_panel.model.rows[0]
    assert row.name == row.code == "F001" and not row.consent  # not agreed: shown by its code
    window.ask_new_estate = lambda: ("นิคมอุตสาหกรรมบางปู", "ieat-eco-ie")
    assert window.commands.new_estate() is None and "มีนิคม" in window.messages[-1]


def test_certification_editor_offers_the_new_kinds(qtbot, context):
    from ecoassess import model
    from ecoassess_app.ui.widgets.profile_parts import CertificationsEditor

    editor = CertificationsEditor()
    qtbot.addWidget(editor)
    editor.set_certifications([model.Certification("eco_factory", "", date(2027, 3, 31))])
    row = editor.rows[0]
    names = [row.kind.itemText(i) for i in range(row.kind.count())]
    assert {"ธงขาวดาวทอง", "ธงขาวดาวเขียว", "CSR-DIW", "Eco Factory"} <= set(names)
    seen = []
    editor.changed.connect(seen.append)
    row.kind.setCurrentIndex(row.kind.findData("white_flag_gold_star"))
    assert seen[-1][0].kind == "white_flag_gold_star" and seen[-1][0].valid_until.year == 2027


def test_deleting_asks_by_name_with_cancel_as_the_default(window, qtbot):
    asked = []
    window.confirm = lambda box: asked.append(box) or False
    assert not window.commands.delete_estate() and window.estates  # cancelled: nothing deleted
    box = asked[0]
    assert "นิคมอุตสาหกรรมตัวอย่าง (สาธิต)" in box.text() and "10" in box.text()
    assert box.defaultButton() is box.cancel_button and box.escapeButton() is box.cancel_button
    assert box.action_button.text() == "ลบ" and box.cancel_button.text() == "ยกเลิก"
    window.tabs.setCurrentWidget(window.snapshot_panel)
    snapshot = window.snapshot_panel.model.rows[0]
    window.commands.remove_snapshot(snapshot.id)
    assert snapshot.code in asked[1].text() and asked[1].defaultButton() is asked[1].cancel_button
    assert any(r.id == snapshot.id for r in window.rows)  # still there


def test_an_officers_item_is_removed_only_when_confirmed(window, qtbot):
    window.ask_new_item = lambda: {"title_th": "สวนสาธารณะของนิคม", "title_en": "Estate park",
                                   "type_": "scored", "points_max": 5.0}
    window.commands.add_item("eco_champion")
    qtbot.waitUntil(lambda: any(i.custom for i in window.overview.framework.levels[0].items), timeout=30000)
    item = next(i for i in window.overview.framework.levels[0].items if i.custom)
    asked = []
    window.confirm = lambda box: asked.append(box.text()) or False
    window.levels_panel.item_remove.emit(item)
    assert "สวนสาธารณะของนิคม" in asked[0]
    assert any(i.custom for i in window.overview.framework.levels[0].items)
    window.confirm = lambda _box: True
    window.levels_panel.item_remove.emit(item)
    qtbot.waitUntil(lambda: not any(i.custom for i in window.overview.framework.levels[0].items), timeout=30000)


def test_the_agreement_question_defaults_to_not_agreed_and_escape_cancels(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def answer(box):
        seen.append(box)
        return QMessageBox.DialogCode.Rejected

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.commands.asks.ask_consent() is None  # nothing clicked: cancelled
    box = seen[0]
    assert box.defaultButton() is box.no_button and box.no_button.text() == "ไม่ยินยอม หรือไม่ทราบ"
    assert box.escapeButton().text() == "ยกเลิก"


def test_file_choices_go_through_the_apps_own_dialogs(window, monkeypatch, tmp_path):
    from ecoassess_app.ui import dialogs

    calls = []
    monkeypatch.setattr(dialogs, "open_files", lambda *a: calls.append(a) or [str(tmp_path / "a.ecoassess")])
    monkeypatch.setattr(dialogs, "existing_folder", lambda *a: calls.append(a) or str(tmp_path))
    assert window.choose_files() == [tmp_path / "a.ecoassess"]
    assert window.choose_folder() == tmp_path
    assert "ecoassess" in calls[0][3] and len(calls) == 2
    dialog = dialogs.file_dialog(window, "x", str(tmp_path), "*.pdf", dialogs.QFileDialog.FileMode.AnyFile, save=True)
    assert dialogs.use_own_dialog() and dialog.testOption(dialogs.QFileDialog.Option.DontUseNativeDialog)


def test_a_long_estate_name_is_shortened_with_the_full_name_on_hover(window, context, qtbot):
    from ecoassess.estate.service import new_estate

    long_name = "สวนอุตสาหกรรม" + "เพื่อการพัฒนาที่ยั่งยืนของชุมชนและสิ่งแวดล้อม" * 4
    estate = new_estate(context.store, long_name)
    window.resize(900, 600)
    window.reload_estates(estate.id, wait=True)
    picker = window.picker
    shown = picker.currentText()
    assert shown != long_name and "…" in shown
    assert long_name in picker.toolTip() and "โรงงาน 0 แห่ง" in picker.toolTip()
    assert picker.fontMetrics().horizontalAdvance(shown) < picker.width()


def test_the_heat_map_fits_a_narrow_window_without_sideways_scrolling(window, qtbot):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from fitcheck import widget_problems

    window.resize(880, 600)
    window.tabs.setCurrentWidget(window.heat_panel)
    qtbot.waitUntil(lambda: window.heat_panel.view.viewport().width() < 860, timeout=5000)
    qtbot.wait(50)
    view = window.heat_panel.view
    assert view.horizontalScrollBar().maximum() == 0
    assert widget_problems(window.heat_panel) == []
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # sorted by C03: the rows keep their heights
    qtbot.wait(50)
    assert widget_problems(window.heat_panel) == []
