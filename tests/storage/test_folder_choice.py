"""The answer about a folder a cloud service copies is kept in that folder, and a journal
moved from it is found where it went at the next start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.storage.folder_choice import (
    CHOICE_FILE,
    FolderChoice,
    read_choice,
    remember_keep_here,
    remember_moved,
)
from reflect.storage.paths import JournalPaths


def _folders(tmp_path: Path, *names: str) -> list[Path]:
    made = [tmp_path / name for name in names]
    for folder in made:
        folder.mkdir()
    return made


def test_keeping_the_journal_in_the_folder_is_remembered(tmp_path: Path) -> None:
    assert read_choice(tmp_path) == FolderChoice()
    remember_keep_here(tmp_path)
    assert read_choice(tmp_path) == FolderChoice(keep_here=True)


def test_the_next_start_finds_the_journal_where_it_went(tmp_path: Path) -> None:
    synced, local = _folders(tmp_path, "OneDrive", "local")
    remember_moved(synced, local)
    assert JournalPaths.resolve(synced).folder == local
    (local / "journal.reflect").write_bytes(b"x")
    assert JournalPaths.resolve(synced).folder == local


def test_moves_one_after_another_are_followed_and_a_loop_is_not(tmp_path: Path) -> None:
    first, second, third = _folders(tmp_path, "first", "second", "third")
    remember_moved(first, second)
    remember_moved(second, third)
    assert JournalPaths.resolve(first).folder == third
    remember_moved(third, first)
    assert JournalPaths.resolve(first).folder == third  # and it returns


def test_a_folder_holding_a_journal_is_never_left(tmp_path: Path) -> None:
    synced, local = _folders(tmp_path, "synced", "local")
    (synced / "journal.reflect").write_bytes(b"x")
    remember_moved(synced, local)
    assert JournalPaths.resolve(synced).folder == synced


def test_a_folder_no_longer_there_is_not_followed(tmp_path: Path) -> None:
    (synced,) = _folders(tmp_path, "synced")
    remember_moved(synced, tmp_path / "unplugged")
    assert JournalPaths.resolve(synced).folder == synced


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", json.dumps({"moved_to": "relative/path"}).encode(), b" " * 5000],
)
def test_a_strange_note_is_no_answer(tmp_path: Path, content: bytes) -> None:
    (tmp_path / CHOICE_FILE).write_bytes(content)
    assert read_choice(tmp_path) == FolderChoice()
    assert JournalPaths.resolve(tmp_path).folder == tmp_path
