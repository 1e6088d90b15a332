"""What every part of the `Journal` service shares: its connection, key, lock and
background work, and how the journal is closed.

Closing (locking, quitting) never waits for slow work: background tasks are asked to stop
at their next safe point and given a moment; what stops is either done or not done at all.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any, Self, TypeVar

from sqlalchemy import Connection

from reflect.domain.errors import DamagedJournal, JournalClosed
from reflect.domain.progress import Progress, Work
from reflect.storage.background_task import BackgroundTask, stop_all
from reflect.storage.clock import Clock
from reflect.storage.database import connect, translated
from reflect.storage.exchange_records import ExchangeRecords
from reflect.storage.journal_connection import JournalConnection
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock

log = logging.getLogger(__name__)
T = TypeVar("T")

WORK_OF_TASK = {
    "integrity": Work.INTEGRITY_CHECK,
    "backup": Work.BACKUP,
    "copy": Work.BACKUP,
    "delete": Work.DELETE,
}
"""What each kind of background task is called on screen."""
# How long closing waits for background work to reach a safe point: Lock and Quit answer
# within 200 ms, whatever is running.
STOP_BUDGET_S = 0.12


class JournalCore:
    """The state of an open journal and the ways to read, write and close it."""

    def __init__(
        self, paths: JournalPaths, master_key: bytes, lock: ProcessLock, clock: Clock
    ) -> None:
        self.paths = paths
        self._key: bytes | None = master_key
        self._lock = lock
        self._clock = clock
        self._connection: JournalConnection | None = None
        self._turn = threading.RLock()  # see `_write`
        self._backup: BackgroundTask | None = None
        self._copy: BackgroundTask | None = None
        self._copies_reachable: bool | None = None  # None: not looked yet
        self._integrity: BackgroundTask | None = None
        # The integrity check and daily backup prepared at open, until they are begun.
        self._deferred_work: Callable[[], None] | None = None
        # Reflection uuid -> the delete (or the forgetting of its family) under way.
        self._deletes: dict[str, BackgroundTask] = {}
        self.exchange = ExchangeRecords(self._write, self._read, clock)
        """Supervision: this journal's keys, contacts, packets and shared reflections."""

    @property
    def is_open(self) -> bool:
        """True until `lock` or `close`."""
        return self._connection is not None

    def close(self) -> None:
        """Stop background work at a safe point, close the connection, let go of the journal.

        A delete still taking its backup is not done (the reflection stays); one already
        committing finishes first. Never more than a moment's wait.
        """
        self._deferred_work = None  # never begun: nothing to stop
        finished = stop_all(self._background_tasks(), STOP_BUDGET_S)
        if not finished:
            log.warning("background work had not stopped when the journal was closed")
        self._dispose()
        self._key = None
        self._lock.release()

    lock = close  # Locking a journal is closing it: nothing stays open or in memory.

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start_background_work(self) -> None:
        """Begin the integrity check and daily backup prepared at open, if not begun yet.

        `open(defer_background=True)` leaves this to the caller, to be done once the first
        page of the list has been read: started earlier, the work competes with that page
        for the disk and the processor. Does nothing once begun or once the journal is closed.
        """
        work, self._deferred_work = self._deferred_work, None
        if work is not None and self._connection is not None:
            work()

    def background_work(self) -> list[Progress]:
        """The background work still running (integrity check, backups, deletes), and how
        far each has gone: what the status bar shows."""
        return [
            Progress(WORK_OF_TASK.get(task.name, Work.BACKUP), *task.stop_signal.done_of)
            for task in self._background_tasks()
            if task is not None and not task.done
        ]

    def _background_tasks(self) -> list[BackgroundTask | None]:
        # One task forgets a whole family: it is listed under each of its reflections.
        deletes = dict.fromkeys(self._deletes.values())
        return [*deletes, self._integrity, self._backup, self._copy]

    def _dispose(self) -> None:
        with self._turn:  # after a transaction under way beside the window, never inside it
            if self._connection is not None:
                connection, self._connection = self._connection, None
                connection.close()

    def _master_key(self) -> bytes:
        if self._key is None or self._connection is None:
            raise JournalClosed
        return self._key

    def _refuse_if_damaged(self) -> None:
        task = self._integrity
        if task is not None and task.done and isinstance(task.error, DamagedJournal):
            raise task.error  # never write into a file known to be damaged

    # The one connection serves the window's thread and, for an import or a removal, the
    # thread beside it: one statement or transaction at a time, never interleaved.
    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._turn:
            if self._connection is None:
                raise JournalClosed
            self._refuse_if_damaged()
            with (
                translated(writing=True, folder=self.paths.folder),
                self._connection.engine.begin() as conn,
            ):
                yield conn

    def _read(self, work: Callable[[Connection], T]) -> T:
        with self._turn:
            if self._connection is None:
                raise JournalClosed
            with (
                translated(writing=False, folder=self.paths.folder),
                self._connection.engine.connect() as conn,
            ):
                return work(conn)

    def _read_driver(self, work: Callable[[Any], T]) -> T:
        """`_read` for work that goes straight to the sqlcipher3 connection: no engine is
        needed, so opening a journal and reading the first page never build one."""
        with self._turn:
            if self._connection is None:
                raise JournalClosed
            with translated(writing=False, folder=self.paths.folder):
                return work(self._connection.driver)

    def _raw_connection(self) -> Any:
        """A keyed sqlcipher3 connection of its own, for work off the window's thread."""
        key = self._master_key()
        with translated(writing=False, folder=self.paths.folder):
            return connect(self.paths.database, key)

    def wait_for_background(self) -> None:
        """Block until the background integrity check, backups and deletes have finished
        (beginning the work deferred at open first)."""
        self.start_background_work()
        for task in self._background_tasks():
            if task is not None:
                task.wait()

    def verify(self) -> None:
        """Wait for the integrity check begun at open (beginning it now if it was deferred);
        `DamagedJournal` if it found damage."""
        self.start_background_work()
        if self._integrity is not None and (error := self._integrity.wait()) is not None:
            raise error
