"""The baselines' plain ReportLab document (Helvetica, no shaping, no Thai wrapping) of a given
page count; run as a script it is the bare process of a PDF-writing command: it imports the
third-party modules listed in a file, loads the Thai dictionary and writes the plain document."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from io import BytesIO
from pathlib import Path
from typing import Any

THAI_SAMPLE = "การประเมินความพร้อมโรงงานอุตสาหกรรมเชิงนิเวศ"


def _story(rows: int) -> list[Any]:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    sheet = getSampleStyleSheet()
    text = ("Plain reference text without Thai processing, of the kind a report carries in its "
            "sections: requirements, results, reasons and notes, wrapped by ReportLab itself. ")
    story: list[Any] = []
    for block in range(0, rows, 20):
        story.append(Paragraph(f"Section {block // 20 + 1}", sheet["Heading2"]))
        story.append(Paragraph(text * 3, sheet["BodyText"]))
        data: list[list[Any]] = [["Ref", "File", "Description", "Date", "Size", "SHA-256", "Cited"]]
        for r in range(block, min(rows, block + 20)):
            data.append([f"E{r:03d}", f"measurement-record-{r:03d}.txt",
                         Paragraph(f"Measurement record of treated water number {r}", sheet["BodyText"]),
                         "2026-01-01", "1.2 KB", Paragraph(f"{r:064x}", sheet["Code"]), "C03, C06"])
        story.append(Table(data, repeatRows=1, colWidths=[30, 80, 120, 55, 40, 110, 45],
                           style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "grey"),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    return story


def build(rows: int) -> tuple[bytes, int]:
    """The plain document with `rows` table rows: (its bytes, its page count)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 20, f"Reference document - page {doc.page}")

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build(_story(rows), onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue(), doc.page


def rows_for(pages: int) -> int:
    """How many rows make a plain document of `pages` pages (a few trial builds)."""
    rows = 40
    for _ in range(10):
        got = build(rows)[1]
        if got == pages:
            return rows
        rows = max(1, int(rows * pages / max(got, 1)) + (1 if got < pages else -1))
    return rows


def load_dictionary() -> None:
    """The dossier's Thai dictionary (pythainlp's word list and the scheme's words in the app's
    compact trie), as the dossier's first Thai line loads it."""
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.tokenize import word_tokenize

    from ecoassess.thaisplit import dictionary

    word_tokenize(THAI_SAMPLE, custom_dict=dictionary(), engine="newmm")


def import_all(names: list[str]) -> int:
    """Import the listed modules (those a real command loaded); returns how many imported."""
    done = 0
    for name in names:
        try:
            importlib.import_module(name)
            done += 1
        except Exception:  # noqa: BLE001 - a private or platform module that cannot stand alone
            continue
    return done


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--modules", type=Path, help="file: one module name a line")
    parser.add_argument("--dictionary", action="store_true")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.modules:
        import_all(args.modules.read_text(encoding="utf-8").split())
    if args.dictionary:
        load_dictionary()
    if args.rows and args.out:
        data, _pages = build(args.rows)
        args.out.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
