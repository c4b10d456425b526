"""Third-party notices: every distribution the app runs on, its licence, and the licence texts."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from ecoassess import __version__
from ecoassess.paths import fonts_dir, resources_dir

NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"
ROOT_DISTRIBUTION = "ecoassess"

# Distributions whose metadata states no SPDX expression: what a person read in their licence
# files, for the exact version pinned in constraints.txt. Another version must be read again
# (tools/licence_check.py fails until it is), so a changed licence never slips through.
REVIEWED: dict[str, tuple[str, str]] = {
    "reportlab": ("5.1.0", "BSD-3-Clause"),
    "sortedcontainers": ("2.4.0", "Apache-2.0"),
    "uharfbuzz": ("0.57.0", "Apache-2.0 AND MIT-Modern-Variant"),  # HarfBuzz inside
    # PDFium and what it is built with: its BUILD_LICENSES files follow in the notices.
    "pypdfium2": ("5.15.2", "BSD-3-Clause AND Apache-2.0 AND CC-BY-4.0 AND FTL AND "
                            "MIT-Modern-Variant AND Unicode-3.0 AND IJG AND Zlib AND Libpng AND "
                            "libtiff AND BSD-2-Clause AND MIT"),
    "pyinstaller": ("6.22.3", "GPL-2.0-or-later WITH Bootloader-exception"),
}

# Components that are not Python distributions, with the notice files that travel with them
# (ecoassess/resources/licences/). Sarabun's OFL sits beside the fonts.
NATIVE_NOTICES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Qt 6 (through PySide6)", "LGPL-3.0-only", ("qt.txt", "LGPL-3.0.txt", "GPL-3.0.txt")),
    ("ICU (Qt's Unicode and collation data)", "Unicode-DFS-2016", ("icu.txt",)),
    ("HarfBuzz (text shaping in Qt, uharfbuzz and PDFium)", "MIT-Modern-Variant",
     ("harfbuzz.txt",)),
    ("libthai, libdatrie and the libthai dictionary (Linux build)", "LGPL-2.1-or-later",
     ("libthai.txt", "LGPL-2.1.txt")),
)


def licence_folder() -> Path:
    return resources_dir() / "licences"


def shipped_notices() -> Path | None:
    """The notices written at build time (the frozen app), or None (run from source or a wheel)."""
    path = resources_dir() / NOTICES_NAME
    return path if path.is_file() else None


# --- SPDX expressions -------------------------------------------------------------------------

_TOKEN = re.compile(r"\s*(\(|\)|[A-Za-z0-9.+:-]+)")


class SpdxError(ValueError):
    """Not an SPDX licence expression."""


@dataclass(frozen=True)
class Licence:
    """One licence id of an expression, with its exception (`X WITH Y`)."""

    id: str
    exception: str | None = None

    def __str__(self) -> str:
        return f"{self.id} WITH {self.exception}" if self.exception else self.id


@dataclass(frozen=True)
class Choice:
    """`a OR b`: any one applies. `a AND b` is a Terms."""

    options: tuple[Node, ...]

    def __str__(self) -> str:
        return " OR ".join(map(str, self.options))


@dataclass(frozen=True)
class Terms:
    parts: tuple[Node, ...]

    def __str__(self) -> str:
        return " AND ".join(f"({p})" if isinstance(p, Choice) else str(p) for p in self.parts)


Node = Licence | Choice | Terms


def parse_spdx(text: str) -> Node:
    """The tree of an SPDX expression (AND binds tighter than OR); SpdxError when it is not one."""
    tokens = _tokens(text)
    position = [0]

    def peek() -> str | None:
        return tokens[position[0]] if position[0] < len(tokens) else None

    def take() -> str:
        token = peek()
        if token is None:
            raise SpdxError(f"{text!r} ends too early")
        position[0] += 1
        return token

    def expression() -> Node:
        options = [conjunction()]
        while (peek() or "").upper() == "OR":
            take()
            options.append(conjunction())
        return options[0] if len(options) == 1 else Choice(tuple(options))

    def conjunction() -> Node:
        parts = [atom()]
        while (peek() or "").upper() == "AND":
            take()
            parts.append(atom())
        return parts[0] if len(parts) == 1 else Terms(tuple(parts))

    def atom() -> Node:
        token = take()
        if token == "(":
            inner = expression()
            if take() != ")":
                raise SpdxError(f"{text!r}: unbalanced parentheses")
            return inner
        if token == ")" or token.upper() in ("AND", "OR", "WITH") or not _is_id(token):
            raise SpdxError(f"{text!r}: {token!r} is not a licence id")
        if (peek() or "").upper() == "WITH":
            take()
            exception = take()
            if not _is_id(exception):
                raise SpdxError(f"{text!r}: {exception!r} is not an exception id")
            return Licence(token, exception)
        return Licence(token)

    tree = expression()
    if peek() is not None:
        raise SpdxError(f"{text!r}: unexpected {peek()!r}")
    return tree


def _tokens(text: str) -> list[str]:
    tokens, at = [], 0
    while at < len(text.rstrip()):
        match = _TOKEN.match(text, at)
        if not match:
            raise SpdxError(f"{text!r}: unexpected {text[at:].strip()[:10]!r}")
        tokens.append(match.group(1))
        at = match.end()
    if not tokens:
        raise SpdxError("empty licence expression")
    return tokens


def _is_id(token: str) -> bool:
    # The syntax only: whether an id is known is the licence check's business.
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.+-]*", token)) and any(c.isalpha() for c in token)


def licences_in(node: Node) -> list[Licence]:
    if isinstance(node, Licence):
        return [node]
    items = node.options if isinstance(node, Choice) else node.parts
    return [lic for item in items for lic in licences_in(item)]


# --- installed distributions ------------------------------------------------------------------

@dataclass
class DistInfo:
    """What the notices and the licence check need of one installed distribution."""

    name: str
    version: str
    expression: str | None  # SPDX; None when the metadata has none and no review covers it
    source: str  # where the expression came from: metadata, licence field, review, none
    declared: str  # the metadata's own words
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


_REQ = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def requirement(spec: str) -> tuple[str, set[str], set[str]]:
    """(name, extras asked for, extras the requirement depends on) of a Requires-Dist line.

    Other markers (Python version, platform) are not evaluated: a requirement counts whenever
    its distribution is installed, so the notices err on the side of listing too much.
    """
    body, _sep, marker = spec.partition(";")
    match = _REQ.match(body)
    if not match:
        raise ValueError(f"not a requirement: {spec!r}")
    extras = {e.strip().lower() for e in (match.group(2) or "").split(",") if e.strip()}
    return match.group(1), extras, {e.lower() for e in _EXTRA.findall(marker)}


def runtime_distributions(root: str = ROOT_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions `root` runs on (its requirements, followed transitively)."""
    seen: dict[str, metadata.Distribution] = {}
    queue: list[tuple[str, set[str]]] = [(root, set())]
    while queue:
        name, extras = queue.pop(0)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        key = _normal(dist.metadata["Name"])
        if key in seen and not extras:
            continue
        seen[key] = dist
        for spec in dist.requires or []:
            child, child_extras, needs = requirement(spec)
            if needs and not needs & extras:
                continue
            queue.append((child, child_extras))
    return [d for k, d in sorted(seen.items()) if k != _normal(root)]


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    """A metadata field's first value, or None (the typed PackageMetadata has no get())."""
    values = meta.get_all(name)
    return values[0] if values else None


