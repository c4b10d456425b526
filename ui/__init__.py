"""The desktop app (Qt only): start-up, home window, wizard, pages and workers."""

from ui.qtfix import immortalize_singletons

immortalize_singletons()  # before any Qt call: see ui/qtfix.py
