"""Evidence of one item: attach (file dialog or drag and drop), describe, open, unlink."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_day
from ecoassess.scoring.evidence_expiry import lapses
from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import emphasise
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.tables import TableFit
from ecoassess_app.ui.thaiwrap import WrapLabel
from ecoassess_app.ui.widgets.be_date import BuddhistDateEdit

LAPSED = "#b00020"  # the row of a file that lapses before the audit (the app's error red)


class EvidenceDialog(QDialog):
    """Asks for the description, document date and expiry of a file being attached or edited."""

    def __init__(self, file_name: str, description: str = "", document_date: date | None = None,
                 parent: QWidget | None = None, expiry: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", file_name))
        self.description = QLineEdit(description, self)
        self.description.setAccessibleName(self.tr("Description"))
        self.document_date = BuddhistDateEdit(self)
        self.document_date.set_date(document_date)
        self.document_date.setAccessibleName(self.tr("Document date"))
        self.expiry = BuddhistDateEdit(self)
        self.expiry.set_date(expiry)
        self.expiry.setAccessibleName(self.tr("Valid until"))
        self.expiry.setToolTip(self.tr("The last day the document is valid (a permit, a certificate, "
                                       "a calibration). Leave empty when it does not expire."))
        form = QFormLayout(self)
        form.addRow(QLabel(file_name, self))
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Document &date"), self.document_date)
        form.addRow(self.tr("&Valid until"), self.expiry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, date | None, date | None]:
        """(description, document date, expiry) as entered."""
        self.document_date._commit()
        self.expiry._commit()
        return self.description.text().strip(), self.document_date.date(), self.expiry.date()


class EvidencePanel(QWidget):
    """The evidence linked to one item; files can be dropped anywhere on the panel."""

    def __init__(self, session: AssessmentSession, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        self.ask_details = True  # tests attach without the dialog
        self.ask: Callable[[dialogs.Confirm], bool] = dialogs.run_confirm  # tests answer it
        self.setAcceptDrops(True)
        self.heading = QLabel(self)
        emphasise(self.heading)
        self.drop_hint = WrapLabel("", self)
        self.drop_hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(200)
        self.fit = TableFit(self.table, stretch=(0, 1))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.choose_files)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.unlink_button = QPushButton(self)
        self.unlink_button.clicked.connect(self.unlink_selected)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.edit_button, self.open_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        session.evidence_changed.connect(self.refresh)
        # the planned audit date decides which files lapse
        session.changed.connect(lambda key: self.refresh() if key == "assessment" else None)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Evidence"))
        self.drop_hint.setText(self.tr("Attach files with the button or drop them here."))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Description"),
                                              self.tr("Document date"), self.tr("Valid until")])
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.attach_button.setText(self.tr("&Attach files…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.open_button.setText(self.tr("&Open"))
        self.unlink_button.setText(self.tr("&Unlink"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        rows = self.session.evidence_for(self.item_id)
        lang = current_language()
        audit, as_of = self.session.assessment.planned_audit_date, date.fromisoformat(self.session.result().as_of)
        self.table.setRowCount(len(rows))
        for row, info in enumerate(rows):
            lapsed = lapses(info, audit, as_of)  # the core's rule, as the review page warns
            expiry = format_day(info.expiry, lang, "short")
            if lapsed:
                expiry = f"⚠ {expiry}"
            cells = (info.original_name, info.description, format_day(info.document_date, lang, "short"), expiry)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, info.id)
                if lapsed:
                    cell.setForeground(QColor(LAPSED))
                    cell.setToolTip(self.lapse_text(info, audit))
                self.table.setItem(row, column, cell)
        self.fit.refit()
        has_rows = bool(rows)
        for button in (self.edit_button, self.open_button, self.unlink_button):
            button.setEnabled(has_rows)

    def lapse_text(self, info: Any, audit: date | None) -> str:
        lang = current_language()
        if audit is not None:
            return self.tr("Expires on %1, before the planned audit on %2").replace(
                "%1", format_day(info.expiry, lang)).replace("%2", format_day(audit, lang))
        return self.tr("Expired on %1; no audit date is planned").replace("%1", format_day(info.expiry, lang))

    def selected(self):  # -> EvidenceInfo | None
        row = self.table.currentRow()
        rows = self.session.evidence_for(self.item_id)
        return rows[row] if 0 <= row < len(rows) else None

    def choose_files(self) -> None:
        names = dialogs.open_files(self, self.tr("Attach evidence"), folders.start_in("evidence"))
        if names:
            folders.remember("evidence", names[0])
        self.attach_paths([Path(n) for n in names])

    def attach_paths(self, paths: list[Path], description: str = "", document_date: date | None = None,
                     expiry: date | None = None) -> int:
        """Attach files (asking for details unless `ask_details` is off); returns how many."""
        done = 0
        for path in paths:
            if not path.is_file():
                continue
            desc, when, until = description, document_date, expiry
            if self.ask_details:
                dialog = EvidenceDialog(path.name, description, document_date, self, expiry)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    continue
                desc, when, until = dialog.values()
            try:
                self.session.attach_evidence(self.item_id, path, desc, when, until)
            except Exception as error:  # a typed core error, shown in the user's language
                dialogs.warn(self, self.tr("Could not attach"), error_text(error))
                continue
            done += 1
        return done

    def edit_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = self.edit_dialog(info)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            desc, when, until = dialog.values()
            self.save_details(info, desc, when, until)

    def save_details(self, info: Any, description: str, document_date: date | None,
                     expiry: date | None) -> bool:
        """Store a file's details as edited here (Edit › Undo takes them back); a refused date
        is said in the user's language and nothing changes."""
        try:
            self.session.update_evidence(info.id, item_id=self.item_id, description=description,
                                         document_date=document_date, expiry=expiry)
        except Exception as error:  # a typed core error (a date out of range)
            dialogs.warn(self, self.tr("Could not save"), error_text(error))
            return False
        return True

    def edit_dialog(self, info: Any) -> EvidenceDialog:
        """The details dialog of a linked file (tests fill it without running it)."""
        return EvidenceDialog(info.original_name, info.description, info.document_date, self, info.expiry)

    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            path = self.session.evidence_to_open(info)  # a copy under its own name
        except Exception as error:
            dialogs.warn(self, self.tr("Could not open"), error_text(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def unlink_question(self, info: Any) -> dialogs.Confirm:
        others = [i for i in info.items if i != self.item_id]
        detail = self.tr("The file stays in the assessment's evidence for %1.").replace("%1", ", ".join(others)) \
            if others else self.tr("No other question cites it; it stays in the data folder and in backups.")
        return dialogs.Confirm(
            self, self.tr("Unlink evidence"),
            self.tr("Unlink %1 from %2?").replace("%1", info.original_name).replace("%2", self.item_name()),
            detail, self.tr("Unlink"))

    def item_name(self) -> str:
        scheme = self.session.scheme
        item = scheme.criterion(self.item_id) or scheme.prerequisite(self.item_id)
        return f"{self.item_id} {pick(item.name)}" if item is not None else self.item_id

    def unlink_selected(self) -> bool:
        info = self.selected()
        if info is None or not self.ask(self.unlink_question(info)):
            return False
        self.session.unlink_evidence(info.id, self.item_id)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)
