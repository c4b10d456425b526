"""Qt Linguist translations: compile the .ts sources when needed and switch at run time."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

LANGS = ("th", "en")
PREFIX = "ecoassess_"


def translations_dir() -> Path:
    """ecoassess_app/translations: the .ts sources and their .qm (frozen: the .qm only)."""
    return Path(__file__).resolve().parent.parent / "translations"


def lrelease_tool() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lrelease"


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Run lrelease for every .ts whose .qm is missing or older; returns the .qm files."""
    folder = folder or translations_dir()
    outputs: list[Path] = []
    for ts in sorted(folder.glob(f"{PREFIX}*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = lrelease_tool()
            if tool.exists():
                import subprocess  # only in a source checkout with stale translations

                subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=False)
        if qm.exists():
            outputs.append(qm)
    return outputs


class LanguageManager(QObject):
    """Owns the installed QTranslator; installing one sends LanguageChange to every widget."""

    language_changed = Signal(str)

    def __init__(self, lang: str = "th", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._lang = ""
        compile_translations()
        self.set_language(lang)

    @property
    def language(self) -> str:
        return self._lang

    def uninstall(self) -> None:
        if self._translator is not None:
            app = QCoreApplication.instance()
            assert app is not None  # translators live as long as the application
            app.removeTranslator(self._translator)
            self._translator = None

    def set_language(self, lang: str) -> None:
        if lang not in LANGS or lang == self._lang:
            return
        app = QCoreApplication.instance()
        assert app is not None  # translators live as long as the application
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self)
        if translator.load(str(translations_dir() / f"{PREFIX}{lang}.qm")):
            app.installTranslator(translator)
            self._translator = translator
        self._lang = lang
        _remember(lang)
        # installTranslator only posts LanguageChange: deliver it now, so the switch is immediate.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(lang)
        if self._translator is None:
            # No translator means no automatic LanguageChange event: send one ourselves.
            from PySide6.QtCore import QEvent
            from PySide6.QtWidgets import QApplication

            for widget in QApplication.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


_current = {"lang": "th"}


def current_language() -> str:
    """The language the UI shows now ("th" or "en"), for bilingual scheme text."""
    return _current["lang"]


def _remember(lang: str) -> None:
    _current["lang"] = lang


def pick(text: object) -> str:
    """One language out of a bilingual {"th","en"} mapping or object, in the UI language."""
    from ecoassess.i18n import label

    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return label(text, current_language())
