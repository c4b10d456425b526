"""Start-up milestones for bench/bench_startup.py: first paint, list filled, readiness shown, and
the GUI thread's longest stall in between; the app and the bare baseline report through it."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

MILESTONES = ("paint", "list", "readiness")
READINESS_HEADER = "Readiness"  # the column's English title (the benchmark runs in English)
TICK_MS = 5


class StartupProbe(QObject):
    """Configured by environment variables (so the frozen app can be probed too):

    ECOASSESS_PROBE_UNTIL   paint (default), list or readiness: exit when it is reached;
    ECOASSESS_PROBE_ROWS    how many rows make the list filled;
    ECOASSESS_PROBE_T0      time.monotonic() of the parent when it started this process;
    ECOASSESS_PROBE_REPORT  JSON file for the milestones (seconds since T0) and the longest stall;
    ECOASSESS_PROBE_BUDGET  seconds after which the probe gives up and reports what it has;
    ECOASSESS_PROBE_MODULES file for the modules imported by the first paint.
    """

    def __init__(self, app: QApplication, env: dict[str, str] | None = None) -> None:
        super().__init__(app)
        env = dict(os.environ if env is None else env)
        self.until = env.get("ECOASSESS_PROBE_UNTIL", "paint")
        self.rows = int(env.get("ECOASSESS_PROBE_ROWS", "1"))
        self.t0 = float(env.get("ECOASSESS_PROBE_T0", time.monotonic()))
        self.report_path = env.get("ECOASSESS_PROBE_REPORT", "")
        self.modules_path = env.get("ECOASSESS_PROBE_MODULES", "")
        self.times: dict[str, float] = {}
        self.max_stall = 0.0
        self.checked_rows = 0
        self.view: QTableView | None = None
        self.column = -1
        self.last_event = 0.0
        self._lock = threading.Lock()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: None)
        app.installEventFilter(self)
        budget = float(env.get("ECOASSESS_PROBE_BUDGET", "0"))
        if budget:  # a watchdog thread: the GUI thread may be the one that is stuck
            watchdog = threading.Timer(max(0.0, self.t0 + budget - time.monotonic()), self._give_up)
            watchdog.daemon = True
            watchdog.start()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        # Every event passes here before it is handled: the time since the previous event is how
        # long the GUI thread was busy, and the state is checked as soon as a handler returns
        # (a zero timer chained after the list fill is not mistaken for part of it).
        now = time.monotonic()
        if self.last_event:
            with self._lock:
                self.max_stall = max(self.max_stall, now - self.last_event)
                self.last_event = now
            self._check()
        elif event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if self.modules_path:
                Path(self.modules_path).write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
            self.view = watched.findChild(QTableView)
            self._mark("paint")
            self.last_event = time.monotonic()
            self.timer.start()  # keeps events coming while the thread is idle
        return False

    def _check(self) -> None:
        model = self.view.model() if self.view is not None else None
        if model is None:
            return
        if "list" not in self.times:
            rows = model.rowCount()
            if rows >= self.rows and model.data(model.index(rows - 1, 0)):
                self._mark("list")
        if "list" in self.times and "readiness" not in self.times and self._readiness_shown(model):
            self._mark("readiness")

    def _readiness_shown(self, model: Any) -> bool:
        if self.column < 0:
            self.column = next((c for c in range(model.columnCount())
                                if model.headerData(c, Qt.Orientation.Horizontal) == READINESS_HEADER), -1)
            if self.column < 0:
                return False
        while self.checked_rows < model.rowCount():  # rows shown so far need not be read again
            text = str(model.data(model.index(self.checked_rows, self.column)) or "")
            if not any(ch.isdigit() for ch in text):
                return False
            self.checked_rows += 1
        return self.checked_rows >= self.rows

    def _mark(self, milestone: str) -> None:
        self.times[milestone] = time.monotonic() - self.t0
        if milestone == self.until:
            self._finish()

    def _give_up(self) -> None:
        with self._lock:  # the stall still going on counts
            if self.last_event:
                self.max_stall = max(self.max_stall, time.monotonic() - self.last_event)
        self._finish(gave_up=True)

    def _finish(self, gave_up: bool = False) -> None:
        if self.report_path:
            report = {"times": self.times, "max_stall": self.max_stall, "gave_up": gave_up,
                      "at": time.monotonic() - self.t0}
            Path(self.report_path).write_text(json.dumps(report), encoding="utf-8")
        sys.stdout.flush()
        os._exit(0)  # no teardown: the measurement ends here


def install(app: QApplication) -> StartupProbe:
    """Probe this process's start-up (kept alive by the application)."""
    probe = StartupProbe(app)
    app._startup_probe = probe  # type: ignore[attr-defined]
    return probe
