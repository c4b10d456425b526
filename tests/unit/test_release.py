"""The release: one version everywhere, the vendored font, what the wheel carries, and its build."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import ecoassess

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_is_written_once_and_every_channel_shows_it(capsys):
    from ecoassess.cli import main

    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "ecoassess.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", ecoassess.__version__)
    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == f"ecoassess {ecoassess.__version__}"


def test_the_installed_metadata_agrees_with_the_source():
    from importlib.metadata import version

    assert version("ecoassess") == ecoassess.__version__  # `make` reinstalls on a pyproject change


def test_a_frozen_like_copy_without_package_metadata_shows_the_same_version(tmp_path):
    """The frozen app carries the code but no .dist-info: the version must come from the code."""
    for package in ("ecoassess", "ecoassess_app"):
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ts", "resources"))
    script = f"""
import importlib.metadata as md, sys
sys.path.insert(0, {str(tmp_path)!r})
sys.frozen = True  # what PyInstaller's bootloader sets
def missing(name):
    raise md.PackageNotFoundError(name)
md.version = missing
md.distribution = missing
import ecoassess
assert ecoassess.__file__.startswith({str(tmp_path)!r}), ecoassess.__file__
from ecoassess_app.main import main
sys.exit(main(["--version"]))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ecoassess {ecoassess.__version__}"


def test_sarabun_is_vendored_byte_identical_with_its_licence():
    from ecoassess.dossier.fonts import font_dir
    from ecoassess.paths import fonts_dir

    folder = fonts_dir()
    assert font_dir() == folder
    readme = (folder / "README.md").read_text(encoding="utf-8")
    recorded = dict(re.findall(r"\| (Sarabun-\w+\.ttf) \| ([0-9a-f]{64}) \|", readme))
    assert sorted(recorded) == sorted(p.name for p in folder.glob("*.ttf"))
    for name, digest in recorded.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text(encoding="utf-8")
    dependencies = " ".join(PYPROJECT["project"]["dependencies"])
    assert "fontpkg" not in dependencies
    assert "fontpkg" not in (ROOT / "constraints.txt").read_text(encoding="utf-8")


def test_the_build_needs_a_setuptools_that_reads_the_licence_field():
    requires = PYPROJECT["build-system"]["requires"]
    pinned = next(r for r in requires if r.startswith("setuptools"))
    major = int(re.search(r"==(\d+)", pinned).group(1))
    assert major >= 77  # PEP 639: `license = "MIT"` as an SPDX expression
    assert PYPROJECT["project"]["license"] == "MIT"
    for path in PYPROJECT["project"]["license-files"]:
        assert (ROOT / path).is_file(), path
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_wheel_carries_resources_and_compiled_translations():
    data = PYPROJECT["tool"]["setuptools"]["package-data"]
    assert "resources/**/*" in data["ecoassess"]
    assert "translations/*.qm" in data["ecoassess_app"]
    found = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    assert set(found) == {"ecoassess", "ecoassess.*", "ecoassess_app", "ecoassess_app.*"}
    sys.path.insert(0, str(ROOT / "tools"))
    from wheel_check import REQUIRED

    for path in REQUIRED:
        assert (ROOT / path).is_file(), f"{path} is what the wheel check looks for"


def test_docs_and_the_scheme_stay_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme and "docs/architecture.md" in readme
    header = (ROOT / "ecoassess/scheme/data/eco-factory.yaml").read_text(encoding="utf-8")[:2000]
    assert "shared/" not in header
    for link in re.findall(r"`((?:docs|ecoassess|tools|tests)/[^`*]+?)`", readme):
        path = link.split()[0].rstrip("/")  # a command line names its file first
        assert (ROOT / path).exists(), f"README names {link}, which does not exist"
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for path in re.findall(r"^\s{0,4}((?:ecoassess|ecoassess_app|tools|tests)/[\w/.]*)",
                           architecture, flags=re.M):
        assert (ROOT / path.rstrip("/")).exists(), f"architecture.md names {path}, which moved"


def test_the_self_test_checks_that_font_guide_and_notices_travel_with_the_program(monkeypatch,
                                                                                    tmp_path):
    from ecoassess import licences, selftest

    check = selftest.SelfTest(tmp_path, None)
    assert "notices (from the installed packages) present" in check.release_files()
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a bundle whose build lost them
    monkeypatch.setattr(licences, "shipped_notices", lambda: None)
    try:
        check.release_files()
    except selftest.SelfTestFailure as failure:
        assert "THIRD-PARTY-NOTICES.txt" in str(failure)
    else:
        raise AssertionError("a frozen app without its notices passed the self-test")
    shipped = tmp_path / "THIRD-PARTY-NOTICES.txt"
    shipped.write_text(f"ecoassess {ecoassess.__version__}: third-party notices\nLGPL-3.0-only")
    monkeypatch.setattr(licences, "shipped_notices", lambda: shipped)
    assert "written by the build" in check.release_files()
