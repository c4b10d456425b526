"""assessment.json: one assessment with profile, answers, evidence metadata, actions and history."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ecoassess import answerfile, model
from ecoassess.answerfile import AnswerFile
from ecoassess.errors import ExportError, ValidationError, bilingual
from ecoassess.jsonsafe import json_safe
from ecoassess.limits import check_scheme_version
from ecoassess.reasons import first_pydantic, json_detail, strict_loads

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

SHA_PATTERN = r"^[0-9a-f]{64}$"
ITEM_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,31}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_DEPTH = 32  # the format nests about 6 deep; later steps (pydantic, JSON columns) recurse
ItemId = Annotated[str, StringConstraints(pattern=ITEM_PATTERN)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class AnswerDoc(Strict):
    value: dict[str, Any] = Field(default_factory=dict)
    status: model.WorkflowStatus = model.WorkflowStatus.NOT_STARTED
    not_applicable: bool = False
    justification: str = ""
    note: str = ""
    updated_at: datetime | None = None


class EvidenceDoc(Strict):
    sha256: str = Field(pattern=SHA_PATTERN)
    original_name: str = Field(min_length=1, max_length=1000)
    size: int = Field(ge=0)
    media_type: str = Field(max_length=128)
    description: str = ""
    document_date: date | None = None
    expiry: date | None = None
    imported_at: datetime | None = None
    items: list[ItemId] = Field(default_factory=list, max_length=100)


class ActionDoc(Strict):
    item_id: str = Field(pattern=ITEM_PATTERN)
    description: str
    owner: str = ""
    due_date: date | None = None
    status: model.ActionStatus = model.ActionStatus.OPEN


class HistoryDoc(Strict):
    item_id: str = Field(max_length=32)
    field: str = Field(max_length=32)
    old_value: Any = None
    new_value: Any = None
    changed_at: datetime


class AssessmentMeta(Strict):
    """What the answer-file part does not carry about the assessment itself."""

    id: str = Field(pattern=UUID_PATTERN)
    factory_uid: str = Field(min_length=1, max_length=36)
    signatory_name: str = ""
    signatory_position: str = ""
    status: model.AssessmentStatus = model.AssessmentStatus.DRAFT
    settings: dict[str, Any] = Field(default_factory=dict)
    last_page: str = Field(default="", max_length=32)
    is_demo: bool = False
    # UTC with the offset since the app's 0002 database; naive (local time) in older packages
    created_at: datetime
    updated_at: datetime
    carried_from: str | None = Field(default=None, max_length=36)
    assessment_year: int | None = None  # Common Era; older files have none (taken from the dates)


class PackageSection(Strict):
    """The `package` key of assessment.json: exact answers, evidence, actions and history."""

    format_version: Literal[1]
    assessment: AssessmentMeta
    answers: dict[ItemId, AnswerDoc] = Field(default_factory=dict, max_length=200)
    evidence: list[EvidenceDoc] = Field(default_factory=list, max_length=10_000)
    actions: list[ActionDoc] = Field(default_factory=list, max_length=10_000)
    history: list[HistoryDoc] = Field(default_factory=list, max_length=1_000_000)


@dataclass
class ParsedDocument:
    answer_file: AnswerFile
    package: PackageSection



def answer_file_of(assessment: model.Assessment, scheme: Scheme) -> AnswerFile:
    try:
        return answerfile.from_assessment(assessment, scheme)
    except pydantic.ValidationError as exc:
        raise ExportError("package.unexportable", detail=_first_error(exc)) from exc


def to_document(assessment: model.Assessment, history: list[model.HistoryEntry],
                scheme: Scheme) -> dict[str, Any]:
    """The answer file of the assessment plus a `package` key with everything else; history
    oldest first."""
    meta = {f: getattr(assessment, f) for f in AssessmentMeta.model_fields}
    answers = {
        item_id: {f: getattr(a, f) for f in AnswerDoc.model_fields}
        for item_id, a in sorted(assessment.answers.items())
    }
    package = {
        "format_version": 1, "assessment": meta, "answers": answers,
        "evidence": [{f: getattr(e, f) for f in EvidenceDoc.model_fields} for e in assessment.evidence],
        "actions": [{f: getattr(a, f) for f in ActionDoc.model_fields} for a in assessment.actions],
        "history": [dataclasses.asdict(h) for h in reversed(history)],
    }
    data = answer_file_of(assessment, scheme).model_dump(mode="json", exclude_none=True)
    data["package"] = json_safe(package)
    return data


def dump_json(data: Any) -> bytes:
    """Canonical UTF-8 JSON (sorted keys, Thai kept readable): the same data gives the same bytes."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
            + "\n").encode("utf-8")


