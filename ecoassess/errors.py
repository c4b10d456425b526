"""Typed errors of the core: each carries a message key and parameters, rendered by i18n."""

from __future__ import annotations

import errno
from typing import Any


class EcoAssessError(Exception):
    """Base error: `key` names a message in `ecoassess.i18n`, `params` fill it in."""

    key = "error.generic"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        self.key = key or type(self).key
        self.params = params
        super().__init__(self.key, params)

    def message(self, lang: str = "en") -> str:
        from ecoassess.i18n import message

        return message(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class NotFoundError(EcoAssessError):
    """An assessment, evidence file or other object does not exist."""

    key = "error.not_found"


class ValidationError(EcoAssessError):
    """Input (an answer file, a field, a scheme file) is malformed; `path` names the place."""

    key = "error.invalid"


class StorageError(EcoAssessError):
    """The database or the data folder cannot be used safely."""

    key = "error.storage"


class EvidenceError(EcoAssessError):
    """An evidence file is missing, altered, too large or unreadable."""

    key = "error.evidence"


class ExportError(EcoAssessError):
    """A dossier, package or spreadsheet could not be written."""

    key = "error.export"


_OS_REASONS = {  # errno -> message key (ecoassess/messages/core.py)
    errno.EACCES: "os.no_permission",
    errno.EPERM: "os.no_permission",
    errno.ENOSPC: "os.disk_full",
    errno.ENOENT: "os.not_found",
    errno.EROFS: "os.read_only",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EISDIR: "os.is_folder",
}
_WINDOWS_SHARING_VIOLATION = 32


def bilingual(key: str) -> dict[str, str]:
    """A catalogue message in both languages, for a parameter of another message."""
    from ecoassess.i18n import message

    return {"th": message(key, "th"), "en": message(key, "en")}


def os_reason(exc: OSError) -> dict[str, str]:
    """Why a file operation failed, in both languages ({"th", "en"}), for a message's {detail}.

    The operating system's own text is English (or the Windows language), and "Permission
    denied" does not tell an officer that the PDF is still open in the viewer.
    """
    key = _OS_REASONS.get(exc.errno or -1)
    if key is None and getattr(exc, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        key = "os.no_permission"
    if key:
        return bilingual(key)
    text = exc.strerror or str(exc)
    return {"th": text, "en": text}


# SQLite's primary result codes (the low byte of an extended code) that are faults of the disk,
# the folder or another program, never damage of the database file.
_SQLITE_FAULTS = {
    5: "os.busy",  # SQLITE_BUSY: another program holds a lock
    6: "os.busy",  # SQLITE_LOCKED
    7: "os.no_memory",  # SQLITE_NOMEM
    8: "os.read_only",  # SQLITE_READONLY
    10: "os.io_error",  # SQLITE_IOERR
    13: "os.disk_full",  # SQLITE_FULL
    14: "os.cannot_open",  # SQLITE_CANTOPEN
    15: "os.busy",  # SQLITE_PROTOCOL: a lock race
}
_SQLITE_TEXTS = (  # older SQLite bindings without error codes: the text decides
    ("disk is full", "os.disk_full"), ("database is locked", "os.busy"),
    ("locked", "os.busy"), ("readonly database", "os.read_only"),
    ("disk i/o error", "os.io_error"), ("unable to open", "os.cannot_open"),
    ("out of memory", "os.no_memory"),
)


def sqlite_fault_key(exc: BaseException) -> str | None:
    """The message key of a SQLite error that is a fault (full disk, lock, read-only, I/O),
    or None when the error may mean a damaged or foreign file."""
    inner = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's exception
    code = getattr(inner, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_FAULTS:
        return _SQLITE_FAULTS[code & 0xFF]
    text = str(inner).lower()
    return next((key for needle, key in _SQLITE_TEXTS if needle in text), None)


def sqlite_reason(exc: BaseException) -> dict[str, str]:
    """Why SQLite failed, in both languages, for a message's {detail} (never SQL text)."""
    key = sqlite_fault_key(exc)
    if key:
        return bilingual(key)
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).splitlines()[0][:200] if str(inner) else type(inner).__name__
    return {"th": text, "en": text}
