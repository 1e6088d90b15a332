"""What every part of the session shares: the paths, the journal while it is open, and the
change signals it emits after each operation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from reflect.domain.errors import JournalBusy, JournalClosed, ReflectError
from reflect.domain.progress import Work
from reflect.session.errands import Errands
from reflect.storage.paths import JournalPaths
from reflect.ui.changes import JournalChanges

if TYPE_CHECKING:  # imported on first need at run time (after the first paint)
    from reflect.storage.journal import Journal

T = TypeVar("T")


class SessionBase:
    """The open `Journal` (or None once locked) and the `JournalChanges` it reports to."""

    def __init__(self, paths: JournalPaths, changes: JournalChanges | None = None) -> None:
        self.paths = paths
        self.changes = changes if changes is not None else JournalChanges()
        self.journal: Journal | None = None
        self.errands = Errands(self.changes)
        """Slow work beside the window; `errands.settled` when the last piece is over."""
        self._generation = 0  # raised by each lock: what was begun before it is dropped
        self._restoring: Journal | None = None  # the journal a restore is replacing

    def _errand(
        self,
        name: str,
        work: Callable[[], T],
        then: Callable[[T], None],
        failed: Callable[[ReflectError], None],
        *,
        shows: Work | None = None,
        how_far: Callable[[], tuple[int, int]] | None = None,
        after: Callable[[], None] | None = None,
        only_latest: bool = False,
    ) -> None:
        """Run `work` beside the window; `then` or `failed` on the window's thread, unless
        the journal was locked meanwhile (then nobody is waiting for the answer). `after`
        runs on the window's thread either way, first. With `only_latest`, a newer errand
        of the same name replaces this one while it waits (see `Errands.run`); it then
        takes no `after`, which would never run. `how_far()` says how far it has gone, for
        the status bar."""
        assert not (only_latest and after), "a replaced errand would never run its `after`"
        generation = self._generation

        def answer(result: T) -> None:
            if after is not None:
                after()
            if generation == self._generation:
                then(result)

        def refused(error: ReflectError) -> None:
            if after is not None:
                after()
            if generation == self._generation:
                failed(error)

        self.errands.run(
            name, work, answer, refused, shows=shows, how_far=how_far, only_latest=only_latest
        )

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
        if self._restoring is not None:
            raise JournalBusy  # the restore has it to itself until it is whole again
        return self.journal
