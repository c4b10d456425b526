"""Render the home window, every wizard page and the estate window, in Thai and English, to
screenshots/ (PNG). The estate window is also rendered at 1024×768 and at 150 % scaling (a
second process: Qt reads the scale factor at start)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WIDTH, HEIGHT = 1366, 740  # a 1366×768 laptop screen minus the task bar


def render(out: Path, langs: list[str], full: bool) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ecoassess.demo import create_demo
    from ecoassess_app.ui.app import create_context
    from ecoassess_app.ui.home import HomeWindow

    app = QApplication.instance() or QApplication([])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        context = create_context(app, ["--data-dir", data, "--ui-lang", langs[0]])
        demo_id = create_demo(context.store)
        home = HomeWindow(context)
        context.home = home
        home.resize(WIDTH, HEIGHT)
        home.show()
        home.reload()
        home.compute_readiness()
        window = context.open_wizard(demo_id)
        window.resize(WIDTH, HEIGHT)
        for lang in langs:
            context.set_language(lang)
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)
            app.processEvents()
            written.append(_save(home, folder / "00-home.png"))
            for index, key in enumerate(window.wizard.keys, start=1):
                window.wizard.go_to(key)
                app.processEvents()
                written.append(_save(window, folder / f"{index:02d}-{key}.png"))
                if full:
                    page = window.wizard.pages[key]
                    written.append(_save(page.content, folder / f"{index:02d}-{key}-full.png"))
        context.set_presentation(True)  # trainers' larger text, on the busiest page kinds
        for key in ("C01", "review"):
            window.wizard.go_to(key)
            for _ in range(5):  # the menu bar and status bar re-lay out over a few passes
                app.processEvents()
            written.append(_save(window, out / langs[-1] / f"presentation-{key}.png"))
        context.set_presentation(False)
        window.close()
        home.close()
        context.close()
    return written


ESTATE_SIZES = {"1366": (1366, 740), "1024": (1024, 740)}
ESTATE_TABS = ("overview", "heatmap", "dimensions", "levels", "snapshots")


def render_estate(out: Path, langs: list[str], sizes: dict[str, tuple[int, int]], suffix: str = "") -> list[Path]:
    """The estate window of a demo estate (30 factories): every tab at 1366, the busiest at others."""
    import time

    from PySide6.QtWidgets import QApplication

    from ecoassess.estate.demo import create_demo_estate
    from ecoassess_app.ui.app import create_context
    from ecoassess_app.ui.estate import EstateWindow

    app = QApplication.instance() or QApplication([])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        context = create_context(app, ["--data-dir", data, "--ui-lang", langs[0]])
        create_demo_estate(context.store, 30)
        window = EstateWindow(context)
        window.show()
        window.reload_estates(wait=True)
        for lang in langs:
            context.set_language(lang)
            deadline = time.monotonic() + 30
            while window.tasks and not all(t.done for t in window.tasks) and time.monotonic() < deadline:
                app.processEvents()
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)
            for size_name, (width, height) in sizes.items():
                window.resize(width, height)
                tabs = ESTATE_TABS if size_name == "1366" else ("overview", "heatmap", "levels")
                for tab in tabs:
                    window.tabs.setCurrentIndex(ESTATE_TABS.index(tab))
                    if tab == "levels":
                        window.levels_panel.levels.setCurrentRow(2)  # Eco-World Class
                    for _ in range(5):
                        app.processEvents()
                    written.append(_save(window, folder / f"estate-{size_name}{suffix}-{tab}.png"))
        window.close()
        context.close()
    return written


def render_estate_apart(out: Path, langs: list[str], scale: str = "1") -> list[Path]:
    """The estate window in a process of its own: Qt reads a scale factor only at start, and
    the wizard's windows of the first part are gone. 150 % is a 1920×1080 screen (1280×690)."""
    import subprocess

    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, __file__, "--out", str(out), "--estate-part", scale]
    for lang in langs:
        cmd += ["--lang", lang]
    subprocess.run(cmd, env=env, check=True)
    return sorted(out.glob("*/estate-*-150-*.png" if scale != "1" else "*/estate-1*[0-9]-*.png"))


def _save(widget, path: Path) -> Path:  # noqa: ANN001
    widget.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", action="append", choices=("th", "en"))
    parser.add_argument("--full", action="store_true", help="also render each page's whole scrolling body")
    parser.add_argument("--estate-part", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    langs = args.lang or ["th", "en"]
    if args.estate_part == "1":
        render_estate(Path(args.out), langs, ESTATE_SIZES)
        return 0
    if args.estate_part:
        render_estate(Path(args.out), langs, {"1280": (1280, 690)}, "-150")
        return 0
    written = render(Path(args.out), langs, args.full)
    written += render_estate_apart(Path(args.out), langs)
    written += render_estate_apart(Path(args.out), langs, "1.5")
    print(f"{len(written)} screenshots in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
