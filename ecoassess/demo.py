"""The demo factory: a complete assessment built from resources/demo/ for workshops and tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from ecoassess import model
from ecoassess.paths import resources_dir


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


def create_demo(store: Any) -> str:
    """Create the demo assessment in `store`; returns its id."""
    from ecoassess import answerfile
    from ecoassess.scheme import load_scheme

    folder = demo_dir()
    spec = json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    scheme = load_scheme()
    assessment_id = store.create_assessment(
        load_demo_profile(spec["profile"]),
        scheme_id=scheme.id,
        scheme_version=scheme.version,
        assessment_date=_date(spec["assessment_date"]),
        planned_audit_date=_date(spec["planned_audit_date"]),
        is_demo=True,
        signatory_name=spec["signatory"]["name"],
        signatory_position=spec["signatory"]["position"],
    )
    answers = answerfile.load_answer_file(folder / "answers.json")
    _profile, _audit, items = answerfile.to_items(answers)
    for item_id, answer in items.items():
        store.save_answer(
            assessment_id, item_id, value=answer.value, status=answer.status,
            not_applicable=answer.not_applicable, justification=answer.justification,
            note=answer.note,
        )
    for ev in spec["evidence"]:
        store.add_evidence(
            assessment_id, folder / ev["file"], description=ev["description"],
            document_date=_date(ev.get("document_date")), expiry=_date(ev.get("expiry")),
            items=ev["items"],
        )
    for action in spec["actions"]:
        store.add_action(
            assessment_id, action["item_id"], action["description"], owner=action["owner"],
            due_date=_date(action.get("due_date")), status=model.ActionStatus(action["status"]),
        )
    return assessment_id
