"""Slow, read-only work (integrity checks, daily backups) done beside the visitor, not before.

Each task uses its own database connection, so it never blocks saving; its outcome is kept
for whoever asks, and an unexpected failure is logged without journal text, never raised
into the application.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from reflect.domain.errors import ReflectError

log = logging.getLogger(__name__)


class BackgroundTask:
    """Run `work` on a daemon thread; `wait()` gives the error it met, if any."""

    def __init__(self, name: str, work: Callable[[], None]) -> None:
        self.error: ReflectError | None = None
        self._work = work
        self._thread = threading.Thread(target=self._run, name=f"reflect-{name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._work()
        except ReflectError as error:
            self.error = error
        except Exception as error:  # never take the app down from here
            log.error("background task failed: %s", type(error).__name__)
            self.error = ReflectError("A background task of the journal could not finish.")

    @property
    def done(self) -> bool:
        """True once the work has finished (well or badly)."""
        return not self._thread.is_alive()

    def wait(self) -> ReflectError | None:
        """Block until the work has finished; the error it met, or None."""
        self._thread.join()
        return self.error
