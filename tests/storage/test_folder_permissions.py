"""Reflect makes its own folders owner-only and leaves folders it did not create alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reflect.storage.journal import Journal
from reflect.storage.key_slot import KdfParams
from reflect.storage.paths import JournalPaths

SMALL = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_existing_data_folder_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "Documents"
    shared.mkdir()
    os.chmod(shared, 0o755)
    paths = JournalPaths.resolve(str(shared))
    journal, _ = Journal.create(paths, "a long test passphrase", kdf=SMALL)
    journal.close()
    assert _mode(shared) == 0o755
    assert _mode(paths.backups) == 0o700, "the folder Reflect made is owner-only"
    assert _mode(paths.database) == 0o600


def test_a_new_data_folder_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        paths = JournalPaths(tmp_path / "new" / "Reflect")
        paths.ensure_folder()
    finally:
        os.umask(previous)
    assert _mode(paths.folder) == 0o700
    assert _mode(paths.backups) == 0o700


def test_a_file_where_the_folder_should_be_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "journal"
    target.write_text("someone's notes")
    with pytest.raises(FileExistsError):
        JournalPaths(target).ensure_folder()
    assert target.read_text() == "someone's notes"
