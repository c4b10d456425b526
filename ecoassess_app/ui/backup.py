"""Full backups from the home window: a File-menu action and a reminder after 30 days."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import tinted_box
from ecoassess_app.ui.workers import Task, run_task

SUFFIX = ".ecoassess-backup"


class BackupExtras(QObject):
    """The full backup of the home window: the database and every evidence file in one
    checked file, to a folder or a USB drive the user chooses; a small reminder line when the
    last one is older than 30 days. `choose_file` and `show_message` are replaceable in tests."""

    def __init__(self, home: Any) -> None:
        super().__init__(home)
        self.home = home
        self.choose_file = self._save_dialog
        self.show_message = lambda title, text: dialogs.warn(home, title, text)
        self.action = QAction(home)
        self.action.triggered.connect(lambda _=False: self.full_backup())
        home.file_menu.insertAction(home.actions["backup"], self.action)
        self.banner = QFrame(home)
        self.banner.setObjectName("fullBackupReminder")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.banner)
        self.banner_button.clicked.connect(lambda: self.full_backup())
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        tinted_box(self.banner, "#fff4d6")  # its text grows in presentation mode too
        self.banner.hide()
        home.centralWidget().layout().insertWidget(1, self.banner)
        home.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Full backup (data and evidence) to a file…"))
        self.banner_text.setText(self.tr(
            "No full backup of the data and evidence in the last 30 days. Keep one on another "
            "disk or a USB drive: this computer's disk can fail."))
        self.banner_button.setText(self.tr("Back up now…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def refresh(self) -> None:
        """Show the reminder when a full backup is due (the core decides, fullbackup.full_backup_due)."""
        from ecoassess.storage.fullbackup import full_backup_due

        store = self.home.context.store
        try:
            due = full_backup_due(store.layout, store.oldest_assessment_time())
        except Exception:  # the list already says what is wrong with the data folder
            due = False
        self.banner.setVisible(due)

    def full_backup(self) -> Task | None:
        from ecoassess.errors import EcoAssessError
        from ecoassess.fileio import check_output
        from ecoassess.storage.fullbackup import default_name, write_full_backup

        dest = self.choose_file(default_name())
        if dest is None:
            return None
        try:  # the dialog asked before replacing a file; the data folder is still refused
            check_output(dest, kind="full-backup", data_root=self.home.context.data_dir, force=True)
        except EcoAssessError as error:
            self.show_message(self.tr("Full backup"), error_text(error))
            return None
        store = self.home.context.store
        return run_task(self.home, self.tr("Backing up the data and evidence…"),
                        lambda progress: write_full_backup(store, dest, force=True), self._done)

    def _done(self, ok: bool, payload: Any) -> None:
        if not ok:
            self.show_message(self.tr("Full backup failed"), error_text(payload))
            return
        text = self.tr("Full backup written: %1").replace("%1", str(payload.path))
        if payload.skipped:
            self.show_message(self.tr("Full backup"), self.tr(
                "Written, but %1 evidence files are missing or altered in the data folder and are "
                "not in it: %2").replace("%1", str(len(payload.skipped))).replace(
                "%2", ", ".join(payload.skipped[:5])))
        self.home.statusBar().showMessage(text, 15000)
        self.refresh()

    def _save_dialog(self, suggested: str) -> Path | None:
        name, _f = dialogs.save_file(self.home, self.tr("Full backup"),
                                     folders.start_in("full-backup", suggested),
                                     self.tr("Full backups (*.ecoassess-backup)"))
        if not name:
            return None
        folders.remember("full-backup", name)
        path = Path(name)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)
