"""The desktop app (Qt only): start-up, home window, wizard, pages and workers."""

from ecoassess_app.ui import importscan  # noqa: F401 - PySide6's import scan kept off pydantic & co.
