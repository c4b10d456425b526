"""A power cut while someone types: the real wizard in its own process, killed with SIGKILL
three seconds into continuous typing, keeps the click and the text typed by 1.5 s."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from ecoassess.storage import open_store

TYPIST = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    from ecoassess import model
    from ecoassess_app.ui.app import create_context

    app = QApplication([sys.argv[0]])
    context = create_context(app, ["--data-dir", sys.argv[1], "--ui-lang", "th"])
    scheme = context.scheme
    aid = context.store.create_assessment(model.FactoryProfile(name_th="โรงงานไฟดับ"),
                                          scheme_id=scheme.id, scheme_version=scheme.version)
    window = context.open_wizard(aid)
    window.show()
    window.wizard.go_to("C01")
    page = window.wizard.pages["C01"]
    print("ID", aid, flush=True)
    page.controls["inventory"].widget.click()
    notes = page.notes
    notes.setFocus()
    TEXT = sys.argv[2]
    state = {"typed": 0, "start": time.monotonic()}

    def type_one():
        # A commit string, as a Thai input method sends it (key clicks of Thai abort Qt).
        event = QInputMethodEvent("", [])
        event.setCommitString(TEXT[state["typed"] % len(TEXT)])
        QApplication.sendEvent(notes, event)
        state["typed"] += 1
        print(f"TYPED {state['typed']} {time.monotonic() - state['start']:.3f}", flush=True)

    print("START", flush=True)
    timer = QTimer()
    timer.setInterval(30)  # ~33 characters a second, never a pause
    timer.timeout.connect(type_one)
    timer.start()
    app.exec()
""")
TEXT = "ลดการใช้น้ำมันเตาที่หม้อไอน้ำและตรวจวัดทุกเดือน " * 6
KILL_AT = 3.0
REQUIRED_BY = 1.5


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_while_typing_keeps_the_click_and_the_text_typed_by_one_and_a_half_seconds(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(data), TEXT], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("START"):
                started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert started.wait(timeout=120), f"the wizard did not start: {proc.stderr.read() if proc.poll() is not None else ''}"
        time.sleep(KILL_AT)  # measured from START as the test saw it: never before the child's 3 s
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    reader.join(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    aid = next(line.split()[1] for line in lines if line.startswith("ID "))
    typed = [(int(n), float(t)) for _tag, n, t in (line.split() for line in lines if line.startswith("TYPED "))]
    by_deadline = max((n for n, t in typed if t <= REQUIRED_BY), default=0)
    assert by_deadline >= 20, f"the typist was too slow to test anything: {typed[:5]}"
    store = open_store(data, read_only=True)
    try:
        answer = store.get_assessment(aid).answers["C01"]
    finally:
        store.close()
    assert answer.value.get("inventory") is True  # the click, three seconds before the kill
    assert answer.note.startswith(TEXT[:by_deadline]), (
        f"typed {by_deadline} characters by {REQUIRED_BY} s, the database kept {len(answer.note)}")
    assert TEXT.startswith(answer.note)  # what was kept is what was typed, in order
