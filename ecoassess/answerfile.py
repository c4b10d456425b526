"""The JSON answer-file format of one assessment: load, check against the scheme, dump, convert."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from ecoassess.errors import ValidationError, bilingual, os_reason
from ecoassess.i18n import message
from ecoassess.limits import (
    RANGES,
    check_date,
    check_number,
    check_text,
    check_year,
)
from ecoassess.limits import check_scheme_version as _check_version
from ecoassess.model import Assessment, Certification, Contact, FactoryProfile, ItemAnswer
from ecoassess.model import WorkflowStatus as Status
from ecoassess.reasons import first_pydantic, json_detail, strict_loads
from ecoassess.scheme.settings import SETTING_KEYS, check_settings
from ecoassess.scoring.values import read_input

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

FORMAT = "ecoassess-answers"
RESERVED = ("note", "not_applicable", "justification", "status")
__all__ = ["SETTING_KEYS"]  # re-exported: the one list lives in ecoassess.scheme.settings


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
    """The factory profile; every field optional. `size` is the declared size: it is used only
    when neither revenue nor employees is given (revenue decides, as the SME rule says)."""

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
    employees_permanent: int | None = Field(default=None, ge=0, le=RANGES["count"][1])
    employees_outsourced: int | None = Field(default=None, ge=0, le=RANGES["count"][1])
    annual_revenue_baht: float | None = Field(default=None, ge=0, le=RANGES["baht"][1],
                                              allow_inf_nan=False)
    size: Literal["large", "medium", "small"] | None = None
    contacts: list[ContactModel] = Field(default_factory=list)
    certifications: list[CertificationModel] = Field(default_factory=list)
    application_type: Literal["new", "renewal"] = "new"


SOCIAL_OUTCOME_MAX = 20_000  # characters: several pages of the dossier


class ImprovementModel(_Model):
    """Continual-improvement data: one row per year (Common Era), quantities by scheme id;
    `status` and `note` as for an item (optional; without a status, rows mean "done")."""

    reference_year: int | None = None
    years: list[dict[str, Any]] = Field(default_factory=list)
    status: Literal["not_started", "in_progress", "done", "carried_over"] | None = None
    note: str | None = None
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


def parse_answer_data(data: Any, source: str = "<data>", scheme: Scheme | None = None) -> AnswerFile:
    """Validate decoded JSON; every error is a ValidationError naming the file and the place,
    in the message language (pydantic's own English never reaches the user)."""
    if not isinstance(data, dict):
        raise ValidationError("answers.invalid", source=source, path="(top)",
                              detail=bilingual("seams.answers.not_object"))
    try:
        af = AnswerFile.model_validate(strip_private(data))
    except pydantic.ValidationError as exc:
        path, detail, kind = first_pydantic(exc)
        if kind == "extra_forbidden":
            raise ValidationError("answers.unknown_key", source=source, path=path) from exc
        raise ValidationError("answers.invalid", source=source, path=path, detail=detail) from exc
    check_against_scheme(af, scheme or _default_scheme(), source)
    return af


def _default_scheme() -> Any:
    from ecoassess.scheme import load_scheme

    return load_scheme()


def load_answer_file(path: Path | str, scheme: Scheme | None = None) -> AnswerFile:
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
        data = strict_loads(raw)  # a key given twice is refused, as the package reader does
    except (ValueError, RecursionError) as exc:
        raise ValidationError("answers.not_json", source=source,
                              line=getattr(exc, "lineno", "?"), detail=json_detail(exc)) from exc
    return parse_answer_data(data, source, scheme)


def check_against_scheme(af: AnswerFile, scheme: Scheme, source: str) -> None:
    """Item ids, input ids and values must fit the scheme; the error names the first misfit."""
    if af.scheme is not None and af.scheme != scheme.id:
        raise ValidationError("answers.invalid", source=source, path="scheme",
                              detail={lang: message("seams.answers.wrong_scheme", lang,
                                                    expected=scheme.id, got=af.scheme)
                                      for lang in ("th", "en")})
    if af.scheme_version is not None:
        _check_version(af.scheme_version, "scheme_version")
    _check_dates_and_profile(af)
    for group, finder in (("prerequisites", scheme.prerequisite), ("criteria", scheme.criterion)):
        for item_id, entry in getattr(af, group).items():
            item = finder(item_id)
            if item is None:
                raise ValidationError("answers.unknown_key", source=source,
                                      path=f"{group}.{item_id}")
            _check_item(item, entry, f"{group}.{item_id}", source)
    for key in af.settings:
        if key not in SETTING_KEYS:
            raise ValidationError("answers.unknown_key", source=source, path=f"settings.{key}")
    check_settings(scheme, af.settings)
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
    # "not applicable" without a justification is kept as the store keeps it: the engine
    # scores the item normally and warns, so what the app writes, the format reads back.


def _check_reserved(key: str, value: Any, place: str, source: str) -> None:
    ok = {
        "note": isinstance(value, str), "justification": isinstance(value, str),
        "not_applicable": isinstance(value, bool),
        "status": isinstance(value, str) and value in {s.value for s in Status},
    }[key]
    if not ok:
        detail = "seams.answers.status" if key == "status" else (
            "seams.answers.bool" if key == "not_applicable" else "seams.answers.text")
        raise ValidationError("answers.invalid", source=source, path=place,
                              detail=bilingual(detail))
    if key in ("note", "justification"):
        check_text(value, place)


def _check_improvement(imp: ImprovementModel, scheme: Scheme, source: str) -> None:
    spec = scheme.improvement
    known = {spec.product_value.id: spec.product_value} | {q.id: q for q in spec.quantities}
    if imp.reference_year is not None:
        check_year(imp.reference_year, "improvement.reference_year")
    for i, row in enumerate(imp.years):
        place = f"improvement.years[{i}]"
        if "year" not in row:
            raise ValidationError("answers.invalid", source=source, path=f"{place}.year",
                                  detail=bilingual("seams.pyd.missing"))
        check_year(row["year"], f"{place}.year")
        for key, value in row.items():
            if key == "year":
                continue
            if key not in known:
                raise ValidationError("answers.unknown_key", source=source, path=f"{place}.{key}")
            if value is not None:
                if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
                    raise ValidationError("value.negative", path=f"{place}.{key}", value=value)
                kind = "baht" if key == spec.product_value.id else "quantity"
                check_number(value, kind, f"{place}.{key}")
    years = [row["year"] for row in imp.years]
    if len(years) != len(set(years)):
        raise ValidationError("answers.invalid", source=source, path="improvement.years",
                              detail=bilingual("seams.answers.year_twice"))


def _check_dates_and_profile(af: AnswerFile) -> None:
    """Sane ranges the model's types cannot say: CE dates (a Buddhist-Era year is refused
    with the CE date suggested), counts and baht within bounds."""
    for name in ("assessment_date", "planned_audit_date"):
        if getattr(af, name) is not None:
            check_date(getattr(af, name), name)
    if af.profile is None:
        return
    for name in ("employees_permanent", "employees_outsourced"):
        if getattr(af.profile, name) is not None:
            check_number(getattr(af.profile, name), "count", f"profile.{name}")
    if af.profile.annual_revenue_baht is not None:
        check_number(af.profile.annual_revenue_baht, "baht", "profile.annual_revenue_baht")
    for i, cert in enumerate(af.profile.certifications):
        if cert.valid_until is not None:
            check_date(cert.valid_until, f"profile.certifications[{i}].valid_until")


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
        imp = af.improvement
        value = imp.model_dump(exclude_none=True, exclude={"status", "note"})
        status = imp.status or (Status.DONE if imp.years else Status.NOT_STARTED)
        items["improvement"] = ItemAnswer(item_id="improvement", value=value,
                                          status=Status(status), note=imp.note or "")
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


def from_assessment(assessment: Assessment, scheme: Scheme | None = None) -> AnswerFile:
    """An answer file holding everything of a stored assessment that the format carries."""
    scheme = scheme or _default_scheme()
    prereqs, criteria = {}, {}
    improvement = None
    for item_id, answer in assessment.answers.items():
        if item_id == "improvement":
            improvement = ImprovementModel.model_validate(
                {**strip_private(answer.value or {}), "status": str(answer.status),
                 "note": answer.note or None})
        elif scheme.prerequisite(item_id) is not None:
            prereqs[item_id] = _entry(answer, scheme.prerequisite(item_id))
        elif scheme.criterion(item_id) is not None:
            criteria[item_id] = _entry(answer, scheme.criterion(item_id))
    # as stored (the store drops nulls; a package's null stays null here so that its two parts
    # still agree, and is normalised to the scheme default on import)
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


def dump_answer_file(af: AnswerFile, path: Path | str, *, data_root: Path | None = None,
                     force: bool = False) -> None:
    """Write the answer file: the path checked first, the bytes written atomically (fileio)."""
    from ecoassess.fileio import atomic_write, check_output

    target = check_output(path, kind="answers", data_root=data_root, force=force)
    atomic_write(target, to_json(af).encode("utf-8"))

