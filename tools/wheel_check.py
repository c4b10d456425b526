"""The installable package works: build the wheel, install it in a fresh venv, run it there.

`python tools/wheel_check.py [--keep DIR]`: builds the wheel from this checkout (pip, isolated
build with the pinned setuptools), checks what it carries, installs it with the pinned
dependencies into a new virtual environment in a temporary folder outside the source tree,
and from there runs `ecoassess --version`, `ecoassess --data-dir … demo` and
`ecoassess --self-test`. Exit 1 with the reason on the first failure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a working install needs besides code (paths inside the wheel).
REQUIRED = (
    "ecoassess/scheme/data/eco-factory.yaml",
    "ecoassess/scheme/data/eco-factory.yaml.parsed.json",
    "ecoassess/storage/migrations/env.py",
    "ecoassess/resources/demo/demo.json",
    "ecoassess/resources/data/ieat-estates.csv",
    "ecoassess/resources/fonts/Sarabun-Regular.ttf",
    "ecoassess/resources/fonts/OFL.txt",
    "ecoassess/resources/licences/LGPL-3.0.txt",
    "ecoassess/resources/guide/guide-th.md",
    "ecoassess/resources/guide/guide-en.md",
    "ecoassess_app/translations/ecoassess_th.qm",
    "ecoassess_app/translations/ecoassess_en.qm",
)
TOP_LEVEL = {"ecoassess", "ecoassess_app"}


class CheckFailed(Exception):
    pass


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    print("$", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(cmd)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def source_version() -> str:
    text = (ROOT / "ecoassess" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)  # type: ignore[union-attr]


def check_wheel_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    missing = [path for path in REQUIRED if path not in names]
    if missing:
        raise CheckFailed(f"{wheel.name} lacks {', '.join(missing)}")
    tops = {name.split("/", 1)[0] for name in names if ".dist-info/" not in name}
    if tops - TOP_LEVEL:
        raise CheckFailed(f"{wheel.name} installs top-level names {sorted(tops - TOP_LEVEL)}")
    licences = [n for n in names if ".dist-info/licenses/" in n]
    if not any(n.endswith("/LICENSE") for n in licences):
        raise CheckFailed(f"{wheel.name} carries no LICENSE in its metadata ({licences})")
    print(f"ok   {wheel.name}: {len(names)} files, top-level {sorted(tops)}, licences {len(licences)}")


# Not part of a build: a copy of the checkout without them keeps setuptools' stale build/ and
# egg-info folders (and the venv) out of the wheel.
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                    "*.pyc", ".pytest_cache", ".ruff_cache", ".mypy_cache",
                                    ".hypothesis", "screenshots")


def check(work: Path) -> None:
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    wheelhouse = work / "wheelhouse"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q",
         "-w", str(wheelhouse), str(source)], cwd=work)
    wheel = next(wheelhouse.glob("ecoassess-*.whl"))
    version = source_version()
    if f"ecoassess-{version}-" not in wheel.name:
        raise CheckFailed(f"{wheel.name} is not version {version}")
    check_wheel_contents(wheel)
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "-c", str(ROOT / "constraints.txt"), str(wheel)], cwd=work)
    exe = str(scripts / "ecoassess")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ECOASSESS_HOME")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    shown = run([exe, "--version"], cwd=work, env=env).strip()
    if shown != f"ecoassess {version}":
        raise CheckFailed(f"--version says {shown!r}, the source says {version}")
    data = work / "data"
    print(run([exe, "--data-dir", str(data), "--ui-lang", "en", "demo"], cwd=work, env=env).strip())
    print(run([exe, "--data-dir", str(data), "list"], cwd=work, env=env).strip())
    where = run([str(python), "-c", "import ecoassess, ecoassess_app; print(ecoassess.__file__)"],
                cwd=work, env=env).strip()
    if str(ROOT) in where:
        raise CheckFailed(f"the venv imported the source tree ({where}), not the wheel")
    print(run([exe, "--self-test"], cwd=work, env=env).strip())
    print(f"wheel check passed: {wheel.name} installed in a fresh venv runs demo and --self-test")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            check(args.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="ecoassess-wheel-") as tmp:
                check(Path(tmp))
    except (CheckFailed, StopIteration) as exc:
        print(f"WHEEL CHECK FAILED: {exc or 'no wheel was built'}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
