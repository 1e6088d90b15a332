"""Readers of other journals' files: jrnl, Day One and folders of Markdown notes.

Each reads a file or folder whole and returns an `ImportPreview` of `ImportedEntry`s, or
raises an `ImportRefused` (a `ReflectError`) whose fixed sentence says what to do and
whose `file` and `line` say where. They never write, never unpack to disk, and take in no
more than `limits` allows. `read_entries(kind, path)` is the one way in.
"""

from __future__ import annotations

from reflect.exchange.readers.kinds import KINDS, guess_kind, read_entries
from reflect.exchange.readers.problems import ImportRefused

__all__ = ["KINDS", "ImportRefused", "guess_kind", "read_entries"]
