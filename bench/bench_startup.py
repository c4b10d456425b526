"""Start-up with 10, 100 and 1000 assessments: to the first paint, to the filled list and to the
readiness figures, and the GUI thread's longest stall in between, against a bare QMainWindow whose
QTableWidget shows the same rows (read with sqlite3) and whose readiness comes from a bare loop
that bulk-loads and scores them (bench/baseline_home.py). Whole processes, interleaved round by
round, offscreen; both report through ecoassess_app/ui/probe.py. A run that has not shown every
readiness figure within the budget is stopped there and reported as such (not repeated).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    ROOT,
    Series,
    header,
    interleave,
    isolated_env,
    mib,
    parse_args,
    populate,
    ratio_line,
    run_process,
)

FROZEN = ROOT / "dist" / "ecoassess" / ("ecoassess.exe" if os.name == "nt" else "ecoassess")
BASELINE = Path(__file__).resolve().parent / "baseline_home.py"
# At 1000 assessments (the targets): list ≤ 2× the bare table, readiness ≤ 1.5× the bare
# loop, the longest stall ≤ 2× the bare table's.
TARGETS = {"list": 2.0, "pass": 1.5, "stall": 2.0}
TARGET_SIZE = 1000
# Modules the first paint should not wait for: each belongs to later work (list, scores, PDF).
HEAVY = ("sqlalchemy", "alembic", "pydantic", "babel", "reportlab", "pythainlp", "PIL", "pypdf",
         "pypdfium2", "openpyxl", "yaml", "ecoassess.storage.service", "ecoassess.package.unpack",
         "ecoassess.scheme", "ecoassess.scoring", "ecoassess.dossier")


class Probed:
    """One arm: a command run with the probe until the readiness figures (or the budget)."""

    def __init__(self, cmd: list[str], env: dict[str, str], rows: int, budget: float, tmp: Path) -> None:
        self.cmd, self.env, self.rows, self.budget = cmd, env, rows, budget
        self.report = tmp / f"probe-{os.getpid()}-{id(self)}.json"
        self.runs: list[dict] = []

    def __call__(self) -> float:
        env = dict(self.env, ECOASSESS_PROBE_UNTIL="readiness", ECOASSESS_PROBE_ROWS=str(self.rows),
                   ECOASSESS_PROBE_REPORT=str(self.report), ECOASSESS_PROBE_BUDGET=str(self.budget),
                   ECOASSESS_PROBE_T0=repr(time.monotonic()))
        result = run_process(self.cmd, env, timeout=self.budget + 120)
        report = json.loads(self.report.read_text(encoding="utf-8"))
        report["peak_rss"] = result.peak_rss
        self.runs.append(report)
        return report["at"]

    def series(self, key: str) -> list[float]:
        values = []
        for run in self.runs:
            times = run["times"]
            if key == "pass":
                value = times.get("readiness", run["at"]) - times.get("list", run["at"])
            elif key == "stall":
                value = run["max_stall"]
            else:
                value = times.get(key, run["at"])
            values.append(value)
        return values

    def gave_up(self) -> bool:
        return any(run["gave_up"] for run in self.runs)


def prepare(tmp: Path, sizes: list[int]) -> dict[int, Path]:
    """One data folder per size, each grown from the previous one (not timed)."""
    folders: dict[int, Path] = {}
    previous: Path | None = None
    for size in sizes:
        folder = tmp / f"data-{size}"
        if previous is not None:
            shutil.copytree(previous, folder, ignore=shutil.ignore_patterns("*.lock", "backups"))
        populate(folder, size)
        folders[size] = previous = folder
    return folders


def check_same_scores(data: Path, scores: Path) -> str:
    """The bare loop must compute what the app shows: compare with the Store's own scoring."""
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate_assessment
    from ecoassess.storage import open_store

    bare = json.loads(scores.read_text(encoding="utf-8"))
    scheme = load_scheme()
    with open_store(data, read_only=True) as store:
        for ident in list(bare)[:20]:
            expected = evaluate_assessment(scheme, store.get_assessment(ident)).percent
            if abs(expected - bare[ident]) > 1e-9:
                raise SystemExit(f"the bare loop scores {ident} {bare[ident]}, the app {expected}")
    return f"bare loop's scores checked against the app's ({min(20, len(bare))} assessments)"


