"""The app's own dialogs: message boxes with the app's translated buttons, confirmations of
destructive actions that name what they affect and default to the safe choice, and file dialogs
that speak Thai in Thai mode (Qt's own dialog, its strings from the app's translations).

Qt ships no Thai catalogue and the native Windows file dialog follows the system language, so in
Thai mode the app uses Qt's own file dialog and sets every label itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QListView, QMessageBox, QWidget

from ecoassess_app.ui.i18n import current_language


# --- message boxes -------------------------------------------------------------------------
def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    ok = box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def fail(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()


class Confirm(QMessageBox):
    """"Delete …?" naming what it affects; the destructive button (ลบ / Delete) and Cancel
    (ยกเลิก), Cancel the default for Enter and Escape alike."""

    def __init__(self, parent: QWidget | None, title: str, text: str, detail: str = "",
                 action: str = "") -> None:
        super().__init__(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        if detail:
            self.setInformativeText(detail)
        self.action_button = self.addButton(action or QCoreApplication.translate("Dialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.action_button


def run_confirm(box: Confirm) -> bool:
    box.exec()
    return box.confirmed()


def confirm(parent: QWidget | None, title: str, text: str, detail: str = "", action: str = "") -> bool:
    return run_confirm(Confirm(parent, title, text, detail, action))


class Question(QMessageBox):
    """A yes-or-no question with the app's own words on the buttons; `safe` is the default."""

    def __init__(self, parent: QWidget | None, title: str, text: str, yes: str, no: str,
                 detail: str = "") -> None:
        super().__init__(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        if detail:
            self.setInformativeText(detail)
        self.yes_button = self.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        self.no_button = self.addButton(no, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)

    def answered_yes(self) -> bool:
        return self.clickedButton() is self.yes_button


# --- file dialogs --------------------------------------------------------------------------
def use_own_dialog() -> bool:
    """In Thai mode, Qt's own file dialog (translated by the app) instead of the system one."""
    return current_language() == "th"


def file_dialog(parent: QWidget | None, caption: str, start: str, filters: str,
                mode: QFileDialog.FileMode, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    if use_own_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # The list view: the detail view's "Type" column is the system's English file-type name.
        dialog.setViewMode(QFileDialog.ViewMode.List)
        sidebar = dialog.findChild(QListView, "sidebar")
        if sidebar is not None:  # room for "คอมพิวเตอร์" and the folder names beside the list
            sidebar.setMinimumWidth(sidebar.fontMetrics().horizontalAdvance("คอมพิวเตอร์") + 48)
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("Dialogs", "Look in:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileName,
                            QCoreApplication.translate("Dialogs", "Folder:") if mode == QFileDialog.FileMode.Directory else QCoreApplication.translate("Dialogs", "File name:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("Dialogs", "Files of type:"))
        accept = QCoreApplication.translate("Dialogs", "Save") if save else QCoreApplication.translate("Dialogs", "Choose") if mode == QFileDialog.FileMode.Directory else QCoreApplication.translate("Dialogs", "Open")
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate("Dialogs", "Cancel"))
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def open_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    found = _run(file_dialog(parent, caption, start, filters or QCoreApplication.translate("Dialogs", "All files (*)"),
                             QFileDialog.FileMode.ExistingFile))
    return found[0] if found else ""


def open_files(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> list[str]:
    return _run(file_dialog(parent, caption, start, filters or QCoreApplication.translate("Dialogs", "All files (*)"),
                            QFileDialog.FileMode.ExistingFiles))


def save_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> tuple[str, str]:
    """(chosen path, chosen filter) or ("", "")."""
    dialog = file_dialog(parent, caption, start, filters or QCoreApplication.translate("Dialogs", "All files (*)"),
                         QFileDialog.FileMode.AnyFile, save=True)
    if start and not Path(start).is_dir():
        dialog.selectFile(Path(start).name)
    found = _run(dialog)
    return (found[0], dialog.selectedNameFilter()) if found else ("", "")


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    found = _run(file_dialog(parent, caption, start, "", QFileDialog.FileMode.Directory))
    return found[0] if found else ""
