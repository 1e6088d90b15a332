"""Where an export is offered to go: the visitor's Documents folder, under a name in her
language, chosen through the system's own save dialog (a folder for a Markdown folder).

The dialogs are plain functions that a test can replace with one that answers at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from reflect.domain.export_request import ExportFormat
from reflect.ui.widgets.documents_folder import documents
from reflect.ui.widgets.plurals import TranslationContext

ChooseFile = Callable[[QWidget, str, str, str], str]
"""(parent, title, suggested path, file types) -> the path chosen, or "" when cancelled."""
ChooseFolder = Callable[[QWidget, str, str], str]
"""(parent, title, folder to start in) -> the folder chosen, or "" when cancelled."""

MAX_TRIES = 1000
"""Numbered names tried for a new folder; past them, the export itself says it is taken."""

SUFFIXES = {
    ExportFormat.PDF: ".pdf",
    ExportFormat.MARKDOWN: ".md",
    ExportFormat.JSON: ".json",
}


class SavePlaces(TranslationContext):
    """The words of the save dialogs (context "SavePlaces")."""


def choose_file(parent: QWidget, title: str, suggested: str, kinds: str) -> str:
    """The system's save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path


def choose_folder(parent: QWidget, title: str, start: str) -> str:
    """The system's dialog for choosing a folder."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def base_name() -> str:
    """An export's name before its suffix, in the visitor's language."""
    return SavePlaces.tr("Reflections")


def suggested_file(kind: ExportFormat, folder: Path | None = None) -> Path:
    """The file an export of `kind` is first offered to go to."""
    return (folder or documents()) / (base_name() + SUFFIXES[kind])


def file_kinds(kind: ExportFormat) -> str:
    """The save dialog's file types for `kind`."""
    if kind is ExportFormat.PDF:
        return SavePlaces.tr("PDF document (*.pdf)")
    if kind is ExportFormat.JSON:
        return SavePlaces.tr("JSON file (*.json)")
    return SavePlaces.tr("Markdown file (*.md)")


def with_suffix(path: Path, kind: ExportFormat) -> Path:
    """`path`, ending as a file of `kind` does (a name typed without it gets it)."""
    suffix = SUFFIXES[kind]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _free(folder: Path) -> bool:
    """Nothing there yet, or an empty folder."""
    if not folder.exists():
        return True
    return folder.is_dir() and not any(folder.iterdir())


def new_folder_in(parent: Path) -> Path:
    """A folder for a Markdown export inside `parent`, named in the visitor's language: a
    name not taken yet, or an empty folder of that name."""
    name = base_name()
    candidate = parent / name
    number = 2
    while number < MAX_TRIES and not _free(candidate):
        candidate = parent / f"{name} {number}"
        number += 1
    return candidate
