"""Where file dialogs open: the folder last used for that kind of file, else the user's Documents.

The memory lives in the data folder's UI settings (ui/prefs.py), so a portable install writes
nothing outside its own folder. Without an app context (widget tests), dialogs start in Documents
and nothing is remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_prefs: list[Any] = []


def use_prefs(prefs: Any) -> None:
    """Remember folders in these preferences (the app context's; None when it closes)."""
    _prefs[:] = [prefs] if prefs is not None else []


def documents() -> Path:
    """The user's Documents folder (Windows "Documents", XDG on Linux), or home without one."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_in(kind: str, file_name: str = "") -> str:
    """The path a dialog of this kind (evidence, export, import, backup…) should open at."""
    folder = None
    if _prefs:
        remembered = _prefs[0].folder(kind)
        if remembered and Path(remembered).is_dir():
            folder = Path(remembered)
    folder = folder or documents()
    return str(folder / file_name) if file_name else str(folder)


def remember(kind: str, chosen: str | Path) -> None:
    """Keep the folder of a chosen file (or the chosen folder itself) for the next dialog."""
    if not chosen or not _prefs:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if folder.is_dir():
        _prefs[0].set_folder(kind, str(folder))
