"""What the export, print and import screens' tests share: a real window over a real
journal holding one of everything (`tests.helpers.full_journal`), unlocked through its own
unlock screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.full_journal import Filled, fill
from tests.helpers.passphrases import FAST, PASSPHRASE
from tests.helpers.windows import make_window, settled


@pytest.fixture
def filled(tmp_path: Path) -> tuple[JournalPaths, Filled]:
    """A closed journal with one of everything in it."""
    paths = JournalPaths(tmp_path / "journal")
    with Journal.create(paths, PASSPHRASE, kdf=FAST)[0] as journal:
        made = fill(journal)
    return paths, made


@pytest.fixture
def window(qtbot: QtBot, filled: tuple[JournalPaths, Filled]) -> Iterator[MainWindow]:
    """The filled journal in a window, unlocked, its three reflections listed."""
    window = make_window(qtbot, filled[0])
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    settled(window)
    qtbot.waitUntil(lambda: window.journal_page.list_pane.model.rowCount() == 3)
    yield window
    window.session.lock()
    qtbot.waitUntil(lambda: not window.session.errands.busy, timeout=15_000)
