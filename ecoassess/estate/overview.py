"""Everything the estate view, its report and `estate overview` show, computed once from the
snapshots (latest per factory) and the officer's settings. JSON-ready through `to_dict`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess.bitext import Bi
from ecoassess.estate import figures
from ecoassess.estate.framework import (
    DIMENSION_IDS,
    ROLLUP_FRAMEWORK,
    check_mapping,
    framework,
    history_of,
)
from ecoassess.estate.levels import FrameworkView, framework_view
from ecoassess.estate.records import EstateInfo, SnapshotRow

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store


@dataclass
class Overview:
    estate: EstateInfo
    as_of: date
    anonymised: bool
    scheme_id: str
    scheme_version: str
    criteria: list[str]
    coverage: figures.Coverage
    readiness: figures.Readiness
    heatmap: figures.HeatMap
    mapping_provenance: str  # draft (the app's inference) | officer
    dimensions: list[figures.DimensionScore]
    eco_efficiency: figures.EcoEfficiency
    signals: figures.Signals
    framework: FrameworkView
    history: list[dict[str, Any]] = field(default_factory=list)
    scored_on_other_version: int = 0  # factories whose scheme version is not here (newest used)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = _json(asdict(self))
        return document


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def display_names(latest: list[SnapshotRow], lang: str, anonymise: bool) -> dict[int, str]:
    """The name each factory is shown by: its code when anonymised, or when its snapshot does not
    record that it agreed to share its data; otherwise its name in `lang` (or its code)."""
    return {r.factory_id: (r.code if anonymise or not r.consent else (r.name(lang) or r.code))
            for r in latest}


def mapping_of(estate: EstateInfo) -> tuple[dict[str, list[str]], str]:
    """The dimension mapping in use and its provenance (the app's draft, or the officer's)."""
    officer = estate.settings.get("mapping")
    if officer:
        return check_mapping(officer), "officer"
    rollup = framework(ROLLUP_FRAMEWORK).dimension_mapping
    assert rollup is not None
    return {d: list(rollup.members[d]) for d in DIMENSION_IDS}, "draft"


def readiness_threshold(estate: EstateInfo, scheme: Scheme) -> tuple[float, str]:
    officer = estate.settings.get("readiness_threshold")
    if officer is not None:
        return float(officer), "officer"
    setting = scheme.settings.target_percent
    return float(setting.value), setting.provenance


def _history(estate: EstateInfo) -> list[dict[str, Any]]:
    fw = framework(ROLLUP_FRAMEWORK)
    history = history_of(estate.name_th)
    from ecoassess.estate.framework import level_history

    sources = {s.id: s for s in level_history().sources}
    out = []
    for entry in history:
        level = fw.level(entry.level)
        out.append({**entry.model_dump(), "level_name": level.name.as_dict() if level else
                    {"th": entry.level, "en": entry.level},
                    "source_titles": [sources[s].title for s in entry.sources if s in sources]})
    return out


def build_overview(store: Store, estate: EstateInfo, lang: str, *, anonymise: bool = False,
                   as_of: date | None = None, rows: list[SnapshotRow] | None = None,
                   progress: Any = None) -> Overview:
    """The whole estate picture. `rows` (all snapshots, scored) may be passed to reuse them."""
    from ecoassess.asof import as_of_date
    from ecoassess.estate.results import latest_per_factory, scored_rows
    from ecoassess.scheme import latest_scheme
    from ecoassess.storage import estates as db

    as_of = as_of or as_of_date()
    rows = rows if rows is not None else scored_rows(store, estate.id, progress)
    latest = latest_per_factory(rows)
    counts: dict[int, int] = {}
    for row in rows:
        counts[row.factory_id] = counts.get(row.factory_id, 0) + 1
    scheme = latest_scheme(store.layout.root)  # names and maxima of C01–C14; scores per snapshot
    names = display_names(latest, lang, anonymise)
    heat = figures.heat_map(scheme, latest, counts, names, as_of)
    mapping, mapping_provenance = mapping_of(estate)
    threshold, provenance = readiness_threshold(estate, scheme)
    means = {s.id: s.mean_percent for s in heat.criteria}
    chosen = framework(estate.framework_id)
    return Overview(
        estate, as_of, anonymise, scheme.id, scheme.version, [c.id for c in scheme.criteria],
        figures.coverage(latest, rows, as_of), figures.readiness(latest, threshold, provenance),
        heat, mapping_provenance,
        figures.dimensions(framework(ROLLUP_FRAMEWORK), mapping, mapping_provenance, latest, heat,
                           scheme.improvement.years),
        figures.eco_efficiency(scheme, latest), figures.signals(latest),
        framework_view(chosen, estate.settings, db.requirement_statuses(store, estate.id), means),
        _history(estate), sum(1 for r in latest if r.summary and not r.summary.get("exact", True)))


def criterion_name(overview: Overview, criterion_id: str) -> Bi:
    return next((s.name for s in overview.heatmap.criteria if s.id == criterion_id),
                {"th": criterion_id, "en": criterion_id})
