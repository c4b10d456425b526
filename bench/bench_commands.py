"""Commands as whole processes (cold start included) against bare processes doing the least the
same job needs, interleaved round by round:

- `--version` against `python -c pass` (for reference, no target);
- `list --json` against a process that imports SQLAlchemy and reads the same rows with sqlite3;
- `score FILE` against a process that does `import yaml`, `from pydantic import BaseModel` and
  loads the same answer file;
- `export ID` against a process that imports the same third-party modules (listed from a run of
  the real export, on each run), loads the same Thai dictionary and writes a plain ReportLab PDF
  of the same page count.

`--tree DIR` measures another source tree (an export of main, for a before/after) with this
checkout's interpreter and libraries.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    ROOT,
    header,
    interleave,
    isolated_env,
    mib,
    parse_args,
    populate,
    ratio_line,
    run_process,
)

ASSESSMENTS = 100
TARGETS = {"list": 1.3, "score": 2.5}

BARE_LIST = """
import json, sqlite3, sys
import sqlalchemy
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = conn.execute(
    "SELECT a.id, f.name_th, f.name_en, a.scheme_id, a.scheme_version, a.status, a.updated_at,"
    " a.is_demo, a.assessment_date FROM assessment a JOIN factory f ON f.id = a.factory_id"
    " ORDER BY a.updated_at DESC, a.id").fetchall()
keys = ("id", "th", "en", "scheme", "version", "status", "updated_at", "is_demo", "date")
sys.stdout.write(json.dumps([dict(zip(keys, r)) for r in rows], ensure_ascii=False, indent=2))
"""

BARE_SCORE = """
import json, sys
import yaml
from pydantic import BaseModel
with open(sys.argv[1], encoding="utf-8") as fh:
    json.load(fh)
"""

# Runs a command as main.py would and lists the third-party modules it imported.
LIST_MODULES = """
import atexit, sys, sysconfig
out, tree, args = sys.argv[1], sys.argv[2], sys.argv[3:]
sites = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
def dump():
    names = sorted(n for n, m in list(sys.modules.items())
                   if any(str(getattr(m, "__file__", "") or "").startswith(s) for s in sites))
    open(out, "w", encoding="utf-8").write("\\n".join(names))
atexit.register(dump)
sys.path.insert(0, tree)
sys.argv = [tree + "/main.py", *args]
import runpy
runpy.run_path(tree + "/main.py", run_name="__main__")
"""


def main() -> int:
    def options(parser):  # noqa: ANN001, ANN202
        parser.add_argument("--tree", type=Path, default=ROOT, help="the source tree to measure")
        parser.add_argument("--only", default="", help="comma-separated: version,list,score,export")

    args = parse_args(__doc__, options)
    only = {f"--{o}" if o == "version" else o for o in args.only.split(",") if o}
    rounds, export_rounds = (3, 2) if args.quick else (9, 3)
    tree = args.tree.resolve()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-commands-") as name:
        tmp = Path(name)
        env = isolated_env(tmp)
        data = tmp / "data"
        ids = populate(data, ASSESSMENTS)
        db = data / "ecoassess.sqlite3"
        answers = ROOT / "ecoassess" / "resources" / "demo" / "answers.json"
        ours = [py, str(tree / "main.py"), "--data-dir", str(data)]
        pdf = tmp / "dossier.pdf"
        export = [*ours, "export", ids[0], "--lang", "both", "-o", str(pdf)]
        modules = tmp / "modules.txt"
        pages = imported = 0
        bare_export = [py, "-c", "pass"]
        if not only or "export" in only:
            run_process([py, "-c", LIST_MODULES, str(modules), str(tree), *export[2:]], env)
            from plain_pdf import rows_for
            from pypdf import PdfReader

            pages = len(PdfReader(pdf).pages)
            imported = len(modules.read_text(encoding="utf-8").split())
            bare_export = [py, str(Path(__file__).parent / "plain_pdf.py"), "--modules", str(modules),
                           "--dictionary", "--rows", str(rows_for(pages)), "--out", str(tmp / "plain.pdf")]
        cases = {
            "--version": ([*ours, "--version"], [py, "-c", "pass"]),
            "list": ([*ours, "list", "--json"], [py, "-c", BARE_LIST, str(db)]),
            "score": ([*ours, "score", str(answers)], [py, "-c", BARE_SCORE, str(answers)]),
            "export": (export, bare_export),
        }
        peaks: dict[str, list[int | None]] = {}
        cpu: dict[str, list[float]] = {}

        def timed(key: str, cmd: list[str]):  # noqa: ANN202
            def run() -> float:
                result = run_process(cmd, env)
                peaks.setdefault(key, []).append(result.peak_rss)
                cpu.setdefault(key, []).append(result.cpu or 0.0)
                return result.seconds
            return run

        arms = {}
        for case, (mine, bare) in cases.items():
            if only and case not in only:
                continue
            arms[f"{case} ours"] = timed(f"{case} ours", mine)
            arms[f"{case} bare"] = timed(f"{case} bare", bare)
        for arm in arms.values():  # warm-up: file cache and bytecode
            arm()
        peaks.clear()
        cpu.clear()
        # The export takes seconds a run: fewer rounds for it keep `make bench` in minutes.
        quick_arms = {k: v for k, v in arms.items() if not k.startswith("export")}
        times = interleave(rounds, quick_arms)
        times.update(interleave(export_rounds, {k: v for k, v in arms.items() if k.startswith("export")}))
    header(f"commands as whole processes ({ASSESSMENTS} assessments; tree {tree})", args.quick)
    print(f"  interleaved rounds: {rounds} ({export_rounds} for the export) after one warm-up; "
          "median [min–max]; ratio of medians "
          "[min–max of the per-round ratios]; wall time, then user+system CPU time (steadier on a "
          "shared machine)")
    labels = {"--version": "--version (bare: python -c pass)",
              "list": "list --json",
              "score": "score FILE",
              "export": f"export ID --lang both ({pages} pages)"}
    for case, label in labels.items():
        if only and case not in only:
            continue
        print(ratio_line(label, times[f"{case} ours"], times[f"{case} bare"], target=TARGETS.get(case)))
        if cpu[f"{case} bare"][0]:
            print(ratio_line("  the same in CPU time", cpu[f"{case} ours"], cpu[f"{case} bare"],
                             target=TARGETS.get(case)))
    print("  peak resident memory of the process (median):")
    for case in cases:
        if only and case not in only:
            continue
        mine = sorted(p for p in peaks[f"{case} ours"] if p)
        bare = sorted(p for p in peaks[f"{case} bare"] if p)
        if mine and bare:
            print(f"    {case:<10} ours {mib(mine[len(mine) // 2])}   bare {mib(bare[len(bare) // 2])}   "
                  f"ratio {mine[len(mine) // 2] / bare[len(bare) // 2]:.2f}")
    if imported:
        print(f"  the export's bare process imports the {imported} third-party modules the export "
              "imported, loads the Thai dictionary and writes the plain PDF")
    return 0


if __name__ == "__main__":
    sys.exit(main())
