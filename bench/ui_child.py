"""The measured process of bench/ui.py: builds Reflect's window as `reflect.app` does.

    python bench/ui_child.py launch FOLDER
    python bench/ui_child.py session FOLDER REFLECTIONS

`launch` prints the wall-clock time (`time.time()`) at the end of the window's first frame
that painted the unlock screen, then exits; the parent subtracts the time it spawned this
process. `session` also waits for that frame, then unlocks, opens reflections and searches
as a visitor would, timing each action to the end of the frame that painted its result.

Before the first frame this imports only `os`, `sys`, `time`, `pathlib` and whatever
`reflect.app` itself imports: never the storage layer or SQLAlchemy.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

# bench/ui.py --code DIR measures another checkout of Reflect (the code before a change),
# put first; once only, as bench/ui_waits.py imports this module again.
for _path in (str(Path(__file__).resolve().parents[1]), os.environ.get("REFLECT_BENCH_CODE")):
    if _path and _path not in sys.path:
        sys.path.insert(0, _path)

OPENS = 21  # reflections opened, spread evenly over the journal
SEARCH_ROUNDS = 3  # times through bench/run.py's QUERIES


def build_window(folder: str) -> tuple[Any, str]:
    """The shown window, built by `reflect.app.build_window` when the app has one.

    Otherwise (`run` builds the window and then blocks in `app.exec()`) the same wiring is
    repeated here, statement for statement, short of the event loop.
    """
    import reflect.app as reflect_app

    build = getattr(reflect_app, "build_window", None)
    if build is not None:
        window = build(folder)
        # A laptop's screen, as the tests use: the offscreen screen is smaller, and there
        # the journal would show its list or its form one at a time, not both.
        window.resize(1366, 768)
        sys.excepthook = _fail  # a bench must end on an error, not wait on a modal dialog
        return window, "reflect.app.build_window"

    import threading

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reflect.session.journal_session import JournalSession
    from reflect.storage.paths import JournalPaths
    from reflect.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reflect")
    paths = JournalPaths.resolve(folder)
    paths.ensure_folder()
    reflect_app.setup_logging(paths.logs)
    settings = QSettings(str(paths.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalSession(paths), reflect_app.load_content, settings)
    reflect_app.install_excepthook(lambda: window, paths.logs)
    sys.excepthook = _fail  # a bench must end on an error, not wait on a modal dialog
    window.show()
    QTimer.singleShot(0, lambda: threading.Thread(target=reflect_app._warm_up, daemon=True).start())
    return window, "copy of reflect.app.run short of app.exec()"


def _fail(exc_type: Any, exc: BaseException, tb: Any) -> None:
    """Print the error and end the process: no one is there to close a dialog."""
    import traceback

    traceback.print_exception(exc_type, exc, tb)
    os._exit(1)


def frame_probe(window: Any) -> Any:
    """An event filter that tells when a frame that painted a watched widget has ended.

    A frame is the window system's expose or paint of the window, or the window's update
    request. The probe delivers that event itself, so that it can read the clock once the
    whole frame has been painted and flushed, and then swallows it (it is not delivered
    twice). Paint events of the watched widgets during the frame say whether they were in it.
    """
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    window_frames = {QEvent.Type.Expose, QEvent.Type.Paint, QEvent.Type.UpdateRequest}

    class FrameProbe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.handle = window.windowHandle()
            self.watched: list[QWidget] = []
            self.painted = False
            self.inside = False
            self.done_at: float | None = None
            self.wall_at: float | None = None
            self.condition: Any = None
            self.on_done: Any = None
            window.installEventFilter(self)
            self.handle.installEventFilter(self)

        def watch(self, widget: QWidget, condition: Any = None, on_done: Any = None) -> None:
            """Wait for a frame that paints `widget` or a widget inside it."""
            self.unwatch()
            self.watched = [widget, *widget.findChildren(QWidget)]
            for each in self.watched:
                each.installEventFilter(self)
            self.done_at = self.wall_at = None
            self.condition, self.on_done = condition, on_done

        def unwatch(self) -> None:
            for each in self.watched:
                each.removeEventFilter(self)
            self.watched = []

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            kind = event.type()
            if obj is self.handle:
                frame = kind in window_frames
            else:
                frame = obj is window and kind == QEvent.Type.UpdateRequest
            if not frame:
                if kind == QEvent.Type.Paint and self.inside and not self.painted:
                    self.painted = any(obj is each for each in self.watched)
                return False
            if self.inside:
                return False
            self.inside, self.painted = True, False
            try:
                obj.event(event)
            finally:
                self.inside = False
            if self.painted and (self.condition is None or self.condition()):
                self.done_at, self.wall_at = time.perf_counter(), time.time()
                self.unwatch()
                if self.on_done is not None:
                    self.on_done()
            return True

    return FrameProbe()


def run_until_painted(probe: Any, timeout_s: float = 120.0) -> float:
    """Run the event loop until the probe's frame has ended; its `perf_counter` time."""
    from PySide6.QtCore import QEventLoop, QTimer

    if probe.done_at is None:
        loop = QEventLoop()
        probe.on_done = loop.quit
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
    if probe.done_at is None:
        raise SystemExit("timed out waiting for a frame")
    return float(probe.done_at)


