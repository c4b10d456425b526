"""PySide6's scan of every imported module, kept off the libraries that never use Qt.

PySide6 replaces `__import__` and, after each import, looks for "PySide6" in the new module's
source (`shibokensupport.feature._mod_uses_pyside`: `inspect.getsource`, which first unwraps the
module and so asks it for `__wrapped__`). pydantic's modules answer an unknown attribute with a
`__getattr__` that imports `pydantic._internal._validators`. When the home list's readiness pass
(a pool thread) and the window (the GUI thread, e.g. a file given on the command line) import
pydantic at the same time, that side import closes a cycle between the two threads and one of
them is handed a half-made module: "ImportError: cannot import name 'import_string' from
partially initialized module 'pydantic._internal._validators'", shown as an unexpected-error box.

The scan's answer for these packages is known ("does not use PySide6": the hook's -1, "ignore
this module"), so it is given without reading them: no side import, and no source file read per
module imported while the app runs (the dossier alone imports a few hundred).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import PySide6.QtCore  # noqa: F401 - installs the hook this module adjusts

# Packages that never import PySide6 (the core is kept free of Qt by a contract; a test reads
# the others). For them "ignore this module" differs from the scan's own answer only in PySide's
# `from __feature__ import …` switching, which the app does not use.
NOT_QT = frozenset({
    "ecoassess", "pydantic", "pydantic_core", "annotated_types", "typing_extensions", "sqlalchemy",
    "alembic", "mako", "yaml", "reportlab", "pypdf", "pythainlp", "babel", "openpyxl", "platformdirs",
    "uharfbuzz", "pypdfium2",
})


def install() -> bool:
    """Answer the scan for NOT_QT packages; False when this PySide6 has no such scan."""
    feature = sys.modules.get("__feature__")
    scan: Callable[[Any], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None:
        return False
    if getattr(scan, "spares", None) is NOT_QT:
        return True  # already installed

    def uses_pyside(module: Any) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name.partition(".")[0] in NOT_QT:
            return False
        return scan(module)

    uses_pyside.spares = NOT_QT  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]  # read as a global at each call
    return True


install()
