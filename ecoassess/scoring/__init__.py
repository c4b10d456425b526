"""The readiness engine: one pure place that computes every score, verdict and gap."""

from ecoassess.scoring.engine import effective_settings, evaluate, evaluate_assessment, what_if
from ecoassess.scoring.result import (
    CriterionResult,
    Gap,
    PrerequisiteResult,
    ReadinessResult,
    Suggestion,
    Verdict,
    Warning,
)

__all__ = [
    "CriterionResult", "Gap", "PrerequisiteResult", "ReadinessResult", "Suggestion", "Verdict",
    "Warning", "effective_settings", "evaluate", "evaluate_assessment", "what_if",
]
