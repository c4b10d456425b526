"""Which glossary terms an item's texts use: the help pane lists them, a test checks coverage."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme

THAI = re.compile(r"[\u0E00-\u0E7F]")


def texts_of(node: Any) -> list[str]:
    """Every Thai and English text under a scheme node (names, requirements, evidence, options)."""
    if hasattr(node, "th") and hasattr(node, "en") and isinstance(node.th, str):
        return [node.th, node.en]
    if isinstance(node, list | tuple):
        return [t for child in node for t in texts_of(child)]
    if isinstance(node, dict):
        return [t for child in node.values() for t in texts_of(child)]
    fields = getattr(type(node), "model_fields", None)
    if fields:
        return [t for name in fields for t in texts_of(getattr(node, name))]
    return []


def mentions(text: str, spelling: str) -> bool:
    """Whether `spelling` occurs in `text` as a term: SEC but not SECTION; a Thai abbreviation
    (ผชพ., อก.) not inside a longer Thai word (ออก.); other Thai terms anywhere, as Thai runs
    words together."""
    if THAI.search(spelling):
        if "." in spelling:
            return re.search(rf"(?<![\u0E00-\u0E7F]){re.escape(spelling)}", text) is not None
        return spelling in text
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(spelling)}(?![A-Za-z])", text) is not None


def terms_used(scheme: Scheme, node: Any) -> list[Any]:
    """Glossary entries whose term (or another spelling of it) appears in `node`'s texts."""
    texts = texts_of(node)
    return [entry for entry in scheme.glossary
            if any(mentions(text, spelling) for spelling in entry.spellings() for text in texts)]
