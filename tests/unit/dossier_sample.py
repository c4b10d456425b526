"""A complete in-memory assessment for dossier tests, built from resources/demo without a store."""

from __future__ import annotations

import hashlib
import json
import mimetypes
from datetime import date, datetime
from pathlib import Path

from ecoassess import model
from ecoassess.demo import demo_dir, load_demo_profile

HARD_NOTE = (
    "ผู้ใหญ่บ้านที่นี่ช่วยปั้นโอ่งดินเผาและฟื้นฟูคลอง ตรวจวัดน้ำเสียทุกค่ำ ก๊าซเรือนกระจกลดลง "
    "บัญชีฐุและญูทดสอบ พนักงานมีความกตัญญูต่อชุมชน"
)

ANSWERS = {
    "G1": {"met": True},
    "G2": {"ems_route": "iso14001", "certificate_valid_until": "2028-06-30"},
    "G3": {"met": True},
    "G4": {"met": False},
    "C01": {"inventory": True, "target_achievement_pct": 100.0, "advanced": ["a", "b"]},
    "C02": {"inventory": True, "target_achievement_pct": 62.5, "advanced": []},
    "C03": {"inventory": True, "target_achievement_pct": 30.0},
    "C04": {"inventory": True, "target_achievement_pct": 100.0},
    "C05": {"inventory": True},
    "C06": {"inventory": True, "target_achievement_pct": 80.0, "advanced": ["a"]},
    "C07": {"l1": True, "l2": True, "l3": True},
    "C08": {"l1": True, "l2": True, "l3": True, "l4": True},
    "C09": {"l1": True},
    "C10": {"policy_and_vendor_list": True, "green_purchase_pct": 3.4, "ecoproduct_policy": True},
    "C11": {"baseline_met": True, "increase_pct": 55.0},
    "C12": {"l1": True, "l2": True},
    "C13": {"l1": True, "l2": True, "l3": False},
    "C14": {"disclosure": True, "network": True, "network_decides": True},
}
IMPROVEMENT = {"reference_year": 2023, "years": [
    {"year": 2023, "product_value": 380_000_000, "raw_materials": 5200, "energy": 9_100_000,
     "water": 61_000, "ghg": 4100, "waste": 610},
    {"year": 2024, "product_value": 401_000_000, "raw_materials": 5300, "energy": 9_000_000,
     "water": 60_500, "ghg": 4000, "waste": 590},
    {"year": 2025, "product_value": 420_000_000, "raw_materials": 5350, "energy": 8_800_000,
     "water": 61_200, "ghg": 3950, "waste": 560},
]}
STAMP = datetime(2026, 11, 20, 9, 0, 0)


def sample_assessment(extra_evidence: int = 0) -> model.Assessment:
    spec = json.loads((demo_dir() / "demo.json").read_text(encoding="utf-8"))
    answers = {item: model.ItemAnswer(item, value, model.WorkflowStatus.DONE)
               for item, value in ANSWERS.items()}
    answers["C03"].note = HARD_NOTE
    answers["C13"].note = "ก๊าซ น้ำ ค่ำ ปั้น ฟื้น: ผู้ใหญ่ที่นี่กตัญญู"
    answers["C09"].not_applicable = True
    answers["C09"].justification = "โรงงานไม่มีรถขนส่งของตนเอง ใช้บริการขนส่งภายนอกทั้งหมด ที่นี่จึงไม่เกี่ยวข้อง"
    answers["improvement"] = model.ItemAnswer("improvement", IMPROVEMENT, model.WorkflowStatus.DONE)
    evidence = []
    for n, ev in enumerate(spec["evidence"], 1):
        path = demo_dir() / ev["file"]
        data = path.read_bytes()
        evidence.append(model.EvidenceInfo(
            n, hashlib.sha256(data).hexdigest(), Path(ev["file"]).name, len(data),
            mimetypes.guess_type(path.name)[0] or "application/octet-stream", ev["description"],
            date.fromisoformat(ev["document_date"]), None, STAMP, list(ev["items"])))
    for k in range(extra_evidence):
        digest = hashlib.sha256(f"extra-{k}".encode()).hexdigest()
        evidence.append(model.EvidenceInfo(
            1000 + k, digest, f"บันทึกการตรวจวัดน้ำเสีย-{k:03d}.pdf", 20_000 + k, "application/pdf",
            f"ผลการตรวจวัดคุณภาพน้ำทิ้งประจำเดือน ครั้งที่ {k + 1} ที่นี่ น้ำ ค่ำ", date(2026, 1 + k % 12, 1),
            None, STAMP, ["C03"] if k % 2 else ["C03", "C06"]))
    actions = [model.Action(i, a["item_id"], a["description"], a["owner"],
                            date.fromisoformat(a["due_date"]), model.ActionStatus(a["status"]))
               for i, a in enumerate(spec["actions"], 1)]
    return model.Assessment(
        id="0f6c2a9e-demo-4c1b-9d7e-sample000001", factory_uid="factory-demo",
        profile=load_demo_profile(spec["profile"]), scheme_id="eco-factory", scheme_version="2026.1",
        assessment_date=date.fromisoformat(spec["assessment_date"]),
        planned_audit_date=date.fromisoformat(spec["planned_audit_date"]),
        signatory_name=spec["signatory"]["name"], signatory_position=spec["signatory"]["position"],
        status=model.AssessmentStatus.COMPLETE, settings={}, last_page="", is_demo=True,
        created_at=STAMP, updated_at=STAMP, answers=answers, evidence=evidence, actions=actions)


def resolver(ev: model.EvidenceInfo) -> Path:
    return demo_dir() / "evidence" / ev.original_name
