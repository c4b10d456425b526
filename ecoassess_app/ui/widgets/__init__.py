"""Reusable widgets: Buddhist-Era date edit, readiness chart, evidence list."""
