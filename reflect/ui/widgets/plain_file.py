"""The one sentence said before Reflect writes a file outside the encrypted journal.

A PDF, CSV, Markdown or JSON export is an ordinary file: anyone who can open its folder can
read it. The visitor hears that, and where the file goes, before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget

from reflect.ui.widgets import messages
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


def plain_folder_sentence(path: Path) -> str:
    """The same, for a new folder of files (a Markdown export, a file per reflection)."""
    return PlainFile.tr(
        "These files are not encrypted: they go to the new folder {path}, where anyone who "
        "can open that folder can read them."
    ).format(path=QDir.toNativeSeparators(str(path)))


def confirm_plain_file(parent: QWidget | None, path: Path) -> bool:
    """Say the plain-file sentence before writing to `path`; True to go ahead and save."""
    return messages.confirm(
        parent,
        PlainFile.tr("Not encrypted"),
        plain_file_sentence(path),
        PlainFile.tr("Save it"),
        destructive=False,  # a choice about a file, not a removal: Cancel stays the default
    )
