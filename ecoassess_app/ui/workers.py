"""Background work owned by the application: one task pool, progress dialogs, waiting on close.

Every task belongs to the pool, and the pool to the QApplication (as MusicBrainz Picard keeps its
thread pool on the application object), never to a window: a window that closes and deletes
itself during an export used to destroy a running QThread, which aborts the process. A window
now waits for its own tasks before it closes (`TaskPool.wait_for`), and quitting waits for all.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Progress(Protocol):
    """How a job reports: a percentage, and what it is doing (may be left out)."""

    def __call__(self, percent: float, text: str = "", /) -> None: ...


MAX_THREADS = 2  # an import and an export side by side; more would only compete for the disk
log = logging.getLogger("ecoassess.tasks")


class Task(QObject):
    """A running job; `finished` fires on the GUI thread with (ok, result_or_error)."""

    finished = Signal(bool, object)
    # Emitted on the pool thread; Qt queues them to this object, which lives on the GUI thread.
    _progressed = Signal(int, str)
    _succeeded = Signal(object)
    _failed = Signal(object, str)

    def __init__(self, pool: TaskPool, owner: QWidget | None, title: str,
                 job: Callable[[Progress], Any], quiet: bool = False) -> None:
        super().__init__(pool)
        self.title = title
        self.owner = owner
        self.done = False
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.trace = ""
        self._job = job
        # A quiet task (the home list's readiness figures) shows its result where it belongs,
        # never a progress dialog.
        self.dialog: QProgressDialog | None = None if quiet else self._progress_dialog(title, owner)
        self._progressed.connect(self._on_progress)
        self._succeeded.connect(self._on_success)
        self._failed.connect(self._on_failure)

    @staticmethod
    def _progress_dialog(title: str, owner: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(title, "", 0, 100, owner)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def _run(self) -> None:  # on the pool thread
        try:
            def report(percent: float, text: str = "") -> None:
                self._progressed.emit(int(percent), str(text))

            result = self._job(report)
        except Exception as error:  # reported on the GUI thread, never swallowed
            self._failed.emit(error, traceback.format_exc())
        else:
            self._succeeded.emit(result)

    def belongs_to(self, window: QWidget) -> bool:
        owner = self.owner
        return owner is not None and shiboken6.isValid(owner) and (owner is window or window.isAncestorOf(owner))

    def _on_progress(self, percent: int, text: str) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setValue(max(0, min(100, percent)))
            if text:
                self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()

    def _on_success(self, result: Any) -> None:
        self.ok, self.result = True, result
        self._finish()
        self.finished.emit(True, result)

    def _on_failure(self, error: BaseException, trace: str) -> None:
        self.ok, self.error, self.trace = False, error, trace
        log.warning("task %r failed\n%s", self.title, trace)
        self._finish()
        self.finished.emit(False, error)


class TaskPool(QObject):
    """The application's one registry of background tasks (see the module docstring)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threads = QThreadPool(self)  # its destructor waits for running jobs: never an abort
        self.threads.setMaxThreadCount(MAX_THREADS)
        self.tasks: list[Task] = []
        self._finished: list[Task] = []

    def start(self, owner: QWidget | None, title: str, job: Callable[[Progress], Any],
              on_done: Callable[[bool, Any], None] | None = None, *, quiet: bool = False) -> Task:
        task = Task(self, owner, title, job, quiet)
        self.tasks.append(task)
        if on_done is not None:
            # The owner's callback runs only while the owner exists (windows wait, but a
            # widget may still be deleted by its page).
            task.finished.connect(lambda ok, payload: self._deliver(task, on_done, ok, payload))
        task.finished.connect(lambda _ok, _payload: self._forget(task))
        # A plain callable: PySide wraps it in a QRunnable it owns and frees after the run.
        self.threads.start(task._run)  # noqa: SLF001 - the task's own thread side
        return task

    def _deliver(self, task: Task, on_done: Callable[[bool, Any], None], ok: bool, payload: Any) -> None:
        if task.owner is None or shiboken6.isValid(task.owner):
            on_done(ok, payload)

    def _forget(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        # Deleted only once no pool thread runs: the worker may still be returning from the
        # emit that brought us here, and a sender must not die under its own emit.
        self._finished.append(task)
        if self.threads.activeThreadCount() == 0:
            for done in self._finished:
                done.deleteLater()
            self._finished.clear()

    def running(self, window: QWidget | None = None) -> list[Task]:
        """Unfinished tasks: all of them, or those started by `window` or a widget in it."""
        return [t for t in self.tasks if not t.done and (window is None or t.belongs_to(window))]

    def wait_for(self, window: QWidget | None = None, notice_parent: QWidget | None = None) -> None:
        """Return when the tasks of `window` (all tasks when None) have finished.

        Meanwhile a short notice names what is finishing; events keep flowing, so progress and
        each task's own completion (its dialog, its result message) still show.
        """
        tasks = self.running(window)
        if not tasks:
            return
        names = "\n".join(t.title for t in tasks)
        notice = QProgressDialog(
            QCoreApplication.translate("tasks", "Finishing before closing:\n%1").replace("%1", names),
            "", 0, 0, notice_parent if notice_parent is not None else window)
        notice.setWindowTitle(QCoreApplication.translate("tasks", "Please wait"))
        notice.setCancelButton(None)
        notice.setWindowModality(Qt.WindowModality.ApplicationModal)  # no second close meanwhile
        notice.setMinimumDuration(0)
        notice.show()
        loop = QEventLoop()
        for task in tasks:
            # Direct: the task deletes itself right after `finished`, which would drop a queued call.
            task.finished.connect(lambda *_: loop.quit())
        log.info("waiting for %d task(s) before closing: %s", len(tasks), names.replace("\n", "; "))
        while any(not t.done for t in tasks):
            loop.exec()
        notice.close()
        notice.deleteLater()

    def wait_all(self) -> None:
        """Quitting: every task finishes first (the store must not close under a job)."""
        self.wait_for(None)
        self.threads.waitForDone()


def pool() -> TaskPool:
    """The application's task pool, created on first use as a child of the QApplication."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication: background tasks need one")
    found = app.findChild(TaskPool, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else TaskPool(app)


def wait_for_all_tasks() -> None:
    """Quitting: wait for the pool's tasks, if the application ever started one."""
    app = QCoreApplication.instance()
    found = app.findChild(TaskPool, options=Qt.FindChildOption.FindDirectChildrenOnly) if app else None
    if found is not None:
        found.wait_all()


def run_task(parent: QWidget | None, title: str, job: Callable[[Progress], Any],
             on_done: Callable[[bool, Any], None] | None = None, *, quiet: bool = False) -> Task:
    """Start `job(progress)` in the application's pool; `on_done(ok, result_or_error)` runs on the
    GUI thread. `parent` is the widget that asked: its window waits for the task before closing.
    A `quiet` task shows no progress dialog."""
    return pool().start(parent, title, job, on_done, quiet=quiet)
