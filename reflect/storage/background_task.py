"""Slow work (integrity checks, backups, a delete's backup) done beside the visitor, not before.

Each task uses its own database connection, so it never blocks saving; its outcome is kept
for whoever asks, and an unexpected failure is logged without journal text, never raised
into the application.

Locking must never wait for this work: a task is asked to stop (`stop`), notices at its next
safe point (between backup steps, between chunks of pages) or is interrupted in the middle
of a long statement, and leaves nothing half-done behind.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from reflect.domain.errors import ReflectError

log = logging.getLogger(__name__)


class Stopped(Exception):
    """Raised inside a task at a safe point once it has been asked to stop."""


class StopSignal:
    """What a task's work checks to know it should stop, and how it is interrupted."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._interrupt: Callable[[], None] | None = None
        self.done_of: tuple[int, int] = (0, 0)
        """How far the work has gone, (done, total); total 0 while unknown."""

    def report(self, done: int, total: int) -> None:
        """Say how far the work has gone (read by the window's thread for its status bar)."""
        self.done_of = (done, total)

    @property
    def requested(self) -> bool:
        """True once the task was asked to stop."""
        return self._event.is_set()

    def check(self) -> None:
        """A safe point: raise `Stopped` if the task was asked to stop."""
        if self._event.is_set():
            raise Stopped

    def pause(self, seconds: float) -> None:
        """Wait `seconds` (less if asked to stop meanwhile), then a safe point."""
        self._event.wait(seconds)
        self.check()

    def interrupting(self, interrupt: Callable[[], None] | None) -> None:
        """While a long statement runs, `interrupt` (a connection's) can cut it short."""
        with self._lock:
            self._interrupt = interrupt
            if interrupt is not None and self._event.is_set():
                interrupt()

    def request(self) -> None:
        """Ask the work to stop at its next safe point, interrupting a long statement."""
        with self._lock:
            self._event.set()
            if self._interrupt is not None:
                self._interrupt()


class BackgroundTask:
    """Run `work(stop)` on a daemon thread; `wait()` gives the error it met, if any.

    `on_done(error)` is called on the task's own thread once the work has ended (stopped
    work ends with the error in `stopped_error`, or None when stopping undoes nothing).
    """

    def __init__(
        self,
        name: str,
        work: Callable[[StopSignal], None],
        *,
        on_done: Callable[[ReflectError | None], None] | None = None,
        stopped_error: ReflectError | None = None,
    ) -> None:
        self.name = name
        self.error: ReflectError | None = None
        self.stopped = False
        self.stop_signal = StopSignal()
        self._work = work
        self._on_done = on_done
        self._stopped_error = stopped_error
        self._thread = threading.Thread(target=self._run, name=f"reflect-{name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._work(self.stop_signal)
        except Stopped:
            self.stopped = True
            self.error = self._stopped_error
        except ReflectError as error:
            if self.stop_signal.requested:  # interrupted mid-statement: stopped, not failed
                self.stopped, self.error = True, self._stopped_error
            else:
                self.error = error
        except Exception as error:  # never take the app down from here
            log.error("background task failed: %s", type(error).__name__)
            self.error = ReflectError("A background task of the journal could not finish.")
        if self._on_done is not None:
            try:
                self._on_done(self.error)
            except Exception as error:
                log.error("background task report failed: %s", type(error).__name__)

    @property
    def done(self) -> bool:
        """True once the work has finished (well, badly, or stopped)."""
        return not self._thread.is_alive()

    def stop(self) -> None:
        """Ask the work to stop at its next safe point (returns at once)."""
        self.stop_signal.request()

    def wait(self, timeout: float | None = None) -> ReflectError | None:
        """Block until the work has finished (or `timeout` seconds); the error it met."""
        self._thread.join(timeout)
        return self.error


def stop_all(tasks: Iterable[BackgroundTask | None], budget_s: float) -> bool:
    """Ask every task to stop and wait for them, `budget_s` seconds in all; True if all ended."""
    running = [t for t in tasks if t is not None]
    for task in running:
        task.stop()
    deadline = time.monotonic() + budget_s
    for task in running:
        task.wait(max(0.0, deadline - time.monotonic()))
    return all(t.done for t in running)
