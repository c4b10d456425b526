"""PySide6 reads every newly imported module to see whether it uses Qt; pydantic's modules answer
that reading with a side import that, at start-up with a file given on the command line, broke
the import of a package ("partially initialized module 'pydantic._internal._validators'") and
showed an unexpected-error box. The libraries that never use Qt are answered without reading."""

from __future__ import annotations

import sys
import types

import ecoassess_app.ui  # noqa: F401 - installs the answer
from ecoassess_app.ui import importscan


def _module(name: str, source_says_pyside: bool, tmp_path) -> types.ModuleType:
    """A module whose every unknown attribute is noted (pydantic's asks import a module)."""
    path = tmp_path / (name.replace(".", "_") + ".py")
    path.write_text("from PySide6 import QtCore\n" if source_says_pyside else "x = 1\n", encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    module.asked = []

    def __getattr__(attr):
        module.asked.append(attr)
        raise AttributeError(attr)

    module.__getattr__ = __getattr__
    return module


def test_pydantic_modules_are_answered_without_being_read(tmp_path):
    scan = sys.modules["__feature__"]._mod_uses_pyside
    module = _module("pydantic.errors_like", source_says_pyside=False, tmp_path=tmp_path)
    assert scan(module) is False
    assert module.asked == []  # not asked for __wrapped__: no side import can start


def test_modules_of_the_app_are_still_read_by_pyside(tmp_path):
    scan = sys.modules["__feature__"]._mod_uses_pyside
    uses_qt = _module("ecoassess_app_like.window", source_says_pyside=True, tmp_path=tmp_path)
    plain = _module("some_plugin.tool", source_says_pyside=False, tmp_path=tmp_path)
    assert scan(uses_qt) is True
    assert scan(plain) is False
    assert "__wrapped__" in uses_qt.asked  # PySide's own reading ran


def test_installing_twice_keeps_one_wrapper():
    scan = sys.modules["__feature__"]._mod_uses_pyside
    assert importscan.install() is True
    assert sys.modules["__feature__"]._mod_uses_pyside is scan


def test_the_core_and_the_libraries_it_names_never_import_pyside():
    """The answer given ("ignore this module" in PySide's feature switching, which the app never
    uses) is right only for code that does not use Qt: none of these sources imports PySide6."""
    import importlib.util
    import re
    from pathlib import Path

    imports_qt = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
    for package in sorted(importscan.NOT_QT):
        spec = importlib.util.find_spec(package)
        if spec is None:
            continue
        roots = list(spec.submodule_search_locations or []) or [str(Path(spec.origin).parent)]
        files = [p for root in roots for p in Path(root).rglob("*.py")] if spec.submodule_search_locations \
            else [Path(spec.origin)] if spec.origin and spec.origin.endswith(".py") else []
        said = [str(p) for p in files if imports_qt.search(p.read_text(encoding="utf-8", errors="replace"))]
        assert said == [], f"{package} imports PySide6: {said[:3]}"
