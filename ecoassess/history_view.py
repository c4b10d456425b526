"""The change history as a person reads it: bilingual labels and values, and "restore this value"."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.bitext import Bi, bi, text
from ecoassess.errors import ValidationError
from ecoassess.i18n import format_day, format_year, message

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store

PROFILE_FIELDS = ("name_th", "name_en", "company_th", "company_en", "address", "estate_kind", "estate",
                  "province", "registration_no", "tax_id", "branch", "industry", "employees_permanent",
                  "employees_outsourced", "annual_revenue_baht", "size", "contacts", "certifications",
                  "application_type")
ASSESSMENT_FIELDS = ("assessment_date", "planned_audit_date", "signatory_name", "signatory_position",
                     "status", "scheme_version", "is_demo", "assessment_year", "settings")
ANSWER_FIELDS = ("value", "note", "justification", "not_applicable", "evidence", "action", "action_owner",
                 "action_due_date", "action_status", "action_item_id", "evidence_description",
                 "evidence_document_date", "evidence_expiry")
DATE_FIELDS = ("assessment_date", "planned_audit_date", "action_due_date", "evidence_document_date",
               "evidence_expiry")
# What "nothing" is for each answer field when a restored value was empty
ANSWER_EMPTY = {"value": {}, "note": "", "justification": "", "not_applicable": False}
# Restoring these would not be one field's value: evidence links come back with Undo (Ctrl+Z)
NOT_RESTORABLE = {"evidence", "status", "is_demo", "scheme_version", "action", "action_owner",
                  "action_due_date", "action_status", "action_item_id",  # a removed action: Undo
                  "evidence_description", "evidence_document_date", "evidence_expiry"}


@dataclass
class HistoryRow:
    id: int | None
    item_id: str
    page: Bi  # "C02 การจัดการพลังงาน" / "ข้อมูลโรงงาน"
    what: Bi  # the field: "ตำแหน่งผู้ลงนาม" / "signatory's position"
    old: Bi
    new: Bi
    changed_at: Any
    restorable: bool


def _item(scheme: Scheme | None, item_id: str) -> Any:
    return (scheme.criterion(item_id) or scheme.prerequisite(item_id)) if scheme is not None else None


def _former_item(former: Sequence[Scheme], item_id: str) -> Any:
    return next((found for s in former if (found := _item(s, item_id)) is not None), None)


def page_name(scheme: Scheme | None, item_id: str, former: Sequence[Scheme] = ()) -> Bi:
    """The page a row is on: "C02 การจัดการพลังงาน". An item `scheme` no longer has (dropped by a
    move to its version) is named by the newest of `former` that has it, and says so."""
    found = _item(scheme, item_id)
    if found is not None:
        name = text(found.name)
        return {lang: f"{item_id} {name[lang]}" for lang in name}
    if item_id in ("profile", "assessment", "improvement"):
        return bi(f"history.item.{item_id}")
    if scheme is None:
        return {"th": item_id, "en": item_id}
    old = _former_item(former, item_id)
    if old is None:
        return bi("history.item.gone", id=item_id, version=scheme.version)
    return bi("history.item.gone_named", id=item_id, name=text(old.name), version=scheme.version)


def former_schemes(store: Store, assessment_id: str, scheme: Scheme) -> list[Scheme]:
    """The versions of `scheme` this assessment was on before (moves recorded in its history),
    newest first, those on this computer: they name the rows of criteria `scheme` dropped."""
    from ecoassess.scheme import find_scheme

    versions: list[str] = []
    for row in store.history_page(assessment_id, 0, None, ["assessment"]):  # newest first
        if row.field == "scheme_version":
            versions += [v for v in (row.new_value, row.old_value) if isinstance(v, str)]
    found = (find_scheme(store.layout.root, scheme.id, v)
             for v in dict.fromkeys(versions) if v != scheme.version)
    return [s for s in found if s is not None]


def field_name(item_id: str, field: str) -> Bi:
    """The field in words, never its internal name (signatory_position)."""
    scope = "profile" if item_id == "profile" else "assessment" if item_id == "assessment" else "answer"
    return bi(f"history.{scope}.{field}")


def known_field(item_id: str, field: str) -> bool:
    fields = PROFILE_FIELDS if item_id == "profile" else ASSESSMENT_FIELDS if item_id == "assessment" \
        else ANSWER_FIELDS
    return field in fields


def format_value(scheme: Scheme | None, item_id: str, field: str, value: Any,
                 former: Sequence[Scheme] = ()) -> Bi:
    """A stored history value in words (dates in the Buddhist Era in Thai, options by label; an
    answer to a criterion `scheme` dropped is read with the newest of `former` that has it)."""
    if value is None or value == "" or value == [] or value == {}:
        return {"th": "—", "en": "—"}
    if field.startswith("evidence_") and isinstance(value, dict) and "file" in value:
        detail = format_value(scheme, item_id, field, value.get("value"))  # which file, then its value
        return {lang: f"{value['file']}: {detail[lang]}" for lang in detail}
    if isinstance(value, bool):
        return bi("history.yes" if value else "history.no")
    if field in DATE_FIELDS and isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return {"th": value, "en": value}
        return {lang: format_day(day, lang, "short") for lang in ("th", "en")}
    if field == "action_status" and isinstance(value, str):
        return bi(f"history.action_status.{value}")
    if field == "settings" and isinstance(value, dict):
        return _settings(value)
    if field == "value" and isinstance(value, dict) and item_id == "improvement":
        return _improvement(value)
    if field == "value" and isinstance(value, dict):
        return _answer_value(_item(scheme, item_id) or _former_item(former, item_id), value)
    if field == "certifications" and isinstance(value, list):
        from ecoassess.scoring.certificates import join_certs

        return join_certs(_certificates(value))
    if field == "contacts" and isinstance(value, list):
        names = "; ".join(" ".join(filter(None, (c.get("name"), c.get("position")))) for c in value
                          if isinstance(c, dict))
        return {"th": names, "en": names}
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return {"th": shown, "en": shown}


def _settings(value: dict[str, Any]) -> Bi:
    """The threshold and minimum as sentences; other settings by name."""
    parts: dict[str, list[str]] = {"th": [], "en": []}
    for key, v in value.items():
        if v is None:
            continue
        for lang in parts:
            known = f"history.setting.{key}"
            shown = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
            parts[lang].append(message(known, lang, value=shown) if key in ("target_percent", "criterion_minimum")
                               else f"{key}: {shown}")
    return {lang: "; ".join(p) or "—" for lang, p in parts.items()}


def _improvement(value: dict[str, Any]) -> Bi:
    """The three-year table in a line: its years (Buddhist Era in Thai) and the reference year."""
    years = [y.get("year") for y in value.get("years", []) if isinstance(y, dict)]
    reference = value.get("reference_year")

    def year(v: Any, lang: str) -> str:
        return format_year(v, lang) if isinstance(v, int) else "—"

    return {lang: message("history.improvement", lang, years=", ".join(year(y, lang) for y in years) or "—",
                          reference=year(reference, lang)) for lang in ("th", "en")}


def _answer_value(item: Any, value: dict[str, Any]) -> Bi:
    parts: dict[str, list[str]] = {"th": [], "en": []}
    for key, v in value.items():
        definition = item.input(key) if item is not None else None
        label = text(definition.label) if definition is not None else {"th": key, "en": key}
        shown = _input_value(definition, v)
        for lang in parts:
            parts[lang].append(f"{label[lang]}: {shown[lang]}")
    return {lang: "; ".join(p) for lang, p in parts.items()}


def _input_value(definition: Any, v: Any) -> Bi:
    if isinstance(v, bool):
        return bi("history.yes" if v else "history.no")
    options = getattr(definition, "options", None) or []
    if options:
        chosen = v if isinstance(v, list) else [v]
        labels = [text(o.label) for o in options if o.id in chosen]
        if labels:
            return {lang: ", ".join(lb[lang] for lb in labels) for lang in ("th", "en")}
    shown = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return {"th": shown, "en": shown}


def _certificates(value: list[Any]) -> list[model.Certification]:
    out = []
    for c in value:
        if isinstance(c, dict):
            until = c.get("valid_until")
            out.append(model.Certification(c.get("kind", ""), c.get("detail", "") or "",
                                           date.fromisoformat(until) if until else None))
    return out


def describe(scheme: Scheme | None, entry: model.HistoryEntry, former: Sequence[Scheme] = ()) -> HistoryRow:
    """One row in words (`entry` from `Store.history_page`, which carries the row id); `former`:
    the versions the assessment was on before (`former_schemes`), for criteria `scheme` dropped."""
    field, item_id = entry.field, entry.item_id
    what = field_name(item_id, field) if known_field(item_id, field) else {"th": field, "en": field}
    # An answer to a criterion the scheme no longer has would have no page to show it: not offered.
    dropped = scheme is not None and item_id not in ("profile", "assessment", "improvement") \
        and _item(scheme, item_id) is None
    return HistoryRow(getattr(entry, "id", None), item_id, page_name(scheme, item_id, former), what,
                      format_value(scheme, item_id, field, entry.old_value, former),
                      format_value(scheme, item_id, field, entry.new_value, former), entry.changed_at,
                      restorable(entry) and not dropped)


def restorable(entry: model.HistoryEntry) -> bool:
    return getattr(entry, "id", None) is not None and known_field(entry.item_id, entry.field) \
        and entry.field not in NOT_RESTORABLE


def restore(store: Store, assessment_id: str, entry_id: int) -> model.HistoryRecord:
    """Put back the value a field had before the change `entry_id` (itself recorded as a change)."""
    entry: model.HistoryRecord | None = store.history_entry(assessment_id, entry_id)
    if entry is None or not restorable(entry):
        raise ValidationError("history.not_restorable")
    old = entry.old_value
    if entry.item_id == "profile":
        profile = store.get_assessment(assessment_id).profile
        if entry.field == "certifications":
            old = _certificates(old or [])
        elif entry.field == "contacts":
            old = [model.Contact(**{k: v for k, v in c.items() if k in model.Contact.__dataclass_fields__})
                   for c in old or [] if isinstance(c, dict)]
        elif old is None and isinstance(getattr(profile, entry.field), str):
            old = ""
        store.update_profile(assessment_id, dataclasses.replace(profile, **{entry.field: old}))
    elif entry.item_id == "assessment":
        if entry.field in DATE_FIELDS and isinstance(old, str):
            old = date.fromisoformat(old)
        elif old is None and entry.field in ("signatory_name", "signatory_position"):
            old = ""
        store.update_assessment(assessment_id, **{entry.field: old})
    else:
        store.save_answer(assessment_id, entry.item_id,
                          **{entry.field: ANSWER_EMPTY[entry.field] if old is None else old})
    return entry
