"""Building something big a piece per turn of the event loop, so the window keeps painting.

The steps are a generator that yields between pieces. `start` runs one piece per turn;
`then` runs something once the last piece is done; `finish` runs whatever is left at once,
for when the result is needed now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


class StagedBuild(QObject):
    """Drives `steps` to the end, a step per turn after `start`, or all at once in `finish`."""

    def __init__(self, steps: Iterator[None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[None] | None = steps
        self._afterwards: list[Callable[[], None]] = []

    @property
    def done(self) -> bool:
        """True once every step has run."""
        return self._steps is None

    def start(self) -> None:
        """Run the steps one per turn of the event loop (returns at once)."""
        QTimer.singleShot(0, self, self._step)

    def then(self, afterwards: Callable[[], None]) -> None:
        """Call `afterwards` once every step has run (now, if they have)."""
        if self.done:
            afterwards()
        else:
            self._afterwards.append(afterwards)

    def finish(self) -> None:
        """Run every step left, now."""
        while self._steps is not None:
            self._advance()
        self._run_afterwards()

    def _step(self) -> None:
        if self._steps is not None:
            self._advance()
            if self._steps is not None:
                QTimer.singleShot(0, self, self._step)

    def _advance(self) -> None:
        assert self._steps is not None
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            # On the next turn, so that the window paints between the last step and them.
            QTimer.singleShot(0, self, self._run_afterwards)

    def _run_afterwards(self) -> None:
        waiting, self._afterwards = self._afterwards, []
        for afterwards in waiting:
            afterwards()
