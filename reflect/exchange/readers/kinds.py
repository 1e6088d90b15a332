"""The one way in for the import and the command line: a kind of journal and a path.

    read_entries("jrnl", Path("journal.txt"))     # or "dayone", "markdown"

Each kind reads the whole source or refuses it with an `ImportRefused` naming the file
(and the line, where one is to blame); nothing is ever returned half read. A source of
the right kind holding no entries gives an empty preview, for the screen to say so.
`guess_kind` looks at a path cheaply (its name, its first bytes) for a file picker.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from reflect.domain.imported_entry import ImportPreview
from reflect.exchange.readers.dayone import read_dayone
from reflect.exchange.readers.dayone_zip import ZIP_MARKS
from reflect.exchange.readers.jrnl import read_jrnl
from reflect.exchange.readers.jrnl_entries import is_encrypted
from reflect.exchange.readers.markdown_folder import NOTE_SUFFIXES, read_markdown_folder
from reflect.exchange.readers.problems import ImportRefused
from reflect.exchange.readers.source_files import open_binary_file, shown_name

READERS: dict[str, Callable[[Path], ImportPreview]] = {
    "jrnl": read_jrnl,
    "dayone": read_dayone,
    "markdown": read_markdown_folder,
}
KINDS = tuple(READERS)
"""The kinds of journal Reflect imports: `jrnl`, `dayone`, `markdown`."""

_PEEK = 64 * 1024
_JRNL_DATE = re.compile(rb"\s*\[\d{4}-\d")


def read_entries(kind: str, path: Path) -> ImportPreview:
    """Everything a source of `kind` at `path` holds, or `ImportRefused` saying why not.

    `kind` is one of `KINDS`; any other is a programming mistake (`ValueError`).
    """
    try:
        reader = READERS[kind]
    except KeyError:
        raise ValueError(f"no reader for {kind!r}") from None
    return reader(path)


def guess_kind(path: Path) -> str | None:
    """The kind `path` most likely is, from its name and first bytes; None if unsure."""
    if path.is_dir():
        return "markdown"
    if path.suffix.lower() in NOTE_SUFFIXES:
        return None  # a single note: the folder holding it is what is imported
    try:
        with open_binary_file(path, shown_name(path)) as (handle, _):
            head = handle.read(_PEEK)
    except ImportRefused:
        return None
    head = head.removeprefix(codecs.BOM_UTF8)
    if head.startswith(ZIP_MARKS):
        return "dayone"
    if is_encrypted(head) or _JRNL_DATE.match(head):
        return "jrnl"
    if head.lstrip().startswith(b"{"):
        if b'"creationDate"' in head or b'"metadata"' in head:
            return "dayone"
        if b'"entries"' in head:
            return "jrnl"
    return None