def report_size(size: int, app: Probed, bare: Probed, budget: float) -> None:
    print(f"  {size} assessments ({len(app.runs)} runs of the app, {len(bare.runs)} of the bare):")
    target = size == TARGET_SIZE
    rows = (("paint", "first paint", None), ("list", "list filled (from start)", "list"),
            ("readiness", "readiness shown (from start)", None),
            ("pass", "readiness pass (shown − filled)", "pass"),
            ("stall", "longest GUI-thread stall", "stall"))
    for key, label, goal in rows:
        mine, base = app.series(key), bare.series(key)  # an arm stopped at its budget ran once
        print(ratio_line(label, mine, base, target=TARGETS[goal] if target and goal else None))
    if app.gave_up():
        print(f"    the app had not shown every readiness figure after {budget:.0f} s: stopped "
              "there, so its readiness and stall figures are lower bounds")
    peaks = [r["peak_rss"] for r in app.runs if r["peak_rss"]]
    bare_peaks = [r["peak_rss"] for r in bare.runs if r["peak_rss"]]
    if peaks and bare_peaks:
        print(f"    peak resident memory: app {mib(Series(peaks).median)}, bare {mib(Series(bare_peaks).median)}")


def modules_at_first_paint(cmd: list[str], env: dict[str, str], tmp: Path) -> list[str]:
    report = tmp / "modules.txt"
    run_process(cmd, dict(env, ECOASSESS_PROBE_MODULES=str(report), ECOASSESS_PROBE_UNTIL="paint"))
    loaded = set(report.read_text(encoding="utf-8").split())
    return [name for name in HEAVY if name in loaded]


def main() -> int:
    args = parse_args(__doc__)
    sizes = [10, 100, 1000]
    rounds = {10: 3, 100: 3, 1000: 2} if args.quick else {10: 5, 100: 5, 1000: 3}
    budget = 20.0 if args.quick else 30.0
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as name:
        tmp = Path(name)
        env = isolated_env(tmp)
        folders = prepare(tmp, sizes)
        header("start-up: first paint, filled list, readiness figures (offscreen, whole processes)",
               args.quick)
        print("  median [min–max]; ratio of medians [min–max of the per-round ratios]; targets at "
              f"{TARGET_SIZE} assessments")
        notes = []
        for size in sizes:
            data = folders[size]
            app_cmd = [py, str(ROOT / "main.py"), "--startup-probe", "--data-dir", str(data), "--ui-lang", "en"]
            scores = tmp / f"scores-{size}.json"
            arms = {"app": Probed(app_cmd, env, size, budget, tmp),
                    "bare": Probed([py, str(BASELINE), str(data / "ecoassess.sqlite3"), str(scores)],
                                   env, size, budget, tmp)}
            if size == sizes[0]:
                for arm in arms.values():
                    arm()  # warm-up: file cache, bytecode
                    arm.runs.clear()
            interleave(rounds[size], arms, budget={"app": budget - 1, "bare": budget - 1})
            report_size(size, arms["app"], arms["bare"], budget)
            if size == sizes[0]:
                notes.append(check_same_scores(data, scores))
                heavy = modules_at_first_paint(app_cmd, env, tmp)
                notes.append("loaded before the first paint (should wait until after it): "
                             + (", ".join(heavy) if heavy else "none"))
            sys.stdout.flush()
        if FROZEN.exists():
            frozen = Probed([str(FROZEN), "--startup-probe", "--data-dir", str(folders[10]), "--ui-lang", "en"],
                            env, 10, budget, tmp)
            try:
                frozen()
                frozen.runs.clear()
                for _ in range(rounds[10]):
                    frozen()
            except FileNotFoundError:  # no probe report: a bundle older than the probe, or broken
                notes.append(f"frozen app: {FROZEN} wrote no probe report (rebuild it: make dist)")
            else:
                notes.append(f"frozen app, 10 assessments: first paint {Series(frozen.series('paint')).show()}, "
                             f"readiness {Series(frozen.series('readiness')).show()}")
        else:
            notes.append("frozen app: no dist/ecoassess yet (make dist)")
    for note in notes:
        print("  " + note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
