"""Factory size from employees and revenue under the Thai SME definition (revenue decides)."""

from __future__ import annotations

import pytest

from ecoassess.errors import ValidationError
from ecoassess.model import FactoryProfile
from ecoassess.sme import decide_size, effective_size, suggest_size


@pytest.mark.parametrize(("employees", "revenue", "size", "basis"), [
    (None, None, None, None),
    (3, None, "small", "employees"),
    (50, None, "small", "employees"),
    (51, None, "medium", "employees"),
    (200, None, "medium", "employees"),
    (201, None, "large", "employees"),
    (None, 100_000_000, "small", "revenue"),
    (None, 100_000_001, "medium", "revenue"),
    (None, 500_000_000, "medium", "revenue"),
    (None, 500_000_001, "large", "revenue"),
    (300, 80_000_000, "small", "revenue"),  # disagreement: revenue decides
    (20, 700_000_000, "large", "revenue"),
    (180, 420_000_000, "medium", "revenue"),
])
def test_suggested_size(employees, revenue, size, basis):
    s = suggest_size(employees, revenue)
    assert (s.size, s.basis) == (size, basis)


def test_disagreement_and_micro_are_reported():
    assert suggest_size(300, 80_000_000).disagree
    assert not suggest_size(30, 80_000_000).disagree
    assert suggest_size(4, 1_500_000).micro and suggest_size(4, 1_500_000).size == "small"
    assert not suggest_size(6, 1_500_000).micro


def test_negative_inputs_name_the_place():
    with pytest.raises(ValidationError) as caught:
        suggest_size(None, -1)
    assert caught.value.params["path"] == "profile.annual_revenue_baht"
    with pytest.raises(ValidationError):
        suggest_size(-3, None)


def test_revenue_decides_and_a_declared_size_counts_only_without_figures():
    profile = FactoryProfile(employees_permanent=20, annual_revenue_baht=900_000_000)
    assert effective_size(profile) == "large"
    profile.size = "small"
    assert effective_size(profile) == "large"  # the SME rule: the declared size cannot override
    decision = decide_size(profile)
    assert (decision.basis, decision.declared, decision.contradicts) == ("revenue", "small", True)
    assert effective_size(FactoryProfile(size="small")) == "small"
    assert decide_size(FactoryProfile(size="small")).basis == "declared"
    assert decide_size(FactoryProfile(employees_permanent=600, size="medium")).size == "large"
    assert effective_size(None) is None
    profile.size = "huge"
    with pytest.raises(ValidationError):
        effective_size(profile)
