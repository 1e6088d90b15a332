"""Loads and validates every card and template into one `Library`."""

from __future__ import annotations

import os
from importlib.resources.abc import Traversable
from pathlib import Path

from reflect.content.card_file import parse_card
from reflect.content.consistency import check_consistency
from reflect.content.resources import resources_folder
from reflect.content.template_file import parse_template
from reflect.content.themes import THEMES
from reflect.domain.errors import ContentError
from reflect.domain.library import Library

CARDS = "cards"
TEMPLATES = "templates"


def load_library(folder: Traversable | str | os.PathLike[str] | None = None) -> Library:
    """Every card and template in `folder` (default: the app's own resources), checked.

    Raises ContentError naming the file and field of the first problem found.
    """
    if folder is None:
        root = resources_folder()
    elif isinstance(folder, (str, os.PathLike)):
        root = Path(folder)
    else:
        root = folder
    cards = tuple(parse_card(text, name) for name, text in _files(root, CARDS, ".md"))
    templates = tuple(parse_template(text, name) for name, text in _files(root, TEMPLATES, ".toml"))
    check_consistency(cards, templates)
    return Library(cards=cards, templates=templates, themes=THEMES)


def _files(root: Traversable, kind: str, suffix: str) -> list[tuple[str, str]]:
    """(name for messages, text) of each file in `root/kind`, sorted by name."""
    folder = root / kind
    if not folder.is_dir():
        raise ContentError(kind, "folder", f"is missing from {root}")
    found = sorted(
        (entry for entry in folder.iterdir() if entry.is_file() and entry.name.endswith(suffix)),
        key=lambda entry: entry.name,
    )
    if not found:
        raise ContentError(kind, "folder", f"has no {suffix} files")
    files: list[tuple[str, str]] = []
    for entry in found:
        name = f"{kind}/{entry.name}"
        try:
            files.append((name, entry.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            raise ContentError(name, "file", f"cannot be read ({error})") from None
    return files
