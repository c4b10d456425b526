"""Dossier: the demo in Thai and English with 200 evidence files and their annex, cold (the first
build in a fresh process: imports, fonts, the Thai dictionary) and warm (later builds in that
process). The files are a mix of what factories attach: one-page PDFs, PNG photos, CSV tables
and text notes, cited by the criteria. Measured
against a plain ReportLab document of the same page count (Helvetica, no shaping, no Thai
wrapping) built the same way. Each round runs one fresh process per arm, interleaved; the peak
resident memory is the whole process's, compared also with a bare process that imports the same
third-party modules (listed from the dossier's own process) and loads the same Thai dictionary.
"""

from __future__ import annotations

import json
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Series, header, interleave, isolated_env, mib, parse_args, ratio_line, run_process  # noqa: E402, I001

EVIDENCE = 200
TARGET = 2.0  # cold and warm ≤ 2× plain ReportLab
PEAK_TARGET = 1.5  # process peak ≤ 1.5× the bare process with the same libraries and dictionary
PLAIN = Path(__file__).resolve().parent / "plain_pdf.py"


def _evidence_file(folder: Path, k: int) -> tuple[Path, str]:
    """The k-th evidence file: a PDF page, a PNG, a CSV table or a text note, in turn."""
    kind = k % 4
    if kind == 0:
        from reportlab.pdfgen.canvas import Canvas

        path = folder / f"monitoring-report-{k:03d}.pdf"
        canvas = Canvas(str(path), invariant=1)
        canvas.drawString(72, 760, f"Monitoring report {k}: treated water, BOD 18 mg/l")
        canvas.save()
        return path, "รายงานผลการตรวจวัดคุณภาพน้ำทิ้ง"
    if kind == 1:
        from PIL import Image

        path = folder / f"site-photo-{k:03d}.png"
        Image.new("RGB", (640, 480), (40 + k % 200, 120, 60)).save(path)
        return path, "ภาพถ่ายพื้นที่สีเขียวหน้าโรงงาน"
    if kind == 2:
        path = folder / f"water-meter-{k:03d}.csv"
        rows = ["month,water_m3,wastewater_m3"] + [f"{m},{1000 + m},{800 + m}" for m in range(1, 61)]
        path.write_text("\n".join(rows), encoding="utf-8")
        return path, "บันทึกมิเตอร์น้ำรายเดือน 60 เดือน"
    path = folder / f"บันทึกผลการตรวจวัด-{k:03d}.txt"
    path.write_text(f"ผลการตรวจวัดครั้งที่ {k} น้ำทิ้ง ค่ำ ก๊าซ\n", encoding="utf-8")
    return path, "บันทึกผลการตรวจวัดคุณภาพน้ำทิ้งและก๊าซเรือนกระจก"


def demo_with_evidence(folder: Path) -> Path:
    """The demo assessment topped up to EVIDENCE evidence entries, pickled for the children."""
    from ecoassess.demo import create_demo
    from ecoassess.scheme import load_scheme
    from ecoassess.storage import open_store

    store = open_store(folder / "data")
    assessment_id = create_demo(store)
    criteria = [c.id for c in load_scheme().criteria]
    have = len(store.get_assessment(assessment_id).evidence)
    files = folder / "files"
    files.mkdir()
    for k in range(EVIDENCE - have):
        source, description = _evidence_file(files, k)
        store.add_evidence(assessment_id, source, description=f"{description} ครั้งที่ {k + 1}",
                           items=[criteria[k % 14], criteria[(k * 5) % 14]])
    assessment = store.get_assessment(assessment_id)
    store.close()
    path = folder / "assessment.pickle"
    path.write_bytes(pickle.dumps(assessment))
    return path


