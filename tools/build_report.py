"""Prints the size of the built bundle (dist/ecoassess) and its ten largest parts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "ecoassess"
# A "part" is a file, except inside these folders, which are summed one level deeper.
GROUPED = ("PySide6/Qt/lib", "PySide6/Qt/plugins", "PySide6", "pythainlp", "babel", "reportlab")


def file_sizes(bundle: Path) -> dict[str, int]:
    """Every file's size by its path relative to the bundle, with "/" separators."""
    return {f.relative_to(bundle).as_posix(): f.stat().st_size
            for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()}


def part_of(rel: str) -> str:
    """The part a file counts towards: a package folder, a plugin kind, or the file itself."""
    inner = rel.split("/", 1)[1] if rel.startswith("_internal/") else rel
    for prefix in GROUPED:
        if inner.startswith(prefix + "/"):
            rest = inner[len(prefix) + 1:]
            return f"{prefix}/{rest.split('/', 1)[0]}"
    if inner == "ecoassess" or inner == "ecoassess.exe":
        return f"{inner} (executable with the Python code archive)"
    return inner.split("/", 1)[0] if "/" in inner else inner


def largest_parts(sizes: dict[str, int], count: int = 10) -> list[tuple[str, int]]:
    parts: dict[str, int] = {}
    for rel, size in sizes.items():
        key = part_of(rel)
        parts[key] = parts.get(key, 0) + size
    return sorted(parts.items(), key=lambda kv: kv[1], reverse=True)[:count]


def mb(n: int) -> str:
    return f"{n / 1_000_000:7.1f} MB"


def report(bundle: Path, count: int = 10) -> str:
    sizes = file_sizes(bundle)
    lines = [f"bundle {bundle}: {mb(sum(sizes.values())).strip()} in {len(sizes)} files"]
    if count > 0:
        lines.append(f"the {count} largest parts:")
        lines += [f"  {mb(size)}  {name}" for name, size in largest_parts(sizes, count)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--limit-mb", type=float, default=None,
                        help="exit 1 when the bundle is larger than this")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}: run `make dist` first", file=sys.stderr)
        return 1
    print(report(args.bundle, args.top))
    total = sum(file_sizes(args.bundle).values())
    if args.limit_mb is not None and total > args.limit_mb * 1_000_000:
        print(f"bundle is larger than {args.limit_mb:g} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
