"""Loads and validates every card and template into one `Library`."""

from __future__ import annotations

import os
from importlib.resources.abc import Traversable
from pathlib import Path

from reflect.content.card_file import parse_card
from reflect.content.consistency import check_consistency
from reflect.content.resources import resources_folder
from reflect.content.template_file import parse_template
from reflect.content.themes import THEMES, themes_in
from reflect.content.translation import LANGUAGES, check_translation, keyed_like
from reflect.domain.card import Card
from reflect.domain.errors import ContentError
from reflect.domain.library import Library
from reflect.domain.template import Template

CARDS = "cards"
TEMPLATES = "templates"


def load_library(
    folder: Traversable | str | os.PathLike[str] | None = None, language: str = "en"
) -> Library:
    """Every card and template in `folder` (default: the app's own resources), checked, in
    `language` ("en" or "es"; Spanish is checked against the English it translates).

    Raises ContentError naming the file and field of the first problem found.
    """
    root = resources_folder() if folder is None else _root(folder)
    if language not in LANGUAGES:
        raise ContentError("content", "language", f"'{language}' is not one of {LANGUAGES}")
    english_cards, english_templates = _read(root, "")
    check_consistency(english_cards, english_templates)
    if language == "en":
        return Library(cards=english_cards, templates=english_templates, themes=THEMES)
    cards, templates = _read(root, language)
    # First whether each file has its other half, then what the files say of each other.
    check_translation(english_cards, cards, f"{CARDS}/{language}")
    check_translation(english_templates, templates, f"{TEMPLATES}/{language}")
    check_consistency(cards, templates)
    return Library(
        cards=cards, templates=keyed_like(english_templates, templates), themes=themes_in(language)
    )


def languages_in(folder: Traversable | str | os.PathLike[str] | None = None) -> tuple[str, ...]:
    """The languages a content folder holds: English, and each other language with a folder
    of its own (Reflect's own content has them all; an agency's own may be English only)."""
    root = resources_folder() if folder is None else _root(folder)
    return tuple(
        language for language in LANGUAGES if language == "en" or (root / CARDS / language).is_dir()
    )


def _read(root: Traversable, language: str) -> tuple[tuple[Card, ...], tuple[Template, ...]]:
    """The cards and templates of one language ("" for English, at the top of each folder)."""
    cards = tuple(parse_card(text, name) for name, text in _files(root, CARDS, ".md", language))
    templates = tuple(
        parse_template(text, name) for name, text in _files(root, TEMPLATES, ".toml", language)
    )
    return cards, templates


def _root(folder: Traversable | str | os.PathLike[str]) -> Traversable:
    return Path(folder) if isinstance(folder, (str, os.PathLike)) else folder


def _files(root: Traversable, kind: str, suffix: str, language: str = "") -> list[tuple[str, str]]:
    """(name for messages, text) of each file in `root/kind` (or its `language` folder),
    sorted by name."""
    if language:
        kind = f"{kind}/{language}"
    folder = root
    for part in kind.split("/"):
        folder = folder / part
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
