"""Render the home window and every wizard page, in Thai and English, to screenshots/ (PNG)."""

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


def _save(widget, path: Path) -> Path:  # noqa: ANN001
    widget.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", action="append", choices=("th", "en"))
    parser.add_argument("--full", action="store_true", help="also render each page's whole scrolling body")
    args = parser.parse_args(argv)
    written = render(Path(args.out), args.lang or ["th", "en"], args.full)
    print(f"{len(written)} screenshots in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
