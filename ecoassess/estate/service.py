"""What the officer changes, checked in one place for the window and the command line: a new
estate from the IEAT list or a free name, the framework in use, thresholds, aspect names, the
dimension mapping, and requirement statuses (including items the officer adds)."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess.errors import ValidationError
from ecoassess.estate.framework import DEFAULT_FRAMEWORK, check_mapping, framework
from ecoassess.estate.records import REQUIREMENT_STATUSES, EstateInfo, RequirementStatus

if TYPE_CHECKING:
    from ecoassess.storage.service import Store

MAX_NAME = 200
MAX_TEXT = 4000


def _clean(text: str, limit: int, what: str) -> str:
    value = " ".join((text or "").split())
    if len(value) > limit:
        raise ValidationError("estate.too_long", field=what, limit=limit)
    return value


def new_estate(store: Store, name: str, framework_id: str | None = None) -> EstateInfo:
    """An estate named after the IEAT list (Thai or English name) or, failing that, a free name."""
    from ecoassess.reference import find_estate
    from ecoassess.storage import estates as db

    name = _clean(name, MAX_NAME, "name")
    if not name:
        raise ValidationError("estate.no_name")
    chosen = framework(framework_id or DEFAULT_FRAMEWORK).id
    listed = find_estate(name)
    if listed is not None:
        return db.create_estate(store, name_th=listed.name_th, name_en=listed.name_en, ieat=True,
                                province_th=listed.province_th, province_en=listed.province_en,
                                framework_id=chosen)
    thai = bool(re.search("[\u0e00-\u0e7f]", name))
    return db.create_estate(store, name_th=name if thai else "", name_en="" if thai else name,
                            framework_id=chosen)


def _percent(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError("estate.bad_percent", field=what, value=value)
    if not 0 <= value <= 100:
        raise ValidationError("estate.bad_percent", field=what, value=value)
    return round(float(value), 2)


def set_framework(store: Store, estate: EstateInfo, framework_id: str) -> EstateInfo:
    from ecoassess.storage import estates as db

    return db.update_estate(store, estate.id, framework_id=framework(framework_id).id)


def set_level_threshold(store: Store, estate: EstateInfo, level_id: str, value: Any) -> EstateInfo:
    """The officer's pass mark for a level (% of the scored items' points); None clears it."""
    from ecoassess.storage import estates as db

    if framework(estate.framework_id).level(level_id) is None:
        raise ValidationError("estate.unknown_level", level=level_id)
    thresholds = dict(estate.settings.get("thresholds") or {})
    percent = _percent(value, level_id)
    if percent is None:
        thresholds.pop(level_id, None)
    else:
        thresholds[level_id] = percent
    return db.update_estate(store, estate.id, thresholds=thresholds or None)


def set_readiness_threshold(store: Store, estate: EstateInfo, value: Any) -> EstateInfo:
    from ecoassess.storage import estates as db

    return db.update_estate(store, estate.id, readiness_threshold=_percent(value, "readiness"))


def name_slot(store: Store, estate: EstateInfo, slot_id: str, name_th: str, name_en: str) -> EstateInfo:
    """Name an aspect or goal the framework leaves unknown; empty names clear it."""
    from ecoassess.storage import estates as db

    fw = framework(estate.framework_id)
    slot = next((s for s in [*fw.aspects, *fw.goals] if s.id == slot_id), None)
    if slot is None or slot.name is not None:
        raise ValidationError("estate.unknown_slot", slot=slot_id)
    names = dict(estate.settings.get("aspect_names") or {})
    th, en = _clean(name_th, MAX_NAME, "name_th"), _clean(name_en, MAX_NAME, "name_en")
    if th or en:
        names[slot_id] = {"th": th, "en": en}
    else:
        names.pop(slot_id, None)
    return db.update_estate(store, estate.id, aspect_names=names or None)


def set_mapping(store: Store, estate: EstateInfo, members: dict[str, list[str]] | None) -> EstateInfo:
    """The officer's dimension mapping; None returns to the app's draft."""
    from ecoassess.storage import estates as db

    return db.update_estate(store, estate.id, mapping=None if members is None else check_mapping(members))


def set_requirement(store: Store, estate: EstateInfo, requirement_id: str, *, status: str,
                    points: Any = None, points_max: Any = None, evidence: str = "", note: str = "",
                    assessed_on: date | None = None) -> RequirementStatus:
    """The officer's status of one requirement item (shipped or added by the officer)."""
    from ecoassess.storage import estates as db

    if status not in REQUIREMENT_STATUSES:
        raise ValidationError("estate.bad_status", status=status, known=", ".join(REQUIREMENT_STATUSES))
    current = db.requirement_statuses(store, estate.id).get(requirement_id)
    found = framework(estate.framework_id).requirement(requirement_id)
    if found is None and (current is None or not current.custom):
        raise ValidationError("estate.unknown_requirement", requirement=requirement_id)
    base = current or RequirementStatus(requirement_id, found[0].id if found else "",
                                        type=found[1].type if found else "scored")
    base.status = status
    base.points = _number(points, "points")
    base.points_max = (found[1].points_max if found and found[1].points_max
                       else _number(points_max, "points_max"))
    if base.points is not None and base.points_max is not None and base.points > base.points_max:
        raise ValidationError("estate.points_above_max", points=base.points, max=base.points_max)
    base.evidence, base.note = _clean(evidence, MAX_TEXT, "evidence"), _clean(note, MAX_TEXT, "note")
    base.assessed_on = assessed_on
    db.save_requirement(store, estate.id, base)
    return base


def _number(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    from ecoassess.limits import check_number

    return float(check_number(value, "count", what))


def add_item(store: Store, estate: EstateInfo, level_id: str, *, title_th: str, title_en: str,
             type_: str = "scored", points_max: Any = None) -> RequirementStatus:
    """A requirement item the officer knows of and the framework does not ship."""
    from ecoassess.storage import estates as db

    if framework(estate.framework_id).level(level_id) is None:
        raise ValidationError("estate.unknown_level", level=level_id)
    if type_ not in ("prerequisite", "mandatory", "scored"):
        raise ValidationError("estate.bad_type", type=type_)
    th, en = _clean(title_th, MAX_NAME, "title_th"), _clean(title_en, MAX_NAME, "title_en")
    if not th and not en:
        raise ValidationError("estate.no_name")
    existing = db.requirement_statuses(store, estate.id)
    number = 1 + max((int(k.rsplit("_", 1)[1]) for k in existing if re.fullmatch(r"officer_\d+", k)),
                     default=0)
    item = RequirementStatus(f"officer_{number}", level_id, custom=True, type=type_, title_th=th,
                             title_en=en, points_max=_number(points_max, "points_max"))
    db.save_requirement(store, estate.id, item)
    return item


def remove_item(store: Store, estate: EstateInfo, requirement_id: str) -> None:
    from ecoassess.storage import estates as db

    current = db.requirement_statuses(store, estate.id).get(requirement_id)
    if current is None or not current.custom:
        raise ValidationError("estate.unknown_requirement", requirement=requirement_id)
    db.delete_requirement(store, estate.id, requirement_id)
