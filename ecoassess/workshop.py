"""Workshop mode for trainers: import a class's files, class overview, anonymise, CSV, demo reset."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess.errors import EcoAssessError
from ecoassess.fileio import atomic_write, check_output
from ecoassess.i18n import label, message
from ecoassess.package import SUFFIX, OnConflict, unpack_package
from ecoassess.scheme.loader import scheme_for_assessment
from ecoassess.spreadsheet import factory_name

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

log = logging.getLogger(__name__)
FolderProgress = Callable[[int, int, str], None]


@dataclass
class FileOutcome:
    """One file of a folder import: imported (with its new id) or skipped with the reason."""

    path: Path
    assessment_id: str | None = None
    error: EcoAssessError | None = None
    kept_both: bool = False
    replaced: bool = False

    @property
    def ok(self) -> bool:
        return self.assessment_id is not None

    def reason(self, lang: str) -> str:
        if self.error is None:
            return ""
        return self.error.message(lang)


def package_files(folder: Path) -> list[Path]:
    """The .ecoassess files directly in `folder`, by name."""
    return sorted((p for p in Path(folder).iterdir() if p.suffix.lower() == SUFFIX and p.is_file()),
                  key=lambda p: p.name.casefold())


def import_folder(store: Store, folder: Path, on_conflict: OnConflict | str = OnConflict.ASK,
                  progress: FolderProgress | None = None) -> list[FileOutcome]:
    """Import every .ecoassess file of `folder`; a bad file is reported and skipped, the rest go in.

    With OnConflict.ASK an assessment already present is skipped (reported as a conflict).
    """
    files = package_files(folder)
    outcomes = []
    for index, path in enumerate(files):
        if progress:
            progress(index, len(files), path.name)
        outcome = FileOutcome(path)
        try:
            result = unpack_package(store, path, on_conflict)
        except EcoAssessError as exc:
            outcome.error = exc
        except Exception as exc:  # a bug must not stop the rest of the class from coming in
            log.exception("import of %s failed", path)
            outcome.error = EcoAssessError("cli.internal_error", kind=type(exc).__name__, detail=exc)
        else:
            outcome.assessment_id = result.assessment_id
            outcome.kept_both, outcome.replaced = result.kept_both, result.replaced
        outcomes.append(outcome)
    if progress:
        progress(len(files), len(files), "")
    return outcomes


@dataclass
class OverviewRow:
    code: str  # F01, F02 … (stable: by assessment id), shown instead of names when anonymised
    factory: str
    assessment_id: str
    points: list[int | None]  # one per criterion, None = not applicable
    total: int
    max: int
    percent: float
    verdict: str
    verdict_label: dict[str, str] = field(default_factory=dict)
    verdict_short: dict[str, str] = field(default_factory=dict)  # for a table cell


@dataclass
class Overview:
    criteria: list[str]  # C01 … C14
    criterion_names: list[dict[str, str]]
    max_points: list[int]
    rows: list[OverviewRow]
    anonymised: bool = False

    def averages(self) -> list[float | None]:
        """The class average per criterion (not-applicable answers left out)."""
        result: list[float | None] = []
        for i in range(len(self.criteria)):
            values = [r.points[i] for r in self.rows if r.points[i] is not None]
            result.append(sum(values) / len(values) if values else None)  # type: ignore[arg-type]
        return result


def class_overview(store: Store, lang: str, *, anonymise: bool = False, include_demo: bool = False,
                   ids: Iterable[str] | None = None) -> Overview:
    """Factories × criteria points, totals and verdicts of the assessments on this machine."""
    from ecoassess.scoring import evaluate_assessment

    wanted = list(ids) if ids is not None else [
        s.id for s in store.list_assessments() if include_demo or not s.is_demo]
    rows: list[OverviewRow] = []
    names: list[dict[str, str]] = []
    maxima: list[int] = []
    criteria: list[str] = []
    for number, assessment_id in enumerate(sorted(wanted), start=1):
        assessment = store.get_assessment(assessment_id)
        scheme = scheme_for_assessment(assessment, store.layout.root)
        result = evaluate_assessment(scheme, assessment)
        if not criteria:
            criteria = [c.id for c in result.criteria]
            names = [c.name for c in result.criteria]
            maxima = [c.max_points for c in result.criteria]
        rows.append(OverviewRow(
            code=f"F{number:02d}", factory=factory_name(assessment, lang), assessment_id=assessment.id,
            points=[c.points for c in result.criteria], total=result.total, max=result.max,
            percent=result.percent, verdict=result.verdict.status, verdict_label=result.verdict.label,
            verdict_short=result.verdict.short))
    if anonymise:
        for row in rows:
            row.factory = row.code
    rows.sort(key=lambda r: (r.factory.casefold(), r.assessment_id))
    return Overview(criteria, names, maxima, rows, anonymise)


def display_name(row: OverviewRow, overview: Overview) -> str:
    return row.code if overview.anonymised else row.factory


def overview_table(overview: Overview, lang: str) -> tuple[list[str], list[list[Any]]]:
    """Header and rows (name, code, C01…C14, total, max, percent, verdict) for CSV and PDF.
    Anonymised, the code is the only name: it is not shown twice."""
    names = [] if overview.anonymised else [message("workshop.col.factory", lang)]
    header = [*names, message("workshop.col.code", lang),
              *overview.criteria, message("workshop.col.total", lang),
              message("workshop.col.max", lang), message("workshop.col.percent", lang),
              message("workshop.col.verdict", lang)]
    body = [[*([] if overview.anonymised else [r.factory]), r.code,
             *["" if p is None else p for p in r.points], r.total, r.max, round(r.percent, 2),
             label(r.verdict_label, lang) if r.verdict_label else r.verdict]
            for r in overview.rows]
    return header, body


def overview_csv_headers() -> list[list[str]]:
    """The first cells of the overview CSV in both languages: an earlier one may be replaced."""
    return [[message("workshop.col.factory", lang), message("workshop.col.code", lang)]
            for lang in ("th", "en")]


def check_overview_output(dest: Path, kind: str, *, data_root: Path | None = None,
                          force: bool = False) -> Path:
    """`fileio.check_output` for the class overview (kind "csv" or "pdf")."""
    return check_output(dest, kind=kind, data_root=data_root, force=force,
                        csv_headers=overview_csv_headers())


def overview_csv(overview: Overview, lang: str, dest: Path, *, data_root: Path | None = None,
                 force: bool = False) -> Path:
    """The class overview as CSV (UTF-8 with BOM for Excel), one row per factory."""
    dest = check_overview_output(dest, "csv", data_root=data_root, force=force)
    header, body = overview_table(overview, lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(body)
    return atomic_write(dest, buffer.getvalue().encode("utf-8-sig"), error_key="sheet.write_failed")


def reset_demo(store: Store) -> str:
    """Delete every demo assessment (a backup is taken by the store) and create a fresh one."""
    from ecoassess.demo import create_demo

    for summary in store.list_assessments():
        if summary.is_demo:
            store.delete_assessment(summary.id)
    return create_demo(store)


def summary_of(outcomes: list[FileOutcome]) -> tuple[int, int]:
    ok = sum(1 for o in outcomes if o.ok)
    return ok, len(outcomes) - ok

