"""Creating, opening, locking: only the passphrase or the recovery key opens a journal."""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reflect.domain.errors import (
    JournalAlreadyOpen,
    JournalClosed,
    JournalExists,
    JournalMissing,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import encode_recovery_key
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reflections_survive_closing_and_reopening(paths: JournalPaths) -> None:
    journal, _ = Journal.create(paths, PASSPHRASE)
    saved = journal.add_reflection(reflection("first visit"))
    journal.close()
    with Journal.open(paths, PASSPHRASE) as reopened:
        assert reopened.get_reflection(saved.uuid) == saved


def test_files_are_for_the_owner_only(paths: JournalPaths) -> None:
    journal, _ = Journal.create(paths, PASSPHRASE)
    journal.add_reflection(reflection())
    journal.create_backup()
    for path in [paths.folder, paths.backups, *paths.folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path.name, oct(mode))
    journal.close()


def test_wrong_passphrase_changes_nothing(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    before = {p.name: _digest(p) for p in paths.folder.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase) as error:
        Journal.open(paths, "not the passphrase")
    assert "does not open this journal" in str(error.value)
    after = {p.name: _digest(p) for p in paths.folder.iterdir() if p.is_file()}
    assert after == before
    assert not list(paths.folder.glob("*-wal")) and not list(paths.folder.glob("*-journal"))


def test_recovery_key_opens_with_nothing_but_the_database(
    created: tuple[JournalPaths, str], tmp_path: Path
) -> None:
    paths, recovery_key = created
    with Journal.open(paths, PASSPHRASE) as journal:
        saved = journal.add_reflection(reflection("kept"))
    moved = JournalPaths(tmp_path / "elsewhere")
    moved.folder.mkdir()
    paths.database.rename(moved.database)
    with Journal.open_with_recovery_key(moved, recovery_key) as journal:
        assert journal.get_reflection(saved.uuid).answers == saved.answers
        journal.change_passphrase("a brand new passphrase")
    with Journal.open(moved, "a brand new passphrase") as journal:
        assert journal.count_reflections() == 1


def test_missing_key_file_says_to_use_the_recovery_key(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    paths.keys.unlink()
    with pytest.raises(KeyFileMissing):
        Journal.open(paths, PASSPHRASE)


def test_another_journals_recovery_key_is_refused(
    created: tuple[JournalPaths, str], tmp_path: Path
) -> None:
    paths, _ = created
    other = encode_recovery_key(bytes(range(32)))
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(paths, other)
    paths.keys.unlink()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(paths, other)


def test_create_never_replaces_an_existing_or_empty_file(paths: JournalPaths) -> None:
    paths.folder.mkdir(parents=True)
    paths.database.write_bytes(b"")
    with pytest.raises(JournalExists):
        Journal.create(paths, PASSPHRASE)
    assert paths.database.read_bytes() == b""


def test_create_refuses_a_short_passphrase_and_writes_nothing(paths: JournalPaths) -> None:
    from reflect.domain.errors import PassphraseTooShort

    with pytest.raises(PassphraseTooShort):
        Journal.create(paths, "short")
    assert not paths.database.exists()


@pytest.mark.parametrize("content", [None, b""])
def test_missing_or_empty_journal_offers_restore_and_creates_nothing(
    created: tuple[JournalPaths, str], content: bytes | None
) -> None:
    paths, _ = created
    with Journal.open(paths, PASSPHRASE) as journal:
        journal.create_backup()
    paths.database.unlink()
    if content is not None:
        paths.database.write_bytes(content)
    with pytest.raises(JournalMissing) as error:
        Journal.open(paths, PASSPHRASE)
    assert "restore it from a backup" in str(error.value)
    assert len(error.value.backups) >= 1
    assert (paths.database.exists()) == (content is not None)
    if content is not None:
        assert paths.database.read_bytes() == b""


def test_locking_closes_the_connection_and_refuses_reads(journal: Journal) -> None:
    journal.add_reflection(reflection())
    journal.lock()
    assert not journal.is_open
    with pytest.raises(JournalClosed):
        journal.list_reflections()


def test_a_second_process_gets_already_open(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from reflect.storage.journal import Journal\n"
            "from reflect.storage.paths import JournalPaths\n"
            "j = Journal.open(JournalPaths.resolve(sys.argv[1]), sys.argv[2], auto_backup=False)\n"
            "print('open', flush=True)\n"
            "sys.stdin.readline()\n"
            "j.close()\n",
            str(paths.folder),
            PASSPHRASE,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(JournalAlreadyOpen) as error:
            Journal.open(paths, PASSPHRASE)
        assert "already open" in str(error.value)
    finally:
        holder.communicate("\n", timeout=30)
    deadline = time.monotonic() + 10
    while True:  # once the other process has let go, this one may open it
        try:
            Journal.open(paths, PASSPHRASE).close()
            break
        except JournalAlreadyOpen:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_change_passphrase_rewraps_without_reencrypting(
    created: tuple[JournalPaths, str],
) -> None:
    paths, recovery_key = created
    journal = Journal.open(paths, PASSPHRASE, auto_backup=False)
    journal.close()
    before = _digest(paths.database)
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.change_passphrase("another good passphrase")
        assert any(b.reason == "before-passphrase-change" for b in journal.backups())
    assert _digest(paths.database) == before
    with pytest.raises(WrongPassphrase):
        Journal.open(paths, PASSPHRASE)
    Journal.open(paths, "another good passphrase").close()
    Journal.open_with_recovery_key(paths, recovery_key).close()


def test_recovery_key_shown_again_only_with_the_passphrase(paths: JournalPaths) -> None:
    journal, recovery_key = Journal.create(paths, PASSPHRASE)
    with journal:
        assert journal.recovery_key(PASSPHRASE) == recovery_key
        with pytest.raises(WrongPassphrase):
            journal.recovery_key("not the passphrase")


def test_a_key_file_left_by_an_unfinished_creation_does_not_block_a_new_journal(
    paths: JournalPaths,
) -> None:
    paths.ensure_folder()
    paths.keys.write_text('{"format": "reflect-key-slot"}')
    journal, _ = Journal.create(paths, PASSPHRASE)
    journal.close()
    assert len(list(paths.folder.glob("journal.keys.unused-*"))) == 1
    Journal.open(paths, PASSPHRASE).close()
