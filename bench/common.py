"""What every benchmark shares: --quick, interleaved rounds, medians with their spread, ratios
against a baseline measured in the same run, targets printed as met / not met, and whole
processes timed with their peak resident memory (the process, not the Python heap)."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def parse_args(doc: str | None, add: Callable[[argparse.ArgumentParser], None] | None = None,
               argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds and smaller sizes: a smoke run, not figures to quote")
    if add is not None:
        add(parser)
    return parser.parse_args(argv)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 200 samples is the 198th smallest)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(pct / 100 * (len(ordered) - 1)))))]


@dataclass
class Series:
    """Repeated measurements of one arm: its median and the spread from the lowest to the highest."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def spread(self, scale: float = 1.0, fmt: str = ".0f") -> str:
        return f"[{min(self.values) * scale:{fmt}}–{max(self.values) * scale:{fmt}}]"

    def show(self, scale: float = 1000.0, unit: str = "ms", fmt: str = ".0f") -> str:
        return f"{self.median * scale:{fmt}} {unit} {self.spread(scale, fmt)}"


def ratios(ours: Sequence[float], base: Sequence[float]) -> Series:
    """Per-round ratios of two interleaved arms: the spread says how much the ratio itself moved."""
    return Series([o / b if b else float("inf") for o, b in zip(ours, base, strict=False)])


def verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"target ≤ {target:g}: {'met' if ratio <= target else 'NOT met'}"


def ratio_line(label: str, ours: Sequence[float], base: Sequence[float], *, target: float | None = None,
               scale: float = 1000.0, unit: str = "ms", fmt: str = ".0f", width: int = 34,
               names: tuple[str, str] = ("ours", "bare")) -> str:
    """One figure: ours and the baseline (median [min–max]), the ratio of medians with the spread
    of the per-round ratios, the number of runs and the target."""
    mine, bare = Series(list(ours)), Series(list(base))
    ratio = mine.median / bare.median if bare.median else float("inf")
    per_round = ratios(ours, base) if len(ours) == len(base) else None
    spread = per_round.spread(1.0, ".2f") if per_round else ""
    runs = len(ours) if len(ours) == len(base) else f"{len(ours)}/{len(base)}"
    return (f"  {label:<{width}} {names[0]} {mine.show(scale, unit, fmt):<22} {names[1]} "
            f"{bare.show(scale, unit, fmt):<22}"
            f" ratio {ratio:5.2f} {spread:<13} n={runs}  {verdict(ratio, target)}").rstrip()


def interleave(rounds: int, arms: dict[str, Callable[[], float]],
               budget: dict[str, float] | None = None) -> dict[str, list[float]]:
    """Run every arm once per round, the order rotating each round, so that a change in the
    machine's load hits all arms alike. An arm whose first run took longer than its budget (in
    seconds) is not run again: a slow arm still gets one honest figure without stalling `make bench`."""
    names = list(arms)
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds if names else 0):
        order = names[index % len(names):] + names[:index % len(names)]
        for name in order:
            if results[name] and budget and results[name][0] > budget.get(name, float("inf")):
                continue
            results[name].append(arms[name]())
    return results


@dataclass
class Run:
    seconds: float
    peak_rss: int | None  # bytes; None where the OS does not report it
    stdout: str
    cpu: float | None = None  # user + system seconds of the process (less noisy than wall time)


# A small process that starts the measured ones: Linux adds the memory of whatever a child was
# forked from to its peak (ru_maxrss survives exec), so children of this ~10 MiB process report
# their own peak, where children of the benchmark itself (imports, data) would report its size.
SPAWNER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    with open(job["out"], "wb") as out, open(job["err"], "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(job["cmd"], env=job["env"], cwd=job["cwd"], stdout=out, stderr=err)
        deadline, status, usage = start + job["timeout"], None, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = -1
                break
            time.sleep(0.001)
        seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status) if status != -1 else "timeout"
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss": usage.ru_maxrss, "code": code}), flush=True)
"""
_spawner: list[subprocess.Popen] = []


def _spawn(cmd: Sequence[str], env: dict[str, str] | None, cwd: Path, timeout: float,
           out: Path, err: Path) -> tuple[float, float | None, int | None, object]:
    if not hasattr(os, "wait4"):  # Windows: time only
        with out.open("wb") as o, err.open("wb") as e:
            start = time.perf_counter()
            proc = subprocess.run(list(cmd), env=env, cwd=cwd, stdout=o, stderr=e, timeout=timeout)
            return time.perf_counter() - start, None, None, proc.returncode
    if not _spawner:
        _spawner.append(subprocess.Popen([sys.executable, "-c", SPAWNER], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True))
    proc = _spawner[0]
    job = {"cmd": list(cmd), "env": dict(env or os.environ), "cwd": str(cwd), "timeout": timeout,
           "out": str(out), "err": str(err)}
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps(job) + "\n")
    proc.stdin.flush()
    reply = json.loads(proc.stdout.readline())
    scale = 1 if sys.platform == "darwin" else 1024  # Linux reports KiB
    return reply["seconds"], reply["cpu"], reply["maxrss"] * scale, reply["code"]


def run_process(cmd: Sequence[str], env: dict[str, str] | None = None, cwd: Path = ROOT,
                timeout: float = 600) -> Run:
    """Wall time and peak resident memory of a whole process."""
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        out, err = Path(tmp) / "out", Path(tmp) / "err"
        seconds, cpu, peak, code = _spawn(cmd, env, cwd, timeout, out, err)
        if code != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({code}): "
                             f"{err.read_bytes().decode('utf-8', 'replace').strip()[-2000:]}")
        return Run(seconds, peak, out.read_bytes().decode("utf-8", "replace"), cpu)


def isolated_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A user with no settings of their own, offscreen, bytecode caching allowed (a user's
    second start finds it; the frozen app ships it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp),
               XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data-home",
               XDG_STATE_HOME=f"{tmp}/state", XDG_CACHE_HOME=f"{tmp}/cache", **extra)
    env.pop("ECOASSESS_HOME", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def populate(data: Path, count: int) -> list[str]:
    """A data folder holding the demo and `count - 1` next-year copies of it (a trainer's or an
    estate's list); returns the ids. Not timed."""
    from ecoassess.demo import create_demo
    from ecoassess.storage import open_store

    store = open_store(data)
    try:
        ids = [a.id for a in store.list_assessments()]
        if not ids:
            ids.append(create_demo(store))
        while len(ids) < count:
            ids.append(store.copy_forward(ids[0]))
    finally:
        store.close()
    return ids


def mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value / 2**20:.0f} MiB"


def header(title: str, quick: bool) -> None:
    print(f"\n== {title}{'  (--quick: a smoke run)' if quick else ''}")
    sys.stdout.flush()
