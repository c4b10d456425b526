"""App start: Qt application, Sarabun, translator, remembered language, store, home window."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from ecoassess import paths
from ecoassess.i18n import system_language
from ecoassess_app.ui import folders, fonts, wheelguard
from ecoassess_app.ui.i18n import LanguageManager
from ecoassess_app.ui.prefs import Prefs

if TYPE_CHECKING:
    from ecoassess.model import Assessment
    from ecoassess_app.ui.estate import EstateWindow
    from ecoassess_app.ui.home import HomeWindow

APP_DISPLAY_NAME = "ecoassess"


def default_language() -> str:
    """The first-start language: Thai when Windows (or the desktop) shows Thai, or its regional
    format or LANG is Thai; English otherwise. The user's choice is remembered after that."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    names = [*system.uiLanguages()[:1], system.name()]
    if any(name.lower().startswith("th") for name in names):
        return "th"
    return system_language()


class AppContext(QObject):
    """What every window shares: data folder, store, scheme, language and presentation mode."""

    presentation_changed = Signal(bool)
    home: HomeWindow  # set once the home window exists (run_app)
    estate_window: EstateWindow  # the one estate window, once opened

    def __init__(self, app: QApplication, data_dir: Path, lang: str | None = None,
                 presentation: bool | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.prefs = Prefs(data_dir)
        folders.use_prefs(self.prefs)  # file dialogs reopen where the user last saved or opened
        wheelguard.install(app)  # the wheel scrolls pages; it changes only a focused field
        fonts.load_fonts()
        self.presentation = self.prefs.presentation() if presentation is None else presentation
        fonts.apply_app_font(app, self.presentation)
        self.languages = LanguageManager(lang or self.prefs.language(default_language()), self)
        self._store: Any = None
        self._store_lock = threading.Lock()
        self.files_to_import: list[Path] = []  # given on the command line, imported after paint
        self.windows: dict[str, Any] = {}
        self._build_actions()

    # --- services ----------------------------------------------------------------------
    @property
    def store(self) -> Any:
        # The home window opens the store on a pool thread after its first paint; a window that
        # needs it sooner waits here for that opening instead of starting a second one.
        with self._store_lock:
            if self._store is None:
                from ecoassess.storage import open_store

                self._store = open_store(self.data_dir)
            return self._store

    @property
    def scheme(self) -> Any:
        """The newest valid scheme (shipped or imported): new and next-year assessments use it."""
        from ecoassess.scheme import latest_scheme

        return latest_scheme(self.data_dir)

    def scheme_for(self, assessment: Assessment) -> Any:
        """The scheme an assessment is scored and shown on (the core's one answer)."""
        from ecoassess.scheme import scheme_for_assessment

        return scheme_for_assessment(assessment, self.data_dir)

    def first_painted(self) -> None:
        """The home window is on screen: start what could wait for it (the log file, and the
        Thai word list where Qt cannot break Thai)."""
        from ecoassess_app.ui import crash
        from ecoassess_app.ui.thaiwrap import keep_clipboard_plain, warm_up

        crash.ensure_log()
        warm_up()
        keep_clipboard_plain(self.app)
        files, self.files_to_import = self.files_to_import, []
        if files:
            self.home.portable.controller.import_files(files)  # as if dropped on the window

    def close_windows(self) -> bool:
        """Close every wizard; False when one stays open (the user kept its unsaved changes)."""
        for window in list(self.windows.values()):
            window.close()
        return not self.windows

    def close(self) -> None:
        """The end of the app (or of a restore): windows, then running tasks, then the store."""
        from ecoassess_app.ui.workers import wait_for_all_tasks

        self.close_windows()
        self.windows.clear()
        wait_for_all_tasks()  # an import or a backup must not lose its store mid-way
        folders.use_prefs(None)
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- language and presentation -------------------------------------------------------
    @property
    def language(self) -> str:
        return self.languages.language

    def set_language(self, lang: str) -> None:
        self.languages.set_language(lang)
        self.prefs.set_language(lang)
        for action in self.language_group.actions():
            action.setChecked(action.data() == lang)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.prefs.set_presentation(on)
        fonts.apply_app_font(self.app, on)
        fonts.refresh_emphasis()
        self.presentation_action.setChecked(on)
        self.presentation_changed.emit(on)

    def _build_actions(self) -> None:
        self.language_group = QActionGroup(self)
        self.thai_action = QAction("ภาษาไทย", self, checkable=True)
        self.thai_action.setData("th")
        self.english_action = QAction("English", self, checkable=True)
        self.english_action.setData("en")
        for action in (self.thai_action, self.english_action):
            self.language_group.addAction(action)
            action.setChecked(action.data() == self.language)
            action.triggered.connect(lambda _=False, a=action: self.set_language(a.data()))
        self.presentation_action = QAction(self, checkable=True)
        self.presentation_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.presentation_action.setChecked(self.presentation)
        self.presentation_action.toggled.connect(self.set_presentation)
        self.languages.language_changed.connect(self._retranslate_actions)
        self._retranslate_actions()

    def _retranslate_actions(self, _lang: str = "") -> None:
        self.presentation_action.setText(self.tr("&Presentation mode (larger text)"))

    def shared_actions(self) -> list[QAction]:
        return [self.thai_action, self.english_action, self.presentation_action]

    # --- windows -------------------------------------------------------------------------
    def open_wizard(self, assessment_id: str) -> Any:
        """Open (or raise) the wizard of one assessment, at the page where the user left off."""
        from ecoassess_app.ui.services import AssessmentSession
        from ecoassess_app.ui.wizard import WizardWindow

        window = self.windows.get(assessment_id)
        if window is None:
            from ecoassess.errors import EcoAssessError

            try:
                scheme = self.scheme_for(self.store.get_assessment(assessment_id))
                session = AssessmentSession(self.store, assessment_id, scheme)
                session.result()  # score before building any widget: a bad answer stops here
            except EcoAssessError as error:  # e.g. an answer the scheme cannot read: say which
                from ecoassess_app.ui import dialogs
                from ecoassess_app.ui.errors import error_text

                dialogs.warn(getattr(self, "home", None), self.tr("Cannot open the assessment"),
                             error_text(error))
                return None
            window = WizardWindow(session, self)
            home = getattr(self, "home", None)
            if home is not None:  # its row follows the wizard's saves
                home.watch(session)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.closed.connect(self._wizard_closed)
            self.windows[assessment_id] = window
            window.start()
        window.show()
        window.raise_()
        return window

    def _wizard_closed(self, assessment_id: str) -> None:
        self.windows.pop(assessment_id, None)
        home = getattr(self, "home", None)
        if home is not None:
            home.reload()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ecoassess", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--ui-lang", choices=("th", "en"))
    parser.add_argument("--presentation", action="store_true", default=None)
    args, unknown = parser.parse_known_args(argv)
    # Files dropped on the program's icon or opened with it: imported once the window shows.
    args.files = [Path(a) for a in unknown if a.lower().endswith(".ecoassess")]
    return args


