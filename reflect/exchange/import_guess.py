"""Which kind of journal a chosen file or folder most likely is, for the import's screen.

A Reflect export says so in its first lines; the other kinds are told apart by the
readers' own `guess_kind`. Only a name and the first bytes are looked at, so the guess is
quick on any file; the visitor can always correct it.
"""

from __future__ import annotations

from pathlib import Path

from reflect.domain.journal_import import ImportKind
from reflect.exchange.readers import ImportRefused, guess_kind
from reflect.exchange.readers.source_files import open_binary_file, shown_name
from reflect.exchange.reflect_json import FORMAT

PEEK = 4096
"""Bytes read to find a Reflect export's `format` (its second line)."""


def is_reflect_export(path: Path) -> bool:
    """True when `path` begins as a Reflect export does."""
    if path.is_dir() or path.suffix.lower() != ".json":
        return False
    try:
        with open_binary_file(path, shown_name(path)) as (handle, _):
            head = handle.read(PEEK)
    except ImportRefused:
        return False
    return head.lstrip().startswith(b"{") and f'"{FORMAT}"'.encode() in head


def guess_import_kind(path: Path) -> ImportKind | None:
    """The kind `path` most likely is; None when it is not clear."""
    if is_reflect_export(path):
        return ImportKind.REFLECT
    guessed = guess_kind(path)
    return ImportKind(guessed) if guessed else None
