"""Bilingual text for reasons and labels: `Bi` ({"th": …, "en": …}) and its small helpers."""

from __future__ import annotations

from datetime import date
from typing import Any

from ecoassess.i18n import LANGS, format_day, message

Bi = dict[str, str]  # a bilingual text: {"th": …, "en": …}


def bi(key: str, **params: Any) -> Bi:
    """A catalogue message in both languages; bilingual params ({"th","en"} dicts) follow."""
    out: Bi = {}
    for lang in LANGS:
        local = {k: (v.get(lang) or v.get("en", "")) if isinstance(v, dict) else v
                 for k, v in params.items()}
        out[lang] = message(key, lang, **local)
    return out


def text(value: Any) -> Bi:
    """A scheme Text (or dict) as a plain bilingual dict."""
    if isinstance(value, dict):
        return {"th": value.get("th", ""), "en": value.get("en", "")}
    return {"th": value.th, "en": value.en}


def join(parts: list[Bi], sep: str = "; ") -> Bi:
    return {lang: sep.join(p[lang] for p in parts if p.get(lang)) for lang in LANGS}


def day(value: date) -> Bi:
    return {lang: format_day(value, lang) for lang in LANGS}
