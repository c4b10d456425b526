"""`python main.py --self-test` from source, as CI runs it on the frozen build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("migrations", "scheme", "demo assessment", "windows", "Thai dossier", "dossier text",
         "release files")


def test_self_test_passes_and_sets_offscreen_itself_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "ECOASSESS_HOME")}
    env["TMPDIR"] = str(tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"],
                          capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert [line[5:21].strip() for line in lines[:-1]] == list(STEPS)
    assert all(line.startswith("ok   ") for line in lines[:-1])
    assert "Thai wraps between words" in proc.stdout
    assert "14 of 14 Thai criterion names extract exactly" in proc.stdout
    assert lines[-1].startswith("self-test passed in ")
    assert "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []  # the temporary data folder is gone
