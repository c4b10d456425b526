"""A factory snapshot: the answer document and evidence metadata of one self-assessment, without
evidence files or personal data (PDPA), its content hash, the factory's identity, and the facts
the estate view reads without the document."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import date, datetime
from typing import Any

from ecoassess import model
from ecoassess.jsonsafe import json_safe

DOCUMENT_FORMAT = 1
# Signals read from answers (stable scheme ids): (criterion, input, option or None for a bool).
SIGNALS = {
    "symbiosis_materials": ("C01", "advanced", "b"),  # uses materials other firms no longer need
    "symbiosis_waste": ("C06", "advanced", "c"),  # uses other firms' waste as raw material
    "zero_waste_to_landfill": ("C06", "advanced", "d"),
    "renewable_energy": ("C02", "advanced", "b"),
    "community_network": ("C14", "network", None),
    "no_complaints_3y": ("C14", "no_complaints_3y", None),
}
ASSESSMENT_KEYS = ("id", "factory_uid", "scheme_id", "scheme_version", "assessment_date",
                   "planned_audit_date", "status", "settings", "is_demo", "created_at", "updated_at")
EVIDENCE_KEYS = ("sha256", "original_name", "size", "media_type", "description", "document_date",
                 "expiry", "items")
VOLATILE = ("created_at", "updated_at")



def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def factory_identity(profile: model.FactoryProfile, factory_uid: str) -> str:
    """The key that recognises a factory across years and files: its registration number; else
    tax ID plus branch (branches share a tax ID); else the package's factory uid."""
    registration = " ".join((profile.registration_no or "").split()).upper()
    if registration:
        return f"reg:{registration}"[:120]
    tax = _digits(profile.tax_id)
    if tax:
        branch = _digits(profile.branch) or "0"
        return f"tax:{tax}:{int(branch):05d}"[:120]
    return f"uid:{factory_uid}"


def snapshot_document(assessment: model.Assessment) -> dict[str, Any]:
    """The stored snapshot: the assessment's answers, profile without contacts, and evidence
    metadata; no signatory, actions, history or evidence files."""
    profile = dataclasses.asdict(assessment.profile)
    profile["contacts"] = []
    document: dict[str, Any] = json_safe({
        "format": DOCUMENT_FORMAT,
        "assessment": {k: getattr(assessment, k) for k in ASSESSMENT_KEYS},
        "profile": profile,
        "answers": {
            item_id: {"value": a.value, "status": a.status, "not_applicable": a.not_applicable,
                      "justification": a.justification, "note": a.note}
            for item_id, a in sorted(assessment.answers.items())
        },
        "evidence": sorted(({k: getattr(e, k) for k in EVIDENCE_KEYS} for e in assessment.evidence),
                           key=lambda e: (e["sha256"], e["original_name"])),
    })
    return document


def content_hash(document: dict[str, Any]) -> str:
    """SHA-256 of the document in canonical JSON, save-time stamps left out: the same answers
    give the same hash however often they were saved, packed or carried here."""
    content = dict(document)
    content["assessment"] = {k: v for k, v in document["assessment"].items() if k not in VOLATILE}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _datetime(value: Any) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else datetime(1970, 1, 1)


def assessment_from_document(document: dict[str, Any]) -> model.Assessment:
    """The assessment a snapshot stands for, to be scored by the one engine."""
    meta = document["assessment"]
    raw = dict(document["profile"])
    raw["contacts"] = []
    raw["certifications"] = [model.Certification(kind=c.get("kind", ""), detail=c.get("detail", ""),
                                                 valid_until=_date(c.get("valid_until")))
                             for c in raw.get("certifications") or []]
    known = {f.name for f in dataclasses.fields(model.FactoryProfile)}
    profile = model.FactoryProfile(**{k: v for k, v in raw.items() if k in known})
    answers = {
        item_id: model.ItemAnswer(item_id=item_id, value=dict(a.get("value") or {}),
                                  status=model.WorkflowStatus(a.get("status", "not_started")),
                                  not_applicable=bool(a.get("not_applicable")),
                                  justification=a.get("justification", ""), note=a.get("note", ""))
        for item_id, a in document["answers"].items()
    }
    evidence = [model.EvidenceInfo(id=i + 1, sha256=e["sha256"], original_name=e["original_name"],
                                   size=e["size"], media_type=e["media_type"],
                                   description=e.get("description", ""),
                                   document_date=_date(e.get("document_date")),
                                   expiry=_date(e.get("expiry")), items=list(e.get("items") or []))
                for i, e in enumerate(document["evidence"])]
    return model.Assessment(
        id=meta["id"], factory_uid=meta["factory_uid"], profile=profile,
        scheme_id=meta["scheme_id"], scheme_version=meta["scheme_version"],
        assessment_date=_date(meta.get("assessment_date")),
        planned_audit_date=_date(meta.get("planned_audit_date")), signatory_name="",
        signatory_position="", status=model.AssessmentStatus(meta.get("status", "draft")),
        settings=dict(meta.get("settings") or {}), last_page="", is_demo=bool(meta.get("is_demo")),
        created_at=_datetime(meta.get("created_at")), updated_at=_datetime(meta.get("updated_at")),
        answers=answers, evidence=evidence)


def _signal(answers: dict[str, model.ItemAnswer], spec: tuple[str, str, str | None]) -> bool | None:
    """True/False as answered; None when the item is unanswered or not applicable."""
    item_id, input_id, option = spec
    answer = answers.get(item_id)
    if answer is None or answer.not_applicable or input_id not in answer.value:
        return None
    value = answer.value.get(input_id)
    if option is None:
        return value if isinstance(value, bool) else None
    return isinstance(value, list) and option in value


def facts_of(assessment: model.Assessment) -> dict[str, Any]:
    """What the estate view needs from a snapshot besides scores (read without the document)."""
    p = assessment.profile
    improvement = assessment.answers.get("improvement")
    g3 = assessment.answers.get("G3")
    document: dict[str, Any] = json_safe({
        "name_th": p.name_th, "name_en": p.name_en, "industry": p.industry, "size": p.size,
        "province": p.province, "estate_kind": p.estate_kind, "estate": p.estate,
        "certifications": [dataclasses.asdict(c) for c in p.certifications],
        "improvement": list((improvement.value or {}).get("years") or []) if improvement else [],
        "signals": {name: _signal(assessment.answers, spec) for name, spec in SIGNALS.items()},
        "g3_met": g3.value.get("met") if g3 is not None and isinstance(g3.value.get("met"), bool)
        else None,
        "evidence_files": len(assessment.evidence),
    })
    return document
