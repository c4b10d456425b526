"""Licence gate of the release: `python tools/licence_check.py [dist/ecoassess]`, exit 1 on a problem.

1. Every Python distribution the app runs on states a licence (SPDX), and the licence lets us
   ship it in a closed folder beside MIT code: permissive, weak copyleft (LGPL, MPL) or font
   licences. In `A OR B` one acceptable option is enough (PySide6: LGPL-3.0-only). GPL-only
   and AGPL code, or a licence nobody has reviewed, fails.
2. With a bundle: none of its shared libraries is on the denylist of GPL libraries a build
   machine's Python drags in (readline and friends), and THIRD-PARTY-NOTICES.txt is beside the
   executable and inside the app, naming every distribution.
The build also calls `system_library_sections` to put the Debian copyright of every system
library it bundles into the notices.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ecoassess.licences import (  # noqa: E402
    NOTICES_NAME,
    Choice,
    DistInfo,
    Licence,
    Node,
    SpdxError,
    Terms,
    describe,
    parse_spdx,
    runtime_distributions,
)

ALLOWED = {
    "MIT", "MIT-CMU", "MIT-Modern-Variant", "X11", "HPND", "ISC", "0BSD", "BSD-2-Clause",
    "BSD-3-Clause", "Apache-2.0", "PSF-2.0", "Python-2.0", "Zlib", "Libpng", "libpng-2.0",
    "libtiff", "IJG", "FTL", "BSL-1.0", "Unicode-3.0", "Unicode-DFS-2016", "ICU", "CC0-1.0",
    "CC-BY-4.0", "OFL-1.1", "MPL-2.0", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only",
    "LGPL-3.0-or-later", "Unlicense",  # Unlicense: a public-domain dedication (filelock)
}
ALLOWED_EXCEPTIONS = {"LLVM-exception"}
# Shared libraries that are GPL (not LGPL) and must never ship in the closed bundle. Python's
# `readline` module links libreadline (GPL-3.0) on many Linux builds; the others are what a
# build machine's extensions could pull in the same way.
DENIED_LIBRARIES = {
    "libreadline*": "GNU Readline is GPL-3.0-or-later (Python's readline module)",
    "libhistory*": "GNU History (part of Readline) is GPL-3.0-or-later",
    "readline.*": "Python's readline module links GNU Readline (GPL-3.0-or-later)",
    "libgdbm*": "GNU dbm is GPL-3.0-or-later (Python's dbm.gnu module)",
    "_gdbm.*": "Python's dbm.gnu module links GNU dbm (GPL-3.0-or-later)",
    "libpoppler*": "Poppler is GPL-2.0-or-later",
    "libmysqlclient*": "the MySQL client library is GPL-2.0",
    "libfftw3*": "FFTW is GPL-2.0-or-later",
    "libx264*": "x264 is GPL-2.0-or-later",
    "libx265*": "x265 is GPL-2.0-or-later",
    "libpostproc*": "FFmpeg's libpostproc is GPL-2.0-or-later",
    "libgs.*": "Ghostscript is AGPL-3.0-or-later",
    "libbfd*": "GNU BFD is GPL-3.0-or-later",
    "libopcodes*": "GNU opcodes is GPL-3.0-or-later",
}
SHARED = re.compile(r"\.(so(\.\d+)*|dll|pyd|dylib)$", re.IGNORECASE)


def chosen(node: Node) -> Node | None:
    """The acceptable reading of an expression (one option of each OR), or None."""
    if isinstance(node, Licence):
        ok = node.id in ALLOWED and (node.exception is None or node.exception in ALLOWED_EXCEPTIONS)
        return node if ok else None
    if isinstance(node, Choice):
        return next((c for c in map(chosen, node.options) if c is not None), None)
    parts = [chosen(p) for p in node.parts]
    return None if any(p is None for p in parts) else Terms(tuple(p for p in parts if p))


def check_distribution(info: DistInfo) -> str | None:
    """None when the distribution may ship, else the reason it may not."""
    if info.expression is None:
        return (f"{info.name} {info.version}: no SPDX licence in its metadata and no review "
                f"in ecoassess/licences.py REVIEWED (it says: {info.declared or 'nothing'})")
    try:
        tree = parse_spdx(info.expression)
    except SpdxError as exc:
        return f"{info.name} {info.version}: {exc}"
    if chosen(tree) is None:
        return (f"{info.name} {info.version}: {info.expression} has no option we may ship in "
                f"the closed bundle (GPL-only, AGPL or unreviewed ids)")
    return None


def check_distributions(infos: list[DistInfo] | None = None) -> list[str]:
    infos = [describe(d) for d in runtime_distributions()] if infos is None else infos
    if not infos:
        return ["no runtime distribution found: is ecoassess installed in this environment?"]
    return [problem for problem in map(check_distribution, infos) if problem]


def denied_libraries(bundle: Path) -> list[str]:
    problems = []
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or not SHARED.search(path.name):
            continue
        for pattern, why in DENIED_LIBRARIES.items():
            if fnmatch.fnmatch(path.name.lower(), pattern):
                problems.append(f"{path.relative_to(bundle).as_posix()}: {why}")
    return problems


def check_notices(bundle: Path, infos: list[DistInfo]) -> list[str]:
    problems = []
    top = bundle / NOTICES_NAME
    inside = bundle / "_internal" / "ecoassess" / "resources" / NOTICES_NAME
    for path in (top, inside, bundle / "LICENSE.txt"):
        if not path.is_file():
            problems.append(f"{path.relative_to(bundle).as_posix()} is missing from the bundle")
    if top.is_file():
        text = top.read_text(encoding="utf-8", errors="replace")
        problems += [f"{NOTICES_NAME} does not name {i.name} {i.version}"
                     for i in infos if f"{i.name} {i.version}" not in text]
    return problems


def check_bundle(bundle: Path, infos: list[DistInfo] | None = None) -> list[str]:
    infos = [describe(d) for d in runtime_distributions()] if infos is None else infos
    return denied_libraries(bundle) + check_notices(bundle, infos)


# --- the build's system libraries (Linux) -----------------------------------------------------

def debian_package(path: Path) -> str | None:
    """The Debian package a file came from, or None (not Debian, or not from a package)."""
    dpkg = shutil.which("dpkg")
    if not dpkg:
        return None
    for candidate in dict.fromkeys([str(path), str(path.resolve())]):
        for query in (candidate, re.sub(r"^/usr/lib/", "/lib/", candidate)):
            result = subprocess.run([dpkg, "-S", query], capture_output=True, text=True)
            if result.returncode == 0 and result.stdout:
                return result.stdout.split(":", 1)[0].strip()
    return None


def system_library_sections(sources: list[str]) -> list[tuple[str, str]]:
    """(title, text) for each Debian package whose files the bundle carries, and the common
    licence texts their copyright files refer to. Files from wheels are covered by their
    distribution's own notices and are skipped."""
    packages: dict[str, list[str]] = {}
    for source in sources:
        path = Path(source)
        if "site-packages" in path.parts or not path.is_file():
            continue
        package = debian_package(path)
        if package:
            packages.setdefault(package, []).append(path.name)
    sections, referenced = [], set()
    for package, files in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.is_file():
            copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        text = copyright_file.read_text(encoding="utf-8", errors="replace") \
            if copyright_file.is_file() else "(no copyright file found on the build machine)"
        referenced |= set(re.findall(r"/usr/share/common-licenses/([A-Za-z0-9.+-]+)", text))
        sections.append((f"{package} (Debian package; bundled: {', '.join(sorted(files))})", text))
    shown: set[Path] = set()
    for name in sorted(referenced):
        licence = Path("/usr/share/common-licenses") / name
        if licence.is_file() and licence.resolve() not in shown:  # GPL is a link to GPL-3
            shown.add(licence.resolve())
            sections.append((f"/usr/share/common-licenses/{name} (referred to above)",
                             licence.read_text(encoding="utf-8", errors="replace")))
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, help="a built dist/ecoassess folder")
    args = parser.parse_args(argv)
    infos = [describe(d) for d in runtime_distributions()]
    problems = check_distributions(infos)
    if args.bundle is not None:
        if not args.bundle.is_dir():
            problems.append(f"no bundle at {args.bundle}: run `make dist` first")
        else:
            problems += check_bundle(args.bundle, infos)
    for info in infos:
        reading = chosen(parse_spdx(info.expression)) if info.expression and not \
            check_distribution(info) else None
        print(f"  {info.name} {info.version}: {info.expression} -> {reading or 'REFUSED'}")
    if problems:
        print("LICENCE CHECK FAILED:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    where = f" and the bundle {args.bundle}" if args.bundle else ""
    print(f"licence check passed: {len(infos)} distributions{where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