def strict_json(raw: bytes, member: str) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity, invalid UTF-8 and absurd nesting."""
    try:
        data = strict_loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ValidationError("package.bad_json", member=member, detail=json_detail(exc)) from exc
    if _depth(data) > MAX_DEPTH:
        raise ValidationError("package.bad_json", member=member,
                              detail=bilingual("seams.json.too_deep"))
    return data


def _depth(data: Any) -> int:
    """How deeply lists and objects nest (iteratively: no recursion on untrusted input)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _first_error(exc: pydantic.ValidationError) -> dict[str, str]:
    """The first error with its field path, in both languages (no pydantic English)."""
    path, detail, _kind = first_pydantic(exc)
    return {lang: f"{path}: {text}"[:300] for lang, text in detail.items()}


def _bad(detail: str | dict[str, str]) -> ValidationError:
    return ValidationError("package.bad_document", member="assessment.json", detail=detail)


def _bad_key(key: str, path: str = "") -> ValidationError:
    text = bilingual(key)
    return _bad({lang: f"{path}: {t}" if path else t for lang, t in text.items()})


def parse_document(data: Any) -> ParsedDocument:
    """Validate the structure of assessment.json (the scheme check comes once one is chosen)."""
    if not isinstance(data, dict) or not isinstance(data.get("package"), dict):
        raise _bad_key("seams.package.no_section", "(top)")
    rest = {k: v for k, v in data.items() if k != "package"}
    version = data["package"].get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > 1:
        raise ValidationError("package.newer_format", member="assessment.json", version=version)
    try:
        af = AnswerFile.model_validate(answerfile.strip_private(rest))
        package = PackageSection.model_validate(data["package"])
    except pydantic.ValidationError as exc:
        raise _bad(_first_error(exc)) from exc
    if af.profile is None or not af.scheme or not af.scheme_version:
        raise _bad_key("seams.package.required")
    revenue = af.profile.annual_revenue_baht
    if revenue is not None and not math.isfinite(revenue):
        raise _bad_key("seams.pyd.number", "profile.annual_revenue_baht")
    try:
        check_scheme_version(af.scheme_version, "scheme_version")
    except ValidationError as exc:
        raise _bad({lang: exc.message(lang) for lang in ("th", "en")}) from exc
    return ParsedDocument(af, package)


def from_document(doc: ParsedDocument) -> tuple[model.Assessment, list[model.HistoryEntry]]:
    """Plain dataclasses from a validated document; history oldest first."""
    af, pkg = doc.answer_file, doc.package
    assert af.profile is not None and af.scheme and af.scheme_version  # checked by parse_document
    assessment = model.Assessment(
        **pkg.assessment.model_dump(), profile=answerfile.model_to_profile(af.profile),
        scheme_id=af.scheme, scheme_version=af.scheme_version,
        assessment_date=af.assessment_date, planned_audit_date=af.planned_audit_date,
        answers={item_id: model.ItemAnswer(item_id=item_id, **a.model_dump())
                 for item_id, a in pkg.answers.items()},
        evidence=[model.EvidenceInfo(id=i + 1, **e.model_dump()) for i, e in enumerate(pkg.evidence)],
        actions=[model.Action(id=i + 1, **a.model_dump()) for i, a in enumerate(pkg.actions)],
    )
    history = [model.HistoryEntry(**h.model_dump()) for h in pkg.history]
    return assessment, history


def check_answers(doc: ParsedDocument, assessment: model.Assessment, scheme: Scheme) -> None:
    """The answer-file part must fit `scheme` and say exactly what the package part says."""
    try:
        answerfile.check_against_scheme(doc.answer_file, scheme, "assessment.json")
    except ValidationError as exc:
        raise ValidationError("package.bad_answers", detail_th=exc.message("th"),
                              detail_en=exc.message("en")) from exc
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        # The answer-file checker meeting a value of a type it does not expect (e.g. a note that
        # is an object): still a refusal of the file, never a crash.
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise ValidationError("package.bad_answers", detail_th=detail, detail_en=detail) from exc
    # The improvement's status and note joined the answer-file part later: packages made before
    # carry them only in the package part, which is the one imported.
    ignore: dict[str, Any] = {"scheme_version": True, "improvement": {"status", "note"}}
    expected = answer_file_of(assessment, scheme).model_dump(mode="json", exclude_none=True,
                                                             exclude=ignore)
    if doc.answer_file.model_dump(mode="json", exclude_none=True, exclude=ignore) != expected:
        raise _bad_key("seams.package.parts_disagree")
