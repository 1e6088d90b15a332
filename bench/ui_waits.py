"""What bench/ui_child.py measures of waiting: deleting, locking, quitting, and stalls.

    python bench/ui_child.py waits FOLDER REFLECTIONS
    python bench/ui_child.py lock|quit FOLDER REFLECTIONS integrity|backup|delete

`waits` unlocks with a daily backup due (the bench arranges that it is), and while a 10 ms
timer ticks on the window's thread it records the longest gap between ticks in each phase:
the unlock, the background work begun at unlock (integrity check and daily backup), a
delete (until its background work is done) and searches. It also times the delete itself:
`JournalPage.delete_current` (confirmation answered) to the painted list without the row.

`lock` and `quit` unlock, reach a moment (just after unlock, while the integrity check
runs; during the daily backup; just after a delete) and time Lock (`MainWindow.lock`, to
the painted unlock screen) or Quit (`MainWindow.close`, which locks the journal, to its
return).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

from run import PASSPHRASE, QUERIES  # (it puts this checkout first on sys.path)
from ui_child import build_window, frame_probe, run_until_painted, search, unlock

if os.environ.get("REFLECT_BENCH_CODE"):  # --code: that checkout first again
    sys.path.insert(0, os.environ["REFLECT_BENCH_CODE"])


class StallMeter:
    """A 10 ms timer on the window's thread; the longest gap between its ticks per phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "idle"
        self.worst: dict[str, float] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), gap)

    def enter(self, phase: str) -> None:
        """Count the gaps from here on under `phase` (the gap in flight counts there too)."""
        self.phase = phase


def background_running() -> bool:
    """True while any of the journal's background threads is alive."""
    return any(t.name.startswith("reflect-") and t.is_alive() for t in threading.enumerate())


def spin(until: Any, timeout_s: float = 600.0) -> None:
    """Run the event loop (so the timer ticks) until `until()` is true."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout_s
    while not until() and time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.002)


def daily_backup_due() -> None:
    """Make the first unlock of this process take the daily backup, as on a new day."""
    from reflect.storage.journal import Journal

    Journal._daily_backup_due = lambda self: True  # type: ignore[method-assign]


ERRORS_SHOWN: list[str] = []


def answer_dialogs() -> None:
    """Confirmations are answered yes; error messages are counted instead of waiting."""
    from reflect.ui.widgets import messages

    messages.confirm = lambda *args, **kwargs: True
    messages.show_error = lambda parent, error: ERRORS_SHOWN.append(type(error).__name__)


def delete_one(
    window: Any, probe: Any, count: int, meter: StallMeter | None = None
) -> tuple[float, str]:
    """Open a reflection from the middle of the journal and delete it; the milliseconds
    from `delete_current` to the painted list without it."""
    page = window.journal_page
    pane = page.list_pane
    answer_dialogs()
    rng = random.Random()
    for _ in range(50):  # one not deleted by an earlier run
        uuid = f"00000000-0000-4000-8000-{rng.randrange(count):012d}"
        page.open_reflection(uuid)
        if page.editor.reflection is not None and page.editor.reflection.uuid == uuid:
            break
    else:
        raise SystemExit("no reflection to delete")
    probe.watch(page.editor)
    run_until_painted(probe)
    if meter is not None:
        meter.enter("delete")
    started = time.perf_counter()
    page.delete_current()
    probe.watch(pane.view.viewport(), condition=lambda: pane.model.row_of(uuid) is None)
    painted = run_until_painted(probe)
    return (painted - started) * 1000, uuid


def unlocked_window(folder: str) -> tuple[Any, Any]:

    window, _ = build_window(folder)
    probe = frame_probe(window)
    probe.watch(window.entry.unlock_page)
    run_until_painted(probe)
    return window, probe


def waits(folder: str, count: int) -> None:
    """Stalls in each phase, and the delete's time to the painted list."""
    window, probe = unlocked_window(folder)
    daily_backup_due()
    meter = StallMeter()
    meter.enter("typing")  # the warm-up a person's typing hides, and synthetic keystrokes

    def at_return() -> None:
        spin(lambda: False, 0.05)  # the timer ticks once the typing is over
        meter.enter("unlock")

    figures = unlock(window, probe, PASSPHRASE, at_return)
    meter.enter("background")
    started = time.perf_counter()
    spin(background_running, 10)  # begun on the turn after the first page
    spin(lambda: not background_running())
    background_s = time.perf_counter() - started
    meter.enter("open")  # the first reflection opened builds the form
    delete_ms, _uuid = delete_one(window, probe, count, meter)
    started = time.perf_counter()
    spin(lambda: not background_running())
    delete_done_s = time.perf_counter() - started
    meter.enter("search")
    searches, _hits = search(window, probe, QUERIES)
    meter.enter("idle")
    spin(lambda: True)
    print(
        json.dumps(
            {
                "delete_ms": round(delete_ms, 1),
                "delete_background_s": round(delete_done_s, 2),
                "background_at_unlock_s": round(background_s, 2),
                "unlock_to_list_ms": figures["unlock_to_list_ms"],
                "search_results_ms": round(statistics.median(searches), 1),
                "errors": ERRORS_SHOWN,
                "stall_ms": {
                    k: round(v, 1)
                    for k, v in meter.worst.items()
                    if k not in {"idle", "open", "typing"}
                },
            }
        ),
        flush=True,
    )
    os._exit(0)


def close_at(action: str, folder: str, count: int, moment: str) -> None:
    """Time Lock or Quit at `moment`: 'integrity', 'backup' or 'delete'."""
    window, probe = unlocked_window(folder)
    answer_dialogs()
    if moment == "backup":
        daily_backup_due()
    unlock(window, probe, PASSPHRASE)
    if moment == "integrity":  # until the check (begun after the first page) is running
        spin(
            lambda: any(
                t.name == "reflect-integrity" and t.is_alive() for t in threading.enumerate()
            ),
            30,
        )
    elif moment == "backup":  # until the daily backup is being written
        backups = Path(folder) / "backups"
        spin(lambda: any(p.name.endswith(".partial") for p in backups.iterdir()))
    elif moment == "delete":
        delete_one(window, probe, count)
    busy = background_running()
    started = time.perf_counter()
    if action == "lock":
        window.lock()
        probe.watch(
            window.entry.unlock_page,
            condition=lambda: window.stack.currentWidget() is window.entry.unlock_page,
        )
        ended = run_until_painted(probe)
    else:
        window.close()
        ended = time.perf_counter()
    if window.session.is_open:
        raise SystemExit("the journal is still open")
    key = f"{action}_ms"
    result = {key: round((ended - started) * 1000, 1), "busy": busy, "errors": ERRORS_SHOWN}
    print(json.dumps(result), flush=True)
    os._exit(0)
