"""The one sentence said before Reflect writes a file outside the encrypted journal.

A PDF or CSV export is an ordinary file: anyone who can open its folder can read it. The
visitor hears that, and where the file goes, before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir

from reflect.ui.widgets.plurals import TranslationContext


class PlainFile(TranslationContext):
    """The translation context of the plain-file sentence."""


def plain_file_sentence(path: Path) -> str:
    """ "This file is not encrypted: it goes to …, where anyone who can open that folder can
    read it." """
    return PlainFile.tr(
        "This file is not encrypted: it goes to {path}, where anyone who can open that "
        "folder can read it."
    ).format(path=QDir.toNativeSeparators(str(path)))
