"""Licences: SPDX expressions read right, GPL-only code refused, notices complete, bundle checked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ecoassess.licences import (
    Choice,
    DistInfo,
    Licence,
    SpdxError,
    Terms,
    describe,
    notices_text,
    parse_spdx,
    requirement,
    runtime_distributions,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import licence_check  # noqa: E402


def info(expression: str | None, name: str = "somelib", declared: str = "") -> DistInfo:
    return DistInfo(name, "1.0", expression, "metadata", declared or (expression or ""))


def test_spdx_expressions_parse_with_and_binding_tighter_than_or():
    assert parse_spdx("MIT") == Licence("MIT")
    tree = parse_spdx("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    assert tree == Choice((Licence("LGPL-3.0-only"), Licence("GPL-2.0-only"), Licence("GPL-3.0-only")))
    tree = parse_spdx("MIT OR Apache-2.0 AND BSD-3-Clause")
    assert tree == Choice((Licence("MIT"), Terms((Licence("Apache-2.0"), Licence("BSD-3-Clause")))))
    assert str(parse_spdx("(MIT OR Apache-2.0) AND Apache-2.0 WITH LLVM-exception")) == \
        "(MIT OR Apache-2.0) AND Apache-2.0 WITH LLVM-exception"
    for text in ("", "BSD license (see license.txt)", "Apache 2.0", "MIT AND", "(MIT", "MIT OR OR X"):
        with pytest.raises(SpdxError):
            parse_spdx(text)


def test_pyside6_ships_under_its_lgpl_option_and_gpl_only_code_is_refused():
    pyside = info("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "PySide6_Essentials")
    assert licence_check.check_distribution(pyside) is None
    assert str(licence_check.chosen(parse_spdx(pyside.expression))) == "LGPL-3.0-only"
    refused = licence_check.check_distribution(info("GPL-3.0-or-later", "readline-py"))
    assert refused and "readline-py" in refused and "GPL-3.0-or-later" in refused
    assert licence_check.check_distribution(info("AGPL-3.0-only")) is not None
    assert licence_check.check_distribution(info("MIT AND GPL-2.0-only")) is not None
    assert licence_check.check_distribution(info("GPL-2.0-or-later WITH Classpath-exception-2.0")) \
        is not None  # an exception nobody reviewed


def test_a_licence_nobody_stated_or_reviewed_fails_loudly():
    problem = licence_check.check_distribution(
        info(None, "mystery", declared="License :: Other/Proprietary License"))
    assert problem and "mystery" in problem and "REVIEWED" in problem and "Proprietary" in problem
    assert licence_check.check_distribution(info("WTFPL-ish")) is not None  # an unknown id


def test_a_review_holds_for_the_pinned_version_only(monkeypatch):
    from importlib import metadata

    reportlab = describe(metadata.distribution("reportlab"))
    assert reportlab.source == "review" and reportlab.expression == "BSD-3-Clause"
    monkeypatch.setitem(__import__("ecoassess.licences").licences.REVIEWED, "reportlab",
                        ("4.0.0", "BSD-3-Clause"))
    again = describe(metadata.distribution("reportlab"))
    assert again.expression is None and licence_check.check_distribution(again)


def test_requirements_follow_extras_only_when_asked():
    assert requirement('uharfbuzz; extra == "shaping"') == ("uharfbuzz", set(), {"shaping"})
    assert requirement("reportlab[shaping]==5.1.0") == ("reportlab", {"shaping"}, set())
    assert requirement("tzdata; sys_platform == 'win32'") == ("tzdata", set(), set())


def test_the_runtime_closure_is_what_the_app_runs_on_and_all_of_it_may_ship():
    names = {d.metadata["Name"].lower().replace("_", "-") for d in runtime_distributions()}
    assert {"pyside6-essentials", "shiboken6", "reportlab", "uharfbuzz", "pythainlp",
            "sqlalchemy", "pypdfium2", "pillow"} <= names  # uharfbuzz through reportlab[shaping]
    assert not names & {"pytest", "hypothesis", "ruff", "mypy", "pyinstaller", "ecoassess"}
    assert licence_check.check_distributions() == []


def test_the_notices_name_every_component_with_its_licence_text():
    dists = [describe(d) for d in runtime_distributions()]
    text = notices_text(dists, extra_sections=[("libfoo (Debian package)", "Copyright 2020 Foo")])
    for d in dists:
        assert f"{d.name} {d.version}" in text
    assert "PySide6_Essentials" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "Version 3, 29 June 2007" in text  # the LGPL-3.0 and the GPL-3.0 it builds on
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "Unicode" in text and "HarfBuzz" in text and "libthai" in text
    assert "PDFium" in text or "pdfium" in text  # pypdfium2's build licences
    assert text.rstrip().endswith("Copyright 2020 Foo")


def make_bundle(root: Path, libraries: list[str], notices: bool = True) -> Path:
    bundle = root / "ecoassess"
    internal = bundle / "_internal"
    (internal / "libthai").mkdir(parents=True)
    for name in libraries:
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(b"\x7fELF")
    (bundle / "LICENSE.txt").write_text("MIT License", encoding="utf-8")
    if notices:
        text = notices_text([info("MIT", "alembic")])
        (bundle / "THIRD-PARTY-NOTICES.txt").write_text(text, encoding="utf-8")
        (internal / "ecoassess" / "resources").mkdir(parents=True)
        (internal / "ecoassess" / "resources" / "THIRD-PARTY-NOTICES.txt").write_text(text)
    return bundle


def test_a_bundle_with_gnu_readline_fails_and_lgpl_libraries_pass(tmp_path):
    bundle = make_bundle(tmp_path, ["libQt6Core.so.6", "libthai/libthai.so.0", "libreadline.so.8",
                                    "python3.11/lib-dynload/readline.cpython-311-x86_64-linux-gnu.so",
                                    "libgdbm.so.6"])
    problems = licence_check.check_bundle(bundle, [info("MIT", "alembic")])
    assert len(problems) == 3
    assert any(p.startswith("_internal/libreadline.so.8: GNU Readline") for p in problems)
    assert any("lib-dynload/readline" in p for p in problems)
    assert any("libgdbm" in p for p in problems)
    assert licence_check.main([str(bundle)]) == 1


def test_a_bundle_without_its_notices_fails(tmp_path):
    bundle = make_bundle(tmp_path, ["libQt6Core.so.6"], notices=False)
    problems = licence_check.check_bundle(bundle, [info("MIT", "alembic")])
    assert any("THIRD-PARTY-NOTICES.txt is missing" in p for p in problems)
    good = make_bundle(tmp_path / "good", ["libQt6Core.so.6", "libthai/libdatrie.so.1"])
    assert licence_check.check_bundle(good, [info("MIT", "alembic")]) == []
    assert licence_check.check_bundle(good, [info("MIT", "babel")]) == \
        ["THIRD-PARTY-NOTICES.txt does not name babel 1.0"]


@pytest.mark.skipif(not Path("/usr/share/doc/libthai0/copyright").is_file(),
                    reason="needs Debian's libthai0 (the Linux build machine's)")
def test_the_build_copies_the_debian_copyright_of_bundled_system_libraries():
    import glob

    found = glob.glob("/usr/lib/*/libthai.so.0") + glob.glob("/lib/*/libthai.so.0")
    sections = licence_check.system_library_sections([*found[:1], "/nonexistent/libx.so.1"])
    titles = [title for title, _text in sections]
    assert any(t.startswith("libthai0") and "libthai.so.0" in t for t in titles)
    assert any("LGPL-2.1" in t for t in titles)  # the licence its copyright file refers to
