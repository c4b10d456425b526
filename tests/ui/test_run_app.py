"""main.py's entry into the app: global options, the home window shown, a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ecoassess_app.ui.app import parse_args

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
import ecoassess_app.ui
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def look_and_quit():
    print("windows:", [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()])
    app.quit()
QTimer.singleShot(500, look_and_quit)
from ecoassess_app import main
sys.exit(main.main(sys.argv[1:]))
"""


def test_global_options_are_understood():
    args = parse_args(["--data-dir", "/tmp/x", "--ui-lang", "en", "--presentation"])
    assert (args.data_dir, args.ui_lang, args.presentation) == ("/tmp/x", "en", True)
    assert parse_args([]).presentation is None


def test_main_without_a_command_starts_the_app_and_exits_cleanly(tmp_path):
    # In a child process: a Qt event loop that has run and quit cannot serve later tests.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, "--data-dir", str(tmp_path / "data"),
                           "--ui-lang", "en"], capture_output=True, text=True, env=env, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Eco Factory readiness" in done.stdout
    assert (tmp_path / "data" / "ecoassess.sqlite3").exists()
    log = tmp_path / "data" / "logs" / "ecoassess.log"  # opened after the first paint
    assert "ecoassess started" in log.read_text(encoding="utf-8")


def test_first_start_language_follows_the_system():
    probe = "from PySide6.QtCore import QCoreApplication as A; a = A([]); import ecoassess_app.ui.app as app; print(app.default_language())"
    for lang_env, expected in (("th_TH.UTF-8", "th"), ("en_US.UTF-8", "en"), ("C.UTF-8", "en")):
        env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANGUAGE",)}
        env.update(LANG=lang_env, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env=env, timeout=60, cwd=ROOT)
        assert done.stdout.strip() == expected, (lang_env, done.stdout, done.stderr[-500:])


OPEN_WITH = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
started = time.monotonic()
def check():
    homes = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "HomeWindow"]
    home = homes[0] if homes else None
    if home is not None and home.summaries and home.portable.controller.idle():
        print("imported:", [s.factory_th for s in home.summaries])
        app.quit()
    elif time.monotonic() - started > 60:
        print("timed out"); app.quit()
    else:
        QTimer.singleShot(100, check)
QTimer.singleShot(100, check)
from ecoassess_app import main
sys.exit(main.main(sys.argv[1:]))
"""


def test_a_file_dropped_on_the_program_icon_is_imported_at_start(tmp_path):
    """Windows passes a file dragged onto ecoassess.exe (or "Open with") as an argument."""
    from ecoassess.demo import create_demo
    from ecoassess.package import pack_assessment
    from ecoassess.storage import open_store

    store = open_store(tmp_path / "elsewhere")
    try:
        package = pack_assessment(store, create_demo(store), tmp_path / "โรงงานสาธิต.ecoassess")
    finally:
        store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", OPEN_WITH, "--data-dir", str(tmp_path / "data"),
                           str(package)], capture_output=True, text=True, env=env, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "imported:" in done.stdout and "สยามพลาสติกรักษ์โลก" in done.stdout, done.stdout


def test_assessment_files_start_the_app_but_commands_stay_commands():
    from ecoassess_app import main

    assert main._wants_gui(["C:\\Users\\officer\\Desktop\\factory.ecoassess"])
    assert main._wants_gui(["--ui-lang", "th", "a.ECOASSESS", "b.ecoassess"])
    assert not main._wants_gui(["unpack", "a.ecoassess"])
    assert not main._wants_gui(["list"])
    assert parse_args(["--data-dir", "d", "a.ecoassess"]).files == [Path("a.ecoassess")]


def test_the_windowed_app_given_a_command_says_where_commands_run(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ecoassess_app import main

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text)))
    monkeypatch.setattr(sys, "stdout", None)  # PyInstaller's windowed build on Windows
    assert main.main(["--ui-lang", "th", "list"]) == 2
    assert "ecoassess-cli.exe" in shown[0] and "คำสั่ง" in shown[0]
