"""The JSON answer-file format of one assessment: load, check against the scheme, dump, convert."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from ecoassess.errors import ValidationError, bilingual, os_reason
from ecoassess.model import Assessment, Certification, Contact, FactoryProfile, ItemAnswer
from ecoassess.model import WorkflowStatus as Status
from ecoassess.scoring.values import read_input

FORMAT = "ecoassess-answers"
RESERVED = ("note", "not_applicable", "justification", "status")
SETTING_KEYS = ("target_percent", "criterion_minimum", "not_applicable_allowed", "g4_blocks")
MAX_CE_YEAR = 2400  # a larger year is almost surely Buddhist Era


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ContactModel(_Model):
    role: str = ""
    name: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""


class CertificationModel(_Model):
    kind: str = ""
    detail: str = ""
    valid_until: date | None = None


class ProfileModel(_Model):
    """The factory profile; every field optional. `size` overrides the suggested size."""

    name_th: str = ""
    name_en: str = ""
    company_th: str = ""
    company_en: str = ""
    address: str = ""
    estate_kind: Literal["estate", "other", "outside", ""] = ""
    estate: str = ""
    province: str = ""
    registration_no: str = ""
    tax_id: str = ""
    branch: str = ""
    industry: str = ""
    employees_permanent: int | None = Field(default=None, ge=0)
    employees_outsourced: int | None = Field(default=None, ge=0)
    annual_revenue_baht: float | None = Field(default=None, ge=0)
    size: Literal["large", "medium", "small"] | None = None
    contacts: list[ContactModel] = Field(default_factory=list)
    certifications: list[CertificationModel] = Field(default_factory=list)
    application_type: Literal["new", "renewal"] = "new"


SOCIAL_OUTCOME_MAX = 20_000  # characters: several pages of the dossier


class ImprovementModel(_Model):
    """Continual-improvement data: one row per year (Common Era), quantities by scheme id."""

    reference_year: int | None = None
    years: list[dict[str, Any]] = Field(default_factory=list)
    social_outcome: str | None = Field(default=None, max_length=SOCIAL_OUTCOME_MAX)


class AnswerFile(_Model):
    """One assessment as a hand-writable JSON file. Keys starting with `_` are ignored anywhere.

    `prerequisites` and `criteria` map item ids to their inputs (the scheme's input ids) plus
    the reserved keys `note`, `not_applicable`, `justification`, `status`.
    """

    format: Literal["ecoassess-answers"] = "ecoassess-answers"
    format_version: Literal[1] = 1
    scheme: str | None = None
    scheme_version: str | None = None
    assessment_date: date | None = None
    planned_audit_date: date | None = None
    profile: ProfileModel | None = None
    settings: dict[str, Any] = Field(default_factory=dict)
    prerequisites: dict[str, dict[str, Any]] = Field(default_factory=dict)
    criteria: dict[str, dict[str, Any]] = Field(default_factory=dict)
    improvement: ImprovementModel | None = None


def strip_private(data: Any) -> Any:
    """Drop every mapping key that starts with `_`, at any depth (comments in hand-written files)."""
    if isinstance(data, dict):
        return {k: strip_private(v) for k, v in data.items()
                if not (isinstance(k, str) and k.startswith("_"))}
    if isinstance(data, list):
        return [strip_private(v) for v in data]
    return data


def _loc_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for key in loc:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out or "(top)"


def parse_answer_data(data: Any, source: str = "<data>", scheme: Any = None) -> AnswerFile:
    """Validate decoded JSON; every error is a ValidationError naming the file and the place."""
    if not isinstance(data, dict):
        raise ValidationError("answers.invalid", source=source, path="(top)",
                              detail="not a JSON object")
    try:
        af = AnswerFile.model_validate(strip_private(data))
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        path = _loc_path(tuple(first["loc"]))
        if first["type"] == "extra_forbidden":
            raise ValidationError("answers.unknown_key", source=source, path=path) from exc
        raise ValidationError("answers.invalid", source=source, path=path,
                              detail=first["msg"]) from exc
    check_against_scheme(af, scheme or _default_scheme(), source)
    return af


def _default_scheme() -> Any:
    from ecoassess.scheme import load_scheme

    return load_scheme()


def load_answer_file(path: Path | str, scheme: Any = None) -> AnswerFile:
    """Read and validate an answer file (UTF-8 JSON)."""
    source = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError("answers.unreadable", source=source, detail=os_reason(exc)) from exc
    except UnicodeDecodeError as exc:  # a PDF, a Word file, or text saved as TIS-620
        raise ValidationError("answers.unreadable", source=source,
                              detail=bilingual("answers.not_utf8")) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError("answers.not_json", source=source, line=exc.lineno,
                              detail=exc.msg) from exc
    return parse_answer_data(data, source, scheme)


def check_against_scheme(af: AnswerFile, scheme: Any, source: str) -> None:
    """Item ids, input ids and values must fit the scheme; the error names the first misfit."""
    if af.scheme is not None and af.scheme != scheme.id:
        raise ValidationError("answers.invalid", source=source, path="scheme",
                              detail=f"expected {scheme.id!r}")
    for group, finder in (("prerequisites", scheme.prerequisite), ("criteria", scheme.criterion)):
        for item_id, entry in getattr(af, group).items():
            item = finder(item_id)
            if item is None:
                raise ValidationError("answers.unknown_key", source=source,
                                      path=f"{group}.{item_id}")
            _check_item(item, entry, f"{group}.{item_id}", source)
    for key, value in af.settings.items():
        if key not in SETTING_KEYS:
            raise ValidationError("answers.unknown_key", source=source, path=f"settings.{key}")
        from ecoassess.scoring.engine import effective_settings

        effective_settings(scheme, {key: value})
    if af.improvement is not None:
        _check_improvement(af.improvement, scheme, source)


def _check_item(item: Any, entry: dict[str, Any], place: str, source: str) -> None:
    for key, value in entry.items():
        if key in RESERVED:
            _check_reserved(key, value, f"{place}.{key}", source)
            continue
        input_def = item.input(key)
        if input_def is None:
            raise ValidationError("answers.unknown_key", source=source, path=f"{place}.{key}")
        read_input(input_def, value, f"{place}.{key}")
    if entry.get("not_applicable") and not str(entry.get("justification") or "").strip():
        raise ValidationError("answers.invalid", source=source, path=f"{place}.justification",
                              detail="not applicable needs a justification")


def _check_reserved(key: str, value: Any, place: str, source: str) -> None:
    ok = {
        "note": isinstance(value, str), "justification": isinstance(value, str),
        "not_applicable": isinstance(value, bool),
        "status": isinstance(value, str) and value in {s.value for s in Status},
    }[key]
    if not ok:
        raise ValidationError("answers.invalid", source=source, path=place,
                              detail="wrong type or value")


def _check_improvement(imp: ImprovementModel, scheme: Any, source: str) -> None:
    spec = scheme.improvement
    known = {spec.product_value.id: spec.product_value} | {q.id: q for q in spec.quantities}
    for i, row in enumerate(imp.years):
        year = row.get("year")
        place = f"improvement.years[{i}]"
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= MAX_CE_YEAR:
            raise ValidationError("answers.invalid", source=source, path=f"{place}.year",
                                  detail="a Common Era year such as 2024 (Buddhist Era − 543)")
        for key, value in row.items():
            if key == "year":
                continue
            if key not in known:
                raise ValidationError("answers.unknown_key", source=source, path=f"{place}.{key}")
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValidationError("answers.invalid", source=source,
                                          path=f"{place}.{key}", detail="not a number")
                if value < 0:
                    raise ValidationError("value.negative", path=f"{place}.{key}", value=value)
    years = [row["year"] for row in imp.years]
    if len(years) != len(set(years)):
        raise ValidationError("answers.invalid", source=source, path="improvement.years",
                              detail="a year appears twice")


# -- conversion ---------------------------------------------------------------------------------

def profile_to_model(profile: FactoryProfile) -> ProfileModel:
    return ProfileModel.model_validate(asdict(profile))


def model_to_profile(model: ProfileModel) -> FactoryProfile:
    data = model.model_dump()
    data["contacts"] = [Contact(**c) for c in data["contacts"]]
    data["certifications"] = [Certification(**c) for c in data["certifications"]]
    return FactoryProfile(**data)


def _item_answer(item_id: str, entry: dict[str, Any]) -> ItemAnswer:
    value = {k: v for k, v in entry.items() if k not in RESERVED and v is not None}
    na = bool(entry.get("not_applicable"))
    status = entry.get("status") or (Status.DONE if value or na else Status.NOT_STARTED)
    return ItemAnswer(item_id=item_id, value=value, status=Status(status), not_applicable=na,
                      justification=entry.get("justification") or "", note=entry.get("note") or "")


def to_items(af: AnswerFile) -> tuple[FactoryProfile | None, date | None, dict[str, ItemAnswer]]:
    """(profile or None, planned audit date or None, item id → ItemAnswer) for the store."""
    items: dict[str, ItemAnswer] = {}
    for entries in (af.prerequisites, af.criteria):
        for item_id, entry in entries.items():
            items[item_id] = _item_answer(item_id, entry)
    if af.improvement is not None:
        value = af.improvement.model_dump(exclude_none=True)
        items["improvement"] = ItemAnswer(item_id="improvement", value=value,
                                          status=Status.DONE if af.improvement.years
                                          else Status.NOT_STARTED)
    profile = model_to_profile(af.profile) if af.profile is not None else None
    return profile, af.planned_audit_date, items


def _entry(answer: ItemAnswer, item: Any) -> dict[str, Any]:
    entry = {k: v for k, v in answer.value.items() if item is None or item.input(k) is not None}
    entry = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in entry.items()}
    if answer.not_applicable:
        entry["not_applicable"] = True
    for key in ("justification", "note"):
        if getattr(answer, key):
            entry[key] = getattr(answer, key)
    entry["status"] = str(answer.status)
    return entry


def from_assessment(assessment: Assessment, scheme: Any = None) -> AnswerFile:
    """An answer file holding everything of a stored assessment that the format carries."""
    scheme = scheme or _default_scheme()
    prereqs, criteria = {}, {}
    improvement = None
    for item_id, answer in assessment.answers.items():
        if item_id == "improvement":
            improvement = ImprovementModel.model_validate(strip_private(answer.value or {}))
        elif scheme.prerequisite(item_id) is not None:
            prereqs[item_id] = _entry(answer, scheme.prerequisite(item_id))
        elif scheme.criterion(item_id) is not None:
            criteria[item_id] = _entry(answer, scheme.criterion(item_id))
    settings = {k: v for k, v in (assessment.settings or {}).items() if k in SETTING_KEYS}
    return AnswerFile(
        scheme=assessment.scheme_id, scheme_version=assessment.scheme_version,
        assessment_date=assessment.assessment_date,
        planned_audit_date=assessment.planned_audit_date,
        profile=profile_to_model(assessment.profile), settings=settings,
        prerequisites=prereqs, criteria=criteria, improvement=improvement)


def to_json(af: AnswerFile) -> str:
    data = af.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dump_answer_file(af: AnswerFile, path: Path | str) -> None:
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(to_json(af), encoding="utf-8")
    tmp.replace(target)


# -- JSON Schema --------------------------------------------------------------------------------

_INPUT_SCHEMA: dict[str, Callable[[Any], dict[str, Any]]] = {
    "bool": lambda i: {"type": "boolean"},
    "number": lambda i: {"type": "number", "minimum": 0},
    "percent": lambda i: {"type": "number", "minimum": 0},
    "integer": lambda i: {"type": "integer", "minimum": 0},
    "options": lambda i: {"type": "array", "uniqueItems": True,
                          "items": {"enum": [o.id for o in i.options]}},
    "choice": lambda i: {"enum": [o.id for o in i.options]},
    "date": lambda i: {"type": "string", "format": "date"},
}


def _item_schema(item: Any) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for input_def in item.inputs:
        props[input_def.id] = {**_INPUT_SCHEMA[input_def.type](input_def),
                               "description": f"{input_def.label.en} / {input_def.label.th}"}
    props |= {"note": {"type": "string"}, "not_applicable": {"type": "boolean"},
              "justification": {"type": "string"},
              "status": {"enum": [s.value for s in Status]}}
    return {"type": "object", "title": f"{item.id}", "properties": props,
            "additionalProperties": False, "patternProperties": {"^_": {}}}


def _allow_private(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            node.setdefault("patternProperties", {"^_": {}})
        for value in node.values():
            _allow_private(value)
    elif isinstance(node, list):
        for value in node:
            _allow_private(value)


def json_schema(scheme: Any = None) -> dict[str, Any]:
    """JSON Schema of the answer file: the model's own schema, with every item of `scheme`."""
    scheme = scheme or _default_scheme()
    schema = AnswerFile.model_json_schema()
    props = schema["properties"]
    for group, items in (("prerequisites", scheme.prerequisites), ("criteria", scheme.criteria)):
        props[group] = {"type": "object", "additionalProperties": False,
                        "properties": {item.id: _item_schema(item) for item in items}}
    spec = scheme.improvement
    quantities = [spec.product_value, *spec.quantities]
    row = {"type": "object", "required": ["year"], "additionalProperties": False,
           "properties": {"year": {"type": "integer", "minimum": 1900, "maximum": MAX_CE_YEAR}}
           | {q.id: {"type": ["number", "null"], "minimum": 0,
                     "description": f"{q.label.en} ({q.unit.en})"} for q in quantities}}
    props["improvement"] = {"type": "object", "additionalProperties": False, "properties": {
        "reference_year": {"type": "integer"}, "years": {"type": "array", "items": row},
        "social_outcome": {"type": ["string", "null"], "maxLength": SOCIAL_OUTCOME_MAX,
                           "description": spec.social_outcome.label.en if spec.social_outcome
                           else "Social outcome, in words"}}}
    props["settings"] = {"type": "object", "additionalProperties": False, "properties": {
        "target_percent": {"type": "number", "minimum": 0},
        "criterion_minimum": {"type": "number", "minimum": 0},
        "not_applicable_allowed": {"type": "array", "items": {"enum": [c.id for c in scheme.criteria]}},
        "g4_blocks": {"type": "boolean"}}}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"ecoassess answer file ({scheme.id} {scheme.version})"
    _allow_private(schema)
    return schema
