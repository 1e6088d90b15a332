"""Reading a file a user pointed at: only regular files, never more than a cap, never a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "packet"
    path.write_bytes(b"x" * 1000)
    assert read_regular_file(path, 1000) == b"x" * 1000


def test_a_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(FileTooLarge):
        read_regular_file(path, 1000)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_regular_file(tmp_path, 1000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs exist only on Unix")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.reflect-packet"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        read_regular_file(fifo, 1000)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_behind_a_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "journal.keys"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotARegularFile):
        read_regular_file(link, 1000)
