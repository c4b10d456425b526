"""Property: any assessment the store accepts survives pack → unpack and an answer-file round
trip with identical answers and an identical score.

Assessments are drawn as the wizard and the files can make them: every input type of the scheme
within its sane range, N/A with or without a justification, any status, Thai and odd text in
notes, settings overrides (nulls included), profile figures, certificates and 3-year data.
"""

from __future__ import annotations

import json
import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecoassess import answerfile, model
from ecoassess.limits import RANGES
from ecoassess.package import OnConflict, pack_assessment, unpack_package
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate
from ecoassess.storage import open_store

SCHEME = load_scheme()
EXAMPLES = int(os.environ.get("ECOASSESS_PROPERTY_EXAMPLES", "30"))
DAYS = st.dates(date(1900, 1, 1), date(2200, 12, 31))
TEXT = st.text(max_size=24)


def bounded(kind: str) -> st.SearchStrategy:
    top = RANGES[kind][1]
    return st.one_of(st.integers(0, int(min(top, 10**6))),
                     st.decimals(0, top, places=2, allow_nan=False, allow_infinity=False).map(float))


def input_value(input_def) -> st.SearchStrategy:
    kind = input_def.type
    if kind == "bool":
        return st.booleans()
    if kind == "percent":
        return bounded("percent")
    if kind == "number":
        return bounded("quantity")
    if kind == "integer":
        return st.integers(0, RANGES["count"][1])
    if kind == "options":
        return st.lists(st.sampled_from([o.id for o in input_def.options]), unique=True, max_size=3)
    if kind == "choice":
        return st.sampled_from([o.id for o in input_def.options])
    return DAYS.map(date.isoformat)


def item_answer(item) -> st.SearchStrategy:
    if getattr(item, "kind", None) == "route":
        # G2's route and expiry live on the profile's certificates (drawn in PROFILE); its
        # answer holds at most "none yet" (ecoassess.scoring.certificates).
        value = st.fixed_dictionaries({}, optional={"ems_route": st.just("none")})
    else:
        value = st.fixed_dictionaries({}, optional={i.id: input_value(i) for i in item.inputs})
    return st.fixed_dictionaries({
        "value": value, "status": st.sampled_from(list(model.WorkflowStatus)),
        "not_applicable": st.booleans(), "justification": TEXT, "note": TEXT})


def improvement() -> st.SearchStrategy:
    spec = SCHEME.improvement
    quantities = {spec.product_value.id: st.one_of(st.none(), bounded("baht"))}
    quantities |= {q.id: st.one_of(st.none(), bounded("quantity")) for q in spec.quantities}
    row = st.fixed_dictionaries({}, optional=quantities)
    years = st.lists(st.integers(1900, 2200), unique=True, max_size=3)
    return st.builds(lambda ys, rows: {"years": [{"year": y, **r} for y, r in zip(ys, rows, strict=False)]},
                     years, st.lists(row, min_size=3, max_size=3))


PROFILE = st.builds(
    model.FactoryProfile, name_th=TEXT, name_en=TEXT, province=TEXT,
    employees_permanent=st.one_of(st.none(), st.integers(0, RANGES["count"][1])),
    annual_revenue_baht=st.one_of(st.none(), bounded("baht")),
    size=st.sampled_from([None, "large", "medium", "small"]),
    certifications=st.lists(st.builds(
        model.Certification, kind=st.sampled_from(["iso14001", "green_industry", "white_flag_green_star",
                                                   "white_flag_gold_star", "other"]),
        detail=st.one_of(TEXT, st.sampled_from(["2", "3", "ระดับ ๔"])),
        valid_until=st.one_of(st.none(), DAYS)), max_size=2))
SETTINGS = st.fixed_dictionaries({}, optional={
    "target_percent": st.one_of(st.none(), st.decimals(0, 100, places=2).map(float)),
    "criterion_minimum": st.one_of(st.none(), st.integers(0, 5)),
    "not_applicable_allowed": st.one_of(st.none(), st.lists(
        st.sampled_from([c.id for c in SCHEME.criteria]), unique=True, max_size=4)),
    "g4_blocks": st.one_of(st.none(), st.booleans())})
ITEMS = [*SCHEME.prerequisites, *SCHEME.criteria]
ANSWERS = st.fixed_dictionaries({}, optional={item.id: item_answer(item) for item in ITEMS})


def answers_of(assessment: model.Assessment) -> dict:
    """The answers as the formats carry them (JSON values, the five answer fields)."""
    return {item_id: json.loads(json.dumps({
        "value": a.value, "status": str(a.status), "not_applicable": a.not_applicable,
        "justification": a.justification, "note": a.note}))
        for item_id, a in sorted(assessment.answers.items())}


def score(assessment_like) -> dict:
    profile, audit, answers, settings_ = assessment_like
    result = evaluate(SCHEME, profile, audit, answers, None, settings_, as_of=date(2026, 6, 1))
    return {"total": result.total, "max": result.max, "percent": result.percent,
            "verdict": result.verdict.status, "label": result.verdict.label,
            "qualifiers": result.verdict.qualifiers, "size": result.size,
            "prerequisites": [(p.id, p.status) for p in result.prerequisites],
            "criteria": [(c.id, c.points) for c in result.criteria],
            "warnings": sorted((w.kind, w.item_id) for w in result.warnings)}


def test_any_stored_assessment_survives_packages_and_answer_files(tmp_path):
    source, target = open_store(tmp_path / "src"), open_store(tmp_path / "dst")
    counter = iter(range(10**6))

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              derandomize="ECOASSESS_PROPERTY_EXAMPLES" not in os.environ,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(profile=PROFILE, settings_=SETTINGS, audit=st.one_of(st.none(), DAYS),
           answers=ANSWERS, eco=st.one_of(st.none(), improvement()))
    def survives(profile, settings_, audit, answers, eco):
        aid = source.create_assessment(profile, scheme_id=SCHEME.id, scheme_version=SCHEME.version,
                                       planned_audit_date=audit, settings=settings_)
        for item_id, fields in answers.items():
            source.save_answer(aid, item_id, **fields)
        if eco is not None:
            source.save_answer(aid, "improvement", value=eco, status="in_progress")
        stored = source.get_assessment(aid)
        expected = score((stored.profile, stored.planned_audit_date, stored.answers, stored.settings))

        package = pack_assessment(source, aid, tmp_path / f"p{next(counter)}.ecoassess")
        unpacked = target.get_assessment(unpack_package(target, package, OnConflict.KEEP_BOTH)
                                         .assessment_id)
        assert answers_of(unpacked) == answers_of(stored)
        assert (unpacked.profile, unpacked.settings) == (stored.profile, stored.settings)
        assert score((unpacked.profile, unpacked.planned_audit_date, unpacked.answers,
                      unpacked.settings)) == expected

        text = answerfile.to_json(answerfile.from_assessment(stored, SCHEME))
        read = answerfile.parse_answer_data(json.loads(text), "round-trip.json", SCHEME)
        profile_back, audit_back, items = answerfile.to_items(read)
        back = model.Assessment(**{**stored.__dict__, "answers": items})
        assert answers_of(back) == answers_of(stored)
        assert (profile_back, audit_back, read.settings) == \
            (stored.profile, stored.planned_audit_date, stored.settings)
        assert score((profile_back, audit_back, items, read.settings)) == expected

    try:
        survives()
    finally:
        source.close()
        target.close()
