"""The session's answers about the journal's folder: which cloud service copies it (until
the visitor keeps it there), and the usual folder to offer instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.files.cloud_folders import SyncedFolder
from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer", "REFLECT_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_a_synced_folder_is_named_until_the_visitor_keeps_it(home: Path) -> None:
    session = JournalSession(JournalPaths(home / "Dropbox" / "Reflect"))
    session.paths.ensure_folder()
    assert session.synced_folder() == SyncedFolder("Dropbox", str(home / "Dropbox"))
    assert session.usual_folder() == str(home / "data" / "Reflect")
    session.keep_in_synced_folder()
    assert session.synced_folder() is None


def test_in_the_usual_folder_nothing_is_asked_or_offered(home: Path) -> None:
    session = JournalSession(JournalPaths.resolve())
    assert session.paths.folder == home / "data" / "Reflect"
    assert session.synced_folder() is None
    assert session.usual_folder() is None


def test_a_move_changes_where_the_session_keeps_the_journal(qtbot: QtBot, home: Path) -> None:
    session = JournalSession(JournalPaths(home / "OneDrive" / "Reflect"))
    session.paths.ensure_folder()
    arrived: list[str] = []
    session.begin_move_folder(str(home / "USB" / "Reflect"), arrived.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(arrived))
    assert arrived == [str(home / "USB" / "Reflect")]
    assert session.data_folder == arrived[0]
    started_again = JournalSession(JournalPaths.resolve(home / "OneDrive" / "Reflect"))
    assert started_again.data_folder == arrived[0]
