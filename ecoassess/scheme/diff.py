"""What changed between two versions of one scheme: items, levels, inputs, wording, settings, provenance."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ecoassess.errors import ValidationError
from ecoassess.i18n import message, option_letter
from ecoassess.scheme.schema import (
    Criterion,
    Document,
    InputDef,
    Level,
    Option,
    Prerequisite,
    Scheme,
    Text,
)

Bi = dict[str, str]  # {"th": …, "en": …}
LANGS = ("th", "en")
# The order a report shows them in: what loses answers first, wording last.
KINDS = ("removed", "added", "rule", "setting", "provenance", "wording")
SUBJECT_CHARS = 50
FOLLOWING = "\u0e30\u0e32\u0e33\u0e45"  # ะ า ำ ๅ
SETTINGS = ("target_percent", "criterion_minimum", "not_applicable_allowed", "g4_blocks")


@dataclass(frozen=True)
class Change:
    """One difference. `path` is stable ("C01", "C01.S2", "C01.advanced.e", "settings.target_percent");
    `subject` names it in both languages; `part` says which field ("title", "value", "thresholds" …).

    Wording: `old`/`new` are bilingual texts and `langs` the languages whose text changed.
    Provenance: `old`/`new` are provenance ids. `provenance` is the subject's own (the new
    version's; the old one's when removed), so that drafts stay visible in every line.
    `answers_lost`: an answer stored here has no place in the new version."""

    kind: str
    path: str
    subject: Bi
    part: str = ""
    old: Any = None
    new: Any = None
    langs: tuple[str, ...] = ()
    provenance: str = ""
    answers_lost: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "subject": self.subject, "part": self.part,
                "old": self.old, "new": self.new, "languages": list(self.langs),
                "provenance": self.provenance, "answers_lost": self.answers_lost}


@dataclass(frozen=True)
class Draft:
    """A general requirement or criterion the new version still marks as draft."""

    path: str
    subject: Bi


@dataclass(frozen=True)
class SchemeDiff:
    scheme_id: str
    old_version: str
    new_version: str
    old_fingerprint: str
    new_fingerprint: str
    changes: tuple[Change, ...]
    drafts: tuple[Draft, ...]
    provenance_labels: dict[str, Bi] = field(default_factory=dict)
    help_changed: bool = False  # help and glossary explain the scheme and score nothing

    @property
    def identical(self) -> bool:
        return not self.changes and self.old_fingerprint == self.new_fingerprint

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in KINDS}

    def answers_without_place(self) -> list[str]:
        """Where stored answers lose their place, as `map_answers` names them ("C13",
        "C10.suppliers_green", "C01.advanced.e")."""
        return [c.path for c in self.changes if c.answers_lost]

    def as_json(self) -> dict[str, Any]:
        return {"scheme": self.scheme_id, "old_version": self.old_version,
                "new_version": self.new_version, "old_fingerprint": self.old_fingerprint,
                "new_fingerprint": self.new_fingerprint, "identical": self.identical,
                "counts": self.counts(), "answers_without_place": self.answers_without_place(),
                "drafts": [{"path": d.path, "subject": d.subject} for d in self.drafts],
                "help_changed": self.help_changed,
                "changes": [c.as_json() for c in self.changes]}


def bi(text: Text | None) -> Bi:
    return {"th": text.th, "en": text.en} if text is not None else {"th": "", "en": ""}


def short(text: str, limit: int = SUBJECT_CHARS) -> str:
    """`text` cut to about `limit` characters at a character boundary (never between a Thai
    consonant and its vowel or tone mark)."""
    if len(text) <= limit:
        return text
    cut = limit
    # never between a consonant and its marks or following vowels (ะ า ำ), nor right after a
    # leading vowel (เ แ โ ใ ไ)
    while cut > 0 and (unicodedata.category(text[cut]) == "Mn" or text[cut] in FOLLOWING
                       or "\u0e40" <= text[cut - 1] <= "\u0e44"):
        cut -= 1
    return text[:cut].rstrip() + "…"


def words(key: str, **params: Any) -> Bi:
    return {lang: message(f"scheme_update.subject.{key}", lang, **params) for lang in LANGS}


def joined(*parts: Bi, sep: str = " · ") -> Bi:
    return {lang: sep.join(p[lang] for p in parts if p.get(lang)) for lang in LANGS}


def item_subject(item: Criterion | Prerequisite) -> Bi:
    name = item.name if isinstance(item, Criterion) else item.title
    return {lang: f"{item.id} {name.get(lang)}" for lang in LANGS}


def input_subject(owner: Bi, inp: InputDef) -> Bi:
    """"C10 … · Every first-tier supplier… [suppliers_green]": the id tells a renamed input apart."""
    return joined(owner, {lang: f"{short(inp.label.get(lang))} [{inp.id}]" for lang in LANGS})


def option_subject(owner: Bi, opt: Option) -> Bi:
    return joined(owner, {lang: f"{option_letter(opt.id, lang)} {short(opt.label.get(lang))}"
                          for lang in LANGS})


def _conditions(level: Level) -> list[str]:
    def one(c: Any) -> str:
        return c.input if c.min is None else f"{c.input} ≥ {c.min:g}"

    return [*(one(c) for c in level.requires), *(("/".join(one(c) for c in level.any_of),)
                                                 if level.any_of else ())]


class _Collector:
    """Walks two versions side by side and records each difference once."""

    def __init__(self, new: Scheme) -> None:
        self.new = new
        self.changes: list[Change] = []

    def add(self, *args: Any, **kwargs: Any) -> None:
        self.changes.append(Change(*args, **kwargs))

    def text(self, path: str, subject: Bi, part: str, old: Text | None, new: Text | None,
             provenance: str = "") -> None:
        if old == new:
            return
        a, b = bi(old), bi(new)
        langs = tuple(lang for lang in LANGS if a[lang] != b[lang])
        self.add("wording", path, subject, part, a, b, langs, provenance)

    def value(self, kind: str, path: str, subject: Bi, part: str, old: Any, new: Any,
              provenance: str = "", answers_lost: bool = False) -> None:
        if old != new:
            self.add(kind, path, subject, part, old, new, (), provenance, answers_lost)

    def provenance(self, path: str, subject: Bi, old: str | None, new: str | None,
                   part: str = "") -> None:
        if old != new:
            self.add("provenance", path, subject, part, old, new, (), new or "")

    def paired(self, old: Iterable[Any], new: Iterable[Any], key: Callable[[Any], Any],
               path: Callable[[Any], str], subject: Callable[[Any], Bi],
               compare: Callable[[Any, Any], None], lost: bool = False,
               provenance: Callable[[Any], str] = lambda _x: "") -> None:
        """Removed, added, then both: `compare(old_one, new_one)` for each pair with one key."""
        before = {key(x): x for x in old}
        after = {key(x): x for x in new}
        for k, x in before.items():
            if k not in after:
                self.add("removed", path(x), subject(x), provenance=provenance(x), answers_lost=lost)
        for k, x in after.items():
            if k not in before:
                self.add("added", path(x), subject(x), provenance=provenance(x))
        for k, x in after.items():
            if k in before:
                compare(before[k], x)


def diff_schemes(old: Scheme, new: Scheme) -> SchemeDiff:
    """The differences between `old` and `new`, two versions of one scheme id."""
    if old.id != new.id:
        raise ValidationError("scheme_update.other_id", old=old.id, new=new.id)
    out = _Collector(new)
    _top(out, old, new)
    _items(out, old.prerequisites, new.prerequisites, _prerequisite)
    _items(out, old.criteria, new.criteria, _criterion)
    _settings(out, old, new)
    _documents(out, old.documents, new.documents)
    _ladder_rules(out, old, new)
    _improvement(out, old, new)
    order = {kind: i for i, kind in enumerate(KINDS)}
    changes = sorted(out.changes, key=lambda c: order[c.kind])  # stable: scheme order within
    items: list[Criterion | Prerequisite] = [*new.prerequisites, *new.criteria]
    drafts = tuple(Draft(i.id, item_subject(i)) for i in items if i.provenance == "draft")
    labels: dict[str, dict[str, str]] = {k: bi(v.label) for k, v in new.provenance_labels.items()}
    for k, v in old.provenance_labels.items():
        labels.setdefault(k, bi(v.label))
    help_changed = (old.help, old.glossary, old.help_sources) != (new.help, new.glossary, new.help_sources)
    return SchemeDiff(new.id, old.version, new.version, old.fingerprint, new.fingerprint,
                      tuple(changes), drafts, labels, help_changed)


def _top(out: _Collector, old: Scheme, new: Scheme) -> None:
    scheme = words("scheme")
    for part in ("title", "owner", "description"):
        out.text(part, scheme, part, getattr(old, part), getattr(new, part))
    for group in ("ladder_names", "group_names", "size_names"):
        before, after = getattr(old, group), getattr(new, group)
        for key in after:
            if key in before:
                out.text(f"{group}.{key}", bi(after[key]), "name", before[key], after[key])


def _items(out: _Collector, old: list[Any], new: list[Any], compare: Callable[..., None]) -> None:
    out.paired(old, new, key=lambda i: i.id, path=lambda i: i.id, subject=item_subject,
               compare=lambda a, b: compare(out, a, b), lost=True,
               provenance=lambda i: i.provenance)


def _prerequisite(out: _Collector, a: Prerequisite, b: Prerequisite) -> None:
    subject, prov = item_subject(b), b.provenance
    for part in ("name", "title", "requirement", "evidence"):
        out.text(b.id, subject, part, getattr(a, part), getattr(b, part), prov)
    out.provenance(b.id, subject, a.provenance, b.provenance)
    out.value("rule", b.id, subject, "blocking", a.blocking, b.blocking, prov)
    out.value("rule", b.id, subject, "kind", a.kind, b.kind, prov)
    _inputs(out, b.id, subject, a.inputs, b.inputs, prov)
    before = {tuple(sorted(v.sizes)): v for v in a.variants}
    for v in b.variants:
        key = tuple(sorted(v.sizes))
        path = f"{b.id}.{'_'.join(key)}"
        if key not in before:
            out.value("rule", path, subject, "variants", None, list(key), prov)
            continue
        w = before[key]
        sizes = [bi(out.new.size_names[size]) for size in key if size in out.new.size_names]
        sub = joined(subject, joined(*sizes, sep=", "))
        out.text(path, sub, "requirement", w.requirement, v.requirement, prov)
        out.text(path, sub, "evidence", w.evidence, v.evidence, prov)
        out.value("rule", path, sub, "routes", w.routes, v.routes, prov)


def _criterion(out: _Collector, a: Criterion, b: Criterion) -> None:
    subject, prov = item_subject(b), b.provenance
    out.text(b.id, subject, "name", a.name, b.name, prov)
    out.provenance(b.id, subject, a.provenance, b.provenance)
    out.provenance(b.id, subject, a.points_provenance, b.points_provenance, part="points")
    for part in ("group", "ladder", "max_points", "thresholds"):
        out.value("rule", b.id, subject, part, getattr(a, part), getattr(b, part), prov)
    _inputs(out, b.id, subject, a.inputs, b.inputs, prov)
    out.paired(a.levels, b.levels, key=lambda lv: lv.id, path=lambda lv: f"{b.id}.{lv.id}",
               subject=lambda lv: joined(subject, bi(lv.name)),
               compare=lambda x, y: _level(out, b.id, subject, x, y),
               provenance=lambda lv: lv.provenance)
    rows = {r.points: r for r in a.points}
    for row in b.points:
        if row.points in rows:
            sub = joined(subject, words("points", n=row.points))
            out.text(f"{b.id}.points.{row.points}", sub, "situation", rows[row.points].situation,
                     row.situation, b.points_provenance)
    if a.notes != b.notes:
        out.text(f"{b.id}.notes", subject, "notes", _notes(a.notes), _notes(b.notes), prov)


def _notes(notes: list[Text]) -> Text | None:
    if not notes:
        return None
    return Text(th="\n".join(n.th for n in notes), en="\n".join(n.en for n in notes))


def _level(out: _Collector, owner_id: str, owner: Bi, a: Level, b: Level) -> None:
    path, subject, prov = f"{owner_id}.{b.id}", joined(owner, bi(b.name)), b.provenance
    for part in ("name", "title", "requirement", "evidence"):
        out.text(path, subject, part, getattr(a, part), getattr(b, part), prov)
    out.provenance(path, subject, a.provenance, b.provenance)
    out.value("rule", path, subject, "conditions", _conditions(a), _conditions(b), prov)
    out.value("rule", path, subject, "options_input", a.options_input, b.options_input, prov)


def _inputs(out: _Collector, owner_id: str, owner: Bi, old: list[InputDef], new: list[InputDef],
            prov: str) -> None:
    def compare(a: InputDef, b: InputDef) -> None:
        path, subject = f"{owner_id}.{b.id}", input_subject(owner, b)
        for part in ("label", "unit", "help"):
            out.text(path, subject, part, getattr(a, part), getattr(b, part), prov)
        # an answer of the old type may not read as the new one (map_answers drops it then)
        out.value("rule", path, subject, "type", a.type, b.type, prov)
        out.paired(a.options, b.options, key=lambda o: o.id, path=lambda o: f"{path}.{o.id}",
                   subject=lambda o: option_subject(subject, o),
                   compare=lambda x, y: _option(out, path, subject, x, y, prov),
                   lost=True, provenance=lambda o: o.provenance or prov)

    out.paired(old, new, key=lambda i: i.id, path=lambda i: f"{owner_id}.{i.id}",
               subject=lambda i: input_subject(owner, i), compare=compare, lost=True,
               provenance=lambda _i: prov)


def _option(out: _Collector, input_path: str, owner: Bi, a: Option, b: Option, prov: str) -> None:
    path, subject, own = f"{input_path}.{b.id}", option_subject(owner, b), b.provenance or prov
    out.text(path, subject, "label", a.label, b.label, own)
    out.text(path, subject, "evidence", a.evidence, b.evidence, own)
    out.provenance(path, subject, a.provenance, b.provenance)


def _settings(out: _Collector, old: Scheme, new: Scheme) -> None:
    for key in SETTINGS:
        a, b = getattr(old.settings, key), getattr(new.settings, key)
        path, subject = f"settings.{key}", bi(b.label)
        out.value("setting", path, subject, "value", a.value, b.value, b.provenance)
        out.provenance(path, subject, a.provenance, b.provenance)
        out.text(path, subject, "label", a.label, b.label, b.provenance)
        out.text(path, subject, "note", a.note, b.note, b.provenance)


def _documents(out: _Collector, old: list[Document], new: list[Document]) -> None:
    def compare(a: Document, b: Document) -> None:
        path, subject = f"documents.{b.id}", joined(words("document"), bi(b.name))
        out.text(path, subject, "name", a.name, b.name, b.provenance)
        out.text(path, subject, "description", a.description, b.description, b.provenance)
        out.provenance(path, subject, a.provenance, b.provenance)
        out.value("rule", path, subject, "per_criterion", a.per_criterion, b.per_criterion,
                  b.provenance)

    out.paired(old, new, key=lambda d: d.id, path=lambda d: f"documents.{d.id}",
               subject=lambda d: joined(words("document"), bi(d.name)), compare=compare,
               provenance=lambda d: d.provenance)


def _ladder_rules(out: _Collector, old: Scheme, new: Scheme) -> None:
    for ladder in sorted(set(old.ladder_rules) | set(new.ladder_rules)):
        names = new.ladder_names.get(ladder) or old.ladder_names.get(ladder)
        owner = bi(names)

        def subject(rule: Any, owner: Bi = owner) -> Bi:
            return joined(owner, {lang: short(rule.text.get(lang)) for lang in LANGS})

        def compare(a: Any, b: Any, ladder: str = ladder, subject: Any = subject) -> None:
            path, sub = f"ladder_rules.{ladder}.{b.id}", subject(b)
            out.text(path, sub, "text", a.text, b.text, b.provenance)
            out.provenance(path, sub, a.provenance, b.provenance)
            out.value("rule", path, sub, "level", a.level, b.level, b.provenance)

        def path(rule: Any, ladder: str = ladder) -> str:
            return f"ladder_rules.{ladder}.{rule.id}"

        out.paired(old.ladder_rules.get(ladder, []), new.ladder_rules.get(ladder, []),
                   key=lambda r: r.id, path=path,
                   subject=subject, compare=compare, provenance=lambda r: r.provenance)


def _improvement(out: _Collector, old: Scheme, new: Scheme) -> None:
    a, b = old.improvement, new.improvement
    subject, prov = words("improvement"), b.provenance
    out.provenance("improvement", subject, a.provenance, b.provenance)
    for part in ("years", "intensity_scale"):
        out.value("rule", "improvement", subject, part, getattr(a, part), getattr(b, part), prov)
    out.text("improvement", subject, "intensity_unit", a.intensity_unit, b.intensity_unit, prov)
    out.text("improvement", subject, "note", a.note, b.note, prov)

    def quantity(x: Any, y: Any) -> None:
        path, sub = f"improvement.{y.id}", joined(subject, bi(y.label))
        out.text(path, sub, "label", x.label, y.label, prov)
        out.text(path, sub, "unit", x.unit, y.unit, prov)
        out.value("rule", path, sub, "supports", x.supports, y.supports, prov)

    quantity(a.product_value, b.product_value)
    # values of a removed quantity stay in the stored answer, unused: no answer is lost
    out.paired(a.quantities, b.quantities, key=lambda q: q.id, path=lambda q: f"improvement.{q.id}",
               subject=lambda q: joined(subject, bi(q.label)), compare=quantity,
               provenance=lambda _q: prov)
    if a.social_outcome is not None and b.social_outcome is not None:
        path, sub = "improvement.social_outcome", joined(subject, bi(b.social_outcome.label))
        out.text(path, sub, "label", a.social_outcome.label, b.social_outcome.label, prov)
        out.text(path, sub, "help", a.social_outcome.help, b.social_outcome.help, prov)
