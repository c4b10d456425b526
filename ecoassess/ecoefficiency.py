"""Continual-improvement figures: intensities, year-on-year change, 3-year trend, eco-efficiency index.

Intensity = quantity ÷ (product value ÷ scale), e.g. tonnes per million baht. Eco-efficiency
follows the usual WBCSD form [I]: product value ÷ environmental influence, and its index against
the reference year is 100 × intensity(reference) ÷ intensity(year). Bad inputs give messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ecoassess.bitext import Bi, bi, text
from ecoassess.i18n import year_text

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme


@dataclass
class QuantitySeries:
    id: str
    label: Bi
    unit: Bi
    values: dict[int, float | None]
    intensities: dict[int, float | None]  # per `intensity_unit`
    yoy_percent: dict[int, float | None]  # change of intensity against the year before
    index: dict[int, float | None]  # eco-efficiency index, reference year = 100
    efficiency: dict[int, float | None]  # eco-efficiency: product value ÷ amount (value unit per unit)
    improving: bool | None  # None: not enough data to tell
    supports: list[str] = field(default_factory=list)


@dataclass
class EcoEfficiency:
    years: list[int]
    reference_year: int | None
    product_value: dict[int, float | None]
    intensity_unit: Bi
    series: list[QuantitySeries]
    overall_index: dict[int, float | None]  # mean of the available quantity indices
    messages: list[Bi]
    provenance: str


def _number(raw: Any) -> float | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    return float(raw)


def _rows(value: dict[str, Any] | None, messages: list[Bi]) -> dict[int, dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    for i, row in enumerate((value or {}).get("years") or []):
        year = row.get("year") if isinstance(row, dict) else None
        if isinstance(year, bool) or not isinstance(year, int):
            messages.append(bi("eco.bad_year", place=f"improvement.years[{i}]"))
            continue
        rows[year] = row
    return dict(sorted(rows.items()))


def _checked(raw: Any, year: int, label: Bi, messages: list[Bi]) -> float | None:
    value = _number(raw)
    if raw is None:
        messages.append(bi("eco.missing", year=year_text(year), quantity=label))
    elif value is None:
        messages.append(bi("eco.not_number", year=year_text(year), quantity=label))
    elif value < 0:
        messages.append(bi("eco.negative", year=year_text(year), quantity=label))
        return None
    return value


def compute(scheme: Scheme, value: dict[str, Any] | None) -> EcoEfficiency:
    """All figures of the improvement block; never raises on zero, missing or negative data."""
    spec = scheme.improvement
    messages: list[Bi] = []
    rows = _rows(value, messages)
    years = list(rows)
    pv_label = text(spec.product_value.label)
    product = {y: _checked(rows[y].get(spec.product_value.id), y, pv_label, messages) for y in years}
    for y, pv in product.items():
        if pv == 0:
            messages.append(bi("eco.zero_product", year=year_text(y)))
    reference = (value or {}).get("reference_year")
    if reference not in rows:
        if reference is not None:
            messages.append(bi("eco.bad_reference", year=year_text(reference)))
        reference = years[0] if years else None
    series = [_series(q, rows, product, reference, spec, messages) for q in spec.quantities]
    overall: dict[int, float | None] = {}
    for y in years:
        found = [v for v in (s.index.get(y) for s in series) if v is not None]
        overall[y] = round(sum(found) / len(found), 2) if found else None
    if len(years) < spec.years:
        messages.append(bi("eco.too_few_years", wanted=spec.years, got=len(years)))
    return EcoEfficiency(years, reference, product, text(spec.intensity_unit), series, overall,
                         messages, spec.provenance)


def _series(q: Any, rows: dict[int, dict[str, Any]], product: dict[int, float | None],
            reference: int | None, spec: Any, messages: list[Bi]) -> QuantitySeries:
    label = text(q.label)
    values = {y: _checked(rows[y].get(q.id), y, label, messages) for y in rows}
    intensities: dict[int, float | None] = {}
    for y, amount in values.items():
        pv = product.get(y)
        intensities[y] = amount / (pv / spec.intensity_scale) if amount is not None and pv else None
    yoy: dict[int, float | None] = {}
    index: dict[int, float | None] = {}
    efficiency = {y: (round(p / amount, 6) if amount and (p := product.get(y)) is not None else None)
                  for y, amount in values.items()}
    ref = intensities.get(reference) if reference is not None else None
    for y, now in intensities.items():
        before = intensities.get(y - 1)
        yoy[y] = round((now - before) / before * 100, 2) if now is not None and before else None
        index[y] = round(ref / now * 100, 2) if ref and now else None
        if now == 0 and values[y] == 0:
            messages.append(bi("eco.zero_quantity", year=year_text(y), quantity=label))
    return QuantitySeries(q.id, label, text(q.unit), values,
                          {y: (round(v, 6) if v is not None else None) for y, v in intensities.items()},
                          yoy, index, efficiency, _improving(intensities, spec.years),
                          list(q.supports))


def _improving(intensities: dict[int, float | None], span: int) -> bool | None:
    """True when the last `span` consecutive years each have a lower intensity than the one before."""
    years = sorted(intensities)[-span:]
    if len(years) < span or years[-1] - years[0] != span - 1:
        return None
    series = [v for v in (intensities[y] for y in years) if v is not None]
    if len(series) < span:
        return None
    return all(later < earlier for earlier, later in zip(series, series[1:], strict=False))


def improving_quantities(scheme: Scheme, value: dict[str, Any] | None) -> list[Any]:
    """Quantities (scheme definitions) whose intensity improved every year over the span."""
    result = compute(scheme, value)
    wanted = {s.id for s in result.series if s.improving}
    return [q for q in scheme.improvement.quantities if q.id in wanted]
