"""The visitor's list of words never to share, as it is kept inside the journal."""

from __future__ import annotations

from collections.abc import Iterable

NEVER_WRITE = "never_write"
"""The journal setting that holds the list, one entry a line."""


def never_write_entries(words: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, non-empty entries, each once (ignoring case), in the order given."""
    seen: set[str] = set()
    entries = []
    for word in words:
        entry = " ".join(word.split())
        if entry and entry.casefold() not in seen:
            seen.add(entry.casefold())
            entries.append(entry)
    return tuple(entries)
