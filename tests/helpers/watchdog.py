"""Running code that could hang (a pipe, a device, a huge cost) so a hang fails instead.

The work runs in a daemon thread; if it has not finished in time the test fails at once and
the thread is abandoned (it dies with the test process), so the suite never hangs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def within(seconds: float, work: Callable[[], T]) -> T:
    """`work()`'s result or exception, provided it finishes within `seconds`."""
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # handed back to the test below
            outcome.append((False, error))

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if not outcome:
        raise AssertionError(f"still running after {seconds} s: it would hang")
    assert time.monotonic() - started <= seconds
    done, value = outcome[0]
    if not done:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
