"""Spreadsheets of assessments: CSV (UTF-8 with BOM, for Excel) and XLSX, one row per criterion."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.fileio import atomic_write, check_output
from ecoassess.i18n import format_day, label, message
from ecoassess.scheme.loader import scheme_for_assessment

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Criterion, Scheme
    from ecoassess.storage.service import Store

COLUMNS = ("factory", "assessment_id", "assessment_date", "criterion", "criterion_name",
           "points", "max_points", "level", "not_applicable", "justification", "note",
           "evidence_count", "status")


@dataclass
class CriterionRow:
    """One criterion of one assessment, as a spreadsheet shows it."""

    factory: str
    assessment_id: str
    assessment_date: str
    criterion: str
    criterion_name: str
    points: int | None
    max_points: int
    level: str
    not_applicable: bool
    justification: str
    note: str
    evidence_count: int
    status: str


def factory_name(assessment: model.Assessment, lang: str) -> str:
    p = assessment.profile
    return (p.name_th or p.name_en) if lang == "th" else (p.name_en or p.name_th)


def level_text(criterion: Criterion | None, level_id: str | None, lang: str) -> str:
    if not level_id:
        return ""
    level = criterion.level(level_id) if criterion is not None else None
    return f"{level_id} {level.title.get(lang)}" if level is not None else level_id


def criterion_rows(assessment: model.Assessment, lang: str, scheme: Scheme | None = None) -> list[CriterionRow]:
    """The 14 criteria of one assessment, with points from the readiness engine."""
    from ecoassess.scoring import evaluate_assessment

    scheme = scheme or scheme_for_assessment(assessment, None)
    result = evaluate_assessment(scheme, assessment)
    counts = assessment.evidence_counts()
    rows = []
    for c in result.criteria:
        answer = assessment.answers.get(c.id) or model.ItemAnswer(item_id=c.id)
        rows.append(CriterionRow(
            factory=factory_name(assessment, lang), assessment_id=assessment.id,
            assessment_date=format_day(assessment.assessment_date, lang, "short"),
            criterion=c.id, criterion_name=label(c.name, lang), points=c.points,
            max_points=c.max_points, level=level_text(scheme.criterion(c.id), c.level_id, lang),
            not_applicable=c.not_applicable, justification=answer.justification,
            note=answer.note, evidence_count=counts.get(c.id, 0),
            status=message(f"sheet.status.{model.WorkflowStatus(answer.status).value}", lang),
        ))
    return rows


def headers(lang: str) -> list[str]:
    return [message(f"sheet.col.{name}", lang) for name in COLUMNS]


def _cells(row: CriterionRow, lang: str) -> list[Any]:
    yes, no = message("sheet.yes", lang), message("sheet.no", lang)
    return [row.factory, row.assessment_id, row.assessment_date, row.criterion, row.criterion_name,
            "" if row.points is None else row.points, row.max_points, row.level,
            yes if row.not_applicable else no, row.justification, row.note, row.evidence_count,
            row.status]


def csv_bytes(rows: Iterable[CriterionRow], lang: str) -> bytes:
    """CSV with a UTF-8 byte-order mark so that Excel opens Thai text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers(lang))
    for row in rows:
        writer.writerow(_cells(row, lang))
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[CriterionRow], lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.properties.creator = "ecoassess"  # so that a later export may replace it (fileio)
    sheet = book.worksheets[0]  # the new workbook's one (active) sheet
    sheet.title = message("sheet.title", lang)[:31]
    sheet.append(headers(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(_cells(row, lang))
    sheet.freeze_panes = "A2"
    for index, width in enumerate((30, 12, 12, 8, 34, 7, 7, 40, 8, 30, 30, 8, 14), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def check_sheet_output(dest: Path, *, data_root: Path | None = None, force: bool = False) -> Path:
    """`fileio.check_output` for a spreadsheet: .xlsx is a workbook, anything else a CSV; an
    earlier export of the app (in either language) may be replaced."""
    kind = "xlsx" if Path(dest).suffix.lower() == ".xlsx" else "csv"
    return check_output(dest, kind=kind, data_root=data_root, force=force,
                        csv_headers=[headers("th"), headers("en")])


def export_rows(rows: list[CriterionRow], dest: Path, lang: str, *, data_root: Path | None = None,
                force: bool = False) -> Path:
    """Write rows to `dest`: .xlsx gives a workbook, anything else a CSV."""
    dest = check_sheet_output(dest, data_root=data_root, force=force)
    data = xlsx_bytes(rows, lang) if dest.suffix.lower() == ".xlsx" else csv_bytes(rows, lang)
    return atomic_write(dest, data, error_key="sheet.write_failed")


def export_assessments(store: Store, ids: Iterable[str], dest: Path, lang: str, *,
                       force: bool = False) -> Path:
    """One or many assessments into one spreadsheet, 14 rows each, in the order given."""
    root = store.layout.root
    dest = check_sheet_output(dest, data_root=root, force=force)  # before any work
    rows: list[CriterionRow] = []
    for assessment_id in ids:
        assessment = store.get_assessment(store.resolve_id(assessment_id))
        rows += criterion_rows(assessment, lang, scheme_for_assessment(assessment, root))
    return export_rows(rows, dest, lang, data_root=root, force=force)
