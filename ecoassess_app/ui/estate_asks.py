"""What the estate window asks the officer, through the app's own dialogs (Thai buttons, the safe
choice as default, Qt's own file dialog in Thai mode): files, a folder, where to write, the
factories' agreement to share, and confirmations that name what they remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.i18n import current_language

REPORT_LANGS = ("th", "en", "both")


def _saved(dialog: QFileDialog) -> tuple[str, str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


class EstateAsks(QObject):
    """The window's default dialog hooks; tests replace the hooks with answers."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.w = window

    def choose_files(self) -> list[Path]:
        names = dialogs.open_files(self.w, self.tr("Factories' assessment files"), folders.start_in("estate-files"),
                                   self.tr("Assessment files (*.ecoassess)"))
        if names:
            folders.remember("estate-files", names[0])
        return [Path(n) for n in names]

    def choose_folder(self) -> Path | None:
        name = dialogs.existing_folder(self.w, self.tr("Folder of .ecoassess files"), folders.start_in("estate-files"))
        if name:
            folders.remember("estate-files", name)
        return Path(name) if name else None

    def _save_dialog(self, caption: str, suggested: str, filters: list[str], initial: str) -> tuple[str, str]:
        start = folders.start_in("estate-out", suggested)
        dialog = dialogs.file_dialog(self.w, caption, start, ";;".join(filters), QFileDialog.FileMode.AnyFile,
                                     save=True)
        dialog.selectNameFilter(initial)
        if start and not Path(start).is_dir():
            dialog.selectFile(Path(start).name)
        name, chosen = _saved(dialog)
        if name:
            folders.remember("estate-out", name)
        return name, chosen

    def choose_report(self, suggested: str) -> tuple[Path, str] | None:
        """The file and its language: the file type chosen in the dialog says which."""
        filters = [self.tr("PDF in Thai (*.pdf)"), self.tr("PDF in English (*.pdf)"),
                   self.tr("PDF in Thai and English (*.pdf)")]
        initial = filters[1] if current_language() == "en" else filters[0]
        name, chosen = self._save_dialog(self.tr("Estate report"), suggested, filters, initial)
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return path, REPORT_LANGS[filters.index(chosen)] if chosen in filters else current_language()

    def choose_sheet(self, suggested: str) -> Path | None:
        filters = [self.tr("Excel workbook: heat map, figures, levels (*.xlsx)"),
                   self.tr("CSV, UTF-8: the heat map (*.csv)")]
        name, chosen = self._save_dialog(self.tr("Estate spreadsheet"), suggested, filters, filters[0])
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == filters[1] else ".xlsx"))
        return path

    def ask_consent(self) -> bool | None:
        """True (agreed), False (not agreed or not known: the default, the safer for the
        factories) or None (cancelled: nothing is imported)."""
        box = dialogs.Question(self.w, self.tr("Agreement to share"), self.tr(
            "Did these factories agree to share their self-assessment data with the estate?"),
            self.tr("Yes, they agreed"), self.tr("No, or not known"), self.tr(
                "Yes: recorded as agreed; reports may name them. No: the data are kept, and reports show "
                "the factory by its code only."))
        cancel = box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is box.yes_button else False if clicked is box.no_button else None

    def confirm_box(self, title: str, text: str, detail: str = "", action: str = "") -> dialogs.Confirm:
        """A confirmation naming what goes, Cancel the default (the window's `confirm` runs it)."""
        return dialogs.Confirm(self.w, title, text, detail, action)
