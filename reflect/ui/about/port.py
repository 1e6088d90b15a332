"""What the About box needs from the session: where the journal is kept, and which journal
format this Reflect reads and writes. It works with the journal locked."""

from __future__ import annotations

from typing import Protocol


class AboutPort(Protocol):
    """Nothing here opens or reads the journal."""

    @property
    def data_folder(self) -> str:
        """The folder the journal, its backups and settings live in."""

    @property
    def in_usual_folder(self) -> bool:
        """True when that folder is the usual one for this computer's user; False when
        another was chosen (a folder given when Reflect was started, or picked when the
        journal was made)."""

    def journal_format(self) -> str:
        """The journal format (its schema revision) this Reflect reads and writes."""
