"""Reference lists shared by the profile page, the estate view and the command line: IEAT
estates (shipped CSV), the 77 provinces (pythainlp), Thai tax-ID check digits.

Both lists are in Thai dictionary order (pythainlp's collation: a leading vowel such as เ or แ
sorts under its consonant, so เชียงใหม่ sits among the ช and แพร่ among the พ, not at the end as
plain code-point order puts them).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from ecoassess.paths import resources_dir

T = TypeVar("T")


@dataclass(frozen=True)
class Estate:
    name_th: str
    name_en: str
    province_th: str
    province_en: str
    confirmed: bool
    operator: str = ""


@dataclass(frozen=True)
class Province:
    name_th: str
    name_en: str


def thai_sorted(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """`items` in Thai dictionary order of `key(item)` (ties keep their order)."""
    from ecoassess.paths import keep_pythainlp_offline

    keep_pythainlp_offline()
    from pythainlp.util import collate

    items = list(items)
    order = {text: rank for rank, text in enumerate(collate({key(i) for i in items}))}
    return sorted(items, key=lambda i: order[key(i)])


@cache
def estates() -> tuple[Estate, ...]:
    """The IEAT industrial estates shipped in resources/data/ieat-estates.csv, in Thai order."""
    path = resources_dir() / "data" / "ieat-estates.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            Estate(r["name_th"], r["name_en"], r["province_th"], r["province_en"],
                   r.get("confirmed", "yes").strip().lower() == "yes", r.get("operator", ""))
            for r in csv.DictReader(handle)
        ]
    return tuple(thai_sorted(rows, lambda e: e.name_th))


@cache
def provinces() -> tuple[Province, ...]:
    """Thailand's 77 provinces with English names, from pythainlp's corpus, in Thai order."""
    from ecoassess.paths import keep_pythainlp_offline

    keep_pythainlp_offline()
    from pythainlp.corpus import provinces as corpus_provinces

    details: list[Any] = list(corpus_provinces(details=True))  # dicts, though typed as str
    rows = [Province(r["name_th"], r["name_en"]) for r in details]
    return tuple(thai_sorted(rows, lambda p: p.name_th))


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_estate(name: str) -> Estate | None:
    """The IEAT estate whose Thai or English name is `name` (spacing and case ignored)."""
    wanted = _folded(name)
    if not wanted:
        return None
    return next((e for e in estates() if wanted in (_folded(e.name_th), _folded(e.name_en))), None)


def find_province(name: str) -> Province | None:
    wanted = _folded(name)
    return next((p for p in provinces() if wanted in (_folded(p.name_th), _folded(p.name_en))), None)


def tax_id_valid(tax_id: str) -> bool:
    """A Thai 13-digit tax ID whose last digit is the check digit of the first twelve."""
    digits = tax_id.replace("-", "").replace(" ", "")
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])
