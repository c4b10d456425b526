"""Refresh the Qt Linguist sources from ecoassess_app/ui/: `python tools/update_translations.py [--apply th.json]`.

lupdate collects every `self.tr("…")` / `QCoreApplication.translate(ctx, "…")`; the English file
takes each source text as its translation; `--apply` fills unfinished Thai entries from a JSON
mapping {source: thai} (a convenience for authoring; the .ts files stay the source of truth).
Then lrelease compiles each .ts to the .qm beside it: the .qm files are committed, so a wheel
built anywhere carries them (a test checks they match the .ts).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "ecoassess_app" / "translations"
LANGS = ("th", "en")


def ui_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "ecoassess_app" / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_tool() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def lrelease_tool() -> Path:
    """PySide6's lrelease from the same environment (pyside6-lrelease[.exe] beside Python)."""
    scripts = Path(sys.executable).parent
    return next((scripts / n for n in ("pyside6-lrelease", "pyside6-lrelease.exe")
                 if (scripts / n).exists()), scripts / "pyside6-lrelease")


def compile_qm(ts_file: Path, qm_file: Path) -> Path:
    """Compile one .ts to .qm (lrelease's output is byte-for-byte repeatable)."""
    subprocess.run([str(lrelease_tool()), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    return qm_file


def run_lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    sources = [str(p.relative_to(root)) for p in ui_sources(root)]
    subprocess.run([str(lupdate_tool()), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", *[str(t) for t in ts_files]], cwd=root, check=True)


def messages(ts_file: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            out.append((name, message.findtext("source", ""), translation.text or "" if translation is not None else "", kind))
    return out


def fill(ts_file: Path, mapping: dict[str, str] | None) -> int:
    """Finish unfinished entries: with the source (mapping None) or from `mapping`; returns how many."""
    tree = ET.parse(ts_file)
    done = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        text = source if mapping is None else mapping.get(source)
        if text:
            translation.text = text
            del translation.attrib["type"]
            done += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    _restore_doctype(ts_file)
    return done


def _restore_doctype(ts_file: Path) -> None:
    text = ts_file.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    ts_file.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apply", type=Path, help="JSON {source: thai} for unfinished Thai entries")
    args = parser.parse_args(argv)
    files = [FOLDER / f"ecoassess_{lang}.ts" for lang in LANGS]
    run_lupdate(files)
    fill(FOLDER / "ecoassess_en.ts", None)
    mapping = json.loads(args.apply.read_text(encoding="utf-8")) if args.apply else {}
    fill(FOLDER / "ecoassess_th.ts", mapping)
    unfinished = [m for m in messages(FOLDER / "ecoassess_th.ts") if m[3] == "unfinished"]
    for ts in files:
        compile_qm(ts, ts.with_suffix(".qm"))
    for context, source, _t, _k in unfinished:
        print(f"unfinished: {context}: {source}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
