"""Turns errors into user text in the UI language; the hook point for issue 7's excepthook."""

from __future__ import annotations

from ecoassess.errors import EcoAssessError
from ecoassess_app.ui.i18n import current_language


def error_text(error: BaseException) -> str:
    """A one-paragraph message for the user: typed core errors in their language, never a traceback."""
    if isinstance(error, EcoAssessError):
        return error.message(current_language())
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("errors", "Unexpected error: %1").replace("%1", str(error))
