"""Prompts, templates and reference cards loaded from the packaged resources (no Qt, no SQL)."""