def describe(dist: metadata.Distribution) -> DistInfo:
    meta = dist.metadata
    name, version = meta["Name"], meta["Version"]
    declared = (_field(meta, "License-Expression") or _field(meta, "License") or "").strip()
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if not declared and classifiers:
        declared = "; ".join(classifiers)
    expression, source = None, "none"
    if _field(meta, "License-Expression"):
        expression, source = meta["License-Expression"].strip(), "metadata"
    elif _parses(_field(meta, "License") or ""):
        expression, source = meta["License"].strip(), "licence field"
    elif REVIEWED.get(_normal(name), ("", ""))[0] == version:
        expression, source = REVIEWED[_normal(name)][1], "review"
    return DistInfo(name, version, expression, source, declared, licence_texts(dist))


def _parses(text: str) -> bool:
    if not text or "\n" in text.strip():
        return False
    try:
        parse_spdx(text)
    except SpdxError:
        return False
    return True


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files a distribution ships (License-File entries, else LICENSE-like names)."""
    named = [str(f) for f in dist.metadata.get_all("License-File") or []]
    files = [f for f in dist.files or [] if ".dist-info/" in str(f).replace("\\", "/")]
    chosen = []
    for entry in files:
        rel = str(entry).replace("\\", "/")
        tail = rel.split(".dist-info/", 1)[1]
        if tail.startswith("licenses/"):
            tail = tail[len("licenses/"):]
        if tail in named or (not named and re.match(r"(?i)(licen[cs]e|copying|notice)", tail)):
            chosen.append((tail, entry))
    texts = []
    for tail, entry in chosen:
        try:
            texts.append((tail, Path(str(entry.locate())).read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return texts


# --- the notices file -------------------------------------------------------------------------

RULE = "=" * 78


def notices_text(dists: Sequence[DistInfo] | None = None,
                 extra_sections: Iterable[tuple[str, str]] = ()) -> str:
    """THIRD-PARTY-NOTICES: ecoassess's own licence, then every component and its licence texts.

    `extra_sections` (title, text) adds what only the build knows: the system libraries a
    frozen bundle carries.
    """
    dists = [describe(d) for d in runtime_distributions()] if dists is None else list(dists)
    out = [f"ecoassess {__version__}: third-party notices", "",
           "ecoassess itself is under the MIT licence (LICENSE). It is built on the components",
           "below; each is listed with its licence (an SPDX expression; for a choice such as",
           "'LGPL-3.0-only OR GPL-2.0-only', ecoassess uses the first, lesser option) and the",
           "licence texts it ships with.", ""]
    out += ["Python distributions:"] + [
        f"  {d.name} {d.version}: {d.expression or 'not stated: ' + d.declared}" for d in dists]
    out += ["", "Other components:"] + [f"  {name}: {spdx}" for name, spdx, _f in NATIVE_NOTICES]
    out += ["  Sarabun font 1.000: OFL-1.1", f"  Python {sys.version.split()[0]}: PSF-2.0", ""]
    for d in dists:
        out += _section(f"{d.name} {d.version} ({d.expression or d.declared})", d.texts)
    folder = licence_folder()
    for name, spdx, files in NATIVE_NOTICES:
        out += _section(f"{name} ({spdx})", [(f, _read(folder / f)) for f in files])
    out += _section("Sarabun font (OFL-1.1)", [("OFL.txt", _read(fonts_dir() / "OFL.txt"))])
    python_licence = _python_licence()
    if python_licence:
        out += _section(f"Python {sys.version.split()[0]} (PSF-2.0)", [("LICENSE", python_licence)])
    for title, text in extra_sections:
        out += _section(title, [("", text)])
    return "\n".join(out).rstrip() + "\n"


def _section(title: str, texts: list[tuple[str, str]]) -> list[str]:
    lines = [RULE, title, RULE]
    for name, text in texts:
        if name:
            lines += ["", f"--- {name} ---"]
        lines += ["", text.rstrip(), ""]
    return lines


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _python_licence() -> str | None:
    """CPython's own LICENSE (with its bundled libraries' notices on Windows), if present."""
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (base / "LICENSE.txt", base / "lib" / version / "LICENSE.txt",
                      base / "lib" / version / "LICENSE", base / "Lib" / "LICENSE.txt"):
        if candidate.is_file():
            return _read(candidate)
    return None
