"""Unhandled errors: write the traceback to the log, save pending edits, tell the user calmly and truly."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ecoassess import logsetup

log = logging.getLogger("ecoassess.crash")


class _Reporter(QObject):
    """Lives on the GUI thread; a worker thread's crash reaches the dialog through its signal."""

    crashed = Signal(str, str)  # error summary, log path


_state: dict[str, Any] = {"reporter": None, "previous": None, "previous_thread": None,
                          "showing": False, "data_dir": None}


# Thai for the dialog, used until translations/ecoassess_th.ts carries these "crash" strings:
# a crash must never be explained in a language the officer did not choose.
THAI = {
    "title": "ecoassess: เกิดข้อผิดพลาดที่ไม่คาดคิด",
    "fault": "เกิดข้อผิดพลาดภายในโปรแกรม ecoassess ซึ่งเป็นความผิดพลาดของโปรแกรม ไม่ใช่ข้อมูลของคุณ",
    "safe": "คำตอบของคุณปลอดภัย: คำตอบทุกข้อที่กรอกไว้ถูกบันทึกแล้ว",
    "unsaved": "การแก้ไขต่อไปนี้ยังไม่ได้บันทึก:\n%1\nหน้าต่างยังเก็บไว้และจะลองบันทึกใหม่ หากบันทึกไม่ได้ เมื่อปิดหน้าต่างให้เลือกบันทึกคำตอบลงไฟล์",
    "what": "สิ่งที่เกิดขึ้น: %1",
    "log": "รายละเอียดถูกบันทึกไว้ในไฟล์บันทึกนี้ โปรดแนบไฟล์นี้เมื่อแจ้งปัญหา:\n%1",
    "no_log": "(เขียนไฟล์บันทึกไม่ได้)",
    "keep": "คุณทำงานต่อได้ หากมีสิ่งใดดูผิดปกติ ให้ปิดแล้วเปิดโปรแกรมใหม่",
    "ok": "ตกลง",
}


def texts() -> dict[str, str]:
    """The dialog's texts in the UI language (literal translate calls, so lupdate finds them)."""
    english = {
        "title": QCoreApplication.translate("crash", "ecoassess: unexpected error"),
        "fault": QCoreApplication.translate("crash", "Something went wrong inside ecoassess. This is a fault in the program, not in your data."),
        "safe": QCoreApplication.translate("crash", "Your answers are safe: every answer you entered is saved."),
        "unsaved": QCoreApplication.translate("crash", "These changes are not saved yet:\n%1\nThe window keeps them and tries again; if it still cannot, choose to save the answers to a file when you close the window."),
        "what": QCoreApplication.translate("crash", "What happened: %1"),
        "log": QCoreApplication.translate("crash", "The details were written to this log file; please send it with your report:\n%1"),
        "no_log": QCoreApplication.translate("crash", "(no log file could be written)"),
        "keep": QCoreApplication.translate("crash", "You can keep working. If something looks wrong, close and reopen the program."),
        "ok": QCoreApplication.translate("crash", "OK"),
    }
    if _language() != "th":
        return english
    # Untranslated (the source text came back): use the built-in Thai.
    return {key: THAI[key] if _is_ascii(text) else text for key, text in english.items()}


def _is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def _language() -> str:
    try:
        from ecoassess_app.ui.i18n import current_language

        return current_language()
    except Exception:  # the crash happened before the UI language was known
        return "th"


