"""Guards against a PySide6 6.12 refcount bug that aborts CPython 3.11 ("deallocating None").

Measured here (PySide6-Essentials 6.12.0, CPython 3.11): every call of a void Qt method
(setText, setVisible, processEvents, …) drops one reference to None that it never took, and
Signal.emit/connect drop one to True. After as many calls as None has references (a few
thousand in a small program) the interpreter aborts. CPython 3.12 made these objects immortal;
on 3.11 we give them a reference count so large that the leak can never bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

BALLAST = 1 << 40  # a thousand billion calls before the count could reach zero
_done = {"applied": False}


def immortalize_singletons() -> bool:
    """Add BALLAST references to None, True and False once; True when applied in this process."""
    if _done["applied"]:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += BALLAST
    _done["applied"] = True
    return True
