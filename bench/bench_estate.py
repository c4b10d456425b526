"""Benchmark of the estate view: 3,000 factory snapshots imported from .ecoassess files, the
estate window opened (heat map filled) and the report built, with the process's peak memory;
and the estate window of 300 factories against the home window of 300 assessments, same run.

Targets (issue 15): estate view of 300 factories < 2 × the home window with 300 assessments;
peak memory growth ≤ 50 MB per 1,000 snapshots. Run: `python bench/bench_estate.py`.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SNAPSHOTS = int(os.environ.get("BENCH_ESTATE_SNAPSHOTS", "3000"))  # fewer for a quick check
FACTORIES = 300
ROUNDS = 3  # medians; the home window of 300 assessments takes seconds a round
ESTATE_TH = "นิคมอุตสาหกรรมทดสอบสมรรถนะ"
AS_OF = date(2026, 12, 1)


def peak_mb() -> float:
    """The process's peak resident memory so far (MB): Linux counts KiB, macOS bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def assessments(count: int) -> list:
    """`count` varied assessments of fictitious factories (1–3 years each), all in ESTATE_TH."""
    from ecoassess.estate.demo import demo_assessments
    from ecoassess.scheme import load_scheme

    scheme = load_scheme()
    n = count
    items = demo_assessments(n, scheme, AS_OF, ESTATE_TH)
    while len(items) < count:
        n += count // 4 + 1
        items = demo_assessments(n, scheme, AS_OF, ESTATE_TH)
    return items[:count]


