"""Home window: the assessments on this machine, the list and its menus (commands: home_commands)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_day, format_number, format_year
from ecoassess.timeutil import local
from ecoassess_app.ui import dialogs
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import emphasise, tinted_box
from ecoassess_app.ui.geometry import clamp_to_screen, fit_to_screen
from ecoassess_app.ui.home_commands import HomeCommands
from ecoassess_app.ui.home_dialogs import NewAssessment
from ecoassess_app.ui.home_model import (  # noqa: F401 - the column numbers, for tests and tools
    COL_EDITED,
    COL_FACTORY,
    COL_READINESS,
    COL_SCHEME,
    COL_STATUS,
    COL_YEAR,
    HomeModel,
)
from ecoassess_app.ui.home_readiness import ReadinessPass
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.model_fit import ModelFit
from ecoassess_app.ui.thaiwrap import WrapLabel, breakable
from ecoassess_app.ui.workers import run_task

if TYPE_CHECKING:  # the model loads with the list, after the first paint
    from ecoassess import model


class HomeWindow(HomeCommands):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summaries: list[model.AssessmentSummary] = []
        self._days: dict[tuple[Any, str], str] = {}
        # Tests replace these to answer the dialogs: `ask(box) -> bool` runs a confirmation,
        # `ask_new(year)` and `ask_year(name, year)` the new-assessment and next-year questions.
        self.ask: Callable[[Any], bool] = self._exec_box
        self.ask_new: Callable[[int], NewAssessment | None] = self._ask_new
        self.ask_year: Callable[[str, int], int | None] = self._ask_year
        self.heading = QLabel(self)
        emphasise(self.heading, 1.4)
        # A model filled once per reload; texts are made for the rows shown, readiness figures
        # arrive from the background pass cell by cell (issue 17: 1000 assessments, no freeze).
        self.model = HomeModel(self.row_texts, breakable, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.fit = ModelFit(self.table, COL_FACTORY, breakable)
        self.table.horizontalHeader().setSortIndicator(COL_EDITED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # a heading click sorts (model.sort), newest first at start
        self.model.layoutChanged.connect(self._resorted)
        self.readiness_pass = ReadinessPass(self, context, self._show_readiness)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.buttons: dict[str, QPushButton] = {}
        # Buttons and actions about the selected assessment, off while the list is empty (the
        # extras add theirs: export, compare…): a click that does nothing looks broken.
        self.needs_a_row: list[QPushButton | QAction] = []
        row = QHBoxLayout()
        for name, slot in (("new", self.new_assessment), ("open", self.open_selected),
                           ("next_year", self.next_year), ("history", self.show_history),
                           ("delete", self.delete_selected)):
            button = QPushButton(self)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
            if name != "new":
                self.needs_a_row.append(button)
        row.addStretch(1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.empty_hint, self.empty_text = _first_run_hint(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setCentralWidget(central)
        self._build_menus()
        from ecoassess_app.ui.portable import (
            install_portable,  # drop import, export, workshop (issue 6)
        )

        self.portable = install_portable(self)
        from ecoassess_app.ui.backup import BackupExtras

        self.backups = BackupExtras(self)  # full backup: menu action and the 30-day reminder
        self.actions["estate"] = QAction(self)  # the estate window loads on first use
        self.actions["estate"].triggered.connect(self.open_estate_view)
        self.file_menu.insertAction(self.actions["backup"], self.actions["estate"])
        self.file_menu.insertSeparator(self.actions["backup"])
        from ecoassess_app.ui.scheme_update import SchemeUpdateExtras

        self.scheme_update = SchemeUpdateExtras(self)  # a newer scheme file (issue 16)
        fit_to_screen(self, 1100, 640)
        saved = context.prefs.geometry("home")
        if saved:
            self.restoreGeometry(saved)
            clamp_to_screen(self)
        self.retranslate()

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # hides QWidget.actions()
        for name, slot, keys in (("new", self.new_assessment, "Ctrl+N"), ("open", self.open_selected, "Ctrl+O"),
                                 ("next_year", self.next_year, ""), ("delete", self.delete_selected, "Del"),
                                 ("backup", self.backup, ""), ("restore", self.restore, ""),
                                 ("quit", self.close, "Ctrl+Q")):
            action = QAction(self)
            action.triggered.connect(slot)
            if keys:
                action.setShortcut(QKeySequence(keys))
            self.actions[name] = action
            if name in ("backup", "quit"):
                self.file_menu.addSeparator()
            self.file_menu.addAction(action)
        self.needs_a_row += [self.actions[name] for name in ("open", "next_year", "delete")]
        self.view_menu = bar.addMenu("")
        for action in self.context.shared_actions():
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        from ecoassess_app.ui.helpmenu import HelpMenu  # guide, diagnostics, About (issue 16)

        self.help = HelpMenu(self, self.help_menu, self.context)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eco Factory readiness"))
        self.heading.setText(self.tr("Assessments on this computer"))
        self.model.set_headers([self.tr("Factory"), self.tr("Year"), self.tr("Scheme version"),
                                self.tr("Last edited"), self.tr("Readiness"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Assessments"))
        texts = {"new": self.tr("&New assessment"), "open": self.tr("&Open"),
                 "next_year": self.tr("New for ne&xt year"), "delete": self.tr("&Delete")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
            self.actions[name].setText(text)
        self.buttons["history"].setText(self.tr("Hi&story…"))
        self.actions["backup"].setText(self.tr("&Back up the data…"))
        self.actions["restore"].setText(self.tr("&Restore a backup…"))
        self.actions["quit"].setText(self.tr("&Quit"))
        self.help.retranslate()
        self.actions["estate"].setText(self.tr("&Estate view (Eco Industrial Town)…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.empty_text.setText(self.tr(
            "No assessment yet. Press “%1” below to start one, or import a file you were given from "
            "the “%2” menu (or drop it on this window). Everything you enter is saved automatically.")
            .replace("%1", plain(self.buttons["new"].text())).replace("%2", plain(self.file_menu.title())))
        self.model.retext()
        self.fit.forget()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- list ----------------------------------------------------------------------------
    def load_later(self) -> None:
        """List after the window has been painted once; readiness figures follow a moment later.

        A zero timer would run before the first paint, leaving a blank window while the
        database layer loads; so the list waits for the first paint event.
        """
        self._load_after_paint = True
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if getattr(self, "_load_after_paint", False):
            self._load_after_paint = False
            QTimer.singleShot(0, self.first_load)
            QTimer.singleShot(0, self.context.first_painted)  # the log, the Thai word list…

    def first_load(self) -> None:
        """The list as a reader sees it at once (sqlite3 alone: no lock, no database layer) and
        its readiness figures; then the data folder opens for writing on a pool thread (lock,
        checks, backup, migration: the window stays responsive, however long a check after a
        crash takes) and the list is read again through the store. A command that needs the
        store sooner opens it there and then (AppContext.store)."""
        data_dir = self.context.data_dir
        run_task(self, self.tr("Opening the data folder…"), lambda _progress: _reader_list(data_dir),
                 lambda ok, early: self._show_early(early if ok else None), quiet=True)

    def _show_early(self, early: list[Any] | None) -> None:
        if early is None:
            self._open_store()
            return
        self.summaries = early
        self.model.set_summaries(early)
        self.fit.reset()
        self._fill()
        # Scoring and opening would share one interpreter lock: the figures first, they are seen.
        self.readiness_pass.finished.connect(self._open_store, Qt.ConnectionType.SingleShotConnection)
        self.readiness_pass.start(early)

    def _open_store(self) -> None:
        context = self.context
        run_task(self, self.tr("Opening the data folder…"), lambda _progress: context.store,
                 lambda _ok, _store: self.reload(), quiet=True)  # a failure: reload says why

    def reload(self) -> None:
        """Read the list again (one query); readiness figures follow from the background pass."""
        try:
            self.summaries = self.context.store.list_assessments()
        except Exception as error:  # a locked or damaged data folder: say so, never crash
            dialogs.fail(self, self.tr("Cannot open the data folder"), error_text(error))
            self.summaries = []
        else:
            notices, self.context.store.notices = self.context.store.notices, []
            for notice in notices:  # e.g. a foreign write-ahead log moved aside at opening
                dialogs.inform(self, self.tr("Data folder"), error_text(notice))
            self.backups.refresh()
        if {s.id: s for s in self.summaries} != {s.id: s for s in self.model.summaries}:
            # (as shown already, in whatever order: the selection and the sizes stay)
            selected = self.selected_id()
            self.model.set_summaries(self.summaries)
            self.fit.reset()
            self._fill(selected)
        self._show_live()
        self.readiness_pass.start(self.summaries)

    @property
    def readiness(self) -> dict[str, float | None]:
        """The figures shown so far, by assessment id."""
        return self.model.percents

    def compute_readiness(self) -> None:
        """Score now, on this thread, what the background pass has not (self-test, screenshots)."""
        self.readiness_pass.score_now(self.summaries)

    def _show_readiness(self, percents: dict[str, float | None]) -> None:
        # An open wizard's own figure (unsaved typing included) stands for its assessment.
        shown = {i: p for i, p in percents.items() if i not in self.context.windows}
        changed = self.model.set_percents(shown)
        if changed:
            self.fit.update(changed)

    def _resorted(self) -> None:
        self.fit.reset()  # rows moved: measure them in their new places
        self.fit.refit()
        self.table.scrollTo(self.table.currentIndex())

    # --- live updates from open wizards --------------------------------------------------
    def watch(self, session: Any) -> None:
        """Follow an open wizard: its row shows the name, time and readiness as it saves."""
        session.saved.connect(lambda _when, s=session: self._live(s))

    def _live(self, session: Any) -> None:
        from dataclasses import replace

        from ecoassess.timeutil import utc_now

        summary = self.model.find(session.id)
        if summary is None:
            return
        a = session.assessment
        self.readiness_pass.forget(session.id)  # scored again from the database once it closes
        updated = replace(summary, factory_th=a.profile.name_th, factory_en=a.profile.name_en,
                          status=a.status, assessment_year=a.assessment_year, updated_at=utc_now())
        self.summaries = [updated if s.id == session.id else s for s in self.summaries]  # store order
        self.model.update_summary(updated)
        self._live_figure(session)
        self.fit.update([self.model.rows[session.id]])

    def _live_figure(self, session: Any) -> None:
        try:
            percent = session.result().percent
        except Exception:  # an answer the scheme cannot read: the wizard says which
            percent = None
        self.model.set_percents({session.id: percent})

    def _show_live(self) -> None:
        for assessment_id, window in self.context.windows.items():
            if assessment_id in self.model.rows:
                self._live_figure(window.session)

    # --- filling -------------------------------------------------------------------------
    def status_text(self, status: str) -> str:
        return {"draft": self.tr("draft"), "complete": self.tr("complete"),
                "submitted": self.tr("submitted")}.get(status, status)

    def row_texts(self, s: Any, percent: float | None) -> tuple[str, ...]:
        """One row of the list, as shown (the model asks when the row is first needed)."""
        lang = current_language()
        name = (s.factory_th if lang == "th" else s.factory_en) or s.factory_th or s.factory_en \
            or self.tr("(factory not named yet)")
        if s.is_demo:
            name += " " + self.tr("[demo]")
        edited = local(s.updated_at)  # stored in UTC, shown in this computer's time
        day = self._days.get((edited.date(), lang))
        if day is None:  # a long list has few distinct days
            day = self._days[(edited.date(), lang)] = format_day(edited, lang, "short")
        return (name, self.year_text(s), s.scheme_version, f"{day} {edited:%H:%M}",
                "—" if percent is None else f"{format_number(percent, lang)} %",
                self.status_text(str(s.status)))

    def _fill(self, selected: str | None = None) -> None:
        self.fit.refit()
        if selected is not None:
            self.select(selected)
        if self.table.currentIndex().row() < 0 and self.summaries:
            self.table.selectRow(0)
        has = bool(self.summaries)
        self.empty_hint.setVisible(not has)
        for control in self.needs_a_row:
            control.setEnabled(has)

    def year_text(self, summary: Any) -> str:
        """"2569" — and "2570 (from 2569)" on a next-year copy, so that it stands apart."""
        lang = current_language()
        text = format_year(summary.assessment_year, lang)
        if summary.carried_from_year:
            text += " " + self.tr("(from %1)").replace("%1", format_year(summary.carried_from_year, lang))
        return text

    def selected_id(self) -> str | None:
        summary = self.model.summary(self.table.currentIndex().row())
        return summary.id if summary is not None else None

    def select(self, assessment_id: str) -> bool:
        """Make this assessment the current row (False when it is not listed)."""
        row = self.model.rows.get(assessment_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Quitting: each wizard saves or asks about its unsaved changes (one may stay open:
        then the app does too); running imports, exports and backups finish first."""
        from ecoassess_app.ui.workers import pool

        if not self.context.close_windows():
            event.ignore()
            return
        self.readiness_pass.stop()
        pool().wait_for(None, notice_parent=self)
        self.context.prefs.set_geometry("home", bytes(self.saveGeometry().data()))
        super().closeEvent(event)


def _first_run_hint(home: QWidget) -> tuple[QFrame, WrapLabel]:
    """What to do on an empty list, in a tinted box above it (hidden once there is a row)."""
    box = QFrame(home)
    box.setObjectName("firstRunHint")
    tinted_box(box, "#eaf3fb")
    text = WrapLabel("", box)
    row = QHBoxLayout(box)
    row.setContentsMargins(10, 8, 10, 8)
    row.addWidget(text)
    return box, text


def plain(text: str) -> str:
    """A button's or menu's text as read, without its mnemonic ("แบบประเมินใหม่ (&N)", "&File")."""
    return re.sub(r"\s*\(&[^&]\)$", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _reader_list(data_dir: Path) -> list[Any] | None:
    """The list read as the `list` command reads it; None when only the store can say (no
    database yet, a migration due, a fault: opening the store explains it)."""
    from ecoassess.paths import DataLayout
    from ecoassess.storage import list_assessments, migrations_due

    try:
        if not DataLayout(Path(data_dir)).database.exists() or migrations_due(Path(data_dir)):
            return None
        return list_assessments(Path(data_dir))
    except Exception:  # noqa: BLE001 - the store's opening reports it in the user's language
        return None
