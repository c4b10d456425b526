"""Dossier export: the bilingual demo with 200 evidence files and its annex, cold and warm.

The 200 files are a mix of what factories attach: one-page PDFs, PNG photos, CSV tables and
text files, cited by the criteria. Each figure comes from a fresh subprocess: "cold" is the
first dossier of the process (font registration, Thai dictionary, shaping caches), "warm" the
median of the next ones, "peak RSS" the process's peak resident memory (ru_maxrss), which also
counts the setup. Beside it, a plain ReportLab document with the same page count (Helvetica
tables and paragraphs, no Thai processing, no annex merging) is built in the same run, and the
ratios are printed. The speed targets are those of the performance issue.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVIDENCE = 200
WARM_RUNS = 2


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


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


def _demo_with_evidence(folder: Path):
    """The demo assessment topped up to EVIDENCE evidence files (not timed)."""
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
    return store, assessment_id


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


def _build_plain(rows: int) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def decorate(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 20, f"Reference document - page {doc.page}")

    doc = SimpleDocTemplate(BytesIO(), pagesize=A4, invariant=1)
    doc.build(_plain_story(rows), onFirstPage=decorate, onLaterPages=decorate)
    return doc.page


def _timed(build) -> dict:
    setup_mb = _peak_rss_mb()
    start = time.perf_counter()
    pages = build()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(WARM_RUNS):
        start = time.perf_counter()
        build()
        warm.append(time.perf_counter() - start)
    return {"cold": cold, "warm": statistics.median(warm), "rss_mb": _peak_rss_mb(),
            "setup_mb": setup_mb, "pages": pages}


def child_dossier() -> dict:
    import pypdf

    from ecoassess.dossier.export import render_dossier
    from ecoassess.scoring import evaluate_assessment

    with tempfile.TemporaryDirectory() as tmp:
        store, assessment_id = _demo_with_evidence(Path(tmp))
        try:
            assessment = store.get_assessment(assessment_id)
            from ecoassess.scheme import load_scheme

            scheme = load_scheme()
            result = evaluate_assessment(scheme, assessment)

            def build() -> int:
                pdf = render_dossier(assessment, scheme, result, "both", with_evidence=True,
                                     evidence_resolver=lambda ev: store.evidence_file(ev.sha256))
                return len(pypdf.PdfReader(BytesIO(pdf)).pages)

            return _timed(build)
        finally:
            store.close()


def child_calibrate(pages: int) -> dict:
    rows = 40
    for _ in range(8):
        got = _build_plain(rows)
        if got == pages:
            break
        rows = max(20, int(rows * pages / max(got, 1)) + (1 if got < pages else -1))
    return {"rows": rows, "pages": _build_plain(rows)}


def child_plain(rows: int) -> dict:
    return _timed(lambda: _build_plain(rows))


def _run(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={"SOURCE_DATE_EPOCH": "1780000000", **os.environ})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    dossier = _run("--child", "dossier")
    calibration = _run("--child", "calibrate", str(dossier["pages"]))
    plain = _run("--child", "plain", str(calibration["rows"]))
    print(f"dossier (th+en, {EVIDENCE} evidence files, with the annex): {dossier['pages']} pages; "
          f"plain ReportLab reference: {plain['pages']} pages")
    for key, unit, label in (("cold", "s", "cold"), ("warm", "s", "warm"),
                             ("rss_mb", "MB", "peak RSS")):
        ratio = dossier[key] / plain[key] if plain[key] else float("inf")
        print(f"  {label:<10} dossier {dossier[key]:8.2f} {unit}   plain {plain[key]:8.2f} {unit}   "
              f"ratio {ratio:5.2f}")
    print(f"  (peak RSS before the first dossier, after setting up 200 files: "
          f"{dossier['setup_mb']:.0f} MB)")


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
