"""An entry read from another journal (jrnl, Day One, a folder of Markdown), before it is
made a reflection.

Readers of other formats produce these; the import turns each into a reflection whose notes
hold the text, in a template of its own, so nothing is forced into questions it never
answered. `source_key` names the entry in its own journal (its file and place, or its own
id) and is what makes an import that runs twice add nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportedEntry:
    """One entry of another journal, exactly as its text was written."""

    written_at: dt.datetime
    """When the entry was written, in local time without a zone (the visit date is its date)."""
    title: str
    body: str
    source_key: str
    themes: tuple[str, ...] = ()
    starred: bool = False


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would bring in, shown before anything is written."""

    source: str
    """The file or folder read, as the visitor chose it."""
    entries: tuple[ImportedEntry, ...]
    skipped: int = 0
    """Parts of the source left out on purpose (photos in a Day One export, for instance)."""
    skipped_what: str = ""
    """What was skipped, in a few plain words ("photos"); empty when nothing was."""

    @property
    def first(self) -> dt.datetime | None:
        """The earliest entry's time, if there are entries."""
        return min((e.written_at for e in self.entries), default=None)

    @property
    def last(self) -> dt.datetime | None:
        """The latest entry's time, if there are entries."""
        return max((e.written_at for e in self.entries), default=None)
