"""Portable files in the home window: drop or open .ecoassess files to import, export, File menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QWidget

from ecoassess.package.names import SUFFIX, OnConflict, PackageConflict, default_file_name
from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.workers import run_task

if TYPE_CHECKING:
    from ecoassess.storage.service import Store
    from ecoassess_app.ui.app import AppContext

KEEP_BOTH, REPLACE, CANCEL = "keep_both", "replace", "cancel"


def package_paths(mime: Any) -> list[Path]:
    """The local .ecoassess files among dragged URLs."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(SUFFIX)]


class ConflictDialog(QMessageBox):
    """Keep both, replace, or cancel: asked when the file's assessment is already here. It names
    the assessment (factory and year); the id is behind "Show Details"; Cancel is the default."""

    def __init__(self, parent: QWidget | None, factory: str, assessment_id: str, year: str = "") -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("This assessment is already here"))
        named = self.tr("%1, year %2").replace("%1", factory).replace("%2", year) if year else factory
        self.setText(self.tr("The file holds an assessment that is already on this computer: %1.")
                     .replace("%1", named))
        self.setInformativeText(self.tr("Keep both: the file comes in as a new copy. Replace: the "
                                        "one here is replaced by the file's, answers, evidence and "
                                        "history included (the data is backed up first)."))
        self.setDetailedText(self.tr("Assessment id: %1").replace("%1", assessment_id))
        self.keep_button = self.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        self.replace_button = self.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.keep_button:
            return KEEP_BOTH
        if clicked is self.replace_button:
            return REPLACE
        return CANCEL


def conflict_dialog(parent: QWidget | None, conflict: PackageConflict, store: Store | None = None) -> ConflictDialog:
    from ecoassess.i18n import format_year
    from ecoassess_app.ui.i18n import current_language

    year = ""
    if store is not None:
        try:
            year = format_year(store.get_assessment(conflict.assessment_id).assessment_year, current_language())
        except Exception:  # only a nicer name: the question stands without it
            year = ""
    return ConflictDialog(parent, str(conflict.params.get("factory", "")), conflict.assessment_id, year)


def ask_conflict(parent: QWidget | None, conflict: PackageConflict, store: Store | None = None) -> str:
    dialog = conflict_dialog(parent, conflict, store)
    dialog.exec()
    return dialog.choice()


