"""The guard against PySide6 6.12's None/True refcount leak keeps a long session alive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
import ui  # applies the guard
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Source(QObject):
    fired = Signal(int)
source = Source()
calls = 60_000  # well above None's natural count here (a few thousand): aborts without the guard
for i in range(calls):
    label.setText("x")      # a void call: leaks one reference to None in 6.12
    source.fired.emit(i)    # leaks one reference to True
print("ok", calls)
"""


def test_many_void_calls_and_emits_do_not_abort_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.startswith("ok ")
