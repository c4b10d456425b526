"""The one worker helper: runs long work off the GUI thread behind a progress dialog."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, str], None]


class _Worker(QObject):
    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(lambda percent, text="": self.progressed.emit(int(percent), str(text)))
        except Exception as error:  # reported on the GUI thread, never swallowed
            self.failed.emit(error, traceback.format_exc())
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """A running job; `finished` fires on the GUI thread with (ok, result_or_error)."""

    finished = Signal(bool, object)

    def __init__(self, parent: QWidget | None, title: str, job: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.done = False
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.trace = ""
        self.dialog = QProgressDialog(title, "", 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButton(None)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)

    def start(self) -> Task:
        self._thread.start()
        return self

    def _on_progress(self, percent: int, text: str) -> None:
        self.dialog.setValue(max(0, min(100, percent)))
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()
        self.dialog.deleteLater()

    def _on_success(self, result: Any) -> None:
        self.ok, self.result = True, result
        self._finish()
        self.finished.emit(True, result)

    def _on_failure(self, error: BaseException, trace: str) -> None:
        self.ok, self.error, self.trace = False, error, trace
        self._finish()
        self.finished.emit(False, error)


def run_task(parent: QWidget | None, title: str, job: Callable[[Progress], Any],
             on_done: Callable[[bool, Any], None] | None = None) -> Task:
    """Start `job(progress)` on a worker thread; `on_done(ok, result_or_error)` runs on the GUI thread."""
    task = Task(parent, title, job)
    if on_done is not None:
        task.finished.connect(on_done)
    return task.start()