class PortableController(QObject):
    """Import and export of .ecoassess files for one window; every long step runs off the GUI thread.

    `choose_conflict`, `choose_open`, `choose_save` and `show_error` are replaceable (tests answer
    the dialogs through them). `tasks` keeps the running and finished tasks, newest last.
    """

    def __init__(self, window: QMainWindow, context: AppContext, on_imported: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.on_imported = on_imported
        self.tasks: list[Any] = []
        self.imported: list[str] = []
        self._queue: list[tuple[Path, OnConflict]] = []
        self._busy = False
        self.choose_conflict: Callable[[PackageConflict], str] = \
            lambda c: ask_conflict(window, c, context.store)
        self.choose_open: Callable[[], list[Path]] = self._open_dialog
        self.choose_save: Callable[[str], Path | None] = self._save_dialog
        self.show_error: Callable[[str, str], None] = \
            lambda title, text: dialogs.warn(window, title, text)
        self.show_notice: Callable[[str, str], None] = \
            lambda title, text: dialogs.inform(window, title, text)

    # --- import --------------------------------------------------------------------------
    def import_files(self, paths: list[Path]) -> None:
        """Queue files for import; they go in one after another (one question at a time)."""
        self._queue.extend((Path(p), OnConflict.ASK) for p in paths)
        self._next()

    def import_file(self, path: Path, policy: OnConflict = OnConflict.ASK) -> None:
        self._queue.insert(0, (Path(path), policy))
        self._next()

    def idle(self) -> bool:
        return not self._busy and not self._queue

    def _next(self) -> None:
        from ecoassess.package import unpack_package

        if self._busy or not self._queue:
            return
        path, policy = self._queue.pop(0)
        store = self.context.store

        def job(progress: Any) -> Any:
            return unpack_package(store, path, policy,
                                  progress=lambda done, total: progress(100 * done // max(total, 1)))

        self._busy = True
        task = run_task(self.window, self.tr("Importing %1…").replace("%1", path.name), job,
                        lambda ok, payload: self._imported(path, ok, payload))
        self.tasks.append(task)

    def _imported(self, path: Path, ok: bool, payload: Any) -> None:
        self._busy = False
        try:
            self._report(path, ok, payload)
        finally:
            self._next()

    def _report(self, path: Path, ok: bool, payload: Any) -> None:
        if ok:
            self.imported.append(payload.assessment_id)
            self._status(self.tr("Imported %1").replace("%1", payload.factory_th or path.name))
            self.on_imported()
            if payload.notices:  # what the import changed (a G2 route moved onto the profile)
                self.show_notice(self.tr("Imported %1").replace("%1", payload.factory_th or path.name),
                                 "\n".join(f"• {pick(n)}" for n in payload.notices))
            return
        if isinstance(payload, PackageConflict):
            choice = self.choose_conflict(payload)
            if choice in (KEEP_BOTH, REPLACE):
                self._queue.insert(0, (path, OnConflict(choice)))
            else:
                self._status(self.tr("Import cancelled; nothing changed"))
            return
        self.show_error(self.tr("Could not import %1").replace("%1", path.name), error_text(payload))

    def import_dialog(self) -> None:
        self.import_files(self.choose_open())

    def _open_dialog(self) -> list[Path]:
        names = dialogs.open_files(self.window, self.tr("Import assessment files"),
                                   folders.start_in("packages"), self.tr("Assessment files (*.ecoassess)"))
        if names:
            folders.remember("packages", names[0])
        return [Path(n) for n in names]

    # --- export --------------------------------------------------------------------------
    def export(self, assessment_id: str | None, *, without_contacts: bool = False) -> Any:
        """Write the assessment to a .ecoassess file; `without_contacts` leaves contact persons
        and the signatory out (personal data under PDPA), e.g. for the estate."""
        from ecoassess.package import pack_assessment

        if not assessment_id:
            return None
        summary = next((s for s in self.context.store.list_assessments() if s.id == assessment_id), None)
        dest = self.choose_save(default_file_name(summary.factory_en if summary else "",
                                                  summary.factory_th if summary else "", assessment_id))
        if dest is None:
            return None
        store = self.context.store
        task = run_task(self.window, self.tr("Writing %1…").replace("%1", dest.name),
                        lambda progress: pack_assessment(
                            store, assessment_id, dest, force=True,  # the dialog asked to replace
                            progress=lambda done, total: progress(100 * done // max(total, 1)),
                            without_contacts=without_contacts),
                        self._exported)
        self.tasks.append(task)
        return task

    def _exported(self, ok: bool, payload: Any) -> None:
        if ok:
            self._status(self.tr("Written: %1").replace("%1", str(payload)))
        else:
            self.show_error(self.tr("Could not write the file"), error_text(payload))

    def _save_dialog(self, suggested: str) -> Path | None:
        name, _f = dialogs.save_file(self.window, self.tr("Export assessment file"),
                                     folders.start_in("packages", suggested),
                                     self.tr("Assessment files (*.ecoassess)"))
        if not name:
            return None
        folders.remember("packages", name)
        path = Path(name)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)


class DropImport(QObject):
    """Event filter on a window: accept dragged .ecoassess files and import them on drop."""

    def __init__(self, window: QWidget, controller: PortableController) -> None:
        super().__init__(window)
        self.controller = controller
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDropEvent):
            if package_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = package_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.controller.import_files(paths)
                return True
        return False


class HomeExtras(QObject):
    """What this module adds to the home window: drop import and File-menu actions for import,
    export, spreadsheet, comparison and workshop mode."""

    def __init__(self, home: Any) -> None:
        super().__init__(home)
        self.home = home
        self.controller = PortableController(home, home.context, home.reload)
        self.drop = DropImport(home, self.controller)
        self.windows: list[QWidget] = []
        self.show_message: Callable[[str, str], None] = \
            lambda title, text: dialogs.inform(home, title, text)
        self.choose_sheet: Callable[[str], Path | None] = self._sheet_dialog
        self.actions: dict[str, QAction] = {}
        anchor = home.actions.get("backup")
        for name, slot in (("import", self.controller.import_dialog),
                           ("export", lambda: self.controller.export(home.selected_id())),
                           ("export_lean", lambda: self.controller.export(home.selected_id(),
                                                                         without_contacts=True)),
                           ("spreadsheet", self.export_spreadsheet),
                           ("compare", self.compare_selected), ("workshop", self.open_workshop)):
            action = QAction(home)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.actions[name] = action
            home.file_menu.insertAction(anchor, action)
        home.file_menu.insertSeparator(anchor)
        self.export_button = self._add_home_button(home)
        home.needs_a_row += [self.export_button, *(self.actions[name] for name in
                                                   ("export", "export_lean", "spreadsheet", "compare"))]
        home.installEventFilter(self)
        self.retranslate()

    def _add_home_button(self, home: Any) -> QPushButton:
        """An export button in the home window's row of buttons (after Delete)."""
        button = QPushButton(home)
        button.clicked.connect(lambda: self.controller.export(home.selected_id()))
        delete = home.buttons.get("delete")
        row = _layout_holding(home.centralWidget().layout(), delete) if delete is not None else None
        if row is not None:
            row.insertWidget(row.indexOf(delete) + 1, button)
        return button

    def retranslate(self) -> None:
        texts = {"import": self.tr("&Import assessment file…"),
                 "export": self.tr("&Export as assessment file…"),
                 "export_lean": self.tr("Export for the estate (without contact details)…"),
                 "spreadsheet": self.tr("Export &spreadsheet (CSV/XLSX)…"),
                 "compare": self.tr("&Compare with the earlier assessment…"),
                 "workshop": self.tr("&Workshop mode (class overview)…")}
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.actions["export_lean"].setToolTip(self.tr(
            "The same file without contact persons and the signatory (personal data under PDPA)"))
        self.export_button.setText(self.tr("Export file…"))
        self.export_button.setToolTip(self.tr("Write the selected assessment, with its evidence, "
                                              "to one .ecoassess file to hand over or move"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_workshop(self) -> QWidget:
        from ecoassess_app.ui.workshop import WorkshopWindow

        window = WorkshopWindow(self.home.context, self.home, on_changed=self.home.reload)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.show()
        self.windows.append(window)
        return window

    def compare_selected(self) -> QWidget | None:
        from ecoassess_app.ui.compare import open_comparison

        assessment_id = self.home.selected_id()
        if not assessment_id:
            return None
        try:
            dialog = open_comparison(self.home, self.home.context.store, assessment_id)
        except Exception as error:
            self.show_message(self.tr("Comparison"), error_text(error))
            return None
        if dialog is None:
            self.show_message(self.tr("Comparison"), self.tr(
                "There is no earlier assessment of this factory to compare with. Use “New for next "
                "year” to carry an assessment forward."))
            return None
        self.windows.append(dialog)
        return dialog

    def export_spreadsheet(self) -> Path | None:
        from ecoassess.spreadsheet import export_assessments
        from ecoassess_app.ui.i18n import current_language

        assessment_id = self.home.selected_id()
        if not assessment_id:
            return None
        dest = self.choose_sheet(f"assessment-{assessment_id[:8]}.xlsx")
        if dest is None:
            return None
        try:
            path = export_assessments(self.home.context.store, [assessment_id], dest,
                                      current_language(), force=True)  # the dialog asked to replace
        except Exception as error:
            self.show_message(self.tr("Spreadsheet"), error_text(error))
            return None
        self.home.statusBar().showMessage(self.tr("Written: %1").replace("%1", str(path)), 15000)
        return path

    def _sheet_dialog(self, suggested: str) -> Path | None:
        name, chosen = dialogs.save_file(
            self.home, self.tr("Export spreadsheet"), folders.start_in("sheets", suggested),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not name:
            return None
        folders.remember("sheets", name)
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        return path


def _layout_holding(layout: Any, widget: QWidget) -> Any:
    """The (nested) layout that directly holds `widget`, or None."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None


def install_portable(home: Any) -> HomeExtras:
    """Wire drop import and the File-menu actions of this module into the home window."""
    return HomeExtras(home)