def install_crash_handler(data_dir: Path, *, defer_log: bool = False) -> None:
    """The crash dialog and log (ui/crash.py); the log may open after the first paint."""
    from ecoassess_app.ui import crash

    crash.install(data_dir, defer_log=defer_log)


def create_context(app: QApplication, argv: list[str], *, defer_log: bool = False) -> AppContext:
    args = parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    install_crash_handler(data_dir, defer_log=defer_log)
    context = AppContext(app, data_dir, args.ui_lang, args.presentation)
    context.files_to_import = args.files
    return context


# The GUI thread shares one interpreter lock with the pool's jobs (the home list's readiness pass,
# imports, exports). Python hands the lock over every 5 ms by default, and a paint that calls into
# the Python model for every visible cell waited up to that long at each call: the filled list's
# first paint was the start-up's longest stall (60–90 ms at 1000 assessments; 21–29 ms with the
# pass switched off). Handing it over every 0.2 ms keeps that stall near 40 ms, and the pass's
# own time is not measurably longer (bench/bench_startup.py).
GUI_SWITCH_INTERVAL = 0.0002


def run_app(argv: list[str]) -> int:
    """Start the desktop app with the global options (--data-dir, --ui-lang, --presentation)."""
    if QApplication.instance() is None:
        # Crisp text at 125 % / 150 % Windows scaling instead of rounding to whole factors.
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0], *argv]))
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app.setApplicationName(APP_DISPLAY_NAME)
    app.setOrganizationName("ecoassess")
    from ecoassess.errors import EcoAssessError

    try:
        context = create_context(app, argv, defer_log=True)
    except EcoAssessError as error:  # no data folder to use (an empty --data-dir, no home folder)
        from PySide6.QtWidgets import QMessageBox

        from ecoassess.cli import argv_language

        lang = argv_language(argv)
        QMessageBox.critical(None, APP_DISPLAY_NAME, error.message(lang if lang in ("th", "en") else "en"))
        return 1
    from ecoassess_app.ui.home import HomeWindow

    home = HomeWindow(context)
    context.home = home
    home.show()
    home.load_later()
    try:
        return app.exec()
    finally:
        home.close()
        context.close()
        context.languages.uninstall()
