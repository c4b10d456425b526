"""Next year's assessment starts from this year's: answers carried over, evidence kept by name."""

from __future__ import annotations

import pytest

from ecoassess import model
from ecoassess.demo import create_demo
from ecoassess.errors import ValidationError
from ecoassess.storage import open_store
from ecoassess.storage.carry import shift_data_window


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
            if item_id != "improvement":  # its data window moves with the year (below)
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


def test_next_year_is_the_following_year_and_moves_the_data_window(tmp_path):
    with open_store(tmp_path / "d") as store:
        source_id = create_demo(store)  # assessed 2026 (2569), data for 2023–2025
        source = store.get_assessment(source_id)
        assert source.assessment_year == 2026
        new = store.get_assessment(store.copy_forward(source_id))

        assert new.assessment_year == 2027
        old_rows = {r["year"]: r for r in source.answers["improvement"].value["years"]}
        rows = new.answers["improvement"].value["years"]
        assert [r["year"] for r in rows] == [2024, 2025, 2026]
        assert rows[0] == old_rows[2024] and rows[1] == old_rows[2025]  # the last two years kept
        assert rows[2] == {"year": 2026}  # and an empty new one to fill in
        # 2023 dropped out of the window, so the reference year moves to its first year.
        assert new.answers["improvement"].value["reference_year"] == 2024
        summary = next(s for s in store.list_assessments() if s.id == new.id)
        assert (summary.assessment_year, summary.carried_from_year) == (2027, 2026)


def test_next_year_with_a_chosen_year(tmp_path):
    with open_store(tmp_path / "d") as store:
        source_id = create_demo(store)
        new = store.get_assessment(store.copy_forward(source_id, year=2028))
        assert new.assessment_year == 2028
        assert [r["year"] for r in new.answers["improvement"].value["years"]] == [2025, 2026, 2027]
        with pytest.raises(ValidationError) as same:
            store.copy_forward(source_id, year=2026)
        assert "2026" in same.value.message("en") and same.value.key == "carry.year_not_later"
        with pytest.raises(ValidationError) as be:
            store.copy_forward(source_id, year=2570)  # a Buddhist-Era year: the CE is suggested
        assert "2027" in be.value.message("th")
        assert len(store.list_assessments()) == 2  # nothing was created by the refusals


def test_data_window_keeps_the_reference_year_while_it_is_inside():
    value = {"years": [{"year": 2023, "energy": 1}, {"year": 2024}, {"year": 2025}],
             "reference_year": 2024}
    moved = shift_data_window(value, 1)
    assert [r["year"] for r in moved["years"]] == [2024, 2025, 2026]
    assert moved["reference_year"] == 2024
    assert shift_data_window({"years": []}, 1) == {"years": []}
