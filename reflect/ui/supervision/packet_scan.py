"""Looking for packets in the exchange folder beside the window, never in its way.

A folder synced by an agency can hold thousands of files and other people's packets;
listing and trying them happens on a pool thread. The scan gets a snapshot of what it
needs (never the journal itself), and is cancelled on lock: it stops at the next file, and
whatever it found is dropped.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from reflect.domain.errors import ReflectError
from reflect.exchange.exchange_folder import IncomingPacket, PacketReader, scan

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished scan back to the window's thread (a queued signal)."""

    done = Signal(int, object, object)


class _Job(QRunnable):
    def __init__(
        self, folder: Path, reader: PacketReader, stop: threading.Event, relay: _Relay, n: int
    ) -> None:
        super().__init__()
        self._folder, self._reader, self._stop = folder, reader, stop
        self._relay, self._n = relay, n

    def run(self) -> None:
        found: list[IncomingPacket] = []
        problem: ReflectError | None = None
        try:
            found = scan(self._folder, self._reader, self._stop.is_set)
        except ReflectError as error:
            problem = error
        except Exception as error:  # never take the app down from a pool thread
            log.error("looking for packets failed: %s", type(error).__name__)
            problem = ReflectError(
                QCoreApplication.translate(
                    "PacketScan",
                    "The exchange folder could not be looked through. Try again in a moment.",
                )
            )
        self._reader = None  # type: ignore[assignment]  # let go of the keys at once
        if not self._stop.is_set():
            # RuntimeError: the window closed while the scan ran, and nobody is waiting.
            with contextlib.suppress(RuntimeError):
                self._relay.done.emit(self._n, found, problem)


class PacketScan(QObject):
    """One scan at a time; `start` calls `report(found, problem)` on the window's thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._stop = threading.Event()
        self._n = 0
        self._report: Callable[[list[IncomingPacket], ReflectError | None], None] | None = None

    def start(
        self,
        folder: Path,
        reader: PacketReader,
        report: Callable[[list[IncomingPacket], ReflectError | None], None],
    ) -> None:
        """Look in `folder` (cancelling any scan still running)."""
        self.cancel()
        self._stop = threading.Event()
        self._n += 1
        self._report = report
        QThreadPool.globalInstance().start(_Job(folder, reader, self._stop, self._relay, self._n))

    def cancel(self) -> None:
        """Stop the running scan at its next file and drop what it found."""
        self._stop.set()
        self._report = None

    def _finished(self, n: int, found: object, problem: object) -> None:
        report = self._report
        if n != self._n or report is None:
            return  # an older scan, or cancelled after it had finished
        self._report = None
        report(found, problem)  # type: ignore[arg-type]
