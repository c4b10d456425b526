"""A long session must not abort the interpreter: the pinned PySide6 keeps its references right.

PySide6 6.12.0 drops a reference to None on every void Qt call and to True on every signal emit;
on CPython 3.11 that aborts the process ("deallocating True") after a few thousand calls. We pin
6.11.3, which does not. An upgrade that brings the leak back fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Source(QObject):
    fired = Signal(int)
source = Source()
before = sys.getrefcount(None), sys.getrefcount(True)
calls = 60_000  # well above None's natural count (a few thousand): a leaking binding aborts
for i in range(calls):
    label.setText("x")      # a void call
    source.fired.emit(i)    # a signal emit
after = sys.getrefcount(None), sys.getrefcount(True)
print("ok", calls, after[0] - before[0], after[1] - before[1])
"""


def test_many_void_calls_and_emits_neither_leak_nor_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-1500:]
    word, calls, none_delta, true_delta = done.stdout.split()
    assert word == "ok" and int(calls) == 60_000
    # A handful of references may come and go; a leak would be tens of thousands.
    assert abs(int(none_delta)) < 100 and abs(int(true_delta)) < 100
