"""Benchmark: open the wizard on the full demo assessment and step through every page, against an
empty QWizard with the same number of pages built and stepped in the same run; prints the ratio."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ecoassess_app.ui  # noqa: E402,F401 - applies the PySide6 refcount guard before any Qt call

ROUNDS = 3


def step_through(app, wizard) -> None:  # noqa: ANN001
    wizard.restart()
    app.processEvents()
    for _ in range(len(wizard.pageIds()) - 1):
        wizard.next()
        app.processEvents()


def empty_wizard_seconds(app, pages: int) -> float:  # noqa: ANN001
    from PySide6.QtWidgets import QWizard, QWizardPage

    start = time.perf_counter()
    wizard = QWizard()
    for index in range(pages):
        page = QWizardPage()
        page.setTitle(f"Page {index + 1}")
        wizard.setPage(index, page)
    wizard.resize(1280, 720)
    wizard.show()
    step_through(app, wizard)
    seconds = time.perf_counter() - start
    wizard.close()
    wizard.deleteLater()
    app.processEvents()
    return seconds


def demo_wizard_seconds(app, context, demo_id: str) -> tuple[float, int]:  # noqa: ANN001
    start = time.perf_counter()
    window = context.open_wizard(demo_id)
    window.resize(1280, 720)
    step_through(app, window.wizard)
    seconds = time.perf_counter() - start
    pages = len(window.wizard.keys)
    window.close()
    app.processEvents()
    return seconds, pages


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from ecoassess.demo import create_demo
    from ecoassess_app.ui.app import create_context

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data:
        context = create_context(app, ["--data-dir", data, "--ui-lang", "th"])
        demo_id = create_demo(context.store)
        context.scheme  # noqa: B018 - load the scheme outside the timing, like a running app
        demo_wizard_seconds(app, context, demo_id)  # warm-up: imports and first font use
        ours, baseline = [], []
        for _ in range(ROUNDS):
            seconds, pages = demo_wizard_seconds(app, context, demo_id)
            ours.append(seconds)
            baseline.append(empty_wizard_seconds(app, pages))
        context.close()
    mine, base = statistics.median(ours), statistics.median(baseline)
    print(f"wizard on the full demo, {pages} pages stepped: {mine * 1000:.0f} ms (median of {ROUNDS})")
    print(f"empty QWizard, {pages} pages stepped:          {base * 1000:.0f} ms")
    print(f"ratio: {mine / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
