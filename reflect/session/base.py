"""What every part of the session shares: the paths, the journal while it is open, and the
change signals it emits after each operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.domain.errors import JournalClosed
from reflect.storage.paths import JournalPaths
from reflect.ui.changes import JournalChanges

if TYPE_CHECKING:  # imported on first need at run time (after the first paint)
    from reflect.storage.journal import Journal


class SessionBase:
    """The open `Journal` (or None once locked) and the `JournalChanges` it reports to."""

    def __init__(self, paths: JournalPaths, changes: JournalChanges | None = None) -> None:
        self.paths = paths
        self.changes = changes if changes is not None else JournalChanges()
        self.journal: Journal | None = None

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""
        return self.journal is not None and self.journal.is_open

    @property
    def data_folder(self) -> str:
        """The folder the journal, its backups and settings live in."""
        return str(self.paths.folder)

    def _open(self) -> Journal:
        """The open journal, or `JournalClosed` (a page asked after locking)."""
        if self.journal is None or not self.journal.is_open:
            raise JournalClosed
        return self.journal
