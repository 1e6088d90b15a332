"""Slow journal work run beside the window, with its answer delivered back on the window's
thread: opening (the key derivation alone takes about 0.2 s by design), restoring, backing
up, importing.

The work itself touches no widget and emits no signal; only `then` and `failed`, run on the
window's thread once the work is over, may do so. While work runs the window keeps painting,
so a progress note can move and a visitor can keep writing.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reflect.domain.errors import ReflectError
from reflect.domain.progress import Progress, Work

log = logging.getLogger(__name__)
T = TypeVar("T")


def _unexpected() -> ReflectError:
    return ReflectError(
        QCoreApplication.translate(
            "Errands",
            "Something unexpected stopped that from finishing. Nothing you wrote is lost; "
            "please try again.",
        )
    )


class Errands(QObject):
    """Runs errands one after another, in the order asked, on one daemon thread: two ways
    in, or a restore and a backup, never run at once.

    `busy` is True while any errand runs; `settled` is emitted each time the last one ends
    (the status bar and tests wait on it).
    """

    settled = Signal()
    _finished = Signal(object)  # a callable to run on the window's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = 0
        self._finished.connect(self._deliver)  # queued: emitted from the errand's thread
        # Each waiting errand: its name, whether a newer one of that name replaces it, and
        # what the thread runs.
        self._waiting: collections.deque[tuple[str, bool, Callable[[], None]]] = collections.deque()
        self._lock = threading.Lock()
        self._worker = False  # a thread is working through `_waiting`; it ends when empty
        self._shows: Work | None = None
        self._how_far: Callable[[], tuple[int, int]] | None = None
        self._thread: threading.Thread | None = None

    def wait(self) -> None:
        """Block until every errand has run (on quitting: a restore is never cut short)."""
        while (thread := self._thread) is not None and thread.is_alive():
            thread.join()
            if thread is self._thread:
                return

    def under_way(self) -> list[Progress]:
        """The errand running now, if it is one the status bar names, and how far it has
        gone when it says (its length unknown otherwise)."""
        shows, how_far = self._shows, self._how_far
        if shows is None:
            return []
        return [Progress(shows, *how_far())] if how_far is not None else [Progress(shows)]

    @property
    def busy(self) -> bool:
        """True while an errand is under way."""
        return self._running > 0

    def run(
        self,
        name: str,
        work: Callable[[], T],
        then: Callable[[T], None],
        failed: Callable[[ReflectError], None],
        *,
        shows: Work | None = None,
        how_far: Callable[[], tuple[int, int]] | None = None,
        only_latest: bool = False,
    ) -> None:
        """Call `work()` on a thread; then, on the window's thread, `then(result)`, or
        `failed(error)` if it (or `then`) raised a `ReflectError`. Anything else is logged
        by type only (a message could quote journal text) and reported as a calm sentence.

        While it runs, `under_way()` names it as `shows` (for the status bar), if given,
        with `how_far()` as its (done, total) when that is given too.
        With `only_latest`, an errand of the same name still waiting its turn is dropped
        (neither its `then` nor its `failed` is called): a search typed letter by letter
        runs for the newest letters, not once for every letter on the way.
        """
        self._running += 1

        def finish(outcome: Callable[[], None]) -> None:
            try:
                outcome()
            except ReflectError as error:
                failed(error)
            finally:
                self._running -= 1
                if not self._running:
                    self.settled.emit()

        def on_thread() -> None:
            outcome: Callable[[], None]
            self._shows, self._how_far = shows, how_far
            try:
                result = work()
            except ReflectError as error:
                outcome = functools.partial(failed, error)
            except Exception as error:  # never take the app down from a thread
                log.error("%s failed: %s", name, type(error).__name__)
                outcome = functools.partial(failed, _unexpected())
            else:
                outcome = functools.partial(then, result)
            finally:
                self._shows = self._how_far = None
            # RuntimeError: the window closed while the work ran, and nobody is waiting.
            with contextlib.suppress(RuntimeError):
                self._finished.emit(lambda: finish(outcome))

        with self._lock:
            if only_latest:
                before = len(self._waiting)
                self._waiting = collections.deque(
                    e for e in self._waiting if not (e[0] == name and e[1])
                )
                self._running -= before - len(self._waiting)
            self._waiting.append((name, only_latest, on_thread))
            if self._worker:
                return
            self._worker = True
            thread = self._thread = threading.Thread(
                target=self._work, name="reflect-errands", daemon=True
            )
        thread.start()

    def post(self, call: Callable[[], None]) -> None:
        """Run `call` on the window's thread, from any thread (the journal's own background
        work answers this way)."""
        # RuntimeError: the window closed meanwhile, and nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(call)

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._worker = False
                    return
                _name, _latest, errand = self._waiting.popleft()
            errand()

    def _deliver(self, outcome: Any) -> None:
        outcome()
