"""Build the demo dossier in th, en and both (with its evidence annex) and render every page to PNG.

`make dossier-pages` writes dossier-pages/dossier-{th,en,both}.pdf and
dossier-pages/{th,en,both}/page-NN.png (pdftoppm from poppler-utils), plus a contact sheet per
language, so the pages can be looked at before a release. SOURCE_DATE_EPOCH defaults to a fixed
day, so the pages are the same on every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(out: Path, langs: list[str]) -> dict[str, Path]:
    from ecoassess.demo import create_demo
    from ecoassess.dossier.export import build_dossier
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate_assessment
    from ecoassess.storage import open_store

    pdfs = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "data")
        try:
            assessment = store.get_assessment(create_demo(store))
            scheme = load_scheme()
            result = evaluate_assessment(scheme, assessment)
            for lang in langs:
                pdfs[lang] = build_dossier(
                    assessment, scheme, result, lang, out / f"dossier-{lang}.pdf",
                    with_evidence=lang == "both", force=True,
                    evidence_resolver=lambda ev: store.evidence_file(ev.sha256, ev.original_name))
        finally:
            store.close()
    return pdfs


def render(pdf: Path, folder: Path, dpi: int) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: apt-get install poppler-utils")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def contact_sheet(pages: list[Path], dest: Path, columns: int = 6) -> None:
    from PIL import Image

    images = [Image.open(p) for p in pages]
    w = max(i.width for i in images) // 3
    h = max(i.height for i in images) // 3
    rows = (len(images) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * (w + 6), rows * (h + 6)), "#888")
    for k, image in enumerate(images):
        thumb = image.copy()
        thumb.thumbnail((w, h))
        sheet.paste(thumb, ((k % columns) * (w + 6), (k // columns) * (h + 6)))
    sheet.save(dest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="dossier-pages", type=Path)
    parser.add_argument("--dpi", default=80, type=int)
    parser.add_argument("--lang", action="append", choices=("th", "en", "both"))
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1780000000")
    args.out.mkdir(parents=True, exist_ok=True)
    for lang, pdf in build(args.out, args.lang or ["th", "en", "both"]).items():
        pages = render(pdf, args.out / lang, args.dpi)
        contact_sheet(pages, args.out / f"sheet-{lang}.png")
        print(f"{lang}: {pdf} ({len(pages)} pages) -> {args.out / lang}/, {args.out}/sheet-{lang}.png")


if __name__ == "__main__":
    main()
