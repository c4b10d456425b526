"""`--self-test`: migrations, scheme, windows, demo, Thai dossier and its text, in a temporary folder."""

from __future__ import annotations

import logging
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

log = logging.getLogger("ecoassess.selftest")

EXIT_OK, EXIT_FAIL = 0, 1
UiCheck = Callable[[Path, str], str]


class SelfTestFailure(Exception):
    """A check failed; the message is the reason shown on stderr."""


class SelfTest:
    """The checks, run in order on one temporary data folder; each returns a short detail line."""

    def __init__(self, data_dir: Path, ui_check: UiCheck | None, lang: str = "th") -> None:
        self.data_dir = data_dir
        self.ui_check = ui_check
        self.lang = lang
        self.scheme: Scheme | None = None
        self.assessment_id = ""
        self.pdf: Path | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        steps = [("migrations", self.migrations), ("scheme", self.load_scheme),
                 ("demo assessment", self.demo)]
        if self.ui_check is not None:
            steps.append(("windows", self.windows))
        steps += [("Thai dossier", self.dossier), ("dossier text", self.dossier_text),
                  ("release files", self.release_files)]
        return steps

    def release_files(self) -> str:
        """The font, the guide and the notices travel with this copy (wheel, bundle, checkout)."""
        from ecoassess import __version__, licences
        from ecoassess.paths import fonts_dir, resources_dir

        wanted = [fonts_dir() / "Sarabun-Regular.ttf", fonts_dir() / "OFL.txt",
                  resources_dir() / "guide" / "guide-th.md", resources_dir() / "guide" / "guide-en.md"]
        missing = [str(path) for path in wanted if not path.is_file()]
        if missing:
            raise SelfTestFailure(f"missing {', '.join(missing)}")
        shipped = licences.shipped_notices()
        if getattr(sys, "frozen", False) and shipped is None:
            raise SelfTestFailure(f"the build wrote no {licences.NOTICES_NAME}")
        text = shipped.read_text(encoding="utf-8") if shipped else licences.notices_text()
        if not text.startswith(f"ecoassess {__version__}:") or "LGPL-3.0-only" not in text:
            raise SelfTestFailure(f"{licences.NOTICES_NAME} is not this version's, or lacks Qt's")
        where = "written by the build" if shipped else "from the installed packages"
        return f"version {__version__}; font, guide and notices ({where}) present"

    def migrations(self) -> str:
        from ecoassess.storage import HEAD_REVISION, migrations_due, open_store

        if not migrations_due(self.data_dir):
            raise SelfTestFailure("a new data folder should need its migrations")
        store = open_store(self.data_dir)
        store.close()
        if migrations_due(self.data_dir):
            raise SelfTestFailure(f"the database is not at revision {HEAD_REVISION} after migrating")
        return f"database at revision {HEAD_REVISION}"

    def load_scheme(self) -> str:
        from ecoassess.scheme import load_scheme

        self.scheme = load_scheme()
        if len(self.scheme.criteria) < 14 or not self.scheme.prerequisites:
            raise SelfTestFailure(f"the scheme has {len(self.scheme.criteria)} criteria, expected 14")
        return f"{self.scheme.id} {self.scheme.version}, {len(self.scheme.criteria)} criteria"

    def demo(self) -> str:
        from ecoassess.demo import create_demo
        from ecoassess.storage import open_store

        store = open_store(self.data_dir)
        try:
            self.assessment_id = create_demo(store)
            assessment = store.get_assessment(self.assessment_id)
        finally:
            store.close()
        if not assessment.answers or not assessment.evidence:
            raise SelfTestFailure("the demo assessment has no answers or no evidence")
        return f"{len(assessment.answers)} answers, {len(assessment.evidence)} evidence files"

    def windows(self) -> str:
        assert self.ui_check is not None
        return self.ui_check(self.data_dir, self.lang)

    def dossier(self) -> str:
        from ecoassess.dossier.export import build_dossier
        from ecoassess.scoring import evaluate_assessment
        from ecoassess.storage import open_store

        assert self.scheme is not None  # the scheme step runs first
        store = open_store(self.data_dir)
        try:
            assessment = store.get_assessment(self.assessment_id)
            result = evaluate_assessment(self.scheme, assessment)
            self.pdf = build_dossier(
                assessment, self.scheme, result, "th", self.data_dir / "selftest-th.pdf",
                with_evidence=True, evidence_resolver=lambda ev: store.evidence_file(ev.sha256))
        finally:
            store.close()
        size = self.pdf.stat().st_size
        if size < 10_000:
            raise SelfTestFailure(f"the dossier is only {size} bytes")
        return f"{size // 1024} KiB, readiness {result.percent:.0f}%"

    def dossier_text(self) -> str:
        assert self.pdf is not None and self.scheme is not None
        text = extract_text(self.pdf)
        found, missing = thai_names_found(text, [c.name.th for c in self.scheme.criteria])
        if missing:  # the dossier's searchable-Thai layer makes every name extract exactly
            raise SelfTestFailure(
                f"only {len(found)} of {len(self.scheme.criteria)} Thai criterion names extract "
                f"from the PDF; missing e.g. {', '.join(missing[:3])}")
        return f"{len(found)} of {len(self.scheme.criteria)} Thai criterion names extract exactly"


def extract_text(pdf: Path) -> str:
    """All the text of a PDF as PDFium (Chrome, Edge) extracts it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        parts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        document.close()


_SPACE = re.compile(r"\s+")


def thai_names_found(text: str, names: list[str]) -> tuple[list[str], list[str]]:
    """Which names occur in the text, ignoring line breaks and spaces (names wrap in cells)."""
    flat = _SPACE.sub("", text)
    found = [n for n in names if _SPACE.sub("", n) in flat]
    return found, [n for n in names if n not in found]


def _say(stream: Any, text: str) -> None:
    # A windowed Windows build has no console: sys.stdout/stderr may be None.
    if stream is not None:
        stream.write(text + "\n")
        stream.flush()


def run(ui_check: UiCheck | None = None, *, lang: str = "th", keep: Path | None = None) -> int:
    """Run every check; 0 when all pass, else 1 with the reason on stderr (and in the log)."""
    from ecoassess import logsetup

    with tempfile.TemporaryDirectory(prefix="ecoassess-selftest-") as tmp:
        data_dir = Path(keep) if keep else Path(tmp) / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        logsetup.setup_logging(data_dir)
        test = SelfTest(data_dir, ui_check, lang)
        started = time.perf_counter()
        try:
            for name, step in test.steps():
                t0 = time.perf_counter()
                try:
                    detail = step()
                except SelfTestFailure as exc:
                    return _fail(name, str(exc))
                except Exception as exc:
                    log.exception("self-test step %s failed", name)
                    return _fail(name, f"{type(exc).__name__}: {exc}")
                _say(sys.stdout, f"ok   {name:<16} {detail} ({time.perf_counter() - t0:.1f} s)")
            _say(sys.stdout, f"self-test passed in {time.perf_counter() - started:.1f} s")
            return EXIT_OK
        finally:
            logsetup.remove_logging()


def _fail(step: str, reason: str) -> int:
    log.error("self-test failed at %s: %s", step, reason)
    _say(sys.stderr, f"self-test failed at {step}: {reason}")
    return EXIT_FAIL
