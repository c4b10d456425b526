"""File → Import a newer scheme…: choose a scheme file, see what it changes, install it, move an
assessment onto it with the mapping report (the original kept)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import emphasise
from ecoassess_app.ui.geometry import fit_to_screen
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel, breakable

LOST_COLOUR = "#8a1c1c"  # answers that lose their place: the line an officer must not miss
QUIET_COLOUR = "#555555"


def _text(value: str) -> str:
    """Plain text for the report's HTML: escaped, Thai break hints where Qt needs them, lines kept."""
    return html.escape(breakable(value)).replace("\n", "<br/>")


def diff_html(diff: Any, lang: str) -> str:
    """The scheme diff report (ecoassess.scheme.diffreport) as the dialog shows it."""
    from ecoassess.i18n import message
    from ecoassess.scheme.diffreport import build_report

    report = build_report(diff, lang)
    parts = [f"<p><b>{_text(report.summary)}</b></p>"]
    if report.lost:
        parts.append(f'<p style="color:{LOST_COLOUR}">{_text(report.lost)}</p>')
    parts += [f"<p>{_text(note)}</p>" for note in (report.drafts, report.help_note) if note]
    was, now = (message(f"scheme_update.{key}", lang) for key in ("old", "new"))
    for section in report.sections:
        parts.append(f"<h3>{_text(section.title)}</h3><ul>")
        for entry in section.entries:
            line = _text(entry.headline)
            if entry.lost:
                line = f'<span style="color:{LOST_COLOUR}">{line}</span>'
            if entry.old is not None:
                line += (f'<br/><span style="color:{QUIET_COLOUR}">{_text(was)}:</span> {_text(entry.old)}'
                         f'<br/><span style="color:{QUIET_COLOUR}">{_text(now)}:</span> {_text(entry.new or "")}')
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    return "".join(parts)


def mapping_html(report: Any, lang: str) -> str:
    """The mapping report of one assessment (ecoassess.storage.remap.MappingReport)."""
    lines = report.lines(lang)
    kept = "".join(f"<p>{_text(line)}</p>" for line in lines if not line.startswith("• "))
    dropped = [line[2:] for line in lines if line.startswith("• ")]
    if not dropped:
        return kept
    items = "".join(f"<li>{_text(line)}</li>" for line in dropped)
    return f'{kept}<ul style="color:{LOST_COLOUR}">{items}</ul>'


