"""Real windows over real encrypted journals in tmp_path, driven with qtbot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.app import load_content
from reflect.domain.library import Library
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.windows import PASSPHRASE, make_window

STARTING_LOCALE = QLocale()
"""The locale the run began with (the machine's), before any test chose a language."""


@pytest.fixture(autouse=True)
def locale_as_found() -> Iterator[None]:
    """Every test ends with the locale the run began with: a test that chooses a language
    (Spanish, or English as this computer's country writes it) never changes how the next
    test's dates read."""
    yield
    QLocale.setDefault(STARTING_LOCALE)


@pytest.fixture(autouse=True)
def look_as_found(qapp: QApplication) -> Iterator[None]:
    """Every test ends with the look the run began with: a window applies Reflect's theme
    to the whole application, and the next test's widgets would otherwise inherit it."""
    style, palette = qapp.style().name(), qapp.palette()
    yield
    if qapp.styleSheet():
        qapp.setStyleSheet("")
    if qapp.style().name() != style:  # read once the stylesheet no longer hides it
        qapp.setStyle(style)
        qapp.setProperty("reflectStyle", style)
    qapp.setPalette(palette)


@pytest.fixture(scope="session")
def library() -> Library:
    return load_content()  # type: ignore[no-any-return]


@pytest.fixture
def paths(tmp_path: Path) -> JournalPaths:
    return JournalPaths(tmp_path / "journal")


@pytest.fixture
def existing(paths: JournalPaths) -> tuple[JournalPaths, str]:
    """A journal made beforehand (closed) and its recovery key."""
    journal, key = Journal.create(paths, PASSPHRASE)
    journal.close()
    return paths, key


@pytest.fixture
def unlocked(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> Iterator[MainWindow]:
    """A window that has been unlocked through its own unlock screen."""
    paths, _ = existing
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    yield window
    window.session.lock()
