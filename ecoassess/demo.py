"""The demo factory: a complete assessment built from resources/demo/ for workshops and tests."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecoassess import model
from ecoassess.paths import resources_dir

if TYPE_CHECKING:
    from ecoassess.storage.service import Store


def demo_dir() -> Path:
    return resources_dir() / "demo"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_demo_profile(data: dict[str, Any]) -> model.FactoryProfile:
    raw = dict(data)
    raw["contacts"] = [model.Contact(**c) for c in raw.get("contacts", [])]
    raw["certifications"] = [
        model.Certification(kind=c["kind"], detail=c.get("detail", ""), valid_until=_date(c.get("valid_until")))
        for c in raw.get("certifications", [])
    ]
    return model.FactoryProfile(**raw)


def create_demo(store: Store) -> str:
    """Create the demo assessment in `store` in one transaction (all of it or nothing: a full
    disk or a killed process never leaves half a demo); returns its id."""
    from ecoassess import answerfile
    from ecoassess.scheme import load_scheme
    from ecoassess.storage.importer import import_assessment
    from ecoassess.timeutil import utc_now

    folder = demo_dir()
    spec = json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    scheme = load_scheme()
    stamp = utc_now()
    _profile, _audit, items = answerfile.to_items(answerfile.load_answer_file(folder / "answers.json"))
    answers = {item_id: dataclasses.replace(a, updated_at=stamp) for item_id, a in items.items()}
    created: list[Path] = []
    try:
        evidence = [_evidence(store, folder, index, ev, stamp, created)
                    for index, ev in enumerate(spec["evidence"], start=1)]
        assessment = model.Assessment(
            id=str(uuid.uuid4()), factory_uid=str(uuid.uuid4()),
            profile=load_demo_profile(spec["profile"]), scheme_id=scheme.id,
            scheme_version=scheme.version, assessment_date=_date(spec["assessment_date"]),
            planned_audit_date=_date(spec["planned_audit_date"]),
            signatory_name=spec["signatory"]["name"], signatory_position=spec["signatory"]["position"],
            status=model.AssessmentStatus.DRAFT, settings={}, last_page="", is_demo=True,
            created_at=stamp, updated_at=stamp, answers=answers, evidence=evidence,
            actions=[model.Action(id=i, item_id=a["item_id"], description=a["description"],
                                  owner=a["owner"], due_date=_date(a.get("due_date")),
                                  status=model.ActionStatus(a["status"]))
                     for i, a in enumerate(spec["actions"], start=1)],
        )
        from ecoassess.scoring.certificates import move_assessment

        move_assessment(assessment, scheme)  # G2's route lives on the profile's certificates
        return import_assessment(store, assessment, _history(assessment, stamp))
    except BaseException:
        for path in created:  # evidence files this demo brought in and nothing else cites
            path.unlink(missing_ok=True)
        raise


def _evidence(store: Store, folder: Path, index: int, ev: dict[str, Any], stamp: Any,
              created: list[Path]) -> model.EvidenceInfo:
    source = folder / ev["file"]
    stored = store.evidence_store.put(source)
    path = store.evidence_store.path_for(stored.sha256)
    if path not in created and not store.evidence_cited(stored.sha256):
        created.append(path)
    return model.EvidenceInfo(
        id=index, sha256=stored.sha256, original_name=source.name, size=stored.size,
        media_type=stored.media_type, description=ev["description"],
        document_date=_date(ev.get("document_date")), expiry=_date(ev.get("expiry")),
        imported_at=stamp, items=list(ev["items"]))


def _history(assessment: model.Assessment, stamp: Any) -> list[model.HistoryEntry]:
    """What the history would show had the answers been typed: each field from empty to its value."""
    empty = model.ItemAnswer(item_id="")
    entries = []
    for item_id, answer in assessment.answers.items():
        for name in ("value", "not_applicable", "justification", "note"):
            old, new = getattr(empty, name), getattr(answer, name)
            if new != old:
                entries.append(model.HistoryEntry(item_id, name, old, new, stamp))
    for ev in assessment.evidence:
        entries += [model.HistoryEntry(item, "evidence", None, ev.original_name, stamp) for item in ev.items]
    return entries
