"""Load and validate scheme YAML files; fingerprint them; import newer versions beside the shipped one."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pydantic
import yaml

from ecoassess.errors import ValidationError, bilingual, os_reason
from ecoassess.i18n import message
from ecoassess.limits import check_scheme_version
from ecoassess.reasons import pydantic_detail
from ecoassess.scheme.schema import Scheme

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED = DATA_DIR / "eco-factory.yaml"
IMPORTED_SUBDIR = "schemes"
# libyaml's loader parses the shipped scheme in ~20 ms where the pure-Python one takes 130-240 ms;
# both build the same data (a test checks it). A PyYAML built without libyaml falls back.
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def error_path(raw: Any, loc: tuple[Any, ...]) -> str:
    """A readable field path: list positions become the element's id where it has one.

    ("criteria", 3, "levels", 1, "title", "th") → "criteria[C04].levels[S2].title.th".
    """
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and 0 <= key < len(node) else None
            ident = item.get("id") if isinstance(item, dict) else None
            parts.append(f"[{ident}]" if ident is not None else f"[{key}]")
            node = item
        else:
            parts.append(("." if parts else "") + str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(top)"


def _raise_invalid(source: str, raw: Any, exc: pydantic.ValidationError) -> None:
    first = exc.errors()[0]
    loc = tuple(k for k in first["loc"] if not (isinstance(k, str) and "[" in k))
    raise ValidationError(
        "scheme.invalid", source=source, path=error_path(raw, loc), detail=pydantic_detail(first),
        count=exc.error_count(),
    ) from exc


# Help explains the scheme and scores nothing: better help never makes a scheme "different".
NOT_FINGERPRINTED = {"fingerprint", "help", "glossary", "help_sources"}


def fingerprint(scheme: Scheme) -> str:
    """SHA-256 of the validated content in canonical JSON: formatting, comments and the help
    texts do not count."""
    content = scheme.model_dump(mode="json", exclude=NOT_FINGERPRINTED)
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def read_yaml(text: str, loader: Any = None) -> Any:
    """YAML text to plain data with the safe loader (libyaml's when present)."""
    return yaml.load(text, Loader=loader or YAML_LOADER)  # noqa: S506 - a safe loader only


# A scheme file is plain text of about 300 kB (some 30,000 nodes). YAML aliases would let a few
# lines stand for a billion nodes that the checks below would walk: a file whose aliases expand
# beyond SCHEME_MAX_NODES is refused before it is loaded. Aliases within that bound (what a YAML
# library writes for shared values) are fine.
SCHEME_MAX_BYTES = 8 * 1024 * 1024
SCHEME_MAX_NODES = 1_000_000
_ALIAS_HINT = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)  # cheap first look


def _expands_too_far(text: str) -> bool:
    """True when the YAML's node graph, with every alias expanded, exceeds SCHEME_MAX_NODES
    (or refers to itself). Composing keeps an alias as one shared node, so this stays cheap."""
    sizes: dict[int, int] = {}

    def size(node: Any) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key] if sizes[key] >= 0 else SCHEME_MAX_NODES + 1  # a cycle
        sizes[key] = -1
        if isinstance(node, yaml.SequenceNode):
            total = 1 + sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total = 1 + sum(size(k) + size(v) for k, v in node.value)
        else:
            total = 1
        sizes[key] = min(total, SCHEME_MAX_NODES + 1)
        return sizes[key]

    root = yaml.compose(text, Loader=YAML_LOADER)
    return root is not None and size(root) > SCHEME_MAX_NODES


def parse_scheme(text: str, source: str = "<text>") -> Scheme:
    """Validate scheme YAML text; a ValidationError names the file and the field path."""
    return _validated(_yaml_data(text, source), source)


def _yaml_data(text: str, source: str) -> dict[str, Any]:
    """The plain data of scheme YAML text (aliases bounded, damage a ValidationError)."""
    try:
        if _ALIAS_HINT.search(text) and _expands_too_far(text):
            raise ValidationError("scheme_update.yaml_alias", source=source)
        raw = read_yaml(text)
    except RecursionError as exc:  # thousands of nested brackets: no scheme is that deep
        raise ValidationError("scheme_update.too_deep", source=source) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = str(mark.line + 1) if mark is not None else "?"
        problem = str(getattr(exc, "problem", "") or "")
        raise ValidationError("scheme.yaml_error", source=source, path=where,
                              detail={"th": message("seams.scheme.yaml", "th"),
                                      "en": problem or message("seams.scheme.yaml", "en")}) from exc
    if not isinstance(raw, dict):
        raise ValidationError("scheme.invalid", source=source, path="(top)",
                              detail=bilingual("seams.scheme.not_mapping"), count=1)
    return raw


