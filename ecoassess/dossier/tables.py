"""CSV and XLSX evidence as a table for the annex: first sheet, first rows and columns, as text."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_ROWS = 40
MAX_COLS = 8
MAX_CELL = 200  # characters of one cell
_CSV_TYPES = {"text/csv", "application/csv", "text/comma-separated-values"}
_XLSX_TYPES = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_ENCODINGS = ("utf-8-sig", "cp874", "latin-1")  # cp874: Thai Windows, what Excel saves in Thailand


@dataclass
class Extract:
    rows: list[list[str]]
    more_rows: int  # rows after the first MAX_ROWS
    more_cols: int  # columns after the first MAX_COLS (widest row)


def kind_of(media_type: str, suffixes: set[str]) -> str | None:
    if media_type in _XLSX_TYPES or ".xlsx" in suffixes:
        return "xlsx"
    if media_type in _CSV_TYPES or ".csv" in suffixes:
        return "csv"
    return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _cut(rows: list[list[object]], total_rows: int, widest: int) -> Extract:
    shown = [[_text(v) for v in row[:MAX_COLS]] for row in rows[:MAX_ROWS]]
    while shown and not any(shown[-1]):
        shown.pop()
    return Extract(shown, max(0, total_rows - MAX_ROWS), max(0, widest - MAX_COLS))


def _csv(path: Path) -> Extract:
    raw = path.read_bytes()
    for encoding in _ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = []
    total, widest = 0, 0
    for row in csv.reader(io.StringIO(text), dialect):
        total += 1
        widest = max(widest, len(row))
        if len(rows) < MAX_ROWS:
            rows.append(list(row))
    return _cut(rows, total, widest)


def _xlsx(path: Path) -> Extract:
    from openpyxl import load_workbook

    # data_only: the values Excel cached when it saved (formulas are not recalculated here).
    # A file object: evidence is stored under its hash, and openpyxl refuses names without .xlsx
    with path.open("rb") as fh:
        return _xlsx_rows(load_workbook(fh, read_only=True, data_only=True))


def _xlsx_rows(book: Workbook) -> Extract:
    try:
        sheet = book.worksheets[0]
        rows: list[list[object]] = []
        last, widest = 0, 0  # sheets often carry formatted but empty rows at the end
        for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
            values: list[object] = list(row)
            while values and values[-1] is None:
                values.pop()
            if values:
                last = number
            widest = max(widest, len(values))
            if len(rows) < MAX_ROWS:
                rows.append(values)
        return _cut(rows, last, widest)
    finally:
        book.close()


def extract(path: Path, kind: str | None) -> Extract:
    """The table of a CSV or XLSX file; raises on a damaged file (the annex lists the reason)."""
    if kind == "xlsx":
        return _xlsx(path)
    return _csv(path)
