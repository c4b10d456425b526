"""The assessment wizard window: page order (declared once), the window around it, autosave status."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ecoassess_app.ui import unsaved
from ecoassess_app.ui.fonts import emphasise, tint
from ecoassess_app.ui.geometry import clamp_to_screen, fit_to_screen, free_area
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.pages.base import BasePage
from ecoassess_app.ui.scheme_banner import SchemeVersionBanner
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.side_panel import SidePanel
from ecoassess_app.ui.wizard_menus import WizardMenus

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

TITLE_SCALE = 1.3  # the page title against the body text
SIDE_PANEL_MIN_SCREEN = 1000  # narrower free screens open with the page list folded away


def page_plan(scheme: Scheme) -> list[tuple[str, Callable[[AssessmentSession, str], BasePage]]]:
    """THE page order: welcome, profile, prerequisites, one page per criterion, then the rest."""
    from ecoassess_app.ui.pages.actions import ActionsPage
    from ecoassess_app.ui.pages.criterion import CriterionPage
    from ecoassess_app.ui.pages.export import ExportPage
    from ecoassess_app.ui.pages.improvement import ImprovementPage
    from ecoassess_app.ui.pages.prerequisites import PrerequisitesPage
    from ecoassess_app.ui.pages.profile import ProfilePage
    from ecoassess_app.ui.pages.review import ReviewPage
    from ecoassess_app.ui.pages.welcome import WelcomePage

    plan: list[tuple[str, Callable[[AssessmentSession, str], BasePage]]] = [
        ("welcome", WelcomePage),
        ("profile", ProfilePage),
        ("prerequisites", PrerequisitesPage),
    ]
    plan += [(criterion.id, CriterionPage) for criterion in scheme.criteria]
    plan += [
        ("improvement", ImprovementPage),
        ("review", ReviewPage),
        ("actions", ActionsPage),
        ("export", ExportPage),
    ]
    return plan


class AssessmentWizard(QWizard):
    """QWizard with translated buttons, independent pages and jump-to-any-page."""

    page_entered = Signal(str)

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Enter in a one-line field must not press Next and leave the page.
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        # Close and the page list on every page; Back and Next on the right.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        self.setButtonLayout([QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2,
                              QWizard.WizardButton.CustomButton3, QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.NextButton])
        self.close_button = self.button(QWizard.WizardButton.CustomButton1)
        self.pages_button = self.button(QWizard.WizardButton.CustomButton2)
        self.pages_button.setCheckable(True)
        self.gap_button = self.button(QWizard.WizardButton.CustomButton3)
        self.gap_button.clicked.connect(self.go_to_next_unanswered)
        self.keys: list[str] = []
        self.pages: dict[str, BasePage] = {}
        for index, (key, factory) in enumerate(page_plan(session.scheme)):
            page = factory(session, key)
            self.setPage(index, page)
            self.keys.append(key)
            self.pages[key] = page
            page.open_requested.connect(self.go_to)
        self._jumping = False
        self.currentIdChanged.connect(self._entered)
        self.retranslate()

    def retranslate(self) -> None:
        # Qt ships no Thai for QWizard's own buttons: set them here.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Help"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Commit"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Pages"))
        self.setButtonText(QWizard.WizardButton.CustomButton3, self.tr("Next unanswered"))
        self.gap_button.setToolTip(self.tr("Go to the next item not answered yet (Ctrl+J)"))
        self.close_button.setToolTip(self.tr("Close this assessment (Ctrl+W); everything is saved"))
        self.pages_button.setToolTip(self.tr("Show or hide the list of pages (Ctrl+L)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self.emphasise_title)  # after the pages retitled themselves
        super().changeEvent(event)

    def current_key(self) -> str:
        index = self.currentId()
        return self.keys[index] if 0 <= index < len(self.keys) else ""

    def current_page_widget(self) -> BasePage | None:
        return self.pages.get(self.current_key())

    def validateCurrentPage(self) -> bool:  # noqa: N802
        ok = super().validateCurrentPage()
        page = self.current_page_widget()
        if ok and page is not None:
            if not self._jumping:  # only a real Next confirms a page (carried-over answers too)
                page.leave_forward()
            self.session.flush()
        return ok

    def go_to(self, key: str) -> bool:
        """Step Back or Next until `key` is shown (a page key, or a requirement id: its page);
        stops early at a page that blocks Next."""
        if key not in self.keys and any(p.id == key for p in self.session.scheme.prerequisites):
            key = "prerequisites"
        if key not in self.keys:
            return False
        target = self.keys.index(key)
        self._jumping = True
        try:
            while self.currentId() != target:
                before = self.currentId()
                if before < target:
                    self.next()
                else:
                    self.back()
                if self.currentId() == before:
                    break
        finally:
            self._jumping = False
        self._entered(self.currentId())
        return self.currentId() == target

    def go_to_next_unanswered(self) -> str | None:
        """Show the next item not answered yet after the current page (wrapping round); None,
        and nothing moves, when everything is answered."""
        progress = self.session.progress()
        current = self.current_key()
        if current == "prerequisites":  # past the requirements shown on this page
            current = self.session.scheme.prerequisites[-1].id
        target = progress.next_unanswered(current if current in progress.states else None)
        if target is not None:
            self.go_to(target)
        self.gap_button.setEnabled(progress.next_unanswered() is not None)
        return target

    def _entered(self, index: int) -> None:
        if self._jumping or not (0 <= index < len(self.keys)):
            return
        page = self.pages[self.keys[index]]
        page.reload()
        self.emphasise_title()
        self.page_entered.emit(self.keys[index])

    def emphasise_title(self) -> None:
        """The page title above the page (QWizard's own label) larger than the body text, so a
        projector in presentation mode shows where the class is."""
        page = self.currentPage()
        if page is None or not page.title():
            return
        known = getattr(self, "_title_label", None)  # QWizard's one title label, found once
        if known is not None and shiboken6.isValid(known) and known.text() == page.title():
            emphasise(known, TITLE_SCALE)
            return
        for label in self.findChildren(QLabel):
            if label.text() == page.title() and not page.isAncestorOf(label):
                emphasise(label, TITLE_SCALE)
                self._title_label = label


class WizardWindow(QMainWindow):
    """The window around the wizard: side panel, menus, "saved HH:MM" in the status bar."""

    closed = Signal(str)

    def __init__(self, session: AssessmentSession, app_context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.app_context = app_context
        self.wizard = AssessmentWizard(session, self)
        self.side = SidePanel(self.wizard, self)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        self.scheme_banner = SchemeVersionBanner(session, central)
        self.scheme_banner.mapped.connect(self._scheme_mapped)
        outer.addWidget(self.scheme_banner)
        # "not saved: <reason>" while a save is being retried: a line of its own (the menu-bar
        # corner holds only a few words), shown only then, never a dialog per attempt.
        self.save_banner = QLabel(central)
        self.save_banner.setObjectName("saveBanner")
        self.save_banner.setWordWrap(True)
        tint(self.save_banner, "#b00020")  # no style sheet: it grows in presentation mode
        emphasise(self.save_banner)
        self.save_banner.hide()
        outer.addWidget(self.save_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.side)
        layout.addWidget(self.wizard, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.close_guard = unsaved.CloseGuard(self)
        self._closing = False
        # Edit › Undo, View, Help and the page shortcuts (wizard_menus); the actions named here too
        self.menus = WizardMenus(self)
        self.undo_action, self.side_action = self.menus.undo_action, self.menus.side_action
        self.gap_action, self.close_action = self.menus.gap_action, self.menus.close_action
        self.page_help_action = self.menus.page_help_action
        # "saved 10:42" at the menu bar's right end: a status bar would cost a whole line of a
        # 768-pixel screen.
        # Beside it, how far the assessment is ("answered 9 of 14 · …"), from the answers.
        self.corner_box = QWidget(self)
        corner = QHBoxLayout(self.corner_box)
        corner.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self.corner_box)
        self.progress_label.setObjectName("progressSummary")
        self.progress_label.setContentsMargins(0, 0, 16, 0)
        self.saved_label = QLabel(self.corner_box)
        self.saved_label.setObjectName("saveStatus")
        self.saved_label.setContentsMargins(0, 0, 8, 0)
        corner.addWidget(self.progress_label)
        corner.addWidget(self.saved_label)
        self._plain_palette = self.saved_label.palette()
        self.menuBar().setCornerWidget(self.corner_box, Qt.Corner.TopRightCorner)
        self.wizard.close_button.clicked.connect(self.close)
        self.wizard.pages_button.toggled.connect(self.show_side_panel)
        self.side.jump_requested.connect(self.wizard.go_to)
        self.wizard.page_entered.connect(self._page_entered)
        self.wizard.finished.connect(lambda _result: self.close())
        session.saved.connect(self._show_saved)
        session.changed.connect(lambda _item: self.side.update_all())
        session.changed.connect(lambda _item: self.show_progress())
        session.evidence_changed.connect(self.show_progress)
        session.save_failed.connect(self._save_failed)
        # Leaving a field (for another field, another window or another program) ends the
        # typing there: save it now rather than at the one-second deadline.
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        for edit in self.wizard.findChildren(QLineEdit):  # Return in a field finishes it too
            edit.editingFinished.connect(session.commit)
        fit_to_screen(self, 1280, 720)
        saved = app_context.prefs.geometry("wizard") if app_context is not None else None
        if saved:
            self.restoreGeometry(saved)
            clamp_to_screen(self)
        self._from_year = self._source_year()
        self.show_side_panel(self._side_panel_wanted())
        session.changed.connect(lambda item: self.retranslate() if item == "profile" else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eco Factory self-assessment — %1").replace("%1", self.title_name()))
        self.menus.retranslate()
        self.show_progress()
        self._size_saved_label()
        self._show_saved(self.session.last_saved)

    def show_progress(self) -> None:
        """The header: answered x of 14, with evidence, points; Next unanswered only while there is one."""
        progress = self.session.progress()
        self.progress_label.setText(pick(progress.summary()))
        self.progress_label.setToolTip(self.tr("Criteria answered, criteria with evidence linked, "
                                               "and the points so far"))
        open_items = progress.next_unanswered() is not None
        self.wizard.gap_button.setEnabled(open_items)
        self.gap_action.setEnabled(open_items)

    def _size_saved_label(self) -> None:
        """Room for the longest of the label's texts in this language: the menu bar sizes its
        corner only when the corner is set, not when the text changes."""
        metrics = self.saved_label.fontMetrics()
        texts = (self.tr("saved automatically"), self.tr("saved %1").replace("%1", "00:00"),
                 self.tr("not saved"))
        margins = self.saved_label.contentsMargins()
        self.saved_label.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in texts)
                                         + margins.left() + margins.right() + 4)
        progress = self.progress_label.fontMetrics().horizontalAdvance(
            self.progress_label.text().translate(str.maketrans("0123456789", "8888888888")) + "88")
        self.progress_label.setMinimumWidth(progress + 16)
        self.menuBar().setCornerWidget(self.corner_box, Qt.Corner.TopRightCorner)

    def title_name(self) -> str:
        """The factory and the year assessed ("… · 2569, from 2568" on a next-year copy)."""
        from ecoassess.i18n import format_year
        from ecoassess_app.ui.i18n import current_language

        lang = current_language()
        profile = self.session.profile
        name = (profile.name_th if lang == "th" else profile.name_en) or profile.name_th or \
            profile.name_en or self.tr("New assessment")
        year = self.session.assessment.assessment_year
        if year is None:
            return name
        shown = self.tr("%1 · year %2").replace("%1", name).replace("%2", format_year(year, lang))
        if self._from_year is not None:
            shown += " " + self.tr("(from %1)").replace("%1", format_year(self._from_year, lang))
        return shown

    def _source_year(self) -> int | None:
        source = self.session.assessment.carried_from
        if not source:
            return None
        try:
            return self.session.store.get_assessment(source).assessment_year
        except Exception:  # the earlier assessment was deleted: no "from" to show
            return None

    def _side_panel_wanted(self) -> bool:
        remembered = self.app_context.prefs.side_panel() if self.app_context is not None else None
        if remembered is not None:
            return remembered
        free = free_area(self)
        return free is None or free.width() >= SIDE_PANEL_MIN_SCREEN

    def show_side_panel(self, on: bool) -> None:
        """Fold the page list away (more room for the page) or bring it back; remembered."""
        self.side.setVisible(on)
        for control in (self.side_action, self.wizard.pages_button):
            control.blockSignals(True)
            control.setChecked(on)
            control.blockSignals(False)
        if self.app_context is not None and self.isVisible():
            self.app_context.prefs.set_side_panel(on)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Show the page where the user left off (or the welcome page)."""
        last = self.session.assessment.last_page
        self.wizard.blockSignals(True)  # restart() enters the first page: not a visit to save
        try:
            self.wizard.restart()
        finally:
            self.wizard.blockSignals(False)
        self.wizard.go_to(last if last in self.wizard.keys else self.wizard.keys[0])

    def _page_entered(self, key: str) -> None:
        self.session.remember_page(key)
        self.side.update_all()
        self.page_help_action.setEnabled(hasattr(self.wizard.pages.get(key), "help_button"))

    def _show_saved(self, when: Any) -> None:
        if self.session.last_error is not None:  # still failing (e.g. after a language change)
            self._save_failed(self.session.last_error)
            return
        self.save_banner.hide()
        self.saved_label.setPalette(self._plain_palette)
        if when is None:
            self.saved_label.setText(self.tr("saved automatically"))
        else:
            self.saved_label.setText(self.tr("saved %1").replace("%1", when.strftime("%H:%M")))

    def _save_failed(self, error: BaseException) -> None:
        """One banner, updated at each retry; never a dialog per attempt."""
        self.saved_label.setText(self.tr("not saved"))
        tint(self.saved_label, "#b00020")
        self.save_banner.setText(self.tr("not saved: %1").replace("%1", unsaved.failure_text(error)))
        self.save_banner.show()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.session.has_pending() and (old is self or self.isAncestorOf(old)):
            self.session.commit()

    def unsaved_changes(self) -> list[str]:
        """What the database does not have yet, by the names the pages show (crash dialog)."""
        return unsaved.change_names(self) if self.session.has_pending() else []

    def _scheme_mapped(self, assessment_id: str) -> None:
        """The assessment is on the shown version now: reopen it so every page reads it anew."""
        if self.app_context is None:
            return
        self.close()
        self.app_context.open_wizard(assessment_id)

    def undo(self) -> Any:
        """Edit › Undo (ecoassess_app.ui.wizard_menus): the step taken back, or None."""
        return self.menus.undo()

    def refresh_pages(self) -> None:
        """Show the session's data again on the page in view and in the page list."""
        page = self.wizard.current_page_widget()
        if page is not None:
            page.reload()
        self.side.update_all()
        self.show_progress()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closing:  # a second close while the first waits or asks
            event.ignore()
            return
        self._closing = True
        try:
            ready = self._ready_to_close()
        finally:
            self._closing = False
        if not ready:
            event.ignore()
            return
        cast(QApplication, QApplication.instance()).focusChanged.disconnect(self._focus_changed)
        self.session.write_page()
        if self.app_context is not None:
            self.app_context.prefs.set_geometry("wizard", bytes(self.saveGeometry().data()))
        self.closed.emit(self.session.id)
        super().closeEvent(event)

    def _ready_to_close(self) -> bool:
        """An export started here finishes first (this window is deleted on close); then the
        edits are saved, or the user chooses what happens to those the database refuses."""
        from ecoassess_app.ui.workers import pool

        pool().wait_for(self)
        return self.close_guard.may_close()
