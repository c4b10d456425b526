"""Thin adapters between widgets and the core: a debounced editing session and copy-forward."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecoassess import model
from ecoassess.storage.service import ANSWER_FIELDS  # the store's own list: no copy to drift

DEBOUNCE_MS = 300


class AssessmentSession(QObject):
    """One open assessment: local copies for instant feedback, every edit saved within ~300 ms.

    Widgets read and write through this object only; it calls the store service, which returns
    plain dataclasses, so no database object ever reaches a widget.
    """

    saved = Signal(object)  # datetime of the last successful save
    changed = Signal(str)  # item id ("profile" for the profile) whose data changed
    evidence_changed = Signal()
    save_failed = Signal(object)  # the exception

    def __init__(self, store: Any, assessment_id: str, scheme: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.id = assessment_id
        self.scheme = scheme
        self.assessment: model.Assessment = store.get_assessment(assessment_id)
        self._pending: dict[str, dict[str, Any]] = {}
        self._profile_pending = False
        self._result: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.last_saved: datetime | None = None

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

    def evidence_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for info in self.assessment.evidence:
            for item in info.items:
                counts[item] = counts.get(item, 0) + 1
        return counts

    def result(self) -> Any:
        """The readiness result for the current (unsaved included) answers; cached until a change."""
        if self._result is None:
            from ecoassess import scoring

            a = self.assessment
            self._result = scoring.evaluate(
                self.scheme, a.profile, a.planned_audit_date, a.answers,
                evidence_counts=self.evidence_counts(), settings=a.settings or None,
            )
        return self._result

    # --- writing -------------------------------------------------------------------------
    def set_value(self, item_id: str, key: str, value: Any) -> None:
        answer = self.answer(item_id)
        new_value = dict(answer.value)
        if value is None:
            new_value.pop(key, None)
        else:
            new_value[key] = value
        if new_value == answer.value:
            return
        self.set_fields(item_id, value=new_value)

    def set_fields(self, item_id: str, **fields: Any) -> None:
        """Change answer fields locally now and queue them for the store."""
        unknown = set(fields) - set(ANSWER_FIELDS)
        if unknown:
            raise TypeError(f"unknown answer fields {sorted(unknown)}")
        answer = self.answer(item_id)
        for name, value in fields.items():
            setattr(answer, name, copy.deepcopy(value))
        if "status" not in fields and answer.status == model.WorkflowStatus.NOT_STARTED:
            answer.status = model.WorkflowStatus.IN_PROGRESS
            fields["status"] = answer.status
        self._pending.setdefault(item_id, {}).update(fields)
        self._touched(item_id)

    def mark_done(self, item_id: str) -> None:
        answer = self.answer(item_id)
        if answer.status in (model.WorkflowStatus.IN_PROGRESS, model.WorkflowStatus.CARRIED_OVER):
            self.set_fields(item_id, status=model.WorkflowStatus.DONE)

    def set_profile(self, **fields: Any) -> None:
        self.assessment.profile = replace(self.assessment.profile, **fields)
        self._profile_pending = True
        self._touched("profile")

    def set_assessment_fields(self, **fields: Any) -> None:
        """Assessment-level fields (dates, signatory, settings, last page): saved at once."""
        for name, value in fields.items():
            setattr(self.assessment, name, value)
        self.store.update_assessment(self.id, **fields)
        self._result = None
        self._mark_saved()
        self.changed.emit("assessment")

    def remember_page(self, key: str) -> None:
        """Where the user is, so reopening lands here; changes no answer and no score."""
        if key != self.assessment.last_page:
            self.assessment.last_page = key
            self.store.update_assessment(self.id, last_page=key)

    def _touched(self, item_id: str) -> None:
        self._result = None
        self._timer.start()
        self.changed.emit(item_id)

    def has_pending(self) -> bool:
        return bool(self._pending) or self._profile_pending

    def flush(self) -> None:
        """Write every queued change, each answer in its own committed store call."""
        self._timer.stop()
        try:
            if self._profile_pending:
                self._profile_pending = False
                self.store.update_profile(self.id, self.assessment.profile)
            while self._pending:
                item_id, fields = next(iter(self._pending.items()))
                del self._pending[item_id]
                self.store.save_answer(self.id, item_id, **fields)
        except Exception as error:  # shown by the window; the local copy still holds the edit
            self.save_failed.emit(error)
            return
        self._mark_saved()

    def _mark_saved(self) -> None:
        self.last_saved = datetime.now()
        self.saved.emit(self.last_saved)

    # --- evidence --------------------------------------------------------------------------
    def attach_evidence(self, item_id: str, path: Any, description: str = "",
                        document_date: date | None = None) -> model.EvidenceInfo:
        info = self.store.add_evidence(self.id, path, description=description,
                                       document_date=document_date, items=[item_id])
        self._reload_evidence()
        return info

    def unlink_evidence(self, evidence_id: int, item_id: str) -> None:
        self.store.unlink_evidence(self.id, evidence_id, item_id)
        self._reload_evidence()

    def update_evidence(self, evidence_id: int, **fields: Any) -> None:
        self.store.update_evidence(self.id, evidence_id, **fields)
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

    def update_action(self, action_id: int, **fields: Any) -> None:
        self.store.update_action(action_id, **fields)
        for index, action in enumerate(self.assessment.actions):
            if action.id == action_id:
                self.assessment.actions[index] = replace(action, **fields)
        self._mark_saved()

    def delete_action(self, action_id: int) -> None:
        self.store.delete_action(action_id)
        self.assessment.actions = [a for a in self.assessment.actions if a.id != action_id]
        self._mark_saved()
