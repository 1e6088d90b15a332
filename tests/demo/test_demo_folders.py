"""A demo's throwaway folder goes when it closes; what crashed demos left is cleared at the
next start, never a folder another running demo still uses."""

from __future__ import annotations

import os
import time
from pathlib import Path

from reflect.demo.demo_folders import PREFIX, DemoFolder, in_use, remove_leftovers
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock

HOUR_AGO = time.time() - 3600


def _left_behind(temp: Path, name: str, *, when: float = HOUR_AGO) -> Path:
    folder = temp / f"{PREFIX}{name}"
    (folder / "backups").mkdir(parents=True)
    (folder / "journal.reflect").write_bytes(b"x" * 600)
    (folder / "journal.lock").touch()
    os.utime(folder, (when, when))
    return folder


def test_a_demo_folder_is_held_while_it_runs_and_gone_once_removed(tmp_path: Path) -> None:
    demo = DemoFolder.create(tmp_path)
    (demo.path / "logs").mkdir()
    (demo.path / "logs" / "reflect.log").write_text("started\n")
    assert demo.path.name.startswith(PREFIX)
    assert in_use(demo.path)
    demo.remove()
    assert not demo.path.exists()


def test_leftovers_of_crashed_demos_are_cleared(tmp_path: Path) -> None:
    crashed = [_left_behind(tmp_path, "crashed1"), _left_behind(tmp_path, "crashed2")]
    removed = remove_leftovers(tmp_path)
    assert sorted(removed) == sorted(crashed)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_a_running_demo_holds_is_kept_however_old(tmp_path: Path) -> None:
    running = DemoFolder.create(tmp_path)
    os.utime(running.path, (HOUR_AGO, HOUR_AGO))
    try:
        assert remove_leftovers(tmp_path) == []
        assert running.path.is_dir()
    finally:
        running.remove()


def test_a_folder_whose_journal_is_open_is_kept(tmp_path: Path) -> None:
    """An older Reflect's demo holds no demo lock, only its journal's while unlocked."""
    folder = _left_behind(tmp_path, "open")
    lock = ProcessLock(JournalPaths(folder).lock)
    lock.acquire()
    try:
        assert remove_leftovers(tmp_path) == []
        assert (folder / "journal.reflect").exists()
    finally:
        lock.release()
    assert remove_leftovers(tmp_path) == [folder]


def test_a_demo_just_starting_is_left_alone(tmp_path: Path) -> None:
    fresh = _left_behind(tmp_path, "fresh", when=time.time() - 5)
    assert remove_leftovers(tmp_path) == []
    assert fresh.is_dir()


def test_only_demo_folders_are_touched(tmp_path: Path) -> None:
    other = tmp_path / "reflect-data"
    other.mkdir()
    os.utime(other, (HOUR_AGO, HOUR_AGO))
    same_name_file = tmp_path / f"{PREFIX}notes.txt"
    same_name_file.write_text("kept")
    os.utime(same_name_file, (HOUR_AGO, HOUR_AGO))
    target = _left_behind(tmp_path, "target")
    link = tmp_path / f"{PREFIX}link"
    link.symlink_to(target.parent / "reflect-data")
    assert remove_leftovers(tmp_path) == [target]
    assert other.is_dir()
    assert same_name_file.read_text() == "kept"
    assert link.is_symlink()


def test_no_temporary_folder_is_no_trouble(tmp_path: Path) -> None:
    assert remove_leftovers(tmp_path / "missing") == []
