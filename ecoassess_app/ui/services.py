"""Thin adapters between widgets and the core: the wizard's editing session (autosave) and copy-forward."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecoassess import model
from ecoassess.storage.autosave import ANSWER_FIELDS  # the store's own list: no copy to drift

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store

# Typed text reaches the database at most this long after the first unsaved keystroke: a
# deadline, not a quiet period, so that someone who never pauses is still saved every second.
MAX_WAIT_MS = 1000
# After a failed save the queue is kept and retried, waiting longer each time up to the last.
RETRY_MS = (1000, 2000, 4000, 8000)
log = logging.getLogger("ecoassess.autosave")


class AssessmentSession(QObject):
    """One open assessment: local copies for instant feedback, and a queue of edits for the store.

    A click, a choice or a finished field is written at once; typed text (`typing=True`) at the
    latest MAX_WAIT_MS after its first unsaved keystroke, or sooner when the field is left. An
    edit leaves the queue only once the store has taken it: a failed save keeps it queued and
    retries, and `saved` fires only when the queue is empty.

    Widgets read and write through this object only; it calls the store service, which returns
    plain dataclasses, so no database object ever reaches a widget.
    """

    saved = Signal(object)  # datetime: everything queued is in the database
    changed = Signal(str)  # item id ("profile" for the profile) whose data changed
    evidence_changed = Signal()
    save_failed = Signal(object)  # the exception; the edits stay queued and are retried
    undo_changed = Signal()  # a step was added to or taken from the undo log

    def __init__(self, store: Store, assessment_id: str, scheme: Scheme, parent: QObject | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.store = store
        self.id = assessment_id
        self.scheme = scheme
        self.clock = clock
        self.assessment: model.Assessment = store.get_assessment(assessment_id)
        self._pending: dict[str, dict[str, Any]] = {}  # answers: item id -> fields
        self._profile_fields: set[str] = set()  # profile fields changed since the last save
        self._assessment_pending: dict[str, Any] = {}  # dates, signatory, settings
        self._action_pending: dict[int, dict[str, Any]] = {}
        self._result: Any = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.flush)
        self._page_due = False  # the page shown is not stored yet (remember_page)
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(MAX_WAIT_MS)
        self._page_timer.timeout.connect(self.write_page)
        self.failures = 0  # failed attempts since the last successful save
        self.last_error: BaseException | None = None
        self.last_saved: datetime | None = None
        from ecoassess.undo import UndoLog

        self.undo_log = UndoLog()  # the session's edits, unlinks and removals, to take back

    # --- reading -------------------------------------------------------------------------
    @property
    def profile(self) -> model.FactoryProfile:
        return self.assessment.profile

    def answer(self, item_id: str) -> model.ItemAnswer:
        found = self.assessment.answers.get(item_id)
        if found is None:
            found = model.ItemAnswer(item_id=item_id)
            self.assessment.answers[item_id] = found
        return found

    def value(self, item_id: str, key: str, default: Any = None) -> Any:
        return self.answer(item_id).value.get(key, default)

    def evidence_for(self, item_id: str) -> list[model.EvidenceInfo]:
        return [e for e in self.assessment.evidence if item_id in e.items]

    def result(self) -> Any:
        """The readiness result for the current (unsaved included) answers; cached until a change."""
        if self._result is None:
            from ecoassess import scoring

            a = self.assessment
            self._result = scoring.evaluate(
                self.scheme, a.profile, a.planned_audit_date, a.answers,
                evidence_counts=a.evidence_counts(), settings=a.settings or None,
                evidence=a.evidence,
            )
        return self._result

    def progress(self) -> Any:
        """Per item not started / in progress / complete / needs evidence, from the answers
        (the core's rule: ecoassess.scoring.progress), with the counts for the header."""
        from ecoassess.scoring.progress import progress_of

        return progress_of(self.assessment, self.result())

    # --- writing -------------------------------------------------------------------------
    def set_value(self, item_id: str, key: str, value: Any, *, typing: bool = False) -> None:
        answer = self.answer(item_id)
        new_value = dict(answer.value)
        if value is None:
            new_value.pop(key, None)
        else:
            new_value[key] = value
        if new_value == answer.value:
            return
        self.set_fields(item_id, typing=typing, value=new_value)

    def set_route(self, item_id: str, route: str | None) -> None:
        """G2's route chosen on its page: a certificate lands on the profile (the one place they
        are typed, ecoassess.scoring.certificates); "none yet" stays in the answer."""
        from ecoassess.scoring.certificates import move_to_profile

        answer = self.answer(item_id)
        rest = {k: v for k, v in answer.value.items() if k != "ems_route"}
        if route is None:
            if rest != answer.value:
                self.set_fields(item_id, value=rest)
            return
        proposed = replace(answer, value={**rest, "ems_route": route})
        profile, moved, _notices = move_to_profile(self.profile, proposed)
        if profile.certifications != self.profile.certifications:
            self.set_profile(certifications=profile.certifications)
        if moved is not None and moved.value != answer.value:
            self.set_fields(item_id, value=moved.value)

    def set_fields(self, item_id: str, *, typing: bool = False, **fields: Any) -> None:
        """Change answer fields locally now and queue them for the store."""
        unknown = set(fields) - set(ANSWER_FIELDS)
        if unknown:
            raise TypeError(f"unknown answer fields {sorted(unknown)}")
        answer = self.answer(item_id)
        self._remember(item_id, {k: (getattr(answer, k), v) for k, v in fields.items() if k != "status"}, typing)
        for name, value in fields.items():
            setattr(answer, name, copy.deepcopy(value))
        if "status" not in fields and answer.status == model.WorkflowStatus.NOT_STARTED:
            answer.status = model.WorkflowStatus.IN_PROGRESS
            fields["status"] = answer.status
        self._pending.setdefault(item_id, {}).update(copy.deepcopy(fields))
        self._queued(item_id, typing)

    def mark_done(self, item_id: str) -> None:
        answer = self.answer(item_id)
        if answer.status in (model.WorkflowStatus.IN_PROGRESS, model.WorkflowStatus.CARRIED_OVER):
            self.set_fields(item_id, status=model.WorkflowStatus.DONE)

    def set_profile(self, *, typing: bool = False, **fields: Any) -> None:
        self._remember("profile", {k: (getattr(self.profile, k), v) for k, v in fields.items()}, typing)
        self.assessment.profile = replace(self.assessment.profile, **fields)
        self._profile_fields.update(fields)
        self._queued("profile", typing)

    def set_assessment_fields(self, *, typing: bool = False, **fields: Any) -> None:
        """Assessment-level fields (dates, signatory, settings): queued like answers."""
        self._remember("assessment", {k: (getattr(self.assessment, k), v) for k, v in fields.items()}, typing)
        for name, value in fields.items():
            setattr(self.assessment, name, value)
        self._assessment_pending.update(fields)
        self._queued("assessment", typing)

    def reload(self) -> None:
        """Read the assessment again after a change made beside the session (a restore from
        the history, an undo); anything queued is written first."""
        self.flush()
        self.assessment = self.store.get_assessment(self.id)
        self._result = None
        self.evidence_changed.emit()
        self.changed.emit("assessment")

    def remember_page(self, key: str) -> None:
        """Where the user is, so reopening lands here; changes no answer and no score.

        Not an edit: never queued, and a failure only costs the place to reopen at. Written a
        second after the last page change (and when the window closes): stepping through ten
        pages is one write, not ten waits for the disk.
        """
        if key != self.assessment.last_page:
            self.assessment.last_page = key
            self._page_due = True
            self._page_timer.start()

    def write_page(self) -> None:
        """Store the remembered page now, if it changed since it was last stored."""
        self._page_timer.stop()
        if not self._page_due:
            return
        self._page_due = False
        try:
            self.store.update_assessment(self.id, last_page=self.assessment.last_page)
        except Exception:
            log.warning("could not remember the page %s", self.assessment.last_page, exc_info=True)

    def _queued(self, item_id: str, typing: bool) -> None:
        self._result = None
        self.changed.emit(item_id)
        if typing:
            if not self._deadline.isActive() and not self._retry.isActive():
                self._deadline.start()  # from the FIRST unsaved keystroke: never restarted
        else:
            self.commit()

    def has_pending(self) -> bool:
        return bool(self._pending or self._profile_fields or self._assessment_pending or self._action_pending)

    def pending_changes(self) -> list[tuple[str, str]]:
        """What is not in the database yet, as (item id | "profile" | "assessment" | "action", field)."""
        changes: list[tuple[str, str]] = []
        for item_id, fields in self._pending.items():
            named = [f for f in fields if f != "status"] or ["status"]
            changes += [(item_id, f) for f in named]
        changes += [("profile", f) for f in sorted(self._profile_fields)]
        changes += [("assessment", f) for f in self._assessment_pending]
        changes += [("action", str(action_id)) for action_id in self._action_pending]
        return changes

    def commit(self) -> None:
        """An edit is finished (a click, a choice, a field left): save now, unless a retry after
        a failure is already scheduled (it keeps its back-off instead of a save per click)."""
        if not self._retry.isActive():
            self.flush()

    def flush(self) -> bool:
        """Write every queued change; True when the queue is empty afterwards.

        An edit leaves the queue only after the store took it, so a failure loses nothing: it
        is reported (`save_failed`) and retried after RETRY_MS.
        """
        self._deadline.stop()
        self._retry.stop()
        try:
            self._write_queue()
        except Exception as error:  # the queue still holds every edit not yet written
            self._failed(error)
            return False
        if self.failures:
            log.info("saved after %d failed attempt(s)", self.failures)
        self.failures, self.last_error = 0, None
        self._mark_saved()
        return True

    def _write_queue(self) -> None:
        # One store call per change, each its own committed transaction; each is dequeued only
        # after the call returned. The GUI thread is busy meanwhile, so no edit can slip in.
        if self._profile_fields:
            self.store.update_profile(self.id, self.assessment.profile)
            self._profile_fields.clear()
        if self._assessment_pending:
            self.store.update_assessment(self.id, **self._assessment_pending)
            self._assessment_pending.clear()
        while self._pending:
            item_id, fields = next(iter(self._pending.items()))
            self.store.save_answer(self.id, item_id, **fields)
            del self._pending[item_id]
        while self._action_pending:
            action_id, fields = next(iter(self._action_pending.items()))
            self.store.update_action(action_id, **fields)
            del self._action_pending[action_id]

    def _failed(self, error: BaseException) -> None:
        self.last_error = error
        delay = RETRY_MS[min(self.failures, len(RETRY_MS) - 1)]
        self.failures += 1
        log.warning("save failed (attempt %d), retrying in %d ms: %r", self.failures, delay, error)
        self._retry.start(delay)
        self.save_failed.emit(error)

    def discard(self) -> None:
        """Forget the queue (the user chose to lose these changes, or deletes the assessment)."""
        if self.has_pending():
            log.warning("discarding unsaved changes: %s", self.pending_changes())
        self._deadline.stop()
        self._retry.stop()
        self._pending.clear()
        self._profile_fields.clear()
        self._assessment_pending.clear()
        self._action_pending.clear()
        self.failures, self.last_error = 0, None

    def _mark_saved(self) -> None:
        """Say "saved" only when nothing is waiting (a direct save beside a failing queue is not)."""
        if self.has_pending():
            return
        self.last_saved = self.clock()
        self.saved.emit(self.last_saved)

    # --- evidence --------------------------------------------------------------------------
    def attach_evidence(self, item_id: str, path: Any, description: str = "",
                        document_date: date | None = None, expiry: date | None = None) -> model.EvidenceInfo:
        info = self.store.add_evidence(self.id, path, description=description,
                                       document_date=document_date, expiry=expiry, items=[item_id])
        self._reload_evidence()
        return info

    def unlink_evidence(self, evidence_id: int, item_id: str) -> None:
        from ecoassess.undo import unlink_step

        info = next((e for e in self.assessment.evidence if e.id == evidence_id), None)
        self.store.unlink_evidence(self.id, evidence_id, item_id)
        if info is not None:
            self.undo_log.push(unlink_step(info, item_id))
            self.undo_changed.emit()
        self._reload_evidence()

    def update_evidence(self, evidence_id: int, *, item_id: str = "", typing: bool = False,
                        **fields: Any) -> None:
        """A linked file's details (description, document_date, expiry) as edited on `item_id`'s
        page: written at once, recorded in the history, and an undo step."""
        from ecoassess.undo import changes, evidence_step

        info = next((e for e in self.assessment.evidence if e.id == evidence_id), None)
        changed = changes(info, fields) if info is not None else {k: (None, v) for k, v in fields.items()}
        if not changed:
            return
        self.store.update_evidence_details(self.id, evidence_id, item_id=item_id or None,
                                           **{k: new for k, (_old, new) in changed.items()})
        if info is not None:
            self._log("edit_evidence", evidence_id, changed, typing,
                      lambda c, **kw: evidence_step(info, item_id or (info.items or ["assessment"])[0], c, **kw))
        self._reload_evidence()

    def evidence_to_open(self, info: model.EvidenceInfo) -> Any:
        return self.store.evidence_viewing_copy(info.sha256, info.original_name)

    def _reload_evidence(self) -> None:
        self.assessment.evidence = self.store.get_assessment(self.id).evidence
        self._result = None
        self._mark_saved()
        self.evidence_changed.emit()
        self.changed.emit("evidence")

    # --- actions ---------------------------------------------------------------------------
    def add_action(self, item_id: str, description: str, **fields: Any) -> model.Action:
        action = self.store.add_action(self.id, item_id, description, **fields)
        self.assessment.actions.append(action)
        self._mark_saved()
        return action

    def update_action(self, action_id: int, *, typing: bool = False, **fields: Any) -> None:
        """Edits of a plan row (owner, due date, status, text) are queued like answers; each is
        an undo step (typing in one field folds into one)."""
        from ecoassess.undo import action_step, changes

        for index, action in enumerate(self.assessment.actions):
            if action.id == action_id:
                changed = changes(action, fields)
                if changed:
                    self._log("edit_action", action_id, changed, typing,
                              lambda c, a=action, **kw: action_step(a, c, **kw))
                self.assessment.actions[index] = replace(action, **fields)
        self._action_pending.setdefault(action_id, {}).update(fields)
        self._queued("actions", typing)

    def delete_action(self, action_id: int) -> None:
        from ecoassess.undo import delete_action_step

        self.flush()  # its owner, due date and status as last typed go into the undo step
        action = next((a for a in self.assessment.actions if a.id == action_id), None)
        self.store.delete_action(action_id)
        if action is not None:
            self.undo_log.push(delete_action_step(action))
            self.undo_changed.emit()
        self._action_pending.pop(action_id, None)
        self.assessment.actions = [a for a in self.assessment.actions if a.id != action_id]
        self._mark_saved()

    # --- undo ------------------------------------------------------------------------------
    def _remember(self, item_id: str, fields: dict[str, tuple[Any, Any]], typing: bool) -> None:
        """An ordinary edit as an undo step (keystrokes of one field in one burst: one step)."""
        from ecoassess.undo import edit_step

        changed = {k: (old, new) for k, (old, new) in fields.items() if old != new}
        if changed:
            self._log("edit", item_id, changed, typing,
                      lambda c, **kw: edit_step(self.scheme, item_id, c, **kw))

    def _log(self, kind: str, target: Any, changed: dict[str, tuple[Any, Any]], typing: bool,
             make: Callable[..., Any]) -> None:
        self.undo_log.record(kind, target, changed, typing, make)
        self.undo_changed.emit()

    def undo(self) -> Any:
        """Take back the newest step of this session (ecoassess.undo.UndoLog.undo): an edit, a
        file's details, a plan row's edit, an unlink or a removal; the step, or None when there
        is nothing to undo. The data is read back, so every page shows the value restored."""
        if self.undo_log.peek() is None:
            return None
        if not self.flush():
            raise self.last_error or RuntimeError("save failed")
        from ecoassess.undo import UndoTargetGone

        try:
            step = self.undo_log.undo(self.store, self.id)
        except UndoTargetGone:  # dropped: show the files and rows as they are now
            self._reload_plan()
            raise
        finally:
            self.undo_changed.emit()
        assert step is not None
        if step.kind == "edit":
            self.reload()
        else:
            self._reload_plan()
        return step

    def _reload_plan(self) -> None:
        self.assessment.actions = self.store.get_assessment(self.id).actions
        self._reload_evidence()
        self.changed.emit("actions")
