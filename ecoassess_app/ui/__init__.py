"""The desktop app (Qt only): start-up, home window, wizard, pages and workers."""