def write_packages(folder: Path, count: int) -> None:
    """`count` .ecoassess files as the factories' app writes them (answers, no evidence)."""
    from ecoassess.package.document import dump_json, to_document
    from ecoassess.package.manifest import build_manifest
    from ecoassess.scheme import load_scheme

    scheme = load_scheme()
    ref = {"id": scheme.id, "version": scheme.version, "fingerprint": scheme.fingerprint}
    folder.mkdir(parents=True)
    for i, a in enumerate(assessments(count)):
        doc = dump_json(to_document(a, [], scheme))
        manifest = build_manifest(app_version="bench", assessment_id=a.id, scheme=ref, created=a.updated_at,
                                  members={"assessment.json": (hashlib.sha256(doc).hexdigest(), len(doc))})
        with zipfile.ZipFile(folder / f"factory-{i:05d}.ecoassess", "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("assessment.json", doc)
            zf.writestr("manifest.json", dump_json(manifest))


def open_estate(app, context, estate_id: int | None = None):  # noqa: ANN001, ANN201
    from ecoassess_app.ui.estate import EstateWindow

    window = EstateWindow(context)
    window.resize(1366, 740)
    window.show()
    window.reload_estates(estate_id, wait=True)  # the same work the worker thread does, timed here
    app.processEvents()
    assert window.heat_panel.model.rowCount() > 0
    return window


def _child_big(data: Path, packs: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from ecoassess.dossier.fonts import register_fonts
    from ecoassess.estate.demo import create_demo_estate
    from ecoassess.estate.importing import import_paths
    from ecoassess.estate.overview import build_overview
    from ecoassess.estate.report import render_report
    from ecoassess.storage import estates as db
    from ecoassess_app.ui.app import create_context

    app = QApplication.instance() or QApplication([])
    context = create_context(app, ["--data-dir", str(data), "--ui-lang", "th"])
    store = context.store
    register_fonts()
    # What every session pays once (Qt widgets, Thai layout, the PDF fonts and shaping) comes
    # before the baseline: a small demo estate is opened and reported first.
    small = create_demo_estate(store, 5)
    warm = open_estate(app, context, small.id)
    render_report(build_overview(store, small, "th", rows=warm.rows), "th")
    warm.close()
    db.delete_estate(store, small.id)  # its demo factories would otherwise be "another estate's"
    estate = db.create_estate(store, name_th=ESTATE_TH, framework_id="ieat-eco-ie")
    out: dict = {"baseline_mb": peak_mb()}
    start = time.perf_counter()
    outcomes = import_paths(store, estate, [packs], consent=True)
    out["import_s"] = time.perf_counter() - start
    out["imported"] = sum(o.ok for o in outcomes)
    out["refused"] = [o.reason("en") for o in outcomes if not o.ok][:3]
    out["after_import_mb"] = peak_mb()
    start = time.perf_counter()
    window = open_estate(app, context, estate.id)
    out["view_s"] = time.perf_counter() - start
    out["factories"] = window.heat_panel.model.rowCount()
    out["after_view_mb"] = peak_mb()
    start = time.perf_counter()
    overview = build_overview(store, window.estate, "th", rows=window.rows)
    pdf = render_report(overview, "th")
    out["report_s"] = time.perf_counter() - start
    out["report_pages"] = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    out["after_report_mb"] = peak_mb()
    window.close()
    context.close()
    return out


def prepare_same_run(data: Path) -> None:
    """One data folder: 300 assessments of a factory user, and an estate of 300 factories."""
    from ecoassess.estate.importing import add_assessment
    from ecoassess.estate.results import SchemeCache
    from ecoassess.storage import estates as db
    from ecoassess.storage import open_store
    from ecoassess.storage.importer import import_assessment

    items = assessments(FACTORIES * 3)
    latest: dict[str, object] = {}
    for a in items:  # the newest assessment of each factory, 300 of them
        if a.factory_uid not in latest or a.assessment_date > latest[a.factory_uid].assessment_date:
            latest[a.factory_uid] = a
    chosen = list(latest.values())[:FACTORIES]
    with open_store(data) as store:
        estate = db.create_estate(store, name_th=ESTATE_TH, framework_id="ieat-eco-ie")
        schemes = SchemeCache(store.layout.root)
        for a in chosen:
            import_assessment(store, a, [])
            add_assessment(store, estate, a, source="file", source_name="bench", consent=True, schemes=schemes)


def open_home(app, context):  # noqa: ANN001, ANN201
    from ecoassess_app.ui.home import HomeWindow

    window = HomeWindow(context)
    window.resize(1100, 640)
    window.show()
    window.reload()  # lists, then fills the readiness column from a zero timer, as after the first paint
    while len(window.readiness) < FACTORIES:
        app.processEvents()
    assert window.table.rowCount() == FACTORIES
    return window


def same_run(data: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from ecoassess.estate import results
    from ecoassess_app.ui.app import create_context

    app = QApplication.instance() or QApplication([])
    context = create_context(app, ["--data-dir", str(data), "--ui-lang", "th"])
    times: dict[str, list[float]] = {"home": [], "estate": [], "estate (cold cache)": []}
    open_estate(app, context).close()  # warm-up (the home window is slow enough to need none)
    real = results.engine_version()
    for round_no in range(ROUNDS):
        for name, opener in (("home", open_home), ("estate", open_estate), ("estate (cold cache)", open_estate)):
            if name.endswith("(cold cache)"):  # a changed engine: every snapshot is scored again
                results.engine_version = lambda n=round_no: f"{real}-bench-{n}"
            start = time.perf_counter()
            window = opener(app, context)
            times[name].append(time.perf_counter() - start)
            window.close()
            app.processEvents()
    context.close()
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(_child_big(Path(sys.argv[2]), Path(sys.argv[3]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-estate-") as tmp:
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/xdg")
        env.pop("ECOASSESS_HOME", None)
        packs = Path(tmp) / "packs"
        start = time.perf_counter()
        write_packages(packs, SNAPSHOTS)
        made = time.perf_counter() - start
        proc = subprocess.run([sys.executable, __file__, "--child", str(Path(tmp) / "big"), str(packs)],
                              env=env, capture_output=True, text=True, timeout=3600)
        if proc.returncode != 0:
            raise SystemExit(f"bench_estate child failed: {proc.stderr.strip()[-2000:]}")
        big = json.loads(proc.stdout.strip().splitlines()[-1])
        prepare_same_run(Path(tmp) / "same")
        medians = same_run(Path(tmp) / "same")
    growth = big["after_report_mb"] - big["baseline_mb"]
    per_1000 = growth / (SNAPSHOTS / 1000)
    print(f"bench_estate: {SNAPSHOTS} snapshots ({made:.1f} s to write the files)")
    print(f"  import    {big['import_s']:7.1f} s  ({1000 * big['import_s'] / SNAPSHOTS:.1f} ms a file; "
          f"{big['imported']} imported, {len(big['refused'])} refused)")
    print(f"  open view {big['view_s']:7.2f} s  ({big['factories']} factories, heat map filled)")
    print(f"  report    {big['report_s']:7.1f} s  ({big['report_pages']} pages, Thai)")
    print(f"  peak memory {big['baseline_mb']:.0f} MB at start, {big['after_import_mb']:.0f} after import, "
          f"{big['after_view_mb']:.0f} after the view, {big['after_report_mb']:.0f} after the report")
    verdict = "met" if per_1000 <= 50 else "NOT met"
    print(f"  growth {growth:.0f} MB = {per_1000:.1f} MB per 1,000 snapshots (target <= 50: {verdict})")
    home, estate, cold = medians["home"], medians["estate"], medians["estate (cold cache)"]
    ratio = estate / home
    verdict = "met" if ratio < 2 else "NOT met"
    print(f"  {FACTORIES} factories, median of {ROUNDS}: home {home * 1000:.0f} ms, estate view {estate * 1000:.0f} ms "
          f"-> ratio {ratio:.2f} (target < 2: {verdict}); with every result recomputed "
          f"{cold * 1000:.0f} ms -> ratio {cold / home:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