def child_dossier(source: Path, warm: int, out: Path, modules: Path) -> dict:
    """In a fresh process: scheme and score first (not timed), then the builds."""
    from ecoassess.evidence import DEFAULT_MAX_BYTES, EvidenceStore
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate_assessment

    assessment = pickle.loads(source.read_bytes())
    evidence = EvidenceStore(source.parent / "data" / "evidence", DEFAULT_MAX_BYTES)
    scheme = load_scheme()
    result = evaluate_assessment(scheme, assessment)
    times = []
    for _ in range(1 + warm):
        start = time.perf_counter()
        from ecoassess.dossier.export import render_dossier

        pdf = render_dossier(assessment, scheme, result, "both", True,
                             lambda ev: evidence.verified_path(ev.sha256, ev.original_name))
        times.append(time.perf_counter() - start)
    out.write_bytes(pdf)
    import sysconfig

    sites = (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"])
    modules.write_text("\n".join(sorted(name for name, module in list(sys.modules.items())
                                        if str(getattr(module, "__file__", "") or "").startswith(sites))),
                       encoding="utf-8")
    return {"cold": times[0], "warm": statistics.median(times[1:]) if warm else None}


def child_plain(rows: int, warm: int) -> dict:
    times = []
    for _ in range(1 + warm):
        start = time.perf_counter()
        from plain_pdf import build

        build(rows)
        times.append(time.perf_counter() - start)
    return {"cold": times[0], "warm": statistics.median(times[1:])}


def main() -> int:
    args = parse_args(__doc__)
    rounds, warm = (3, 1) if args.quick else (9, 2)
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-dossier-") as name:
        tmp = Path(name)
        env = isolated_env(tmp)
        source = demo_with_evidence(tmp)
        pdf, modules = tmp / "dossier.pdf", tmp / "modules.txt"
        dossier_cmd = [py, __file__, "--child", "dossier", str(source), str(warm), str(pdf), str(modules)]
        run_process(dossier_cmd, env)  # warm-up (bytecode, file cache); lists its modules
        from plain_pdf import rows_for
        from pypdf import PdfReader

        pages = len(PdfReader(pdf).pages)
        rows = rows_for(pages)
        reports: dict[str, list[dict]] = {"dossier": [], "plain": [], "bare": []}
        commands = {
            "dossier": dossier_cmd,
            "plain": [py, __file__, "--child", "plain", str(rows), str(warm)],
            "bare": [py, str(PLAIN), "--modules", str(modules), "--dictionary"],
        }

        def arm(key: str):  # noqa: ANN202
            def run() -> float:
                result = run_process(commands[key], env)
                report = json.loads(result.stdout.strip().splitlines()[-1]) if key != "bare" else {}
                report["peak"] = result.peak_rss
                report["wall"] = result.seconds
                reports[key].append(report)
                return result.seconds
            return run

        run_process(commands["plain"], env)
        run_process(commands["bare"], env)
        interleave(rounds, {key: arm(key) for key in commands})
        imported = len(modules.read_text(encoding="utf-8").split())
    header(f"dossier (th+en, {EVIDENCE} evidence files with their annex, {pages} pages) against plain ReportLab "
           f"({rows} table rows, same page count)", args.quick)
    print(f"  {rounds} interleaved rounds, one fresh process per arm each; warm = median of {warm} "
          "later builds in that process")
    dossier, plain, bare = reports["dossier"], reports["plain"], reports["bare"]
    for key, label in (("cold", "cold (first build in a process)"), ("warm", "warm")):
        print(ratio_line(label, [r[key] for r in dossier], [r[key] for r in plain], target=TARGET,
                         names=("dossier", "plain")))
    print(ratio_line("whole process", [r["wall"] for r in dossier], [r["wall"] for r in plain],
                     names=("dossier", "plain")))
    peaks = [r["peak"] for r in dossier if r["peak"]]
    if peaks:
        plain_peaks = [r["peak"] for r in plain if r["peak"]]
        bare_peaks = [r["peak"] for r in bare if r["peak"]]
        print(ratio_line("process peak RSS vs plain", peaks, plain_peaks, scale=2**-20, unit="MiB",
                         names=("dossier", "plain")))
        print(ratio_line("process peak RSS vs bare imports", peaks, bare_peaks, scale=2**-20, unit="MiB",
                         target=PEAK_TARGET, names=("dossier", "bare")))
        print(f"  (the bare process imports the dossier process's {imported} third-party modules and "
              f"loads the Thai dictionary: {mib(Series(bare_peaks).median)})")
        print(f"  (what the bare process lacks: the scheme and the scores, the fonts, the {pages}-page "
              f"story and its annex of {EVIDENCE} files (PDF pages merged with pypdf, photos "
              "decoded and drawn); the plain arm lays out as many pages, without Thai and annex)")
    else:
        print("  process peak memory: not reported on this system")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        if sys.argv[2] == "dossier":
            report = child_dossier(Path(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5]), Path(sys.argv[6]))
        else:
            report = child_plain(int(sys.argv[3]), int(sys.argv[4]))
        print(json.dumps(report))
    else:
        sys.exit(main())
