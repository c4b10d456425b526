"""The dossier PDF: Thai/English, searchable Thai, evidence index (ReportLab, no Qt)."""

from typing import Any

__all__ = ["build_dossier", "render_dossier", "document_id"]


def __getattr__(name: str) -> Any:  # lazy: importing the package must not load ReportLab
    if name in __all__:
        from ecoassess.dossier import export

        return getattr(export, name)
    raise AttributeError(name)