def summary(exc_type: type[BaseException], exc: BaseException) -> str:
    """One line naming what went wrong, never a traceback."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__


def message_text(what: str, log_path: str, unsaved: list[str] | tuple[str, ...] = ()) -> str:
    """The dialog text: what happened, whether every answer is saved (or which are not), the log."""
    t = texts()
    safety = t["unsaved"].replace("%1", "\n".join(f"• {name}" for name in unsaved)) if unsaved else t["safe"]
    return "\n\n".join([t["fault"], safety, t["what"].replace("%1", what),
                         t["log"].replace("%1", log_path or t["no_log"]), t["keep"]])


def show_dialog(what: str, log_path: str, unsaved: list[str] | tuple[str, ...] = ()) -> None:
    """Show the crash message. Tests replace this function to avoid a blocking dialog."""
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, texts()["title"], message_text(what, log_path, unsaved))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(texts()["ok"])
    box.exec()


def save_pending_edits() -> list[str]:
    """Flush every open wizard's queued edits into the store (GUI thread only); returns the
    changes that could not be saved, by name, so the dialog never claims more than is true."""
    if QApplication.instance() is None:
        return []
    not_saved: list[str] = []
    for widget in QApplication.topLevelWidgets():
        session = getattr(widget, "session", None)
        if session is None or not hasattr(session, "has_pending"):
            continue
        try:
            if session.has_pending() and not session.flush():
                names = widget.unsaved_changes() if hasattr(widget, "unsaved_changes") else []
                not_saved += names or [str(change) for change in session.pending_changes()]
                log.error("pending edits not saved: %s", session.pending_changes())
        except Exception:  # never let saving raise inside the crash handler
            log.exception("could not save pending edits")
            not_saved.append(widget.windowTitle())
    return not_saved


def _report(what: str, not_saved: list[str] | None = None) -> None:
    """Log path, then the dialog, once at a time (a crash inside the dialog is only logged)."""
    if _state["showing"]:
        return
    _state["showing"] = True
    try:
        if not_saved is None:  # a worker thread's crash: save here, on the GUI thread
            not_saved = save_pending_edits()
        log_file = logsetup.current_log_file()
        show_dialog(what, str(log_file) if log_file else "", not_saved)
    finally:
        _state["showing"] = False


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """sys.excepthook: log the traceback, save pending edits, show the dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    ensure_log()
    log.critical("unhandled exception\n%s", text)
    on_gui = QThread.currentThread() is _gui_thread()
    # The session's timers and widgets belong to the GUI thread: a worker's crash saves there.
    not_saved = save_pending_edits() if on_gui else None
    previous = _state["previous"]
    if _harness(previous, sys.__excepthook__):
        previous(exc_type, exc, tb)
        return
    if not on_gui:
        reporter = _state["reporter"]
        if reporter is not None:
            reporter.crashed.emit(summary(exc_type, exc), "")
        return
    _report(summary(exc_type, exc), not_saved)


def handle_thread_exception(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook: the same, with the dialog sent to the GUI thread."""
    if args.exc_type is SystemExit:
        return
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    text = "".join(traceback.format_exception(args.exc_type, exc, args.exc_traceback))
    name = args.thread.name if args.thread is not None else "?"
    ensure_log()
    log.critical("unhandled exception in thread %s\n%s", name, text)
    previous = _state["previous_thread"]
    if _harness(previous, threading.__excepthook__):
        previous(args)
        return
    reporter = _state["reporter"]
    if reporter is not None:
        reporter.crashed.emit(summary(args.exc_type, exc), "")


def _harness(previous: Any, default: Any) -> bool:
    """A test harness or debugger put its own hook in first: it reports, no dialog blocks it.

    The frozen app always shows the dialog.
    """
    return previous not in (None, default) and not getattr(sys, "frozen", False)


def _gui_thread() -> QThread | None:
    app = QCoreApplication.instance()
    return app.thread() if app is not None else None


def start_log() -> Path | None:
    """Open the rotating log of the data folder given to `install`; returns the log file."""
    log_file = logsetup.setup_logging(_state["data_dir"])
    log.info("ecoassess started; log file %s", log_file)
    return log_file


def ensure_log() -> None:
    """Open the log unless it is open: after the first paint, or at a crash that came sooner."""
    if logsetup.current_log_file() is None:
        start_log()


def install(data_dir: Path | None = None, *, defer_log: bool = False) -> Path | None:
    """Install the hooks and start the file log for `data_dir`; returns the log file.

    With `defer_log` the log opens later, through `start_log` (the app does so after its first
    paint: the logging handlers module costs a sizeable part of the start-up), or at the first
    crash, whichever comes first.
    """
    _state["data_dir"] = data_dir
    log_file = None if defer_log else start_log()
    if _state["reporter"] is None and QCoreApplication.instance() is not None:
        reporter = _Reporter()
        reporter.crashed.connect(lambda what, _path: _report(what))
        _state["reporter"] = reporter
    if sys.excepthook is not handle_exception:
        _state["previous"] = sys.excepthook
        sys.excepthook = handle_exception
    if threading.excepthook is not handle_thread_exception:
        _state["previous_thread"] = threading.excepthook
        threading.excepthook = handle_thread_exception
    return log_file


def uninstall() -> None:
    """Put the previous hooks back (tests)."""
    if sys.excepthook is handle_exception:
        sys.excepthook = _state["previous"] or sys.__excepthook__
    if threading.excepthook is handle_thread_exception:
        threading.excepthook = _state["previous_thread"] or threading.__excepthook__
