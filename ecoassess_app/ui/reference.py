"""Reference lists the profile page offers: IEAT estates (shipped CSV), the 77 provinces, tax IDs."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from ecoassess.paths import resources_dir


@dataclass(frozen=True)
class Estate:
    name_th: str
    name_en: str
    province_th: str
    province_en: str
    confirmed: bool


@dataclass(frozen=True)
class Province:
    name_th: str
    name_en: str


@cache
def estates() -> tuple[Estate, ...]:
    """The IEAT industrial estates shipped in resources/data/ieat-estates.csv, in Thai order."""
    path = resources_dir() / "data" / "ieat-estates.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            Estate(r["name_th"], r["name_en"], r["province_th"], r["province_en"],
                   r.get("confirmed", "yes").strip().lower() == "yes")
            for r in csv.DictReader(handle)
        ]
    return tuple(sorted(rows, key=lambda e: e.name_th))


@cache
def provinces() -> tuple[Province, ...]:
    """Thailand's 77 provinces with English names, from pythainlp's corpus."""
    from ecoassess.paths import keep_pythainlp_offline

    keep_pythainlp_offline()
    from pythainlp.corpus import provinces as corpus_provinces

    rows = corpus_provinces(details=True)
    return tuple(sorted((Province(r["name_th"], r["name_en"]) for r in rows), key=lambda p: p.name_th))


def tax_id_valid(tax_id: str) -> bool:
    """A Thai 13-digit tax ID whose last digit is the check digit of the first twelve."""
    digits = tax_id.replace("-", "").replace(" ", "")
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])
