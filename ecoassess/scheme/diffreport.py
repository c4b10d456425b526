"""A scheme diff in words, one language at a time: sections of headlines with old and new texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ecoassess.i18n import label, message
from ecoassess.scheme.diff import KINDS, Change, SchemeDiff

# Values the diff carries as ids, and the catalogue keys that name them.
NAMED_PARTS = {"type": "scheme_update.type.", "kind": "scheme_update.kind.",
               "ladder": "scheme_update.ladder.", "group": "scheme_update.group."}


@dataclass(frozen=True)
class Entry:
    """One line of the report; wording changes carry the old and the new text below it."""

    headline: str
    old: str | None = None
    new: str | None = None
    tag: str = ""  # the provenance label of a part that is not from the published form
    draft: bool = False
    lost: bool = False  # answers stored here have no place in the new version


@dataclass(frozen=True)
class Section:
    kind: str
    title: str
    entries: list[Entry]


@dataclass(frozen=True)
class Report:
    title: str
    summary: str
    lost: str = ""
    drafts: str = ""
    help_note: str = ""
    sections: list[Section] = field(default_factory=list)


def _msg(key: str, lang: str, **params: Any) -> str:
    return message(f"scheme_update.{key}", lang, **params)


def build_report(diff: SchemeDiff, lang: str) -> Report:
    """The report of `diff` in `lang`: what the CLI prints and the app shows."""
    title = _msg("title", lang, id=diff.scheme_id, old=diff.old_version, new=diff.new_version)
    counts = {k: n for k, n in diff.counts().items() if n}
    if diff.identical:
        summary = _msg("identical", lang)
    elif not counts:
        summary = _msg("only_order", lang)
    else:
        summary = " · ".join(_msg(f"count.{k}", lang, n=n) for k, n in counts.items())
    lost = diff.answers_without_place()
    drafts = [d.path for d in diff.drafts]
    return Report(
        title=title, summary=summary,
        lost=_msg("lost", lang, version=diff.new_version, items=", ".join(lost)) if lost else "",
        drafts=_msg("drafts", lang, version=diff.new_version, items=", ".join(drafts)) if drafts else "",
        help_note=_msg("help_changed", lang) if diff.help_changed else "",
        sections=[Section(k, _msg(f"section.{k}", lang), [entry(c, diff, lang) for c in diff.of_kind(k)])
                  for k in KINDS if diff.of_kind(k)])


def entry(change: Change, diff: SchemeDiff, lang: str) -> Entry:
    prov = change.provenance
    tag = label(diff.provenance_labels.get(prov, {"th": prov, "en": prov}), lang) \
        if prov and prov != "published-form" else ""
    subject = label(change.subject, lang) + (f" [{tag}]" if tag else "")
    common: dict[str, Any] = {"tag": tag, "draft": prov == "draft", "lost": change.answers_lost}
    if change.kind in ("removed", "added"):
        headline = _msg(change.kind, lang, subject=subject)
        if change.answers_lost:
            headline += " — " + _msg("lost_here", lang, version=diff.new_version)
        return Entry(headline, **common)
    if change.kind == "wording":
        shown = lang if lang in change.langs else change.langs[0]
        which = "both" if len(change.langs) == 2 else change.langs[0]
        headline = _msg("wording", lang, subject=subject, part=part_name(change.part, lang),
                        langs=_msg(f"langs.{which}", lang))
        return Entry(headline, change.old[shown] or "—", change.new[shown] or "—", **common)
    old, new = (value_text(v, change.part, diff, lang) for v in (change.old, change.new))
    part = part_name("points_provenance" if change.part == "points" else change.part, lang)
    key = "setting" if change.kind == "setting" else "changed"
    headline = _msg(key, lang, subject=subject, part=part, old=old, new=new)
    if change.part == "type":
        headline += " — " + _msg("may_drop", lang)
    return Entry(headline, **common)


def part_name(part: str, lang: str) -> str:
    return _msg(f"part.{part or 'whole'}", lang)


def value_text(value: Any, part: str, diff: SchemeDiff, lang: str) -> str:
    """A value of the scheme as a person reads it: yes/no, lists, provenance and ladder names."""
    if value is None or value == []:
        return _msg("none", lang)
    if isinstance(value, bool):
        return _msg("yes" if value else "no", lang)
    if isinstance(value, list):
        return ", ".join(value_text(v, part, diff, lang) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if part in ("", "points") and value in diff.provenance_labels:
        return label(diff.provenance_labels[value], lang)
    if part in NAMED_PARTS:
        return message(NAMED_PARTS[part] + str(value), lang)
    return str(value)


def report_lines(diff: SchemeDiff, lang: str) -> list[str]:
    """The report as plain text lines (the command line's)."""
    report = build_report(diff, lang)
    lines = [report.title, report.summary]
    lines += [text for text in (report.lost, report.drafts, report.help_note) if text]
    old_word, new_word = _msg("old", lang), _msg("new", lang)
    for section in report.sections:
        lines += ["", section.title]
        for item in section.entries:
            lines.append(f"  - {item.headline}")
            if item.old is not None:
                lines.append(f"      {old_word}: {_one_line(item.old)}")
                lines.append(f"      {new_word}: {_one_line(item.new or '')}")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())
