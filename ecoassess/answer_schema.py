"""JSON Schema of the answer file: the model's own schema with every item of a scheme and the
sane ranges of `ecoassess.limits` (`ecoassess scheme answer-schema` prints it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ecoassess.answerfile import SOCIAL_OUTCOME_MAX, AnswerFile
from ecoassess.limits import RANGES, SCHEME_VERSION, YEAR_MAX, YEAR_MIN
from ecoassess.model import WorkflowStatus as Status

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

_INPUT_SCHEMA: dict[str, Callable[[Any], dict[str, Any]]] = {
    "bool": lambda i: {"type": "boolean"},
    "number": lambda i: {"type": "number", "minimum": 0, "maximum": RANGES["quantity"][1]},
    "percent": lambda i: {"type": "number", "minimum": 0, "maximum": RANGES["percent"][1]},
    "integer": lambda i: {"type": "integer", "minimum": 0, "maximum": RANGES["count"][1]},
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


def json_schema(scheme: Scheme) -> dict[str, Any]:
    """JSON Schema of the answer file: the model's own schema, with every item of `scheme`."""
    schema = AnswerFile.model_json_schema()
    props = schema["properties"]
    for group, items in (("prerequisites", scheme.prerequisites), ("criteria", scheme.criteria)):
        props[group] = {"type": "object", "additionalProperties": False,
                        "properties": {item.id: _item_schema(item) for item in items}}
    spec = scheme.improvement
    quantities = [spec.product_value, *spec.quantities]
    row = {"type": "object", "required": ["year"], "additionalProperties": False,
           "properties": {"year": {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX}}
           | {q.id: {"type": ["number", "null"], "minimum": 0,
                     "maximum": RANGES["baht" if q is spec.product_value else "quantity"][1],
                     "description": f"{q.label.en} ({q.unit.en})"} for q in quantities}}
    props["improvement"] = {"type": "object", "additionalProperties": False, "properties": {
        "reference_year": {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
        "years": {"type": "array", "items": row},
        "status": {"enum": [s.value for s in Status]}, "note": {"type": "string"},
        "social_outcome": {"type": ["string", "null"], "maxLength": SOCIAL_OUTCOME_MAX,
                           "description": spec.social_outcome.label.en if spec.social_outcome
                           else "Social outcome, in words"}}}
    props["scheme_version"] = {"type": "string", "pattern": SCHEME_VERSION.pattern}
    props["settings"] = {"type": "object", "additionalProperties": False, "properties": {
        "target_percent": {"type": ["number", "null"], "minimum": 0, "maximum": 100},
        "criterion_minimum": {"type": ["number", "null"], "minimum": 0},
        "not_applicable_allowed": {"type": ["array", "null"],
                                   "items": {"enum": [c.id for c in scheme.criteria]}},
        "g4_blocks": {"type": ["boolean", "null"]}}}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"ecoassess answer file ({scheme.id} {scheme.version})"
    _allow_private(schema)
    return schema
