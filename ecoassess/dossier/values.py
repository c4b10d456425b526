"""Formatting answer values and evidence references for the dossier."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess.dossier.blocks import Ctx
from ecoassess.scoring.evidence_expiry import lapses  # the one rule, shared with the engine

__all__ = ["annex_key", "evidence_refs", "format_input", "human_size", "items_without_evidence",
           "lapses"]

if TYPE_CHECKING:
    from ecoassess.scheme.schema import InputDef


def format_input(ctx: Ctx, input_def: InputDef, raw: Any) -> str:
    """An entered value as text in the dossier's language, following its scheme input type."""
    if raw is None or raw == "" or raw == []:
        return "—"
    kind = input_def.type
    if kind == "bool":
        return ctx.tt("yes" if raw else "no")
    if kind in ("number", "percent", "integer") and isinstance(raw, int | float) and not isinstance(raw, bool):
        text = ctx.number(raw, 0 if kind == "integer" else 2)
        unit = " %" if kind == "percent" else (" " + ctx.pick1(input_def.unit) if input_def.unit else "")
        return text + unit
    if kind in ("options", "choice"):
        ids = raw if isinstance(raw, list) else [raw]
        labels = []
        for option_id in ids:
            option = input_def.option(option_id) if isinstance(option_id, str) else None
            labels.append(ctx.pick(option.label) if option else str(option_id))
        return "\n".join(f"• {label}" for label in labels) if kind == "options" else labels[0]
    if kind == "date":
        try:
            return ctx.day(raw if isinstance(raw, date) else date.fromisoformat(str(raw)))
        except ValueError:
            return str(raw)
    return str(raw)


def evidence_refs(evidence: list[Any]) -> dict[int, str]:
    """Reference numbers E001, E002… in the order of the evidence list (by id)."""
    return {ev.id: f"E{n:03d}" for n, ev in enumerate(sorted(evidence, key=lambda e: e.id), 1)}


def annex_key(ref: str) -> str:
    """The bookmark (and page reference) of an evidence file in the annex."""
    return f"annex-{ref}"


def human_size(size: int, lang: str) -> str:
    units = ["B", "KB", "MB", "GB"]
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def items_without_evidence(ctx: Ctx) -> list[str]:
    """The general requirements and applicable criteria no evidence file cites, by name."""
    cited = {item for ev in ctx.assessment.evidence for item in ev.items}
    names = [f"{p.id} {ctx.pick1(p.title)}" for p in ctx.result.prerequisites if p.id not in cited]
    for c in ctx.result.criteria:
        if not c.not_applicable and c.id not in cited:
            number = ctx.criterion(c.id).number
            names.append(ctx.t("criterion_heading", number=number, name=ctx.pick1(c.name)))
    return names
