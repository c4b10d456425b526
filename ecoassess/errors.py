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


_OS_REASONS = {
    errno.EACCES: ("ไม่มีสิทธิ์เขียนที่นี่ หรือไฟล์เปิดอยู่ในโปรแกรมอื่น (ปิดไฟล์แล้วลองใหม่)",
                   "no permission here, or the file is open in another program (close it and try again)"),
    errno.EPERM: ("ไม่มีสิทธิ์เขียนที่นี่ หรือไฟล์เปิดอยู่ในโปรแกรมอื่น (ปิดไฟล์แล้วลองใหม่)",
                  "no permission here, or the file is open in another program (close it and try again)"),
    errno.ENOSPC: ("พื้นที่ดิสก์เต็ม", "the disk is full"),
    errno.ENOENT: ("ไม่พบโฟลเดอร์หรือไฟล์นี้", "the folder or file does not exist"),
    errno.EROFS: ("ดิสก์นี้อ่านได้อย่างเดียว", "the disk is read-only"),
    errno.ENAMETOOLONG: ("ชื่อหรือที่อยู่ไฟล์ยาวเกินไป", "the file name or path is too long"),
    errno.EISDIR: ("ที่นี่เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "this is a folder, not a file"),
}


def os_reason(exc: OSError) -> dict[str, str]:
    """Why a file operation failed, in both languages ({"th", "en"}), for a message's {detail}.

    The operating system's own text is English (or the Windows language), and "Permission
    denied" does not tell an officer that the PDF is still open in the viewer.
    """
    known = _OS_REASONS.get(exc.errno or -1)
    if known is None and getattr(exc, "winerror", None) == 32:  # sharing violation (Windows)
        known = _OS_REASONS[errno.EACCES]
    if known:
        return {"th": known[0], "en": known[1]}
    text = exc.strerror or str(exc)
    return {"th": text, "en": text}
