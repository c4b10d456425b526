"""The home window's commands on the list: new, open, next year, history, delete, backup, restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

from ecoassess_app.ui import dialogs
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.home_dialogs import NewAssessment, NewAssessmentDialog, NextYearDialog
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.workers import run_task

if TYPE_CHECKING:
    from ecoassess_app.ui.home_model import HomeModel
    from ecoassess_app.ui.home_readiness import ReadinessPass


class HomeCommands(QMainWindow):
    """The commands of HomeWindow (its base class): each asks through `ask`, `ask_new` or
    `ask_year` (replaceable in tests), calls the store and reloads the list."""

    # Made by HomeWindow (annotations only: lupdate reads no `if` in a class body).
    context: Any
    model: HomeModel
    readiness_pass: ReadinessPass
    ask: Callable[[Any], bool]
    ask_new: Callable[[int], NewAssessment | None]
    ask_year: Callable[[str, int], int | None]
    reload: Callable[[], None]
    selected_id: Callable[[], str | None]
    year_text: Callable[[Any], str]

    def new_assessment(self) -> Any:
        """Asks for the factory's name and the year first: no unnamed rows pile up."""
        from ecoassess import model
        from ecoassess.asof import as_of_date

        answer = self.ask_new(as_of_date().year)
        if answer is None:
            return None
        scheme = self.context.scheme
        try:
            new_id = self.context.store.create_assessment(
                model.FactoryProfile(name_th=answer.name_th, name_en=answer.name_en),
                scheme_id=scheme.id, scheme_version=scheme.version, assessment_year=answer.year)
        except Exception as error:
            dialogs.warn(self, self.tr("Could not create the assessment"), error_text(error))
            return None
        self.reload()
        return self.context.open_wizard(new_id)

    def _ask_new(self, year: int) -> NewAssessment | None:
        dialog = NewAssessmentDialog(year, self)
        return dialog.answer() if dialog.exec() == NewAssessmentDialog.DialogCode.Accepted else None

    def _ask_year(self, factory: str, source_year: int) -> int | None:
        dialog = NextYearDialog(factory, source_year, self)
        return dialog.year() if dialog.exec() == NextYearDialog.DialogCode.Accepted else None

    def summary(self, assessment_id: str) -> Any:
        return self.model.find(assessment_id)

    def display_name(self, summary: Any) -> str:
        """The factory and its year, as the list shows them ("… · 2569")."""
        lang = current_language()
        name = (summary.factory_th if lang == "th" else summary.factory_en) or summary.factory_th \
            or summary.factory_en or self.tr("(factory not named yet)")
        return self.tr("%1, year %2").replace("%1", name).replace("%2", self.year_text(summary))

    def open_selected(self) -> Any:
        assessment_id = self.selected_id()
        return self.context.open_wizard(assessment_id) if assessment_id else None

    def next_year(self) -> Any:
        """Asks for the new year (the year after by default), then copies forward."""
        source = self.selected_id()
        summary = self.summary(source) if source else None
        if summary is None:
            return None
        lang = current_language()
        name = (summary.factory_th if lang == "th" else summary.factory_en) or summary.factory_th \
            or summary.factory_en or self.tr("(factory not named yet)")
        year = self.ask_year(name, summary.assessment_year)
        if year is None:
            return None
        window = self.context.windows.get(source)
        if window is not None:
            window.session.flush()  # the copy takes what is typed in the open window too
        try:
            new_id = self.context.store.copy_forward(source, scheme_version=self.context.scheme.version,
                                                     year=year)
        except Exception as error:
            dialogs.warn(self, self.tr("Could not copy"), error_text(error))
            return None
        self.reload()
        return self.context.open_wizard(new_id)

    def show_history(self) -> Any:
        from types import SimpleNamespace

        from ecoassess_app.ui.history import HistoryDialog

        assessment_id = self.selected_id()
        if not assessment_id:
            return None
        window = self.context.windows.get(assessment_id)
        if window is not None:  # open in a wizard: a restore goes through its session
            window.session.flush()
            dialog = HistoryDialog(window.session, self)
            dialog.restored.connect(lambda _item: window.refresh_pages())
        else:
            scheme = self.context.scheme_for(self.context.store.get_assessment(assessment_id))
            dialog = HistoryDialog(SimpleNamespace(store=self.context.store, id=assessment_id, scheme=scheme,
                                                   flush=lambda: True, reload=lambda: None), self)
        dialog.restored.connect(lambda _item: self.reload())
        dialog.open()
        return dialog

    def delete_question(self, summary: Any) -> dialogs.Confirm:
        """"Delete <factory>, year 2569?" with ลบ / ยกเลิก, ยกเลิก the default."""
        return dialogs.Confirm(
            self, self.tr("Delete an assessment"),
            self.tr("Delete the assessment of %1?").replace("%1", self.display_name(summary)),
            self.tr("Its answers, evidence links, actions and history go. A backup copy of all the "
                    "data is kept first, so it can be restored."),
            self.tr("Delete"))

    def close_question(self, summary: Any) -> dialogs.Question:
        return dialogs.Question(
            self, self.tr("Delete an assessment"),
            self.tr("%1 is open in its window. Close the window first?").replace("%1", self.display_name(summary)),
            self.tr("Close the window"), self.tr("Cancel"),
            self.tr("Everything typed in it is saved before it closes."))

    def delete_selected(self) -> bool:
        assessment_id = self.selected_id()
        summary = self.summary(assessment_id) if assessment_id else None
        if summary is None:
            return False
        window = self.context.windows.get(assessment_id)
        if window is not None:  # an open assessment: close its window properly first
            window.raise_()
            if not self.ask(self.close_question(summary)):
                return False
            window.close()
            if self.context.windows.get(assessment_id) is not None:
                return False  # the window stayed open (its own question was declined)
        if not self.ask(self.delete_question(summary)):
            return False
        try:
            backup = self.context.store.delete_assessment(assessment_id)
        except Exception as error:
            dialogs.warn(self, self.tr("Could not delete"), error_text(error))
            return False
        self.statusBar().showMessage(self.tr("Deleted. Backup: %1").replace("%1", str(backup)), 10000)
        self.reload()
        return True

    def _exec_box(self, box: Any) -> bool:
        box.exec()
        return box.confirmed() if isinstance(box, dialogs.Confirm) else box.answered_yes()

    def backup(self) -> Any:
        store = self.context.store
        return run_task(self, self.tr("Backing up…"), lambda progress: store.backup(), self._backup_done)

    def _backup_done(self, ok: bool, payload: Any) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("Backup written: %1").replace("%1", str(payload)), 15000)
        else:
            dialogs.warn(self, self.tr("Backup failed"), error_text(payload))

    def restore(self) -> None:
        start = str(self.context.data_dir / "backups")
        name = dialogs.open_file(self, self.tr("Restore a backup"), start, self.tr("Backups (*.sqlite3 *.ecoassess-backup)"))
        if not name:
            return
        box = dialogs.Confirm(
            self, self.tr("Restore a backup"),
            self.tr("Replace all the data on this computer with the backup %1?").replace("%1", Path(name).name),
            self.tr("Every assessment changes to what the backup holds; open windows close. A copy "
                    "of the current data is kept."), self.tr("Replace"))
        if self.ask(box):
            self.restore_from(Path(name))

    def restore_from(self, source: Path) -> None:
        from ecoassess.storage import restore_database

        if not self.context.close_windows():  # a window kept its unsaved changes: no restore
            return
        self.context.close()
        try:
            restore_database(self.context.data_dir, source)
        except Exception as error:
            dialogs.warn(self, self.tr("Restore failed"), error_text(error))
        self.readiness_pass.forget()  # other rows, perhaps with the same ids and times
        self.reload()

    def open_estate_view(self) -> Any:
        from ecoassess_app.ui.estate import open_estate_window

        return open_estate_window(self.context, None)
