"""Closing a wizard with edits the database has not taken: retry, then ask (keep / save to a file / lose)."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ecoassess.paths import safe_file_name
from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.i18n import current_language, pick

if TYPE_CHECKING:
    from ecoassess_app.ui.services import AssessmentSession

KEEP, SAVE_FILE, LOSE = "keep", "file", "lose"
RETRIES_ON_CLOSE = 3  # a lock held for a moment by another program is worth a second or so
RETRY_PAUSE_S = 0.3
log = logging.getLogger("ecoassess.autosave")


def failure_text(error: BaseException | None) -> str:
    """The reason a save failed, in the UI language (core messages, never library English)."""
    from ecoassess.storage.save_errors import save_failure

    return save_failure(error, current_language()) if error is not None else ""


def answer_field_name(field: str) -> str:
    names = {
        "value": QCoreApplication.translate("unsaved", "answers"),
        "not_applicable": QCoreApplication.translate("unsaved", "not applicable"),
        "justification": QCoreApplication.translate("unsaved", "justification"),
        "note": QCoreApplication.translate("unsaved", "notes"),
        "status": QCoreApplication.translate("unsaved", "progress"),
    }
    return names.get(field, field)


def assessment_field_name(field: str, profile_captions: dict[str, str]) -> str:
    names = {
        "signatory_name": QCoreApplication.translate("unsaved", "signatory name"),
        "signatory_position": QCoreApplication.translate("unsaved", "signatory position"),
        "settings": QCoreApplication.translate("unsaved", "target and scheme settings"),
        "status": QCoreApplication.translate("unsaved", "status"),
    }
    return profile_captions.get(field) or names.get(field, field)


def change_names(window: Any) -> list[str]:
    """The unsaved changes of a wizard window by the names its pages show, e.g. "5. Energy: notes"."""
    session, pages = window.session, window.wizard.pages
    profile_page = pages.get("profile")
    captions = profile_page.caption_texts() if profile_page is not None else {}
    captions.setdefault("estate_kind", captions.get("estate", "estate"))
    profile = QCoreApplication.translate("unsaved", "Factory profile")
    plan = QCoreApplication.translate("unsaved", "Action plan")
    names: list[str] = []
    for item_id, field in session.pending_changes():
        if item_id == "profile":
            names.append(f"{profile}: {captions.get(field, field)}")
        elif item_id == "assessment":
            names.append(assessment_field_name(field, captions))
        elif item_id == "action":
            action = next((a for a in session.assessment.actions if str(a.id) == field), None)
            names.append(f"{plan}: {action.description[:60] if action else field}")
        else:
            names.append(f"{item_name(session, pages, item_id)}: {answer_field_name(field)}")
    return list(dict.fromkeys(names))


def item_name(session: AssessmentSession, pages: dict[str, Any], item_id: str) -> str:
    prerequisite = session.scheme.prerequisite(item_id)
    if prerequisite is not None:
        return f"{prerequisite.id} · {pick(prerequisite.title)}"
    page = pages.get(item_id)
    return page.side_title() if page is not None else item_id


def retry(session: AssessmentSession) -> bool:
    """Try the queue again a few times (a short lock by another program clears); True when saved."""
    for attempt in range(RETRIES_ON_CLOSE):
        if session.flush():
            return True
        if attempt + 1 < RETRIES_ON_CLOSE:
            time.sleep(RETRY_PAUSE_S)
    return False


def ask(parent: QWidget, reason: str, names: list[str]) -> str:
    """The three choices, KEEP (also Esc and the title bar's close), SAVE_FILE or LOSE."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("unsaved", "Changes not saved"),
                      "", parent=parent)
    box.setText(QCoreApplication.translate("unsaved", "These changes are not in the database yet:") + "\n"
                + "\n".join(f"• {name}" for name in names))
    box.setInformativeText(
        QCoreApplication.translate("unsaved", "Reason: %1").replace("%1", reason) + "\n\n"
        + QCoreApplication.translate("unsaved", "Keep the window open and they are retried, save all the answers to a file so that nothing is lost (an answer file, which the command line scores and exports), or close and lose these changes."))
    keep = box.addButton(QCoreApplication.translate("unsaved", "&Keep the window open"),
                         QMessageBox.ButtonRole.RejectRole)
    to_file = box.addButton(QCoreApplication.translate("unsaved", "&Save the answers to a file…"),
                            QMessageBox.ButtonRole.AcceptRole)
    lose = box.addButton(QCoreApplication.translate("unsaved", "Close and &lose these changes"),
                         QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return SAVE_FILE if clicked is to_file else LOSE if clicked is lose else KEEP


def choose_answer_file(parent: QWidget, session: AssessmentSession) -> Path | None:
    profile = session.profile
    name = safe_file_name(profile.name_en or profile.name_th or "assessment")
    chosen, _filter = dialogs.save_file(
        parent, QCoreApplication.translate("unsaved", "Save the answers to a file"),
        folders.start_in("answers", f"{name} answers.json"),
        QCoreApplication.translate("unsaved", "Answer files (*.json)"))
    if not chosen:
        return None
    folders.remember("answers", chosen)
    return Path(chosen if chosen.lower().endswith(".json") else chosen + ".json")


def write_answer_file(session: AssessmentSession, path: Path, data_root: Path | None) -> Path:
    """Everything the window holds, unsaved edits included, as an answer file (`answers import`)."""
    from ecoassess import answerfile, fileio
    from ecoassess.errors import ValidationError

    target = Path(path).expanduser().resolve()
    if fileio.depends_on(target, data_root):  # never over the database, whatever the dialog let through
        raise ValidationError("output.app_file", path=str(target))
    document = answerfile.from_assessment(session.assessment, session.scheme)
    return fileio.atomic_write(target, answerfile.to_json(document).encode("utf-8"))


class CloseGuard:
    """What a wizard window does before it closes; `ask` and `choose_file` are replaced by tests."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.ask = lambda reason, names: ask(window, reason, names)
        self.choose_file = lambda: choose_answer_file(window, window.session)
        self.show_error = lambda text: dialogs.warn(
            window, QCoreApplication.translate("unsaved", "Could not save the file"), text)

    def may_close(self) -> bool:
        """True when nothing is lost by closing: saved, written to a file, or given up by choice."""
        session = self.window.session
        if not session.has_pending() or retry(session):
            return True
        while True:
            choice = self.ask(failure_text(session.last_error), change_names(self.window))
            if choice == LOSE:
                log.warning("closed without saving: %s", change_names(self.window))
                session.discard()
                return True
            if choice != SAVE_FILE:
                return False
            if self._save_to_file():
                session.discard()
                return True

    def _save_to_file(self) -> bool:
        from ecoassess_app.ui.errors import error_text

        path = self.choose_file()
        if path is None:
            return False
        context = self.window.app_context
        try:
            written = write_answer_file(self.window.session, path, context.data_dir if context else None)
        except Exception as error:  # a bad place or a full disk: say so and ask again
            self.show_error(error_text(error))
            return False
        log.info("unsaved answers written to %s", written)
        return True
