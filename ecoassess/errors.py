"""Typed errors of the core: each carries a message key and parameters, rendered by i18n."""

from __future__ import annotations

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
