"""A demo estate of N varied, fictitious factories with one to three yearly snapshots each, for
trying the estate view, for training and for the benchmark. Deterministic for a given N."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ecoassess import model

if TYPE_CHECKING:
    from ecoassess.scheme.schema import InputDef, Scheme
    from ecoassess.storage.service import Store

DEMO_NAME_TH = "นิคมอุตสาหกรรมตัวอย่าง (สาธิต)"
DEMO_NAME_EN = "Demo Industrial Estate"
INDUSTRIES = (("พลาสติก", "Plastics"), ("อาหาร", "Foods"), ("ชิ้นส่วนยานยนต์", "Auto Parts"),
              ("เคมีภัณฑ์", "Chemicals"), ("อิเล็กทรอนิกส์", "Electronics"), ("สิ่งทอ", "Textiles"),
              ("บรรจุภัณฑ์", "Packaging"), ("เหล็กกล้า", "Steel"), ("เภสัชภัณฑ์", "Pharma"),
              ("เครื่องดื่ม", "Beverages"), ("กระดาษ", "Paper"), ("ยางพารา", "Rubber"))
PREFIXES = (("สยาม", "Siam"), ("ไทยรุ่งเรือง", "Thai Rungruang"), ("เอเชียกรีน", "Asia Green"),
            ("ตะวันออก", "Eastern"), ("มั่นคง", "Mankong"), ("ศรีราชา", "Sriracha"),
            ("เจริญผล", "Charoenphon"), ("แหลมทอง", "Laemthong"), ("นวกิจ", "Navakij"),
            ("ชลเจริญ", "Chon Charoen"), ("เพชรเกษม", "Phetkasem"), ("บางพระ", "Bang Phra"))
Progress = Callable[[int, int], None]


def _factory_names(n: int) -> tuple[str, str]:
    prefix, industry = PREFIXES[n % len(PREFIXES)], INDUSTRIES[(n // len(PREFIXES) + n) % len(INDUSTRIES)]
    round_no = n // (len(PREFIXES) * len(INDUSTRIES))
    suffix_th = f" {round_no + 1}" if round_no else ""
    return (f"บริษัท {prefix[0]}{industry[0]}{suffix_th} จำกัด",
            f"{prefix[1]} {industry[1]}{suffix_th} Co., Ltd.")


def _certifications(rng: random.Random, as_of: date) -> list[model.Certification]:
    certs = []
    if rng.random() < 0.7:
        certs.append(model.Certification("green_industry", str(rng.choice((1, 2, 2, 3, 3, 4, 5)))))
    if rng.random() < 0.4:
        certs.append(model.Certification("iso14001", "", as_of + timedelta(days=rng.randint(-60, 900))))
    if rng.random() < 0.25:
        certs.append(model.Certification("eco_factory", "", as_of + timedelta(days=rng.randint(-200, 1000))))
    tier = rng.random()
    if tier < 0.1:
        certs.append(model.Certification("white_flag_gold_star", ""))
    elif tier < 0.35:
        certs.append(model.Certification("white_flag_green_star", ""))
    if rng.random() < 0.2:
        certs.append(model.Certification("csr_diw", ""))
    return certs


def _value(rng: random.Random, item: Any, input_def: InputDef, maturity: float) -> Any:
    """A plausible answer for one input at a maturity between 0 and 1."""
    kind = input_def.type
    if kind == "bool":
        if input_def.id.startswith("l") and input_def.id[1:].isdigit():  # cumulative levels
            return int(input_def.id[1:]) <= round(maturity * 5 + rng.uniform(-0.6, 0.6))
        return rng.random() < maturity
    if kind == "percent":
        return round(max(0.0, min(130.0, maturity * 115 + rng.uniform(-15, 15))), 2)
    if kind == "integer":
        return max(0, int(maturity * 6 + rng.uniform(-1, 1)))
    if kind == "number":
        return round(maturity * 100, 2)
    if kind == "options":
        return sorted(o.id for o in input_def.options if rng.random() < maturity * 0.55)
    if kind == "choice":
        return input_def.options[min(int(maturity * len(input_def.options)), len(input_def.options) - 1)].id
    return None


def _answers(rng: random.Random, scheme: Scheme, base: float, year_step: int, size: float,
             when: date) -> dict[str, model.ItemAnswer]:
    """Answers of one year; `year_step` grows by one each year, and so does maturity."""
    answers: dict[str, model.ItemAnswer] = {}
    for p in scheme.prerequisites:
        value: dict[str, Any] = {}
        for input_def in p.inputs:
            if input_def.type == "bool":
                value[input_def.id] = rng.random() < 0.85 + base * 0.1
            elif input_def.type == "choice":
                value[input_def.id] = rng.choice([o.id for o in input_def.options if o.id != "none"])
            elif input_def.type == "date":
                value[input_def.id] = (when + timedelta(days=rng.randint(-120, 900))).isoformat()
        answers[p.id] = model.ItemAnswer(p.id, value, model.WorkflowStatus.DONE)
    for c in scheme.criteria:
        maturity = max(0.0, min(1.0, base + 0.08 * year_step + rng.uniform(-0.3, 0.3)))
        if rng.random() < 0.04:  # some criteria left unanswered
            continue
        value = {i.id: _value(rng, c, i, maturity) for i in c.inputs}
        answers[c.id] = model.ItemAnswer(c.id, value, model.WorkflowStatus.DONE)
    spec = scheme.improvement
    years = []
    for offset in range(spec.years):
        drift = 1 - 0.03 * offset * base
        row: dict[str, Any] = {"year": when.year - spec.years + offset,  # complete years only
                               spec.product_value.id: round(size * (1 + 0.05 * offset))}
        for q in spec.quantities:
            row[q.id] = round(size / 40_000 * drift * rng.uniform(0.9, 1.1), 2)
        years.append(row)
    answers["improvement"] = model.ItemAnswer("improvement", {"years": years}, model.WorkflowStatus.DONE)
    return answers


def demo_assessments(n: int, scheme: Scheme, as_of: date, estate_th: str = DEMO_NAME_TH,
                     seed: int = 15) -> list[model.Assessment]:
    """Snapshots-to-be of `n` fictitious factories: 1–3 assessments each, a year apart."""
    rng = random.Random(seed * 1_000_003 + n)
    out = []
    for i in range(n):
        name_th, name_en = _factory_names(i)
        base = rng.uniform(0.15, 0.85)
        size = rng.choice((40e6, 120e6, 400e6, 1.2e9))
        profile = model.FactoryProfile(
            name_th=name_th, name_en=name_en, estate_kind="estate", estate=estate_th,
            registration_no=f"DEMO-{i + 1:04d}", industry=INDUSTRIES[i % len(INDUSTRIES)][1],
            size=rng.choice(("large", "medium", "small")), certifications=_certifications(rng, as_of))
        count = rng.choice((1, 1, 2, 2, 3))
        lag = rng.choice((30, 90, 200, 300, 420, 800))
        uid = str(uuid.UUID(int=rng.getrandbits(128)))
        for k in range(count):
            step = k - count + 1  # 0 for the newest
            when = as_of - timedelta(days=lag - 365 * step)
            stamp = datetime.combine(when, datetime.min.time()).replace(hour=9)
            out.append(model.Assessment(
                id=str(uuid.UUID(int=rng.getrandbits(128))), factory_uid=uid, profile=profile,
                scheme_id=scheme.id, scheme_version=scheme.version, assessment_date=when,
                planned_audit_date=None, signatory_name="", signatory_position="",
                status=model.AssessmentStatus.COMPLETE, settings={}, last_page="", is_demo=True,
                created_at=stamp, updated_at=stamp,
                answers=_answers(rng, scheme, base, 2 + step, size, when)))
    return out


def create_demo_estate(store: Store, factories: int = 30, progress: Progress | None = None) -> Any:
    """A fresh demo estate (a previous demo estate is replaced, after a backup)."""
    from ecoassess.asof import as_of_date
    from ecoassess.estate.framework import DEFAULT_FRAMEWORK
    from ecoassess.estate.importing import add_assessment
    from ecoassess.estate.results import SchemeCache
    from ecoassess.scheme import latest_scheme
    from ecoassess.storage import estates as db

    for estate in db.list_estates(store):
        if estate.is_demo:
            db.delete_estate(store, estate.id)
    estate = db.create_estate(store, name_th=DEMO_NAME_TH, name_en=DEMO_NAME_EN,
                              framework_id=DEFAULT_FRAMEWORK, is_demo=True)
    scheme = latest_scheme(store.layout.root)
    schemes = SchemeCache(store.layout.root)
    items = demo_assessments(factories, scheme, as_of_date())
    for index, assessment in enumerate(items):
        add_assessment(store, estate, assessment, source="demo", source_name=assessment.profile.name_th,
                       consent=index % 11 != 7, schemes=schemes)
        if progress:
            progress(index + 1, len(items))
    return db.get_estate(store, estate.id)
