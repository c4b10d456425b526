"""Text of a PDF as four common readers see it: PDFium (Chrome, Edge), pypdf, poppler, MuPDF.

Each reader is pinned to the version the dossier's text layer was checked with: a new version
fails loudly (re-check, then move the pin). poppler and MuPDF are Debian's `pdftotext` and
`mutool` (`apt-get install poppler-utils mupdf-tools`); without them their tests are skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

READERS = ("pdfium", "pypdf", "poppler", "mupdf")
PINNED = {
    "pdfium": "5.15.2",  # pypdfium2 (PDFium 159.0.8149.0)
    "pypdf": "7.1.1",
    "poppler": "22.12.0",  # Debian 12 poppler-utils
    "mupdf": "1.21.1",  # Debian 12 mupdf-tools
}
_TOOLS = {"poppler": "pdftotext", "mupdf": "mutool"}
# What a reader shows for a code it cannot map: private-use code points, the replacement
# character, and the WinAnsi characters of bytes 0x80-0x9F (0x86 is the dagger).
STRAY = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd\u2020\u2021\u0080-\u009f]")


def installed_version(reader: str) -> str | None:
    if reader == "pdfium":
        import pypdfium2.version

        return str(pypdfium2.version.PYPDFIUM_INFO)
    if reader == "pypdf":
        import pypdf

        return pypdf.__version__
    tool = shutil.which(_TOOLS[reader])
    if tool is None:
        return None
    out = subprocess.run([tool, "-v"], capture_output=True, text=True, timeout=30)
    found = re.search(r"version (\d+(?:\.\d+)+)", out.stdout + out.stderr)
    return found.group(1) if found else "unknown"


def require(reader: str) -> None:
    """Skip when a Debian reader is missing; fail when a reader is not the pinned version."""
    found = installed_version(reader)
    if found is None:
        pytest.skip(f"{_TOOLS[reader]} is not installed (apt-get install poppler-utils mupdf-tools)")
    if found != PINNED[reader]:
        pytest.fail(f"{reader} {found} is installed; the dossier's text was checked with "
                    f"{PINNED[reader]}: check the extraction tests' findings, then update PINNED")


def pages_text(reader: str, path: Path) -> list[str]:
    """The text of each page, as `reader` extracts it."""
    if reader == "pdfium":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()
    if reader == "pypdf":
        import pypdf

        return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    if reader == "poppler":
        # -raw: the text in drawing order; without it poppler merges lines of neighbouring
        # table columns into one another, which says nothing about the text layer itself
        out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                             text=True, check=True, timeout=120).stdout
        return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")
    out = subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", str(path)],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def squash(text: str) -> str:
    return "".join(text.split())


def missing(text: str, wanted: list[str]) -> list[str]:
    """The strings of `wanted` not found in `text` (whitespace and line breaks ignored)."""
    flat = squash(text)
    return [w for w in wanted if squash(w) not in flat]
