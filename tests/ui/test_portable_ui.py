"""Drag-and-drop import on the home window, the keep-both/replace choice, export from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ecoassess.package import pack_assessment, read_package
from ecoassess.storage import open_store
from ecoassess_app.ui.portable import CANCEL, KEEP_BOTH, REPLACE, ConflictDialog
from tests.unit.portable_helpers import make_assessment


@pytest.fixture
def package(tmp_path) -> Path:
    with open_store(tmp_path / "other-computer") as store:
        aid = make_assessment(store, tmp_path / "files", name_th="โรงงานลากวาง")
        return pack_assessment(store, aid, tmp_path / "from-consultant.ecoassess")


def mime_for(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_and_drop(window, mime: QMimeData) -> tuple[bool, bool]:
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, mods)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, mods)
    drop.ignore()
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def wait_tasks(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: bool(controller.tasks) and controller.idle()
                    and all(t.done for t in controller.tasks), timeout=20000)


def test_dropping_a_file_imports_it(home, qtbot, package):
    controller = home.portable.controller
    assert drag_and_drop(home, mime_for(package)) == (True, True)
    wait_tasks(qtbot, controller)
    assert home.model.rowCount() == 1
    assert "โรงงานลากวาง" in home.model.text(0, 0)
    assert controller.imported == [read_package(package).assessment.id]


def test_other_files_are_not_accepted(home, tmp_path):
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert drag_and_drop(home, mime_for(other)) == (False, False)
    assert home.portable.controller.tasks == []


def test_same_assessment_asks_keep_both_replace_or_cancel(home, qtbot, package, context):
    controller = home.portable.controller
    asked: list[str] = []
    answers = iter([CANCEL, KEEP_BOTH, REPLACE])

    def choose(conflict):
        asked.append(conflict.assessment_id)
        return next(answers)

    controller.choose_conflict = choose
    drag_and_drop(home, mime_for(package))
    wait_tasks(qtbot, controller)
    original = controller.imported[0]
    drag_and_drop(home, mime_for(package))  # cancel: nothing changes
    wait_tasks(qtbot, controller)
    assert asked == [original] and len(context.store.list_assessments()) == 1
    drag_and_drop(home, mime_for(package))  # keep both: a second copy with a new id
    wait_tasks(qtbot, controller)
    assert len(context.store.list_assessments()) == 2 and home.model.rowCount() == 2
    assert controller.imported[-1] != original
    context.store.save_answer(original, "C01", note="แก้ไขที่นี่")
    drag_and_drop(home, mime_for(package))  # replace: the file's answers come back
    wait_tasks(qtbot, controller)
    assert len(context.store.list_assessments()) == 2
    assert context.store.get_assessment(original).answers["C01"].note == "ลดการใช้น้ำ ที่ปั้น"
    assert asked == [original] * 3


def test_conflict_dialog_buttons(qtbot):
    dialog = ConflictDialog(None, "โรงงาน", "0123456789", "2569")
    qtbot.addWidget(dialog)
    for button, expected in ((dialog.keep_button, KEEP_BOTH), (dialog.replace_button, REPLACE),
                             (dialog.cancel_button, CANCEL)):
        dialog.open()
        button.click()
        assert dialog.choice() == expected
    assert "โรงงาน" in dialog.text() and "2569" in dialog.text()  # names the factory and its year
    assert "0123456789" in dialog.detailedText()  # the id only behind "Show Details"
    assert dialog.defaultButton() is dialog.cancel_button


def test_several_files_dropped_at_once_go_in_one_after_another(home, qtbot, tmp_path):
    paths = []
    with open_store(tmp_path / "class") as store:
        for i in range(3):
            aid = make_assessment(store, tmp_path / f"f{i}", name_th=f"โรงงาน {i}", seed=i,
                                  evidence_sizes=(20,))
            paths.append(pack_assessment(store, aid, tmp_path / f"{i}.ecoassess"))
    drag_and_drop(home, mime_for(*paths))
    wait_tasks(qtbot, home.portable.controller)
    assert home.model.rowCount() == 3 and len(home.portable.controller.tasks) == 3


def test_a_bad_file_is_refused_with_a_message(home, qtbot, tmp_path):
    bad = tmp_path / "broken.ecoassess"
    bad.write_bytes(b"PK\x03\x04 broken")
    errors: list[tuple[str, str]] = []
    home.portable.controller.show_error = lambda title, text: errors.append((title, text))
    drag_and_drop(home, mime_for(bad))
    wait_tasks(qtbot, home.portable.controller)
    assert len(errors) == 1 and "ไม่ได้นำเข้าข้อมูลใด ๆ" in errors[0][1]
    assert home.model.rowCount() == 0


def test_export_from_the_file_menu(home, qtbot, context, tmp_path):
    aid = make_assessment(context.store, tmp_path / "files")
    home.reload()
    dest = tmp_path / "out" / "export.ecoassess"
    dest.parent.mkdir()
    controller = home.portable.controller
    controller.choose_save = lambda suggested: dest
    home.portable.actions["export"].trigger()
    wait_tasks(qtbot, controller)
    assert read_package(dest).assessment.id == aid
    assert home.portable.actions["import"] in home.file_menu.actions()
    dest.unlink()
    assert home.portable.export_button.isVisibleTo(home)
    home.portable.export_button.click()  # the same from the home window's own button
    wait_tasks(qtbot, controller)
    assert read_package(dest).assessment.id == aid


def test_compare_with_the_earlier_assessment_from_the_menu(home, context, tmp_path):
    first = make_assessment(context.store, tmp_path / "files")
    second = context.store.copy_forward(first, scheme_version=context.scheme.version)
    context.store.save_answer(second, "C02", value={"inventory": True, "target_achievement_pct": 100.0,
                                                    "advanced": ["a"]})
    home.reload()
    row = next(r for r in range(home.model.rowCount())
               if home.model.summary(r).id == first)
    home.table.selectRow(row)  # the older one selected: it is still shown as then → now
    dialog = home.portable.actions["compare"].trigger() or home.portable.windows[-1]
    assert dialog.comparison.then_id == first and dialog.comparison.now_id == second
    assert dialog.table.rowCount() == 14
    dialog.only_changed.setChecked(True)
    assert [c.id for c in dialog.visible_changes()] == ["C02"]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text().startswith("+")
    dialog.close()


def test_compare_without_an_earlier_assessment_says_so(home, context, tmp_path):
    make_assessment(context.store, tmp_path / "files")
    home.reload()
    shown: list[str] = []
    home.portable.show_message = lambda _title, text: shown.append(text)
    assert home.portable.compare_selected() is None
    assert shown and home.portable.windows == []


def test_export_suggests_the_thai_factory_name_as_written(home, context):
    from ecoassess import model

    scheme = context.scheme
    aid = context.store.create_assessment(model.FactoryProfile(name_th="บริษัท น้ำใส: โรงงาน 2"),
                                          scheme_id=scheme.id, scheme_version=scheme.version)
    home.reload()
    controller = home.portable.controller
    suggested: list[str] = []
    controller.choose_save = lambda name: suggested.append(name)  # the officer cancels
    controller.export(aid)
    assert suggested == [f"บริษัท น้ำใส- โรงงาน 2-{aid[:8]}.ecoassess"]
