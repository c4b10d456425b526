"""PyInstaller runtime hook: load the bundled libthai and its dictionary (Qt's Thai line breaks)."""

import os
import sys

# Qt breaks Thai lines at word boundaries through libthai, which it opens by name at run time;
# a machine without libthai would wrap Thai anywhere. Loading the bundled copy first makes Qt's
# later dlopen("libthai.so.0") find it, and LIBTHAI_DICTDIR points it at the bundled dictionary.
_folder = os.path.join(getattr(sys, "_MEIPASS", ""), "libthai")
if sys.platform.startswith("linux") and os.path.isfile(os.path.join(_folder, "thbrk.tri")):
    os.environ.setdefault("LIBTHAI_DICTDIR", _folder)
    import ctypes

    for _name in ("libdatrie.so.1", "libthai.so.0"):
        _path = os.path.join(_folder, _name)
        if os.path.isfile(_path):
            try:
                ctypes.CDLL(_path, mode=ctypes.RTLD_GLOBAL)
            except OSError:
                break
