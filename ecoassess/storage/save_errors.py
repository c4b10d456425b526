"""Why a save did not reach the database, in the user's language (the wizard's "not saved: …")."""

from __future__ import annotations

from ecoassess.errors import EcoAssessError, os_reason
from ecoassess.i18n import message

# Words of SQLite's own (English) error texts, each with the reason it means for a user.
_SQLITE_REASONS = (
    (("locked", "busy"), "autosave.locked"),
    (("full",), "autosave.disk_full"),
    (("readonly", "read-only", "permission", "access"), "autosave.read_only"),
    (("disk i/o", "i/o error", "unable to open"), "autosave.io"),
)


def save_failure(error: BaseException, lang: str) -> str:
    """One line for the status bar: what kept the edit out of the database."""
    if isinstance(error, EcoAssessError):
        detail = error.params.get("detail")
        if error.key in ("store.db_fault", "store.fault") and detail:
            # The banner already says "not saved"; the path and "not damaged" only crowd it.
            return message("autosave.os", lang, detail=detail)
        return error.message(lang)
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the sqlite3 error
    if isinstance(cause, OSError):
        return message("autosave.os", lang, detail=os_reason(cause))
    text = str(cause).lower()
    for words, key in _SQLITE_REASONS:
        if any(word in text for word in words):
            return message(key, lang)
    return message("autosave.unknown", lang, detail=type(cause).__name__)
