"""Cold start to a painted home window (offscreen) vs a bare PySide6 QMainWindow, as a ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "ecoassess" / ("ecoassess.exe" if os.name == "nt" else "ecoassess")
ROUNDS = 9
TARGET_RATIO = 2.0
# Modules the first window should not wait for: each belongs to later work (list, scores, PDF).
HEAVY = ("sqlalchemy", "alembic", "pydantic", "babel", "reportlab", "pythainlp", "PIL", "pypdf",
         "pypdfium2", "openpyxl", "yaml", "ecoassess.storage", "ecoassess.package.unpack",
         "ecoassess.scheme", "ecoassess.scoring", "ecoassess.dossier")

# The baseline: the smallest PySide6 program that shows a main window, ending at its first paint
# exactly as `main.py --startup-probe` does for the app.
BARE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            os._exit(0)
        return False

app = QApplication([sys.argv[0]])
probe = FirstPaint(app)
app.installEventFilter(probe)
window = QMainWindow()
window.resize(1100, 640)
window.show()
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def prepare(data: Path, env: dict[str, str]) -> None:
    """A data folder holding the demo assessment, migrated: a returning user's start."""
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "demo"],
                   env=env, cwd=ROOT, check=True, capture_output=True)


def loaded_before_first_paint(cmd: list[str], env: dict[str, str], tmp: str) -> list[str]:
    """The heavy modules already imported when the home window first paints."""
    report = Path(tmp) / "modules.txt"
    timed(cmd, dict(env, ECOASSESS_PROBE_MODULES=str(report)))
    loaded = set(report.read_text(encoding="utf-8").split())
    return [name for name in HEAVY if name in loaded]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="ecoassess-bench-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp,
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data-home",
                   XDG_STATE_HOME=f"{tmp}/state", XDG_CACHE_HOME=f"{tmp}/cache")
        env.pop("ECOASSESS_HOME", None)
        # A user's second start finds its bytecode cached (and the frozen app ships it): let the
        # warm-up run write it even where the shell says not to.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        data = Path(tmp) / "data"
        prepare(data, env)
        programs = {
            "bare QMainWindow": [sys.executable, "-c", BARE],
            "ecoassess (source)": [sys.executable, str(ROOT / "main.py"), "--startup-probe",
                                   "--data-dir", str(data)],
        }
        if FROZEN.exists():
            programs["ecoassess (frozen)"] = [str(FROZEN), "--startup-probe", "--data-dir", str(data)]
        times: dict[str, list[float]] = {name: [] for name in programs}
        for cmd in programs.values():
            timed(cmd, env)  # warm the file cache and Python's bytecode cache
        for _ in range(ROUNDS):
            for name, cmd in programs.items():  # interleaved, so load changes hit all alike
                times[name].append(timed(cmd, env))
        heavy = loaded_before_first_paint(programs["ecoassess (source)"], env, tmp)
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["bare QMainWindow"]
    print(f"start-up to a painted main window, offscreen, median of {ROUNDS} runs:")
    for name, value in medians.items():
        print(f"  {name:<20} {value * 1000:7.0f} ms   ratio {value / bare:4.2f}")
    ratio = medians["ecoassess (source)"] / bare
    verdict = "met" if ratio < TARGET_RATIO else "NOT met"
    print(f"ecoassess/bare = {ratio:.2f} (target < {TARGET_RATIO:g}: {verdict})")
    print("loaded before the first paint (should wait until after it): "
          + (", ".join(heavy) if heavy else "none"))
    if not FROZEN.exists():
        print("frozen app: no dist/ecoassess yet (make dist)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
