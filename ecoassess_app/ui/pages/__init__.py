"""Wizard pages, one module per page; the order is declared once in ui.wizard."""
