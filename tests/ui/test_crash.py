"""An unhandled error in the UI: the crash log is written, typed answers are kept, a calm dialog."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ecoassess import logsetup
from ecoassess.demo import create_demo
from ecoassess.storage import open_store
from ecoassess_app.ui import crash


@pytest.fixture
def dialogs(monkeypatch, context) -> list[tuple[str, str]]:
    """Install the hooks on the test's data folder; record dialogs instead of showing them."""
    crash.uninstall()
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)  # as in the real app
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    crash.install(context.data_dir)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(crash, "show_dialog", lambda what, path, not_saved=(): shown.append((what, path)))
    yield shown
    crash.uninstall()
    logsetup.remove_logging()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_typed_answers_are_saved(context, dialogs, qtbot):
    assessment_id = create_demo(context.store)
    window = context.open_wizard(assessment_id)
    session = window.session

    def broken_side_panel() -> None:
        raise RuntimeError("side panel exploded")

    window.side.update_all = broken_side_panel  # a bug in a slot the next edit triggers
    session.set_value("C01", "target_achievement_pct", 87.5, typing=True)  # queued, not yet committed
    qtbot.wait(10)

    log_file = context.data_dir / "logs" / logsetup.LOG_FILE_NAME
    assert dialogs == [("RuntimeError: side panel exploded", str(log_file))]
    log_text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log_text
    assert "RuntimeError: side panel exploded" in log_text
    assert not session.has_pending()
    context.close()  # release the folder, then read what is on disk
    reader = open_store(context.data_dir, read_only=True)
    try:
        saved = reader.get_assessment(assessment_id).answers["C01"].value
    finally:
        reader.close()
    assert saved["target_achievement_pct"] == 87.5
    assert saved["inventory"] is True  # the demo's earlier answers are intact


@pytest.mark.qt_no_exception_capture
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(context, dialogs, qtbot):
    def job() -> None:
        raise ValueError("worker failed")

    thread = threading.Thread(target=job, name="export-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=2000)
    assert dialogs[0][0] == "ValueError: worker failed"
    log_text = logsetup.current_log_file().read_text(encoding="utf-8")
    assert "unhandled exception in thread export-worker" in log_text


def test_the_dialog_speaks_the_users_language_and_shows_no_traceback(context, monkeypatch):
    shown: list[Any] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    context.set_language("th")
    crash.show_dialog("RuntimeError: boom", "/tmp/logs/ecoassess.log")
    context.set_language("en")
    crash.show_dialog("RuntimeError: boom", "/tmp/logs/ecoassess.log")
    thai, english = (box.text() for box in shown)
    assert "คำตอบของคุณปลอดภัย" in thai and "/tmp/logs/ecoassess.log" in thai
    assert "Your answers are safe" in english and "/tmp/logs/ecoassess.log" in english
    assert shown[0].windowTitle() != shown[1].windowTitle()
    for text in (thai, english):
        assert "RuntimeError: boom" in text
        assert "Traceback" not in text and 'File "' not in text


def test_the_app_start_installs_the_hooks_and_logs_inside_the_data_folder(context, monkeypatch):
    from ecoassess_app.ui.app import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    install_crash_handler(context.data_dir)
    assert sys.excepthook is crash.handle_exception
    assert threading.excepthook is crash.handle_thread_exception
    assert logsetup.current_log_file() == context.data_dir / "logs" / logsetup.LOG_FILE_NAME
    crash.uninstall()
    assert sys.excepthook is sys.__excepthook__


def test_under_a_test_harness_the_hook_reports_to_it_and_shows_no_dialog(context, monkeypatch):
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))
    crash.uninstall()
    crash.install(context.data_dir)
    shown: list[Any] = []
    monkeypatch.setattr(crash, "show_dialog", lambda what, path, not_saved=(): shown.append(what))
    try:
        raise KeyError("x")
    except KeyError as exc:
        crash.handle_exception(KeyError, exc, exc.__traceback__)
    crash.uninstall()
    assert [type(e) for e in seen] == [KeyError] and shown == []
    assert "KeyError: 'x'" in logsetup.current_log_file().read_text(encoding="utf-8")


def test_a_crash_before_the_deferred_log_opens_still_reaches_the_log(context, monkeypatch):
    """The app opens its log after the first paint; a crash earlier than that is not lost."""
    logsetup.remove_logging()
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    crash.uninstall()
    crash.install(context.data_dir, defer_log=True)
    assert logsetup.current_log_file() is None
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(crash, "show_dialog", lambda what, path, not_saved=(): shown.append((what, path)))
    try:
        raise ValueError("too early")
    except ValueError as exc:
        crash.handle_exception(ValueError, exc, exc.__traceback__)
    crash.uninstall()
    log_file = context.data_dir / "logs" / logsetup.LOG_FILE_NAME
    assert shown == [("ValueError: too early", str(log_file))]
    assert "ValueError: too early" in log_file.read_text(encoding="utf-8")
    logsetup.remove_logging()