def _validated(raw: dict[str, Any], source: str) -> Scheme:
    raw.pop("fingerprint", None)
    from ecoassess.scheme.ranges import check_raw_numbers

    check_raw_numbers(raw, source)
    try:
        scheme = Scheme.model_validate(raw)
    except pydantic.ValidationError as exc:
        _raise_invalid(source, raw, exc)
    return scheme.model_copy(update={"fingerprint": fingerprint(scheme)})


def read_scheme_text(path: Path) -> str:
    """The text of a scheme file; too large, unreadable or not UTF-8 is a ValidationError."""
    try:
        size = Path(path).stat().st_size
        if size > SCHEME_MAX_BYTES:
            raise ValidationError("scheme_update.too_large", source=str(path), size=_megabytes(size),
                                  limit=_megabytes(SCHEME_MAX_BYTES))
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError("scheme.unreadable", source=str(path), path="(file)",
                              detail=os_reason(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError("scheme.unreadable", source=str(path), path="(file)",
                              detail=bilingual("seams.json.not_utf8")) from exc


# The shipped scheme's data, parsed ahead of time beside it (`tools/parse_scheme.py`; a test keeps
# it current): a command then skips the YAML parser (~25 ms of a ~240 ms `score FILE`). It is used
# only while it names the SHA-256 of the YAML text beside it, and is validated like the YAML.
PARSED_SUFFIX = ".parsed.json"


def _text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parsed_beside(path: Path, text: str) -> dict[str, Any] | None:
    """The ahead-of-time data of the scheme file at `path` when made from this very text."""
    try:
        stored = json.loads(path.with_name(path.name + PARSED_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("sha256") != _text_sha(text):
        return None
    data = stored.get("data")
    return data if isinstance(data, dict) else None


def parsed_document(path: Path) -> str:
    """The ahead-of-time file for the scheme at `path` (JSON keeps exactly what YAML gave)."""
    text = read_scheme_text(path)
    data = _yaml_data(text, str(path))
    document = json.dumps({"sha256": _text_sha(text), "data": data}, ensure_ascii=False,
                          separators=(",", ":"))
    if repr(json.loads(document)["data"]) != repr(data):  # same values, types and key order
        raise ValueError(f"{path}: its data does not survive JSON unchanged")
    return document + "\n"


def load_scheme_file(path: Path) -> Scheme:
    text = read_scheme_text(path)
    # only the app's own scheme files: what a user imports is always read as YAML
    raw = parsed_beside(Path(path), text) if Path(path).parent.resolve() == DATA_DIR else None
    return _validated(raw if raw is not None else _yaml_data(text, str(path)), str(path))


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int) -> Scheme:
    return load_scheme_file(Path(path))


def load_scheme(path: Path | str | None = None) -> Scheme:
    """The shipped Eco Factory scheme, or the scheme file at `path` (cached until it changes)."""
    target = Path(path) if path is not None else SHIPPED
    try:
        mtime = target.stat().st_mtime_ns
    except OSError as exc:
        raise ValidationError("scheme.unreadable", source=str(target), path="(file)",
                              detail=os_reason(exc)) from exc
    return _cached(str(target.resolve()), mtime)


def version_key(version: str) -> tuple[Any, ...]:
    """Sort key for versions like 2026.1 or 2026.10-rc1: numbers compare as numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\-]", version))


def imported_dir(data_dir: Path) -> Path:
    return Path(data_dir) / IMPORTED_SUBDIR


def available_schemes(data_dir: Path | None = None) -> list[Scheme]:
    """The shipped scheme plus valid imported ones in `data_dir`, oldest version first."""
    schemes = {(s.id, s.version): s for s in [load_scheme()]}
    if data_dir is not None and imported_dir(data_dir).is_dir():
        for file in sorted(imported_dir(data_dir).glob("*.yaml")):
            try:
                scheme = load_scheme(file)
            except ValidationError:
                continue  # a damaged import never hides the shipped scheme
            schemes.setdefault((scheme.id, scheme.version), scheme)
    return sorted(schemes.values(), key=lambda s: (s.id, version_key(s.version)))


def latest_scheme(data_dir: Path | None = None, scheme_id: str = "eco-factory") -> Scheme:
    candidates = [s for s in available_schemes(data_dir) if s.id == scheme_id]
    return candidates[-1] if candidates else load_scheme()


def find_scheme(data_dir: Path | None, scheme_id: str, version: str) -> Scheme | None:
    return next((s for s in available_schemes(data_dir)
                 if s.id == scheme_id and s.version == version), None)


@dataclass(frozen=True)
class SchemeChoice:
    """The scheme an assessment is scored on; `exact` is False when its own version is not on
    this machine and the newest version of the same scheme stands in for it."""

    scheme: Scheme
    exact: bool


def scheme_choice(data_dir: Path | None, scheme_id: str, version: str) -> SchemeChoice:
    found = find_scheme(data_dir, scheme_id, version)
    if found is not None:
        return SchemeChoice(found, True)
    return SchemeChoice(latest_scheme(data_dir, scheme_id), False)


def scheme_for_assessment(assessment: Any, data_dir: Path | None) -> Scheme:
    """THE answer to "which scheme does this assessment use": the version it was made on (the
    shipped one or one imported into `data_dir`), else the newest of its scheme id. The wizard,
    the command line, the dossier, spreadsheets, packages, the workshop and the estate view all
    ask here, so that they all give one score."""
    return scheme_choice(data_dir, assessment.scheme_id, assessment.scheme_version).scheme


def checked_scheme_file(file: Path, data_dir: Path) -> tuple[Scheme, str, Path]:
    """Everything `import_scheme` checks, with nothing written: the scheme, its text as read
    and where its copy would go.

    The version becomes part of a file name, so only `YYYY.N` is accepted ("2027.1"). A FIFO or
    a device is refused before it is read; values beyond sane ranges are refused
    (scheme.ranges); another content under a version already here is refused."""
    from ecoassess.fileio import check_input
    from ecoassess.scheme.ranges import check_scheme_ranges

    check_input(file)
    text = read_scheme_text(Path(file))
    scheme = parse_scheme(text, source=str(file))
    check_scheme_version(scheme.version, "version")
    check_scheme_ranges(scheme, str(file))
    shipped = load_scheme()
    if scheme.id == shipped.id and scheme.version == shipped.version and \
            scheme.fingerprint != shipped.fingerprint:
        raise ValidationError("scheme.same_version", path="version", version=scheme.version)
    dest = imported_dir(data_dir) / f"{scheme.id}-{scheme.version}.yaml"
    if dest.exists() and load_scheme_file(dest).fingerprint != scheme.fingerprint:
        raise ValidationError("scheme.same_version", path="version", version=scheme.version)
    return scheme, text, dest


def import_scheme(file: Path, data_dir: Path, expect: str | None = None) -> tuple[Scheme, Path]:
    """Validate `file` and copy it into the data folder as `<id>-<version>.yaml`; the copy is
    the text that was validated, written atomically (fileio). With `expect` (a fingerprint the
    user was shown), a file changed since is refused."""
    from ecoassess.fileio import atomic_write

    scheme, text, dest = checked_scheme_file(file, data_dir)
    if expect is not None and scheme.fingerprint != expect:
        raise ValidationError("scheme_update.file_changed", source=str(file))
    dest.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(dest, text.encode("utf-8"), error_key="scheme.write_failed")
    return scheme, dest


def map_answers(answers: dict[str, Any], scheme: Scheme) -> tuple[dict[str, Any], list[str]]:
    """Keep the answers whose item and input ids exist in `scheme`; list what was dropped.

    Answers are stored by stable ids, so moving to a new scheme version keeps every answer whose
    item and inputs still exist; anything else is reported as `item` or `item.input`. A value
    that no longer reads as its input (an option the new version removed: `item.input.option`;
    an input whose kind of answer changed) is dropped too, so that the moved assessment opens.
    """
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for item_id, answer in answers.items():
        item = scheme.criterion(item_id) or scheme.prerequisite(item_id)
        if item is None and item_id != "improvement":
            dropped.append(item_id)
            continue
        value = getattr(answer, "value", None)
        if item is not None and isinstance(value, dict):
            fitted: dict[str, Any] = {}
            for key, raw in value.items():
                inp = item.input(key)
                if inp is None:
                    dropped.append(f"{item_id}.{key}")
                    continue
                fits, gone = _fitted(inp, raw)
                dropped += [f"{item_id}.{key}" + (f".{g}" if g else "") for g in gone]
                if fits is not _NOTHING:
                    fitted[key] = fits
            if fitted != value:
                answer = _with_value(answer, fitted)
        kept[item_id] = answer
    return kept, dropped


_NOTHING = object()
_NUMBERS = ("number", "percent", "integer")


def _fitted(inp: Any, raw: Any) -> tuple[Any, list[str]]:
    """The part of a stored value that reads as `inp`, and what does not ("" = the whole value,
    else an option id). Only the kind of value is checked here; ranges are the engine's."""
    if raw is None or raw == "":
        return raw, []
    kind = inp.type
    if kind == "options":
        if not isinstance(raw, list) or not all(isinstance(o, str) for o in raw):
            return _NOTHING, [""]
        return [o for o in raw if inp.option(o)], [o for o in raw if not inp.option(o)]
    if kind == "choice":
        fits = isinstance(raw, str) and inp.option(raw) is not None
    elif kind == "bool":
        fits = isinstance(raw, bool)
    elif kind in _NUMBERS:
        fits = isinstance(raw, int | float) and not isinstance(raw, bool) and \
            (kind != "integer" or float(raw).is_integer())
    else:
        fits = isinstance(raw, str) and _is_iso_date(raw)
    return (raw, []) if fits else (_NOTHING, [""])


def _is_iso_date(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _with_value(answer: Any, value: dict[str, Any]) -> Any:
    from dataclasses import replace

    return replace(answer, value=value)
