"""Diagnostics for offline support: versions, paths and the log tail in one text file."""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterable
from pathlib import Path

from ecoassess import __version__, fileio

HEADER = "ecoassess diagnostics"  # the first line: fileio recognises a file it may replace
LOG_TAIL_BYTES = 64_000
_PACKAGES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "reportlab", "uharfbuzz", "pythainlp",
             "babel", "pydantic", "pypdfium2", "pypdf", "openpyxl", "platformdirs")


def _versions() -> list[tuple[str, str]]:
    from importlib import metadata

    rows = []
    for name in _PACKAGES:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:  # the frozen app carries no package metadata
            rows.append((name, _module_version(name)))
    return rows


def _module_version(name: str) -> str:
    module = {"PySide6-Essentials": "PySide6", "pypdfium2": "pypdfium2"}.get(name, name.lower())
    try:
        found = __import__(module)
    except ImportError:
        return "not installed"
    version = getattr(found, "__version__", None) or getattr(found, "VERSION", None)
    return str(version) if version else "bundled"


def _size(path: Path) -> str:
    try:
        return f"{path.stat().st_size:,} bytes"
    except OSError:
        return "missing"


def log_tail(log_file: Path | None, limit: int = LOG_TAIL_BYTES) -> str:
    """The end of the log (whole lines), or why there is none."""
    if log_file is None:
        return "(no log file: logging is off)"
    try:
        with log_file.open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - limit))
            data = fh.read()
    except OSError as exc:
        return f"(the log {log_file} cannot be read: {exc.strerror or exc})"
    text = data.decode("utf-8", "replace")
    if size > limit and "\n" in text:
        text = text.split("\n", 1)[1]  # start at a whole line
    return text or "(the log is empty)"


def report(data_dir: Path, *, log_file: Path | None = None, scheme: str = "",
           extra: Iterable[tuple[str, str]] = (), now: str = "") -> str:
    """The diagnostics text. Names no factory and no answer: only the program and its folders."""
    from ecoassess import paths
    from ecoassess.asof import as_of_datetime

    layout = paths.DataLayout(data_dir)
    frozen = bool(getattr(sys, "frozen", False))
    rows = [
        ("written", now or as_of_datetime().isoformat(timespec="seconds")),
        ("ecoassess", __version__),
        ("scheme", scheme or "(not loaded)"),
        ("python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("system", f"{platform.platform()} ({platform.machine()})"),
        ("frozen app", f"yes, {paths.executable_dir()}" if frozen else "no (Python install)"),
        ("data folder", str(data_dir)),
        ("database", f"{layout.database} ({_size(layout.database)})"),
        ("backups", f"{layout.backups} ({_count(layout.backups)} files)"),
        ("evidence", f"{layout.evidence} ({_count(layout.evidence, '*/*')} files)"),
        ("log file", str(log_file) if log_file else "(none)"),
        *extra,
        *[(f"package {name}", version) for name, version in _versions()],
    ]
    width = max(len(key) for key, _v in rows)
    lines = [HEADER, ""] + [f"{key.ljust(width)}  {value}" for key, value in rows]
    lines += ["", f"--- the end of the log ({LOG_TAIL_BYTES // 1000} kB at most) ---",
              log_tail(log_file).rstrip(), ""]
    return "\n".join(lines)


def _count(folder: Path, pattern: str = "*") -> int:
    try:
        return sum(1 for p in folder.glob(pattern) if p.is_file())
    except OSError:
        return 0


def save(path: str | Path, text: str, *, data_root: Path, force: bool = False) -> Path:
    """Write the report (UTF-8 with BOM, for Notepad): checked first, then one atomic write."""
    target = fileio.check_output(path, kind="diagnostics", data_root=data_root, force=force)
    return fileio.atomic_write(target, fileio.CSV_BOM + text.encode("utf-8"))
