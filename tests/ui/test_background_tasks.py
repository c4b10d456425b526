"""Background work belongs to the application: closing a window during an export, an import or
a backup waits for it (with a notice) instead of aborting the process."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ecoassess.demo import create_demo
from ecoassess_app.ui import workers
from ecoassess_app.ui.pages import export as export_page

SLOW_S = 1.5


def watch_for_notice(seen: list[str]) -> QTimer:
    """Record the text of every "finishing" notice shown while a window waits."""
    timer = QTimer()
    timer.setInterval(50)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible() and widget.labelText() not in seen:
                seen.append(widget.labelText())

    timer.timeout.connect(look)
    timer.start()
    return timer


@pytest.fixture
def slow_export(monkeypatch) -> None:
    """A dossier that takes a while to build (a big evidence annex, a slow disk)."""
    real = export_page.build_dossier_job

    def slow_job(*args: Any, **kwargs: Any) -> Any:
        job = real(*args, **kwargs)

        def run(progress: Any) -> Any:
            progress(1, "")
            time.sleep(SLOW_S)
            return job(progress)

        return run

    monkeypatch.setattr(export_page, "build_dossier_job", slow_job)


def test_closing_the_wizard_mid_export_waits_and_the_dossier_is_complete(context, qtbot, tmp_path, slow_export):
    aid = create_demo(context.store)
    window = context.open_wizard(aid)
    window.wizard.go_to("export")
    page = window.wizard.pages["export"]
    out = tmp_path / "แฟ้มประเมิน.pdf"
    page.output.setText(str(out))
    task = page.start_export()
    assert task is not None and not task.done
    assert task.parent() is workers.pool() and workers.pool().parent() is QApplication.instance()
    notices: list[str] = []
    watcher = watch_for_notice(notices)
    window.close()  # used to abort: "QThread: Destroyed while thread is still running"
    watcher.stop()
    assert task.done and task.ok, task.trace
    assert aid not in context.windows
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=3000)  # deleted on close
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")  # complete, never half
    assert not list(tmp_path.glob(".*.tmp"))
    assert any("ก่อนปิด" in text for text in notices), notices  # the bilingual "finishing" notice


def test_a_task_outlives_the_widget_that_started_it(qtbot):
    """The old crash in its plainest form: the asking widget is deleted while the job runs."""
    widget = QWidget()
    delivered: list[Any] = []
    task = workers.run_task(widget, "slow", lambda progress: (time.sleep(0.5), 42)[1],
                            lambda ok, payload: delivered.append((ok, payload)))
    shiboken6.delete(widget)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.ok and task.result == 42
    assert delivered == []  # the owner is gone: its callback is not called on a dead widget


def test_quitting_waits_for_a_running_backup(context, home, qtbot, monkeypatch):
    store = context.store
    real_backup = store.backup

    def slow_backup(dest: Path | None = None) -> Path:
        time.sleep(SLOW_S)
        return real_backup(dest)

    monkeypatch.setattr(store, "backup", slow_backup)
    task = home.backup()
    home.close()  # Quit
    assert task.done and task.ok, task.trace
    assert Path(task.result).is_file() and Path(task.result).read_bytes().startswith(b"SQLite format 3")
    assert workers.pool().running() == []


def test_closing_the_workshop_mid_import_waits_for_the_class(context, home, qtbot, tmp_path, monkeypatch):
    from ecoassess.package import pack_assessment

    folder = tmp_path / "class"
    folder.mkdir()
    pack_assessment(context.store, create_demo(context.store), folder / "factory-1.ecoassess")
    window = home.portable.open_workshop()
    import ecoassess.workshop as core_workshop

    real_import = core_workshop.import_folder

    def slow_import(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(core_workshop, "import_folder", slow_import)
    window.choose_folder = lambda: folder
    messages: list[str] = []
    window.show_message = lambda _title, text: messages.append(text)
    task = window.import_folder()
    window.close()
    assert task.done and task.ok, task.trace
    assert messages and "1" in messages[0]  # the class report still reached the trainer
