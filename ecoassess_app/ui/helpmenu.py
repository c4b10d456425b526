"""The Help menu: the user guide, diagnostics for offline support, About with the licences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ecoassess import __version__
from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language, pick

if TYPE_CHECKING:
    from ecoassess_app.ui.app import AppContext


def guide_file(lang: str) -> Path:
    """The officers' guide in the UI language (ecoassess/resources/guide/guide-th|en.md)."""
    from ecoassess.paths import resources_dir

    return resources_dir() / "guide" / f"guide-{'th' if lang == 'th' else 'en'}.md"


def notices_text() -> str:
    """The notices the build wrote (frozen app), else made now from the installed packages."""
    from ecoassess import licences

    shipped = licences.shipped_notices()
    if shipped is not None:
        return shipped.read_text(encoding="utf-8", errors="replace")
    return licences.notices_text()


class TextViewer(QDialog):
    """A read-only document (Markdown or plain text) with a Close button."""

    def __init__(self, parent: QWidget | None, title: str, text: str, markdown: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if markdown:
            from ecoassess_app.ui.thaiwrap import breakable

            self.browser: QTextBrowser | QPlainTextEdit = QTextBrowser(self)
            self.browser.setOpenExternalLinks(True)
            self.browser.setMarkdown(breakable(text))  # Thai wraps between words on Windows too
        else:  # the notices run to a megabyte: a plain editor shows that at once
            self.browser = QPlainTextEdit(self)
            self.browser.setReadOnly(True)
            self.browser.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.browser.setPlainText(text)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 720)


class AboutDialog(QDialog):
    """Version, scheme and data folder, with the licence notices one click away."""

    def __init__(self, parent: QWidget, text: str, open_notices: Callable[[], Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ecoassess"))
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.notices_button = QPushButton(self.tr("&Licences…"), self)
        buttons.addButton(self.notices_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.notices_button.clicked.connect(open_notices)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 360)


class HelpMenu(QObject):
    """Fills the home window's Help menu. `choose_save` and `show_error` are replaceable (tests)."""

    def __init__(self, window: QMainWindow, menu: QMenu, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.actions: dict[str, QAction] = {}
        for name, slot, keys in (("guide", self.show_guide, QKeySequence.StandardKey.HelpContents),
                                 ("diagnostics", self.save_diagnostics, None),
                                 ("about", self.about, None)):
            action = QAction(window)
            action.triggered.connect(slot)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            if name == "about":
                menu.addSeparator()
            menu.addAction(action)
            self.actions[name] = action
        self.choose_save: Callable[[str], Path | None] = self._save_dialog
        self.show_error: Callable[[str, str], None] = \
            lambda title, text: dialogs.warn(window, title, text)
        self.dialogs: list[QDialog] = []

    def retranslate(self) -> None:
        self.actions["guide"].setText(self.tr("User &guide"))
        self.actions["diagnostics"].setText(self.tr("Save &diagnostics for support…"))
        self.actions["about"].setText(self.tr("&About"))

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- guide and notices -------------------------------------------------------------
    def show_guide(self) -> QDialog:
        path = guide_file(current_language())
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            text = self.tr("The user guide is missing from this installation (%1).").replace(
                "%1", f"{path}: {error.strerror or error}")
        return self._show(TextViewer(self.window, self.tr("User guide"), text, markdown=True))

    def show_notices(self) -> QDialog:
        return self._show(TextViewer(self.window, self.tr("Licences and third-party notices"),
                                     notices_text(), markdown=False))

    def about_text(self) -> str:
        scheme = self.context.scheme
        return "\n\n".join([
            self.tr("ecoassess %1: Eco Factory readiness self-assessment").replace("%1", __version__),
            self.tr("Scheme: %1, version %2").replace("%1", pick(scheme.title)).replace("%2", scheme.version),
            self.tr("Data folder: %1").replace("%1", str(self.context.data_dir)),
            self.tr("The scheme's wording is ours, not the official FTI text; criteria whose indicators "
                    "are not public are drafted and marked as draft on every page and in the dossier."),
            self.tr("ecoassess is free software under the MIT licence. It is built on Qt (LGPL-3.0) "
                    "and other open-source components, and uses the Sarabun font (SIL OFL 1.1); "
                    "Licences… lists them all."),
        ])

    def about(self) -> QDialog:
        return self._show(AboutDialog(self.window, self.about_text(), self.show_notices))

    # --- diagnostics -------------------------------------------------------------------
    def diagnostics_text(self) -> str:
        from ecoassess import diagnostics, logsetup

        # The log opens after the first paint; before that, the file of the last run, if any.
        last = logsetup.current_log_file() or \
            logsetup.log_folder(self.context.data_dir) / logsetup.LOG_FILE_NAME
        log_file = last if last.is_file() else None
        try:
            scheme = self.context.scheme
            scheme_text = f"{scheme.id} {scheme.version}"
        except Exception as error:  # a broken scheme file is exactly what support needs to see
            scheme_text = f"(cannot load: {error})"
        return diagnostics.report(self.context.data_dir, log_file=log_file, scheme=scheme_text,
                                  extra=self.qt_rows())

    def qt_rows(self) -> list[tuple[str, str]]:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        from ecoassess_app.ui.thaiwrap import needs_hints

        screen = self.window.screen()
        return [
            ("qt", f"Qt {qVersion()}, PySide6 {pyside_version}, platform {QGuiApplication.platformName()}"),
            ("screen", f"{screen.size().width()}x{screen.size().height()}, scale "
                       f"{screen.devicePixelRatio():g}" if screen else "(none)"),
            ("ui language", current_language()),
            ("thai line breaks", "zero-width hints (no libthai)" if needs_hints() else "Qt (libthai)"),
            ("app font", self.window.font().family()),
        ]

    def save_diagnostics(self) -> Path | None:
        from ecoassess import diagnostics
        from ecoassess.asof import as_of_date

        target = self.choose_save(f"ecoassess-diagnostics-{as_of_date().isoformat()}.txt")
        if target is None:
            return None
        try:
            # The save dialog already asked before replacing a file: force; the database and
            # the app's own folders are refused all the same.
            written = diagnostics.save(target, self.diagnostics_text(),
                                       data_root=self.context.data_dir, force=True)
        except Exception as error:
            self.show_error(self.tr("Could not save the diagnostics"), error_text(error))
            return None
        self.window.statusBar().showMessage(
            self.tr("Diagnostics saved: %1. Send this file to whoever supports you; it holds no "
                    "answers.").replace("%1", str(written)), 20000)
        return written

    def _save_dialog(self, suggested: str) -> Path | None:
        name, _f = dialogs.save_file(self.window, self.tr("Save diagnostics"),
                                     folders.start_in("diagnostics", suggested),
                                     self.tr("Text files (*.txt)"))
        if not name:
            return None
        folders.remember("diagnostics", name)
        return Path(name)
