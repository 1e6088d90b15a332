"""Damaged, missing, read-only, too-new and full: each fault is a clear error, nothing lost."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reflect.domain.errors import (
    DamagedJournal,
    JournalTooNew,
    ReadOnlyJournal,
    WrongPassphrase,
)
from reflect.storage.database import connect
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _damage(kind: str, database: Path) -> None:
    if kind == "random bytes":
        database.write_bytes(os.urandom(64 * 1024))
    elif kind == "a text file":
        database.write_bytes(b"Dear diary, today was long.\n" * 400)
    elif kind == "truncated header":
        database.write_bytes(database.read_bytes()[:100])
    elif kind == "truncated page":
        database.write_bytes(database.read_bytes()[:3000])
    elif kind == "flipped byte on page 1":
        _flip(database, 200)
    elif kind == "plain sqlite":
        database.write_bytes(b"SQLite format 3\x00" + bytes(4096 - 16))


@pytest.mark.parametrize(
    "kind",
    [
        "random bytes",
        "a text file",
        "truncated header",
        "truncated page",
        "flipped byte on page 1",
        "plain sqlite",
    ],
)
def test_damaged_file_is_told_apart_and_never_overwritten(
    created: tuple[JournalPaths, str], kind: str
) -> None:
    paths, recovery_key = created
    _damage(kind, paths.database)
    before = _digest(paths.database)
    with pytest.raises(DamagedJournal) as error:
        Journal.open(paths, PASSPHRASE)
    assert "damaged" in str(error.value) and "backup" in str(error.value)
    with pytest.raises(WrongPassphrase):
        Journal.open(paths, "a wrong passphrase")
    with pytest.raises(DamagedJournal):
        Journal.open_with_recovery_key(paths, recovery_key)
    assert _digest(paths.database) == before
    assert not Path(f"{paths.database}-wal").exists()


def _journal_with_pages(paths: JournalPaths) -> None:
    with Journal.open(paths, PASSPHRASE) as journal:
        journal.add_reflections(reflection(f"visit number {i}") for i in range(400))


def test_corruption_in_the_middle_is_found_at_open(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    _journal_with_pages(paths)
    size = paths.database.stat().st_size
    assert size > 20 * 4096
    _flip(paths.database, (size // 4096 // 2) * 4096 + 1000)
    before = _digest(paths.database)
    with pytest.raises(DamagedJournal):
        Journal.open(paths, PASSPHRASE)
    assert _digest(paths.database) == before


def test_large_journal_is_checked_in_the_background_and_refuses_saves(
    created: tuple[JournalPaths, str],
) -> None:
    paths, _ = created
    _journal_with_pages(paths)
    size = paths.database.stat().st_size
    _flip(paths.database, (size // 4096 // 2) * 4096 + 1000)
    journal = Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0, auto_backup=False)
    try:
        with pytest.raises(DamagedJournal):
            journal.verify()
        with pytest.raises(DamagedJournal):
            journal.add_reflection(reflection("not written into a damaged file"))
    finally:
        journal.close()


def _damaged_and_deferred(paths: JournalPaths) -> Journal:
    """A large journal with one page flipped mid-file, opened with its check deferred."""
    _journal_with_pages(paths)
    size = paths.database.stat().st_size
    _flip(paths.database, (size // 4096 // 2) * 4096 + 1000)
    return Journal.open(
        paths, PASSPHRASE, verify_before_open_bytes=0, auto_backup=False, defer_background=True
    )


def test_deferred_check_of_a_large_journal_still_runs_and_refuses_saves(
    created: tuple[JournalPaths, str],
) -> None:
    journal = _damaged_and_deferred(created[0])
    try:
        assert journal.background_work() == []  # nothing competes with the first page
        journal.list_reflections()
        journal.start_background_work()  # as the app does once the first page is read
        with pytest.raises(DamagedJournal):
            journal.verify()
        with pytest.raises(DamagedJournal):
            journal.add_reflection(reflection("not written into a damaged file"))
    finally:
        journal.close()


def test_verifying_begins_a_deferred_check(created: tuple[JournalPaths, str]) -> None:
    journal = _damaged_and_deferred(created[0])
    try:
        with pytest.raises(DamagedJournal):  # never begun by the caller: begun here
            journal.verify()
    finally:
        journal.close()


def test_read_only_journal_is_refused_before_any_edit(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    before = _digest(paths.database)
    paths.database.chmod(0o400)
    try:
        with pytest.raises(ReadOnlyJournal) as error:
            Journal.open(paths, PASSPHRASE)
        assert "read-only" in str(error.value)
    finally:
        paths.database.chmod(0o600)
    assert _digest(paths.database) == before
    paths.folder.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyJournal):
            Journal.open(paths, PASSPHRASE)
    finally:
        paths.folder.chmod(0o700)


def test_journal_from_a_newer_version_is_refused_unchanged(
    created: tuple[JournalPaths, str],
) -> None:
    paths, recovery_key = created
    connection = connect(paths.database, decode_recovery_key(recovery_key))
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _digest(paths.database)
    with pytest.raises(JournalTooNew) as error:
        Journal.open(paths, PASSPHRASE)
    assert "newer version of Reflect" in str(error.value)
    assert _digest(paths.database) == before


DISK_FULL_CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from reflect.domain.errors import ReflectError
    from reflect.domain.reflection import Answer, Reflection
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths
    import datetime as dt

    paths = JournalPaths.resolve(sys.argv[1])
    journal = Journal.open_with_recovery_key(paths, sys.argv[2], auto_backup=False)

    def big(tag):
        text = (tag + " ") * 200_000
        return Reflection(dt.date(2026, 11, 3), "EF", "after-visit",
                          answers=(Answer("after-visit.what-happened", text),))

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    largest = max(p.stat().st_size for p in paths.folder.iterdir() if p.is_file())
    resource.setrlimit(resource.RLIMIT_FSIZE, (largest + 64 * 1024, hard))
    try:
        journal.add_reflection(big("toolarge"))
        print("saved-despite-limit")
    except ReflectError as error:
        print("refused", type(error).__name__, str(error).replace(chr(10), " "))
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    saved = journal.add_reflection(big("afterwards"))
    print("saved-again", saved.uuid)
    journal.close()
    """
)


def test_disk_full_during_save_then_space_returns(created: tuple[JournalPaths, str]) -> None:
    paths, recovery_key = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        earlier = [journal.add_reflection(reflection(f"earlier {i}")) for i in range(5)]
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CHILD, str(paths.folder), recovery_key],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    refused = lines[0].split(" ", 2)
    assert refused[0] == "refused", lines
    assert refused[1] in {"DiskFull", "StorageFailure"}
    assert "Not saved" in refused[2] and "Your text is still here" in refused[2]
    assert "disk" in refused[2]
    assert lines[1].startswith("saved-again")
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.verify()
        for saved in earlier:
            assert journal.get_reflection(saved.uuid) == saved
        assert journal.search("toolarge") == []
        assert len(journal.search("afterwards")) == 1
        assert journal.count_reflections() == 6
