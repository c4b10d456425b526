"""Next year's assessment starts from this year's: answers carried over, evidence kept by name."""

from __future__ import annotations

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.storage import open_store


def test_copy_forward_carries_answers_evidence_and_open_actions(tmp_path):
    with open_store(tmp_path / "d") as store:
        source_id = create_demo(store)
        source = store.get_assessment(source_id)
        files_before = sorted(p.name for p in (tmp_path / "d" / "evidence").rglob("*") if p.is_file())

        new_id = store.copy_forward(source_id)
        new = store.get_assessment(new_id)

        assert new.id != source_id and new.carried_from == source_id
        assert new.factory_uid == source.factory_uid and new.profile == source.profile
        assert new.status is model.AssessmentStatus.DRAFT and new.assessment_date is None
        assert set(new.answers) == set(source.answers)
        for item_id, answer in new.answers.items():
            assert answer.status is model.WorkflowStatus.CARRIED_OVER
            assert answer.value == source.answers[item_id].value
            assert answer.note == source.answers[item_id].note
        assert [(e.sha256, e.original_name, e.description, e.items) for e in new.evidence] == [
            (e.sha256, e.original_name, e.description, e.items) for e in source.evidence]
        assert all(not e.original_name.startswith(e.sha256[:12]) for e in new.evidence)
        assert [a.description for a in new.actions] == [
            a.description for a in source.actions if a.status is not model.ActionStatus.DONE]
        files_after = sorted(p.name for p in (tmp_path / "d" / "evidence").rglob("*") if p.is_file())
        assert files_after == files_before  # the files are shared, not copied again
        # The original is untouched.
        assert store.get_assessment(source_id).answers == source.answers
