"""Plurals through Qt's own plural forms (`%n`), readable before any translation is loaded.

A translation file gives each language its plural forms. Reflect ships its English source
text only, where Qt would show "4 week(s)": this resolves the "(s)" for English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate_plural(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    """`text` with "%n" as `n`, translated in `context`; "(s)" left by the English source
    becomes "s" or nothing (a translation never contains it)."""
    result = QCoreApplication.translate(context, text, disambiguation, n)
    return result.replace("(s)", "" if n == 1 else "s")
