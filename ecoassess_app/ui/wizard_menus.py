"""The wizard window's menus (Edit › Undo, View, Help), its keyboard shortcuts, and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from ecoassess_app.ui.i18n import pick

if TYPE_CHECKING:
    from ecoassess_app.ui.wizard import WizardWindow


class WizardMenus(QObject):
    """Built once by the window, in the menu bar's order; retranslated by the window."""

    def __init__(self, window: WizardWindow) -> None:
        super().__init__(window)
        self.win = window
        self._build_menu()
        self._build_shortcuts()

    def _build_menu(self) -> None:
        # Edit › Undo takes back the session's last edit, unlink or removal. Ctrl+Z in a text field undoes its
        # own typing first: Qt hands the key to the focused field before a window shortcut.
        win = self.win
        self.edit_menu = win.menuBar().addMenu("")
        self.undo_action = QAction(win)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.edit_menu.addAction(self.undo_action)
        win.session.undo_changed.connect(self.show_undo)
        self.view_menu = win.menuBar().addMenu("")
        self.history_action = QAction(win)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.view_menu.addAction(self.history_action)
        self.side_action = QAction(win, checkable=True)
        self.side_action.setShortcut(QKeySequence("Ctrl+L"))
        self.side_action.toggled.connect(win.show_side_panel)
        self.view_menu.addAction(self.side_action)
        self.gap_action = QAction(win)
        self.gap_action.setShortcut(QKeySequence("Ctrl+J"))
        self.gap_action.triggered.connect(win.wizard.go_to_next_unanswered)
        self.view_menu.addAction(self.gap_action)
        self.close_action = QAction(win)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)  # Ctrl+W (Ctrl+F4 on Windows)
        self.close_action.triggered.connect(win.close)
        self.view_menu.addAction(self.close_action)
        if win.app_context is not None:
            self.view_menu.addSeparator()
            for action in win.app_context.shared_actions():
                self.view_menu.addAction(action)
        self.help_menu = win.menuBar().addMenu("")
        self.page_help_action = QAction(win)
        self.page_help_action.triggered.connect(self.show_page_help)
        self.glossary_action = QAction(win)
        self.glossary_action.triggered.connect(self.show_glossary)
        self.help_menu.addAction(self.page_help_action)
        self.help_menu.addAction(self.glossary_action)

    def _build_shortcuts(self) -> None:
        wizard = self.win.wizard
        for keys, move in (("Alt+Right", wizard.next), ("Alt+Left", wizard.back),
                           ("Ctrl+PgDown", wizard.next), ("Ctrl+PgUp", wizard.back)):
            QShortcut(QKeySequence(keys), self.win).activated.connect(move)

    def retranslate(self) -> None:
        self.edit_menu.setTitle(self.tr("Ed&it"))
        self.show_undo()
        self.view_menu.setTitle(self.tr("&View"))
        self.history_action.setText(self.tr("Change &history…"))
        self.side_action.setText(self.tr("&Page list"))
        self.gap_action.setText(self.tr("Go to the next &unanswered item"))
        self.close_action.setText(self.tr("&Close this assessment"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.page_help_action.setText(self.tr("Help on this &criterion (F1)"))
        self.glossary_action.setText(self.tr("&Glossary of terms…"))

    def show_page_help(self) -> None:
        """Open the help pane of the page shown (criterion pages have one)."""
        button = getattr(self.win.wizard.current_page_widget(), "help_button", None)
        if button is not None:
            button.setChecked(True)

    def show_glossary(self) -> Any:
        from ecoassess_app.ui.glossary import GlossaryDialog

        dialog = GlossaryDialog(self.win.session.scheme, self.win)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    def show_history(self) -> None:
        from ecoassess_app.ui.history import HistoryDialog

        self.win.session.flush()
        dialog = HistoryDialog(self.win.session, self.win)
        dialog.restored.connect(lambda _item: self.win.refresh_pages())
        dialog.exec()

    def show_undo(self) -> None:
        step = self.win.session.undo_log.peek()
        self.undo_action.setEnabled(step is not None)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", pick(step.label)) if step is not None
                                 else self.tr("&Undo"))

    def undo(self) -> Any:
        """Take back the session's newest step (an edit, a file's details, a plan row, an unlink,
        a removal) and show the page of the value that came back; None when there is nothing to
        undo, or when it could not be done (said in one line; nothing is lost)."""
        win = self.win
        try:
            step = win.session.undo()
        except Exception as error:  # the step stays for another try (or is gone); say why in one line
            from ecoassess_app.ui import dialogs
            from ecoassess_app.ui.errors import error_text

            dialogs.warn(win, self.tr("Undo"), error_text(error))
            win.refresh_pages()  # a file or row found gone is shown gone
            return None
        if step is not None:
            page = self.undo_page(step)
            if page is not None and page != win.wizard.current_key():
                win.wizard.go_to(page)
        win.refresh_pages()
        return step

    def undo_page(self, step: Any) -> str | None:
        """The page that shows what an undo put back (None: stay where the user is)."""
        if step.kind == "edit_action":
            return "actions"
        if step.kind == "edit_evidence":  # the page the file's details were edited on
            return step.data["item_id"]
        if step.kind != "edit":
            return None
        item_id, fields = step.data["item_id"], set(step.data["fields"])
        if item_id in self.win.wizard.pages:
            return item_id
        if item_id == "profile" or fields & {"planned_audit_date", "assessment_date"}:
            return "profile"
        if fields & {"signatory_name", "signatory_position"}:
            return "export"
        if fields & {"settings"}:
            return "review"
        return None