def launch(folder: str) -> None:
    """Print the wall-clock time the unlock screen was first painted, then exit."""
    import threading

    from PySide6.QtWidgets import QApplication

    window, built_with = build_window(folder)
    probe = frame_probe(window)
    unlock_page = window.entry.unlock_page

    def painted() -> None:
        seen = {
            "painted_at": probe.wall_at,
            "orm_loaded": "sqlalchemy" in sys.modules,
            "storage_loaded": "reflect.storage.journal" in sys.modules,
            "warm_up_started": threading.active_count() > 1,
            "built_with": built_with,
        }
        import json

        print(json.dumps(seen), flush=True)
        os._exit(0)  # the warm-up thread may still be importing: nothing to tidy up

    probe.watch(
        unlock_page,
        condition=lambda: window.stack.currentWidget() is unlock_page,
        on_done=painted,
    )
    QApplication.instance().exec()
    raise SystemExit("the event loop ended before the unlock screen was painted")


def unlock(window: Any, probe: Any, passphrase: str, at_return: Any = None) -> dict[str, Any]:
    """Type the passphrase, press Return, and time it to the list's first painted rows.

    `at_return()`, if given, is called just before Return is pressed (after the typing).
    """
    import threading

    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtTest import QTest

    # A person takes seconds to type a passphrase; by then the warm-up (storage layer and
    # content), which starts after the first paint, has finished: wait for it to start,
    # then for it to end, rather than race it.
    deadline = time.perf_counter() + 5
    while threading.active_count() == 1 and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join()
    field = window.entry.unlock_page.passphrase
    QTest.keyClicks(field, passphrase)
    for _ in range(3):
        QCoreApplication.processEvents()

    from reflect.storage.journal import Journal

    session = window.session
    opening: list[float] = []
    journal_open = Journal.open.__func__  # type: ignore[attr-defined]

    def timed_open(cls: Any, *args: Any, **kwargs: Any) -> Any:  # Argon2id, keying, schema
        started = time.perf_counter()
        try:
            return journal_open(cls, *args, **kwargs)
        finally:
            opening.append((time.perf_counter() - started) * 1000)

    Journal.open = classmethod(timed_open)  # type: ignore[method-assign,assignment]
    if at_return is not None:
        at_return()
    started = time.perf_counter()
    QTest.keyClick(field, Qt.Key.Key_Return)
    handled = time.perf_counter()
    while getattr(window, "journal_page", None) is None:  # opening beside the window
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    pane = window.journal_page.list_pane
    probe.watch(pane.view.viewport(), condition=lambda: pane.model.rowCount() > 0)
    listed = run_until_painted(probe)
    Journal.open = classmethod(journal_open)  # type: ignore[method-assign,assignment]
    if not session.is_open or pane.model.rowCount() == 0:
        raise SystemExit("the journal did not open, or its list is empty")
    return {
        "unlock_to_list_ms": round((listed - started) * 1000, 1),
        "unlock_handler_ms": round((handled - started) * 1000, 1),
        "journal_open_ms": round(opening[0], 1),
    }


