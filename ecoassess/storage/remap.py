"""Moving an assessment onto another version of its scheme ("map to version X"), recorded.

An assessment whose scheme version is not on this machine is shown on the newest version of
its scheme; the user can make that explicit. Answers are stored by stable ids, so every answer
whose item and inputs exist in the target version is kept; what has no place is listed first
(`mapping_preview`), then dropped in one transaction with a history entry for each change.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ecoassess import model
from ecoassess.errors import ValidationError
from ecoassess.jsonsafe import json_safe
from ecoassess.scheme import map_answers
from ecoassess.scheme.settings import check_setting
from ecoassess.storage import models as orm
from ecoassess.storage.common import now
from ecoassess.storage.importer import import_assessment

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store


def _settings_kept(scheme: Scheme, settings: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for key, value in settings.items():
        if value is None:
            continue
        if key == "not_applicable_allowed" and isinstance(value, list):
            gone = [v for v in value if scheme.criterion(v) is None]
            dropped += [f"settings.not_applicable_allowed.{v}" for v in gone]
            value = [v for v in value if v not in gone]
        try:
            kept[key] = check_setting(scheme, key, value)
        except ValidationError:
            dropped.append(f"settings.{key}")
    return kept, dropped


def mapping_preview(assessment: model.Assessment, scheme: Scheme) -> list[str]:
    """What moving `assessment` onto `scheme` would drop: "C15", "C01.old_input",
    "evidence C15", "action C15", "settings.…" ([] when everything has a place)."""
    _kept, dropped = map_answers(assessment.answers, scheme)
    known = set(scheme.item_ids())
    dropped += [f"evidence {item}" for ev in assessment.evidence for item in ev.items
                if item not in known]
    dropped += [f"action {a.item_id}" for a in assessment.actions if a.item_id not in known]
    dropped += _settings_kept(scheme, assessment.settings or {})[1]
    return list(dict.fromkeys(dropped))


def mapped_copy(assessment: model.Assessment, scheme: Scheme) -> model.Assessment:
    """An in-memory copy of `assessment` on `scheme`: what has no place there left out (for
    "new for next year" on a newer version)."""
    kept, _gone = map_answers(assessment.answers, scheme)
    known = set(scheme.item_ids())
    return dataclasses.replace(
        assessment, scheme_version=scheme.version, answers=kept,
        settings=_settings_kept(scheme, assessment.settings or {})[0],
        evidence=[dataclasses.replace(ev, items=[i for i in ev.items if i in known])
                  for ev in assessment.evidence],
        actions=[a for a in assessment.actions if a.item_id in known])


def map_to_scheme(store: Store, assessment_id: str, scheme: Scheme) -> list[str]:
    """Put the assessment on `scheme` (same scheme id, another version); returns what was
    dropped. Everything happens in one transaction, each change in the history."""
    assessment = store.get_assessment(assessment_id)
    if scheme.id != assessment.scheme_id:
        raise ValidationError("seams.remap.other_scheme", scheme=scheme.id,
                              own=assessment.scheme_id)
    dropped = mapping_preview(assessment, scheme)
    kept, _gone = map_answers(assessment.answers, scheme)
    settings, _unused = _settings_kept(scheme, assessment.settings or {})
    known = set(scheme.item_ids())
    with store._tx() as s:  # noqa: SLF001 - the storage package's own transaction helper
        row = store._assessment_row(s, assessment_id)  # noqa: SLF001
        for answer in s.scalars(select(orm.Answer).where(orm.Answer.assessment_id == assessment_id)):
            if answer.item_id not in kept:
                store._record(s, assessment_id, answer.item_id, "value", answer.value, None, merge=False)  # noqa: SLF001
                s.delete(answer)
            elif kept[answer.item_id].value != model.ItemAnswer(answer.item_id, answer.value).value:
                new_value = json_safe(dict(kept[answer.item_id].value))
                store._record(s, assessment_id, answer.item_id, "value", answer.value, new_value, merge=False)  # noqa: SLF001
                answer.value = new_value
        for evidence in row.evidence:
            for link in [link for link in evidence.links if link.item_id not in known]:
                store._record(s, assessment_id, link.item_id, "evidence", evidence.original_name, None, merge=False)  # noqa: SLF001
                evidence.links.remove(link)
        for action in [a for a in row.actions if a.item_id not in known]:
            store._record(s, assessment_id, action.item_id, "action", action.description, None, merge=False)  # noqa: SLF001
            s.delete(action)
        store._record(s, assessment_id, "assessment", "scheme_version", row.scheme_version,  # noqa: SLF001
                      scheme.version)
        row.scheme_version = scheme.version
        row.settings = settings
        store._touch(s, assessment_id)  # noqa: SLF001
    return dropped


@dataclasses.dataclass(frozen=True)
class MappingReport:
    """Moving one assessment onto `to_version`: what stays and what goes, before anything moves.
    `dropped` pairs each `mapping_preview` code with its bilingual description."""

    assessment_id: str
    factory_th: str
    factory_en: str
    year: int | None
    from_version: str
    to_version: str
    kept_items: list[str]
    kept_evidence: int
    kept_actions: int
    dropped: list[tuple[str, dict[str, str]]]

    def lines(self, lang: str) -> list[str]:
        """The report in words: kept answers, evidence links and actions, then each dropped part."""
        from ecoassess.i18n import message

        def msg(key: str, **params: Any) -> str:
            return message(f"scheme_update.map.{key}", lang, **params)

        names = [msg("improvement") if i == "improvement" else i for i in self.kept_items]
        kept = msg("kept_answers", n=len(names), items=", ".join(names)) if names else msg("kept_none")
        lines = [kept, msg("kept_evidence", n=self.kept_evidence), msg("kept_actions", n=self.kept_actions)]
        if not self.dropped:
            return [*lines, msg("nothing_dropped", version=self.to_version)]
        return [*lines, msg("dropped", n=len(self.dropped)),
                *(f"• {text[lang] or text['en']}" for _code, text in self.dropped)]


def mapping_report(assessment: model.Assessment, scheme: Scheme, own: Any = None) -> MappingReport:
    """What moving `assessment` onto `scheme` keeps and drops; `own` is the assessment's own
    scheme version when it is on this computer (it names what the new version no longer has)."""
    from ecoassess.scheme.update import dropped_text

    kept, _gone = map_answers(assessment.answers, scheme)
    known = set(scheme.item_ids())
    schemes = [s for s in (own, scheme) if s is not None]
    return MappingReport(
        assessment.id, assessment.profile.name_th, assessment.profile.name_en,
        assessment.assessment_year, assessment.scheme_version, scheme.version,
        [i for i in scheme.item_ids() if i in kept],
        sum(1 for ev in assessment.evidence for item in ev.items if item in known),
        sum(1 for a in assessment.actions if a.item_id in known),
        [(code, dropped_text(code, schemes)) for code in mapping_preview(assessment, scheme)])


def assessments_to_move(store: Store, data_dir: Path | None, scheme: Scheme) -> list[MappingReport]:
    """The assessments of `scheme.id` on an older version than `scheme`, each with its mapping
    report (the list a newer scheme offers to move)."""
    from ecoassess.scheme.loader import find_scheme, version_key

    target = version_key(scheme.version)
    reports = []
    for summary in store.list_assessments():
        if summary.scheme_id != scheme.id or version_key(summary.scheme_version) >= target:
            continue
        assessment = store.get_assessment(summary.id)
        own = find_scheme(data_dir, assessment.scheme_id, assessment.scheme_version)
        reports.append(mapping_report(assessment, scheme, own))
    return reports


@dataclasses.dataclass(frozen=True)
class Moved:
    """An assessment moved onto another version: the copy on it, the original kept as it was."""

    new_id: str
    original_id: str
    version: str
    dropped: list[str]


def move_to_version(store: Store, assessment_id: str, scheme: Scheme) -> Moved:
    """A copy of the assessment on `scheme` (same scheme id, another version), in one
    transaction; the original stays as it is, so nothing is lost. What has no place in `scheme`
    (`mapping_preview`) is left out of the copy, and the copy's history, after the original's,
    says what was left out and that it moved."""
    import uuid

    source = store.get_assessment(assessment_id)
    if scheme.id != source.scheme_id:
        raise ValidationError("seams.remap.other_scheme", scheme=scheme.id, own=source.scheme_id)
    if scheme.version == source.scheme_version:
        raise ValidationError("scheme_update.same_version_move", version=scheme.version)
    dropped = mapping_preview(source, scheme)
    stamp = now()
    copy = dataclasses.replace(mapped_copy(source, scheme), id=str(uuid.uuid4()), created_at=stamp,
                               updated_at=stamp, last_page="")
    history = [*reversed(store.history(assessment_id)),
               *_left_out(source, copy, set(scheme.item_ids()), stamp)]
    import_assessment(store, copy, history)
    return Moved(copy.id, source.id, scheme.version, dropped)


def _left_out(source: model.Assessment, copy: model.Assessment, known: set[str],
              stamp: Any) -> list[model.HistoryEntry]:
    """History rows of a move: each answer changed or left behind, each evidence link and
    action left behind, then the version itself."""
    entry = model.HistoryEntry
    rows = []
    for item_id, answer in source.answers.items():
        kept = copy.answers.get(item_id)
        if kept is None or kept.value != answer.value:
            rows.append(entry(item_id, "value", json_safe(answer.value),
                              None if kept is None else json_safe(kept.value), stamp))
    rows += [entry(item, "evidence", ev.original_name, None, stamp)
             for ev in source.evidence for item in ev.items if item not in known]
    kept_actions = {a.id for a in copy.actions}
    rows += [entry(a.item_id, "action", a.description, None, stamp)
             for a in source.actions if a.id not in kept_actions]
    rows.append(entry("assessment", "scheme_version", source.scheme_version, copy.scheme_version, stamp))
    return rows
