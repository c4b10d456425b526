"""Dossier export: the demo in both languages with 200 evidence entries, cold and warm.

Prints wall time and peak Python memory of the Thai/English dossier beside a plain ReportLab
document with the same page count (Helvetica, no shaping, no Thai wrapping) built in the same
run, and their ratios. Each figure comes from a fresh subprocess, so "cold" includes the first
Thai segmentation (pythainlp dictionary load) and font registration. Target: warm under 2 s on
a 2-core machine and a warm ratio under 2.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVIDENCE = 200
WARM_RUNS = 3


def _demo_with_evidence(folder: Path):
    """The demo assessment in a fresh store, topped up to EVIDENCE evidence entries (not timed)."""
    from ecoassess.demo import create_demo
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate_assessment
    from ecoassess.storage import open_store

    store = open_store(folder / "data")
    assessment_id = create_demo(store)
    scheme = load_scheme()
    criteria = [c.id for c in scheme.criteria]
    have = len(store.get_assessment(assessment_id).evidence)
    files = folder / "files"
    files.mkdir()
    for k in range(EVIDENCE - have):
        source = files / f"บันทึกผลการตรวจวัด-{k:03d}.txt"
        source.write_text(f"ผลการตรวจวัดครั้งที่ {k} น้ำทิ้ง ค่ำ ก๊าซ\n", encoding="utf-8")
        store.add_evidence(assessment_id, source,
                           description=f"บันทึกผลการตรวจวัดคุณภาพน้ำทิ้งและก๊าซเรือนกระจก ครั้งที่ {k + 1}",
                           items=[criteria[k % 14], criteria[(k * 5) % 14]])
    assessment = store.get_assessment(assessment_id)
    store.close()
    return assessment, scheme, evaluate_assessment(scheme, assessment)


def _plain_story(rows: int) -> list:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    sheet = getSampleStyleSheet()
    text = ("Plain reference text without Thai processing, of the kind a report carries in its "
            "sections: requirements, results, reasons and notes, wrapped by ReportLab itself. ")
    story = []
    for block in range(0, rows, 20):
        story.append(Paragraph(f"Section {block // 20 + 1}", sheet["Heading2"]))
        story.append(Paragraph(text * 3, sheet["BodyText"]))
        data = [["Ref", "File", "Description", "Date", "Size", "SHA-256", "Cited"]]
        for r in range(block, min(rows, block + 20)):
            data.append([f"E{r:03d}", f"measurement-record-{r:03d}.txt",
                         Paragraph(f"Measurement record of treated water number {r}", sheet["BodyText"]),
                         "2026-01-01", "1.2 KB", Paragraph(f"{r:064x}", sheet["Code"]), "C03, C06"])
        story.append(Table(data, repeatRows=1, colWidths=[30, 80, 120, 55, 40, 110, 45],
                           style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "grey"),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    return story


def _build_plain(rows: int) -> tuple[bytes, int]:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def decorate(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 20, f"Reference document - page {doc.page}")

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build(_plain_story(rows), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue(), doc.page


def _timed(build) -> dict:
    start = time.perf_counter()
    pages = build()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(WARM_RUNS):
        start = time.perf_counter()
        build()
        warm.append(time.perf_counter() - start)
    tracemalloc.start()
    build()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"cold": cold, "warm": statistics.median(warm), "peak_mb": peak / 2**20, "pages": pages}


def child_dossier() -> dict:
    import pypdf

    from ecoassess.dossier.export import render_dossier

    with tempfile.TemporaryDirectory() as tmp:
        assessment, scheme, result = _demo_with_evidence(Path(tmp))

    def build() -> int:
        pdf = render_dossier(assessment, scheme, result, "both")
        from io import BytesIO

        return len(pypdf.PdfReader(BytesIO(pdf)).pages)

    return _timed(build)


def child_calibrate(pages: int) -> dict:
    rows = 40
    for _ in range(8):
        got = _build_plain(rows)[1]
        if got == pages:
            break
        rows = max(20, int(rows * pages / max(got, 1)) + (1 if got < pages else -1))
    return {"rows": rows, "pages": _build_plain(rows)[1]}


def child_plain(rows: int) -> dict:
    return _timed(lambda: _build_plain(rows)[1])


def _run(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    dossier = _run("--child", "dossier")
    calibration = _run("--child", "calibrate", str(dossier["pages"]))
    plain = _run("--child", "plain", str(calibration["rows"]))
    print(f"dossier (th+en, {EVIDENCE} evidence entries): {dossier['pages']} pages; "
          f"plain ReportLab reference: {plain['pages']} pages")
    for key, unit, label in (("cold", "s", "cold"), ("warm", "s", "warm"), ("peak_mb", "MB", "peak memory")):
        ratio = dossier[key] / plain[key] if plain[key] else float("inf")
        print(f"  {label:<12} dossier {dossier[key]:7.3f} {unit}   plain {plain[key]:7.3f} {unit}   "
              f"ratio {ratio:5.2f}")
    verdict = "OK" if dossier["warm"] < 2 and dossier["warm"] / plain["warm"] < 2 else "ABOVE TARGET"
    print(f"  target: warm < 2 s and warm ratio < 2 -> {verdict}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        if kind == "dossier":
            print(json.dumps(child_dossier()))
        elif kind == "calibrate":
            print(json.dumps(child_calibrate(int(sys.argv[3]))))
        else:
            print(json.dumps(child_plain(int(sys.argv[3]))))
    else:
        main()