class SchemeUpdateDialog(QDialog):
    """Two steps in one window: what the chosen file changes (Install or Cancel), then the
    assessments on older versions with the mapping report of the chosen one (Move… or Close).
    Nothing is written before Install; a move asks first, Cancel the default."""

    def __init__(self, home: Any, preview: Any, file: Path) -> None:
        super().__init__(home)
        self.home, self.preview, self.file = home, preview, file
        self.installed: Any = None  # the SchemeImport once installed
        self.reports: list[Any] = []  # assessments on older versions, with their mapping reports
        self.setObjectName("schemeUpdate")
        self.heading = QLabel(self)
        emphasise(self.heading, 1.2)
        self.heading.setWordWrap(True)
        self.notice = WrapLabel("", self)
        self.notice.setObjectName("schemeUpdateNotice")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._changes_page())
        self.stack.addWidget(self._move_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        fit_to_screen(self, 900, 640)  # what it asks for, within the screen
        self.retranslate()

    def _changes_page(self) -> QWidget:
        page = QWidget(self)
        self.changes = QTextBrowser(page)
        self.changes.setObjectName("schemeChanges")
        self.changes.setOpenLinks(False)
        self.install_button = QPushButton(page)
        self.install_button.setObjectName("installScheme")
        self.install_button.clicked.connect(self.install)
        self.cancel_button = QPushButton(page)
        self.cancel_button.clicked.connect(self.reject)
        self.install_button.setDefault(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.changes, 1)
        layout.addLayout(_button_row(self.install_button, self.cancel_button))
        return page

    def _move_page(self) -> QWidget:
        page = QWidget(self)
        self.move_hint = WrapLabel("", page)
        self.choice = QComboBox(page)
        self.choice.setObjectName("assessmentToMove")
        # long Thai factory names must not widen the dialog: the list shows them in full
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(24)
        self.choice.currentIndexChanged.connect(lambda _i: self._show_mapping())
        self.mapping = QTextBrowser(page)
        self.mapping.setObjectName("mappingReport")
        self.move_button = QPushButton(page)
        self.move_button.setObjectName("moveAssessment")
        self.move_button.clicked.connect(self.move_selected)
        self.close_button = QPushButton(page)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.move_hint)
        layout.addWidget(self.choice)
        layout.addWidget(self.mapping, 1)
        layout.addLayout(_button_row(self.move_button, self.close_button))
        return page

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang, preview = current_language(), self.preview
        scheme = preview.scheme
        self.setWindowTitle(self.tr("Import a newer scheme"))
        self.heading.setText(self.tr("Scheme file %1: %2 version %3").replace("%1", self.file.name)
                             .replace("%2", scheme.id).replace("%3", scheme.version))
        self.install_button.setText(self.tr("Continue") if preview.already_here
                                    else self.tr("&Install version %1").replace("%1", scheme.version))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.move_button.setText(self.tr("&Move to version %1…").replace("%1", scheme.version))
        if self.installed is None:
            self.notice.setText(self._before_text())
            nothing = self.tr("No older version of this scheme is on this computer: nothing to compare.")
            self.changes.setHtml(diff_html(preview.diff, lang) if preview.diff is not None else
                                 f"<p>{_text(nothing)}</p>")
        else:
            self.notice.setText(self._after_text())
            self._fill_choices()

    def _before_text(self) -> str:
        preview, version = self.preview, self.preview.scheme.version
        lines = [self.tr("The file was checked: nothing is installed yet. What changes, compared "
                         "with version %1 on this computer:").replace("%1", preview.base.version)
                 if preview.base is not None else self.tr("The file was checked: nothing is installed yet.")]
        if preview.already_here:
            lines.append(self.tr("Version %1 is already on this computer, with the same content.")
                         .replace("%1", version))
        if not preview.is_newest:
            lines.append(self.tr("The newer version %1 stays the one new assessments use.")
                         .replace("%1", preview.newest_version))
        return "\n".join(lines)

    def _after_text(self) -> str:
        done = self.installed
        text = self.tr("Version %1 is installed.").replace("%1", done.scheme.version) + " "
        text += (self.tr("New assessments use it.") if done.is_newest else
                 self.tr("The newer version %1 stays the one new assessments use.").replace("%1", done.newest_version))
        return text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- install -------------------------------------------------------------------------
    def install(self) -> bool:
        """Install the file exactly as shown (a file changed since is refused), as the command
        line's `scheme import` does; then offer the move."""
        from ecoassess.scheme.update import import_with_report

        try:
            self.installed = import_with_report(self.file, self.home.context.data_dir,
                                                expect=self.preview.scheme.fingerprint)
        except Exception as error:  # nothing was written: said in one line, the dialog closes
            self.home.scheme_update.show_message(self.tr("Could not install the scheme"), error_text(error))
            self.reject()
            return False
        self.home.reload()
        self.home.statusBar().showMessage(self.tr("Scheme version %1 installed: %2").replace(
            "%1", self.installed.scheme.version).replace("%2", str(self.installed.path)), 15000)
        self.reports = self._reports()
        self.stack.setCurrentIndex(1)
        self.retranslate()
        return True

    def _reports(self) -> list[Any]:
        from ecoassess.storage.remap import assessments_to_move

        context = self.home.context
        for window in context.windows.values():  # what is typed in an open window counts too
            window.session.flush()
        try:
            return assessments_to_move(context.store, context.data_dir, self.installed.scheme)
        except Exception as error:  # an unreadable data folder: the scheme is installed all the same
            self.home.scheme_update.show_message(self.tr("Import a newer scheme"), error_text(error))
            return []

    # --- move ----------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        lang = current_language()
        current = self.selected_report()
        wanted = current.assessment_id if current is not None else self.home.selected_id()
        self.choice.blockSignals(True)
        self.choice.clear()
        for report in self.reports:
            name = (report.factory_th if lang == "th" else report.factory_en) or report.factory_th \
                or report.factory_en or self.tr("(factory not named yet)")
            self.choice.addItem(self.tr("%1, year %2, version %3").replace("%1", name).replace(
                "%2", self._year(report.year)).replace("%3", report.from_version), report.assessment_id)
        index = self.choice.findData(wanted)
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        has = bool(self.reports)
        self.choice.setVisible(has)
        self.move_button.setVisible(has)
        self.mapping.setVisible(has)
        self.move_hint.setText(self.tr(
            "Choose an assessment on an older version to move onto version %1. What stays and "
            "what is dropped is listed below. A copy moves; the original stays as it is, so "
            "nothing is lost.").replace("%1", self.installed.scheme.version) if has else
            self.tr("No assessment on this computer is on an older version of this scheme."))
        self._show_mapping()

    def _year(self, year: int | None) -> str:
        from ecoassess.i18n import format_year

        return format_year(year, current_language()) if year else "—"

    def selected_report(self) -> Any:
        aid = self.choice.currentData()
        return next((r for r in self.reports if r.assessment_id == aid), None)

    def _show_mapping(self) -> None:
        report = self.selected_report()
        self.mapping.setHtml(mapping_html(report, current_language()) if report is not None else "")

    def move_question(self, report: Any) -> dialogs.Confirm:
        """Moving may drop answers: named, and Cancel (ยกเลิก) the default."""
        version = report.to_version
        dropped = [text[current_language()] or text["en"] for _code, text in report.dropped]
        detail = (self.tr("Dropped from the copy (the original keeps them):") + "\n"
                  + "\n".join(f"• {line}" for line in dropped)
                  if dropped else self.tr("Every answer has its place in version %1.").replace("%1", version))
        return dialogs.Confirm(
            self, self.tr("Move to version %1").replace("%1", version),
            self.tr("Make a copy of %1 on version %2? The original stays on version %3.").replace(
                "%1", self.choice.currentText()).replace("%2", version).replace("%3", report.from_version),
            detail, self.tr("Move"))

    def move_selected(self) -> str | None:
        """Copy the chosen assessment onto the installed version; returns the copy's id."""
        from ecoassess.storage.remap import move_to_version

        report = self.selected_report()
        if report is None or not self.home.ask(self.move_question(report)):
            return None
        context = self.home.context
        window = context.windows.get(report.assessment_id)
        if window is not None:
            window.session.flush()
        try:
            moved = move_to_version(context.store, report.assessment_id, self.installed.scheme)
        except Exception as error:  # the transaction left everything as it was
            self.home.scheme_update.show_message(self.tr("Could not move"), error_text(error))
            return None
        self.home.reload()
        self.home.select(moved.new_id)
        self.home.statusBar().showMessage(self.tr(
            "A copy on version %1 was made and selected; the original stays on version %2.").replace(
            "%1", moved.version).replace("%2", report.from_version), 15000)
        self.accept()
        return moved.new_id


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class SchemeUpdateExtras(QObject):
    """The File-menu action of the home window. `choose_file` and `show_message` are
    replaceable in tests (the move's confirmation goes through `home.ask`)."""

    def __init__(self, home: Any) -> None:
        super().__init__(home)
        self.home = home
        self.choose_file = self._open_dialog
        self.show_message = lambda title, text: dialogs.warn(home, title, text)
        self.action = QAction(home)
        self.action.setObjectName("importScheme")
        self.action.triggered.connect(lambda _=False: self.import_newer_scheme())
        home.file_menu.insertAction(home.actions["estate"], self.action)
        home.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Import a newer &scheme…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def import_newer_scheme(self) -> SchemeUpdateDialog | None:
        """Choose, check (a bad file: one reason, nothing changed), then show what changes."""
        from ecoassess.scheme.update import preview_import

        name = self.choose_file()
        if not name:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_import(Path(name), self.home.context.data_dir)
        except Exception as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_message(self.tr("Not a scheme file that can be imported"), error_text(error))
            return None
        QGuiApplication.restoreOverrideCursor()
        dialog = SchemeUpdateDialog(self.home, preview, Path(name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_dialog(self) -> str:
        name = dialogs.open_file(self.home, self.tr("Import a newer scheme"),
                                 folders.start_in("scheme", ""), self.tr("Scheme files (*.yaml *.yml)"))
        if name:
            folders.remember("scheme", name)
        return name
