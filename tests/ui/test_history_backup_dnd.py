"""History view, backup and restore from the home window, evidence by drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.ui.conftest import open_new, type_thai


def test_history_lists_what_changed_old_and_new(context, qtbot):
    from ecoassess_app.ui.history import HistoryDialog

    window = open_new(context, qtbot)
    window.wizard.go_to("C02")
    page = window.wizard.pages["C02"]
    page.controls["inventory"].widget.click()
    type_thai(page.notes, "ติดตั้งมิเตอร์ไฟฟ้า")
    window.session.flush()
    dialog = HistoryDialog(window.session, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert any(r[:2] == ["C02 การจัดการพลังงาน", "บันทึกเพิ่มเติม"] and r[3] == "ติดตั้งมิเตอร์ไฟฟ้า" for r in rows)
    # the answer in words: the input's label and "yes", not {"inventory": true}
    assert any(r[1] == "คำตอบ" and r[0].startswith("C02") and "ใช่" in r[3] and "inventory" not in r[3]
               for r in rows)
    assert all("/25" in r[4] for r in rows)  # Buddhist-Era year in the Thai date column


def test_evidence_can_be_dropped_on_the_panel(context, qtbot, tmp_path):
    window = open_new(context, qtbot)
    window.wizard.go_to("C11")
    panel = window.wizard.pages["C11"].evidence
    panel.ask_details = False
    photo = tmp_path / "green-area.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)  # Qt routes a synthetic drop only after a real drag; call the handler
    assert event.isAccepted()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "green-area.png"
    assert context.store.get_assessment(window.session.id).evidence[0].items == ["C11"]


def test_backup_runs_off_the_gui_thread_and_restore_brings_data_back(context, home, qtbot):
    from ecoassess.demo import create_demo

    create_demo(context.store)
    home.reload()
    task = home.backup()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.ok, task.trace
    backup = task.result
    assert backup.exists()
    home.ask = lambda _box: True
    assert home.delete_selected()
    assert context.store.list_assessments() == []
    home.restore_from(backup)
    assert len(context.store.list_assessments()) == 1
    assert home.model.rowCount() == 1


def test_home_window_opens_the_history_of_the_selected_assessment(context, home, qtbot):
    from ecoassess.demo import create_demo

    create_demo(context.store)
    home.reload()
    dialog = home.show_history()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() > 0
    assert dialog.windowTitle() == "ประวัติการแก้ไข"
    assert dialog.model.headers[:2] == ["หน้า", "รายการ"]
