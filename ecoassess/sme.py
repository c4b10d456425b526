"""Factory size (large / medium / small) from employees and revenue, by the Thai SME definition.

Ministerial regulation on SME characteristics, 2562 BE (in force January 2020), manufacturing:
small up to 50 employees and revenue up to 100 million baht (micro, 1–5 employees and up to
1.8 million baht, is part of small); medium 51–200 employees or revenue over 100 up to 500
million baht; above that, large. Where the two point to different sizes, revenue decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ecoassess.errors import ValidationError

if TYPE_CHECKING:
    from ecoassess.model import FactoryProfile

SMALL_MAX_EMPLOYEES = 50
MEDIUM_MAX_EMPLOYEES = 200
MICRO_MAX_EMPLOYEES = 5
SMALL_MAX_REVENUE = 100_000_000
MEDIUM_MAX_REVENUE = 500_000_000
MICRO_MAX_REVENUE = 1_800_000
SIZES = ("large", "medium", "small")


@dataclass(frozen=True)
class SizeSuggestion:
    """The suggested size, what decided it, and whether employees and revenue disagree."""

    size: str | None  # None when neither employees nor revenue is known
    basis: str | None  # "revenue" | "employees" | None
    micro: bool = False
    by_employees: str | None = None
    by_revenue: str | None = None

    @property
    def disagree(self) -> bool:
        return None not in (self.by_employees, self.by_revenue) and \
            self.by_employees != self.by_revenue


def size_by_employees(employees: int) -> str:
    if employees <= SMALL_MAX_EMPLOYEES:
        return "small"
    return "medium" if employees <= MEDIUM_MAX_EMPLOYEES else "large"


def size_by_revenue(revenue_baht: float) -> str:
    if revenue_baht <= SMALL_MAX_REVENUE:
        return "small"
    return "medium" if revenue_baht <= MEDIUM_MAX_REVENUE else "large"


def suggest_size(employees: int | None, revenue_baht: float | None) -> SizeSuggestion:
    """Suggest a size; revenue decides when both are known. Negative values are an error."""
    if employees is not None and employees < 0:
        raise ValidationError("value.negative", path="profile.employees", value=employees)
    if revenue_baht is not None and revenue_baht < 0:
        raise ValidationError("value.negative", path="profile.annual_revenue_baht",
                              value=revenue_baht)
    by_emp = size_by_employees(employees) if employees is not None else None
    by_rev = size_by_revenue(revenue_baht) if revenue_baht is not None else None
    micro = (employees is None or employees <= MICRO_MAX_EMPLOYEES) and \
        (revenue_baht is None or revenue_baht <= MICRO_MAX_REVENUE) and \
        (employees is not None or revenue_baht is not None)
    if by_rev is not None:
        return SizeSuggestion(by_rev, "revenue", micro, by_emp, by_rev)
    if by_emp is not None:
        return SizeSuggestion(by_emp, "employees", micro, by_emp, None)
    return SizeSuggestion(None, None)


def employee_count(profile: FactoryProfile) -> int | None:
    """Employees counted for the size: the permanent employees (outsourced staff are employed
    by someone else). [I] the regulation counts the firm's own employment."""
    return profile.employees_permanent


@dataclass(frozen=True)
class SizeDecision:
    """The size used for G2 and why. Revenue decides; without revenue, employees; without both,
    the declared size. A declared size that contradicts the figures is kept for the warning."""

    size: str | None
    basis: str | None  # "revenue" | "employees" | "declared" | None (nothing known)
    declared: str | None = None
    by_figures: str | None = None

    @property
    def contradicts(self) -> bool:
        return None not in (self.declared, self.by_figures) and self.declared != self.by_figures


def decide_size(profile: FactoryProfile | None) -> SizeDecision:
    """THE size rule (the SME regulation lets revenue decide; a declared size does not override
    the figures, it stands in only where neither revenue nor employees is known)."""
    if profile is None:
        return SizeDecision(None, None)
    declared = profile.size or None
    if declared is not None and declared not in SIZES:
        raise ValidationError("value.unknown_option", path="profile.size", value=declared)
    suggested = suggest_size(employee_count(profile), profile.annual_revenue_baht)
    if suggested.size is not None:
        return SizeDecision(suggested.size, suggested.basis, declared, suggested.size)
    if declared is not None:
        return SizeDecision(declared, "declared", declared, None)
    return SizeDecision(None, None)


def effective_size(profile: FactoryProfile | None) -> str | None:
    """The size used for G2 (see `decide_size`)."""
    return decide_size(profile).size
