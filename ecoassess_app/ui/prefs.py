"""User-interface preferences kept in the data folder (language, presentation mode, geometry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FILE_NAME = "ui-settings.ini"


class Prefs:
    """A small typed front for an INI file beside the database, so tests stay isolated."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(data_dir / FILE_NAME), QSettings.Format.IniFormat)

    def language(self, default: str) -> str:
        value = self._settings.value("ui/language", default)
        return value if value in ("th", "en") else default

    def set_language(self, lang: str) -> None:
        self._settings.setValue("ui/language", lang)
        self._settings.sync()

    def presentation(self) -> bool:
        return str(self._settings.value("ui/presentation", "false")).lower() == "true"

    def set_presentation(self, on: bool) -> None:
        self._settings.setValue("ui/presentation", "true" if on else "false")
        self._settings.sync()

    def side_panel(self) -> bool | None:
        """Whether the wizard's page list was left open (None: never chosen)."""
        value = self._settings.value("ui/side_panel")
        return None if value is None else str(value).lower() == "true"

    def set_side_panel(self, on: bool) -> None:
        self._settings.setValue("ui/side_panel", "true" if on else "false")
        self._settings.sync()

    def geometry(self, key: str) -> bytes | None:
        value = self._settings.value(f"geometry/{key}")
        return bytes(value) if value else None

    def set_geometry(self, key: str, value: bytes) -> None:
        self._settings.setValue(f"geometry/{key}", value)

    def folder(self, kind: str) -> str:
        """The folder a file dialog of this kind last used ("" when none)."""
        return str(self._settings.value(f"folders/{kind}", "") or "")

    def set_folder(self, kind: str, folder: str) -> None:
        self._settings.setValue(f"folders/{kind}", folder)
        self._settings.sync()
