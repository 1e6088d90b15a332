"""How much of another journal's files a reader will take in, before reading any of it.

A file to import comes from anywhere: a journal of ten years, a mistaken pick of a movie,
a zip made to explode. Each limit is checked before the bytes are read (from the file's
size, or from a zip's own directory), and again while reading, so a 10 GB file costs a
look at its size and nothing more.
"""

from __future__ import annotations

MAX_TEXT_BYTES = 50 * 1024 * 1024
"""A jrnl journal, a jrnl or Day One JSON export: far above ten years of daily writing."""

MAX_ZIP_BYTES = 200 * 1024 * 1024
"""A Day One export as a .zip, photos included (the photos are never unpacked)."""

MAX_UNPACKED_BYTES = MAX_TEXT_BYTES
"""All the JSON files inside one Day One .zip together, once unpacked: a zip bomb stops here."""

MAX_ZIP_MEMBERS = 100_000
"""Files listed in one .zip; its directory is checked before it is read."""

MAX_FOLDER_BYTES = MAX_TEXT_BYTES
"""All the Markdown notes of one folder together."""

MAX_FOLDER_ITEMS = 100_000
"""Files and folders looked at under a chosen folder (a home folder picked by mistake)."""

MAX_FOLDER_DEPTH = 32
"""Folders inside folders, below the chosen one."""

MAX_JSON_DEPTH = 64
"""Nesting in a JSON export (Day One's deepest is under ten)."""

MAX_JSON_CONTAINERS = 2_000_000
"""Objects and lists in one JSON export: some twenty for each of 100,000 entries."""

TITLE_CHARS = 80
"""A title made from a first line is cut, at a word, to this many characters."""
