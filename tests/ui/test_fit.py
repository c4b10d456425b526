"""Every page fits 1024×768, 1366×768 and 1366×768 at 150 %, and 1366×768 in presentation mode:
`tools/screenshots.py --check-fit` renders them all (Thai and English) on screens of those sizes
and checks every text (in presentation mode also that it grew)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from fitcheck import widget_problems  # noqa: E402


def test_every_page_fits_the_screens_officers_use(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), "--check-fit",
                           "--out", str(tmp_path)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "every page fits" in proc.stdout
    for size in ("1024x768", "1366x768", "1366x768@1.5"):
        for lang in ("th", "en"):
            for page in ("00-home-first-run", "00-home", "02-profile", "04-C01", "18-improvement", "19-review", "32-delete"):
                assert (tmp_path / size / lang / f"{page}.png").is_file(), (size, lang, page)
    # A trainer's projector: each window switched to presentation mode once shown (1366×768
    # only, to keep the run short): every text grows and still fits.
    for lang in ("th", "en"):
        for page in ("00-home", "05-C02-help", "18-improvement", "35-history", "36-workshop",
                     "40-estate-heatmap", "40-estate-levels-items"):
            assert (tmp_path / "1366x768+presentation" / lang / f"{page}.png").is_file(), (lang, page)


def test_the_check_catches_a_cut_number_and_sideways_scrolling(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = QLineEdit("380,000,000.00", window)
    field.setFixedWidth(60)
    table = QTableWidget(1, 2, window)
    table.setWordWrap(False)
    table.setItem(0, 0, QTableWidgetItem("มูลค่าผลิตภัณฑ์หรือบริการ (ยอดขายหรือมูลค่าการผลิต)"))
    table.setColumnWidth(0, 60)
    table.setColumnWidth(1, 900)
    table.setFixedWidth(300)
    layout.addWidget(field)
    layout.addWidget(table)
    window.show()
    qtbot.waitExposed(window)
    problems = "\n".join(widget_problems(window))
    assert "380,000,000.00" in problems  # the field would show "380,0…"
    assert "cell (0, 0)" in problems  # a cell too narrow for its text
    assert "scrolls sideways" in problems