def _exists(page: Any, uuid: str) -> bool:
    """Whether the journal still holds `uuid` (asked quietly: opening a missing one says so
    in a dialog, and no one is there to close it)."""
    from reflect.domain.errors import NotFound

    try:
        page.port.get(uuid)
    except NotFound:
        return False
    return True


def open_reflections(window: Any, probe: Any, count: int) -> list[float]:
    """Open up to 21 different reflections spread over the journal (bench/synthetic.py's
    uuids); each is timed from the call to its painted editor."""
    page = window.journal_page
    timings = []
    for spot in sorted({int((i + 0.5) * count / OPENS) for i in range(OPENS)}):
        for index in range(spot, spot + 50):  # the waits bench deletes a few: skip those
            uuid = f"00000000-0000-4000-8000-{index:012d}"
            if not _exists(page, uuid):
                continue
            started = time.perf_counter()
            page.open_reflection(uuid)
            if page.editor.reflection is not None and page.editor.reflection.uuid == uuid:
                break
        else:
            raise SystemExit(f"reflection {uuid} did not open")
        probe.watch(page.editor)
        timings.append((run_until_painted(probe) - started) * 1000)
    if page.saver.dirty:
        raise SystemExit("opening reflections left unsaved edits behind")
    return timings


def search(window: Any, probe: Any, queries: tuple[str, ...]) -> tuple[list[float], dict[str, int]]:
    """Each query from `refresh` (the debounce skipped) to its painted hits."""
    pane = window.journal_page.list_pane
    timings, hits = [], {}
    for _ in range(SEARCH_ROUNDS):
        for query in queries:
            pane.search.blockSignals(True)  # no 200 ms debounce: time the search, not the wait
            pane.search.setText(query)
            pane.search.blockSignals(False)
            started = time.perf_counter()
            pane.refresh()
            probe.watch(pane.view.viewport())
            timings.append((run_until_painted(probe) - started) * 1000)
            hits[query] = pane.model.rowCount()
    return timings, hits


def session(folder: str, count: int) -> None:
    """Unlock, open reflections and search; print the timings and peak memory as JSON."""
    import json
    import resource
    import statistics

    window, built_with = build_window(folder)
    probe = frame_probe(window)
    probe.watch(window.entry.unlock_page)
    run_until_painted(probe)
    orm_at_paint = "sqlalchemy" in sys.modules

    from run import PASSPHRASE, QUERIES

    figures = unlock(window, probe, PASSPHRASE)
    # Steady state, as in bench/run.py: the integrity pass begun at opening (and the daily
    # backup, at the first opening of a day) finish before the remaining figures.
    window.session.journal.wait_for_background()
    opens = open_reflections(window, probe, count)
    searches, hits = search(window, probe, QUERIES)
    figures.update(
        {
            "built_with": built_with,
            "orm_loaded_before_paint": orm_at_paint,
            "open_reflection_ms": round(statistics.median(opens), 1),
            "open_reflection_first_ms": round(opens[0], 1),
            "open_reflection_max_ms": round(max(opens), 1),
            "search_results_ms": round(statistics.median(searches), 1),
            "search_results_max_ms": round(max(searches), 1),
            "search_hits": hits,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    )
    print(json.dumps(figures), flush=True)
    window.session.lock()
    os._exit(0)


if __name__ == "__main__":
    if sys.argv[1] == "launch":
        launch(sys.argv[2])
    elif sys.argv[1] == "session":
        session(sys.argv[2], int(sys.argv[3]))
    else:
        import ui_waits

        if sys.argv[1] == "waits":
            ui_waits.waits(sys.argv[2], int(sys.argv[3]))
        else:
            ui_waits.close_at(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
