"""The one place that builds the application: paths, settings, logging, the journal, the window.

Start-up imports only Qt and a few small modules; the storage layer, SQLAlchemy and the
content are loaded after the first screen is painted.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from reflect.crash_dumps import keep_out_of_crash_dumps
from reflect.storage.paths import JournalPaths

log = logging.getLogger("reflect")
SETTINGS_FILE = "settings.ini"
"""The window's settings, kept in the journal's folder."""
QUIT_AFTER_FIRST_PAINT = "REFLECT_QUIT_AFTER_FIRST_PAINT"
"""Set, Reflect prints the time its window first painted and quits: how `bench/bundle.py`
times the start of a bundle, which no benchmark code can be put inside."""


def setup_logging(folder: Path) -> None:
    """Log to a small rotating file in the data folder (owner-only; never journal text)."""
    import logging.handlers

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = str(folder / "reflect.log")
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == target for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=256_000, backupCount=2, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if os.name == "posix":
        os.chmod(folder / "reflect.log", 0o600)


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where an unexpected error happened: its type and the code lines, never its message
    (a message can quote whatever was being processed, including journal text)."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{exc_type.__name__} at {where}"


def install_excepthook(window_getter: Any, log_folder: Path) -> None:
    """Unexpected exceptions: a calm dialog, a log line without journal text, no traceback."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected: %s", describe(exc_type, tb))
        from reflect.domain.errors import ReflectError
        from reflect.ui.widgets import messages

        if isinstance(exc, ReflectError):  # one no page caught still has a sentence to say
            messages.show_error(window_getter(), exc)
            return
        messages.show_unexpected(window_getter(), str(log_folder))

    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error("unexpected in thread: %s", describe(args.exc_type, args.exc_traceback))

    threading.excepthook = thread_hook


@functools.cache
def load_content(language: str = "en") -> Any:
    """The cards and templates in `language`, loaded once."""
    from reflect.content import load_library

    return load_library(language=language)


def _warm_up(language: str) -> None:
    """Import the storage layer and the workspace's pages, and load content, in the
    background while the visitor types."""
    import reflect.storage.journal
    import reflect.ui.workspace_pages  # noqa: F401

    load_content(language)


def build_window(data_dir: str | None = None, *, demo: bool = False) -> Any:
    """Everything `run` sets up, short of the event loop: the window, shown."""
    keep_out_of_crash_dumps()  # before anything is decrypted
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reflect.session.journal_session import JournalSession
    from reflect.ui.main_window import MainWindow
    from reflect.ui.widgets.app_icon import app_icon
    from reflect.ui.widgets.language import install_translators, language_to_use

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reflect")
    # The desktop file's name lets Linux desktops match the window to its launcher.
    QApplication.setDesktopFileName("reflect")
    QApplication.setWindowIcon(app_icon())
    demo_passphrase = None
    demo_folder = None
    if demo:
        from reflect.demo import DEMO_PASSPHRASE, create_demo_journal
        from reflect.demo.demo_folders import DemoFolder, remove_leftovers

        remove_leftovers()  # of demos that crashed or were killed
        demo_folder = DemoFolder.create()
        create_demo_journal(demo_folder.path)
        paths = JournalPaths(demo_folder.path)
        demo_passphrase = DEMO_PASSPHRASE
    else:
        paths = JournalPaths.resolve(data_dir)
    paths.ensure_folder()
    setup_logging(paths.logs)
    settings = QSettings(str(paths.folder / SETTINGS_FILE), QSettings.Format.IniFormat)
    language = language_to_use(settings)
    install_translators(app, language)
    window = MainWindow(JournalSession(paths), functools.partial(load_content, language), settings)
    # Kept with the window, which outlives this call: `close_demo` removes it after closing.
    cast(Any, window).demo_folder = demo_folder
    if demo_passphrase:
        window.entry.unlock_page.show_demo_passphrase(demo_passphrase)
    install_excepthook(lambda: window, paths.logs)

    window.entry.folder_changed.connect(functools.partial(_move_to, window, [paths.folder]))
    window.show()
    warm_up = threading.Thread(target=_warm_up, args=(language,), daemon=True)
    _after_first_paint(window, warm_up.start)
    return window


def _move_to(window: Any, was_in: list[Path], folder: str) -> None:
    """The journal is kept in `folder` from now on (chosen on the first screens): so are
    its log and the window's settings (the workspace, which reads them, is built after)."""
    from PySide6.QtCore import QSettings

    stop_logging(was_in[0])
    was_in[0] = Path(folder)
    logs = JournalPaths(Path(folder)).logs
    setup_logging(logs)
    install_excepthook(lambda: window, logs)
    window.settings.sync()
    window.settings = QSettings(str(Path(folder) / SETTINGS_FILE), QSettings.Format.IniFormat)


def _after_first_paint(window: Any, then: Any) -> None:
    """Run `then` once the window has painted for the first time (not before)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    # Keep the Python side alive until it fires (a window may have more than one).
    window.first_paint_watchers = [*getattr(window, "first_paint_watchers", []), watcher]


def run(data_dir: str | None = None, *, demo: bool = False) -> int:
    """Start Reflect and return its exit status (1, with a sentence on stderr, when a
    system library the window needs is missing)."""
    from reflect.display_libraries import check_before_window

    missing = check_before_window()
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    window = build_window(data_dir, demo=demo)
    app = QApplication.instance()
    assert app is not None
    if os.environ.get(QUIT_AFTER_FIRST_PAINT):
        _after_first_paint(window, functools.partial(_painted_then_quit, app))
    status = int(app.exec())
    window.session.errands.wait()  # a restore under way is never cut short by quitting
    app.processEvents()  # its answer, which closes the journal it restored
    window.session.lock()
    close_demo(window)
    return status


def _painted_then_quit(app: Any) -> None:
    """Print the wall-clock time of the first paint, then quit (see QUIT_AFTER_FIRST_PAINT)."""
    import time

    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()


def close_demo(window: Any) -> None:
    """Delete the demo's throwaway folder, if `window` shows one (its journal is closed)."""
    demo_folder = getattr(window, "demo_folder", None)
    if demo_folder is None:
        return
    stop_logging(demo_folder.path)
    demo_folder.remove()
    window.demo_folder = None


def stop_logging(folder: Path) -> None:
    """Close the log files kept inside `folder`, so it can be deleted (Windows refuses to
    delete a file still open)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        target = getattr(handler, "baseFilename", None)
        if target is not None and Path(target).is_relative_to(folder):
            root.removeHandler(handler)
            handler.close()
