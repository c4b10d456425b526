"""A newer scheme file: import it and say what changed against the newest older version here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecoassess.errors import NotFoundError
from ecoassess.scheme.diff import SchemeDiff, diff_schemes
from ecoassess.scheme.loader import (
    available_schemes,
    checked_scheme_file,
    import_scheme,
    latest_scheme,
    load_scheme_file,
    version_key,
)
from ecoassess.scheme.schema import Scheme

DEFAULT_ID = "eco-factory"


@dataclass(frozen=True)
class SchemeImport:
    """What importing a scheme file did: the copy in the data folder, the version it was compared
    with (None when no older version of that scheme is here) and the difference."""

    scheme: Scheme
    path: Path
    base: Scheme | None
    diff: SchemeDiff | None
    already_here: bool  # the same version with the same content was here before
    newest_version: str  # the version new assessments use from now on

    @property
    def is_newest(self) -> bool:
        return self.newest_version == self.scheme.version


def older_version(scheme: Scheme, data_dir: Path | None) -> Scheme | None:
    """The newest version of `scheme.id` on this computer that is older than `scheme`."""
    older = [s for s in available_schemes(data_dir)
             if s.id == scheme.id and version_key(s.version) < version_key(scheme.version)]
    return older[-1] if older else None


def _newest(scheme: Scheme, data_dir: Path) -> str:
    versions = [s.version for s in available_schemes(data_dir) if s.id == scheme.id]
    return max([*versions, scheme.version], key=version_key)


def preview_import(file: Path, data_dir: Path) -> SchemeImport:
    """What importing `file` would do, with nothing written (the app shows it before it asks):
    every check of the import, the version it is compared with and the difference. `path` is
    where the copy would go."""
    scheme, _text, dest = checked_scheme_file(Path(file), data_dir)
    here = {(s.id, s.version) for s in available_schemes(data_dir)}
    base = older_version(scheme, data_dir)
    return SchemeImport(scheme, dest, base, diff_schemes(base, scheme) if base else None,
                        (scheme.id, scheme.version) in here, _newest(scheme, data_dir))


def import_with_report(file: Path, data_dir: Path, expect: str | None = None) -> SchemeImport:
    """Validate and import `file` (loader.import_scheme), then compare it with the newest older
    version here. A bad file raises before anything is written; so does a file whose
    fingerprint is not `expect` (it changed after the user saw what it changes)."""
    before = {(s.id, s.version) for s in available_schemes(data_dir)}
    scheme, dest = import_scheme(Path(file), data_dir, expect)
    base = older_version(scheme, data_dir)
    return SchemeImport(scheme, dest, base, diff_schemes(base, scheme) if base else None,
                        (scheme.id, scheme.version) in before,
                        latest_scheme(data_dir, scheme.id).version)


def looks_like_file(arg: str) -> bool:
    return os.path.lexists(arg) or "/" in arg or "\\" in arg or \
        arg.lower().endswith((".yaml", ".yml"))


def resolve(arg: str, data_dir: Path | None, scheme_id: str = DEFAULT_ID) -> Scheme:
    """A scheme named on the command line: a file (validated, not imported) or a version here."""
    if looks_like_file(arg):
        from ecoassess.fileio import check_input

        return load_scheme_file(check_input(Path(arg).expanduser()))
    here = [s for s in available_schemes(data_dir) if s.id == scheme_id]
    found = next((s for s in here if s.version == arg), None)
    if found is None:
        raise NotFoundError("scheme_update.no_version", id=scheme_id, version=arg,
                            versions=", ".join(s.version for s in here) or "—")
    return found


def diff_arguments(old_arg: str | None, new_arg: str, data_dir: Path | None) -> SchemeDiff:
    """`scheme diff [OLD] NEW`: versions here or files; without OLD, the newest older version
    here. A version is looked up among the schemes of the file given beside it."""
    files = {a: resolve(a, data_dir) for a in (old_arg, new_arg) if a is not None and looks_like_file(a)}
    scheme_id = next(iter(files.values())).id if files else DEFAULT_ID
    new = files.get(new_arg) or resolve(new_arg, data_dir, scheme_id)
    old = (files.get(old_arg) or resolve(old_arg, data_dir, new.id)) if old_arg is not None \
        else older_version(new, data_dir)
    if old is None:
        raise NotFoundError("scheme_update.no_older", id=new.id, version=new.version)
    return diff_schemes(old, new)


def _words(key: str, **params: object) -> dict[str, str]:
    """A mapping message in both languages; bilingual params ({"th", "en"}) follow the language."""
    from ecoassess.i18n import LANGS, message

    return {lang: message(f"scheme_update.map.{key}", lang, **params) for lang in LANGS}


def dropped_text(code: str, schemes: list[Scheme]) -> dict[str, str]:
    """What a dropped entry of `mapping_preview` ("C13", "C01.advanced.e", "evidence C13",
    "action C13", "settings.target_percent") is, in words, named by the first of `schemes` that
    knows it (the assessment's own version first); the code itself where none does."""
    from ecoassess.i18n import LANGS, option_letter
    from ecoassess.scheme.diff import item_subject, short

    def same(text: str) -> dict[str, str]:
        return {lang: text for lang in LANGS}

    def item(item_id: str) -> Any:
        return next((i for s in schemes for i in (s.criterion(item_id), s.prerequisite(item_id))
                     if i is not None), None)

    def subject(item_id: str) -> dict[str, str]:
        found = item(item_id)
        return item_subject(found) if found is not None else same(item_id)

    kind, _, rest = code.partition(" ")
    if kind in ("evidence", "action") and rest:
        return _words(kind, subject=subject(rest))
    if code.startswith("settings."):
        key, _, extra = code.removeprefix("settings.").partition(".")
        setting = next((getattr(s.settings, key) for s in schemes if hasattr(s.settings, key)), None)
        name = {lang: " ".join(filter(None, (setting.label.get(lang) if setting else key, extra)))
                for lang in LANGS}
        return _words("setting", subject=name)
    item_id, _, rest = code.partition(".")
    input_id, _, option_id = rest.partition(".")
    if not input_id:
        return _words("answer", subject=subject(item_id))
    found = item(item_id)
    inp = found.input(input_id) if found is not None else None
    label = {lang: short(inp.label.get(lang)) for lang in LANGS} if inp else same(input_id)
    if not option_id:
        return _words("input", input=label, subject=subject(item_id))
    opt = inp.option(option_id) if inp else None
    option = {lang: option_letter(option_id, lang) + (f" {short(opt.label.get(lang))}" if opt else "")
              for lang in LANGS}
    return _words("option", option=option, input=label, subject=subject(item_id))
