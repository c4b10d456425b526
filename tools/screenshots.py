"""Render the home window, every wizard page, the main dialogs and the estate window, in Thai and
English, at the screens officers use: screenshots/<size>/<lang>/<page>.png.

Sizes: 1024x768 and 1366x768 at 100 %, and 1366x768@1.5 (150 % scaling: 911×512 logical);
1366x768+presentation is 1366x768 with each window switched to presentation mode (trainers' larger
text) after it is shown, as a trainer does at a workshop: every text must grow and still fit
(1024x768+presentation and 1366x768@1.5+presentation on request: --size).
Each size runs in its own process on Qt's offscreen platform with that screen configured
(QT_QPA_PLATFORM=offscreen:configfile=…). `--check-fit` also checks every window and page (see
tools/fitcheck.py) and exits 1 naming the pages that do not fit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1024x768", "1366x768", "1366x768@1.5", "1366x768+presentation")
PRESENTATION = "+presentation"
MORE_SIZES = ("1024x768+presentation", "1366x768@1.5+presentation")  # asked for by --size only
PROBLEM = "FIT: "


def parse_size(size: str) -> tuple[int, int, float]:
    dims, _, ratio = size.removesuffix(PRESENTATION).partition("@")
    width, height = (int(n) for n in dims.split("x"))
    return width, height, float(ratio or 1)


def screen_config(size: str, folder: Path) -> Path:
    """An offscreen platform config: the screen in device pixels, scaled by its logical DPI."""
    width, height, ratio = parse_size(size)
    path = folder / f"screen-{size.replace('@', '_').replace('+', '_')}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96 * ratio, "logicalBaseDpi": 96, "dpr": 1}]}))
    return path


def run_sizes(out: Path, sizes: list[str], langs: list[str], check: bool, full: bool) -> int:
    failed: dict[str, list[str]] = {}
    written = 0
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            env = dict(os.environ)
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(size, Path(folder))}"
            env.pop("QT_SCALE_FACTOR", None)
            cmd = [sys.executable, str(Path(__file__).resolve()), "--child", size, "--out", str(out)]
            cmd += [arg for lang in langs for arg in ("--lang", lang)]
            cmd += ["--check-fit"] * check + ["--full"] * full
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=900)
            if proc.returncode not in (0, 1):
                sys.stderr.write(proc.stdout + proc.stderr)
                return 2
            for line in proc.stdout.splitlines():
                if line.startswith(PROBLEM):
                    page, _, detail = line[len(PROBLEM):].partition(": ")
                    failed.setdefault(page, []).append(detail)
                elif line.startswith("WROTE "):
                    written += int(line.split()[1])
    print(f"{written} screenshots in {out}/")
    if check:
        report = out / "fit-report.txt"
        report.write_text("".join(f"{page}: {d}\n" for page, details in failed.items() for d in details)
                          or "every page fits\n", encoding="utf-8")
        for page, details in failed.items():
            print(f"does not fit: {page}")
            for detail in details[:6]:
                print(f"    {detail}")
            if len(details) > 6:
                print(f"    … and {len(details) - 6} more")
        if failed:
            print(f"{len(failed)} pages do not fit: {', '.join(failed)}", file=sys.stderr)
            return 1
        print("every page fits")
    return 0


# --- one size, in a child process ---------------------------------------------------------
def child(out: Path, size: str, langs: list[str], check: bool, full: bool) -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tools"))
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication([])
    from shots import Shooter

    with tempfile.TemporaryDirectory() as data:
        shooter = Shooter(app, Path(data), out / size, check, full,
                          presentation=size.endswith(PRESENTATION))
        try:
            shooter.run(langs)
        finally:
            shooter.close()
    for page, problem in shooter.problems:
        print(f"{PROBLEM}{size}/{page}: {problem}")
    print(f"WROTE {shooter.written}")
    return 1 if shooter.problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", action="append", choices=("th", "en"))
    parser.add_argument("--size", action="append", choices=SIZES + MORE_SIZES)
    parser.add_argument("--check-fit", action="store_true",
                        help="check that every page fits its screen; exit 1 naming those that do not")
    parser.add_argument("--full", action="store_true", help="also render each page's whole scrolling body")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    langs = args.lang or ["th", "en"]
    if args.child:
        return child(Path(args.out).resolve(), args.child, langs, args.check_fit, args.full)
    return run_sizes(Path(args.out).resolve(), args.size or list(SIZES), langs, args.check_fit, args.full)


if __name__ == "__main__":
    sys.exit(main())
