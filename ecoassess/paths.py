"""Where data lives: --data-dir > ECOASSESS_HOME > a `portable` flag file > platformdirs."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

import platformdirs

APP_NAME = "ecoassess"
APP_AUTHOR = "ecoassess"
ENV_HOME = "ECOASSESS_HOME"
PORTABLE_FLAG = "portable"


def executable_dir() -> Path:
    """The folder of the frozen executable, or of main.py when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, chosen by precedence; not created here.

    An empty `--data-dir` is refused (it would silently mean the default folder), and so is a
    missing home folder: the data would land in a place the user never chose.
    """
    from ecoassess.errors import StorageError

    if explicit is not None:
        if not str(explicit).strip():
            raise StorageError("paths.empty_data_dir")
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    exe_dir = executable_dir()
    if (exe_dir / PORTABLE_FLAG).is_file():
        return exe_dir / "data"
    home_vars = ("LOCALAPPDATA",) if sys.platform == "win32" else ("HOME", "XDG_DATA_HOME")
    if not any(os.environ.get(name, "").strip() for name in home_vars):
        raise StorageError("paths.no_home", variable=home_vars[0])
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The shipped resources (demo data, estates list, icons): ecoassess/resources, frozen
    (the bundle keeps the package layout), installed or from source."""
    return Path(__file__).resolve().parent / "resources"


def fonts_dir() -> Path:
    """Sarabun's TTFs and their OFL licence, vendored (resources/fonts/README.md): the UI's and
    the dossier's one font, in a checkout, an installed wheel and the frozen app alike."""
    return resources_dir() / "fonts"


class DataLayout:
    """Named locations inside one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / "ecoassess.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.root / "ecoassess.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def schemes(self) -> Path:
        return self.root / "schemes"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    def ensure(self) -> None:
        for path in (self.root, self.backups, self.evidence, self.schemes):
            path.mkdir(parents=True, exist_ok=True)


def keep_pythainlp_offline() -> None:
    """pythainlp reads only the word lists it ships: no downloads, no ~/pythainlp-data folder.

    Call before importing pythainlp (the frozen build's runtime hook sets the same).
    """
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, fallback: str = "assessment", limit: int = 80) -> str:
    """`name` made usable as a file name on Windows and Linux, Thai kept as written.

    Replaces the characters Windows refuses (< > : " / \\ | ? * and control characters) with
    "-", collapses spaces, drops leading and trailing dots and spaces, and avoids device names
    such as CON or NUL. Never cuts a Thai vowel or tone mark from its consonant.
    """
    cleaned = " ".join(_NOT_IN_FILE_NAMES.sub("-", name).split()).strip(" .")
    if len(cleaned) > limit:
        cut = limit
        while cut > 0 and unicodedata.category(cleaned[cut]).startswith("M"):
            cut -= 1  # a combining mark stays with its base letter
        cleaned = cleaned[:cut].rstrip(" .")
    if not cleaned or cleaned.split(".")[0].upper() in _WINDOWS_DEVICES:
        return fallback
    return cleaned
