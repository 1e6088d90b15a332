"""Also keep backups in another folder; restore from a backup file on a new computer."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from reflect.domain.errors import (
    InvalidInput,
    JournalExists,
    KeyFileMissing,
    NotFound,
    WrongPassphrase,
)
from reflect.storage.backup_rotation import KEEP_NEWEST
from reflect.storage.backups import list_backups
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.clock import START, Clock
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE

NEW_PASSPHRASE = "another long passphrase"


def _copies(stick: Path) -> Path:
    (folder,) = stick.iterdir()
    return folder


def _open(paths: JournalPaths, clock: Clock) -> Journal:
    Journal.create(paths, PASSPHRASE, kdf=FAST, clock=clock)[0].close()
    return Journal.open(paths, PASSPHRASE, auto_backup=False, clock=clock)


def test_back_up_now_is_copied_with_its_key_file_and_verified(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    with _open(paths, clock) as journal:
        kept = journal.add_reflection(reflection("copied off the laptop"))
        journal.set_backup_copies_folder(str(stick))
        made = journal.back_up_now()
        journal.wait_for_background()
        status = journal.backup_copies()
        assert status.folder == str(stick) and status.reachable
        assert status.last_copy_at == START and status.problem == ""
        journal.change_passphrase(NEW_PASSPHRASE, kdf=FAST)
    (copy,) = list_backups(_copies(stick))
    copied = _copies(stick) / copy.name
    assert copied.read_bytes() == (paths.backups / made.name).read_bytes()
    assert (_copies(stick) / f"{copy.name}.keys").is_file()
    # The laptop is lost: a new data folder, the stick, and the passphrase of that day.
    fresh = JournalPaths(tmp_path / "new laptop")
    on_the_stick = sorted((p.name, p.read_bytes()) for p in _copies(stick).iterdir())
    with Journal.restore_new(fresh, str(copied), passphrase=PASSPHRASE, kdf=FAST) as journal:
        assert journal.get_reflection(kept.uuid) == kept
    assert sorted((p.name, p.read_bytes()) for p in _copies(stick).iterdir()) == on_the_stick
    Journal.open(fresh, PASSPHRASE, auto_backup=False).close()


def test_a_backup_file_comes_back_with_the_recovery_key_alone(
    created: tuple[JournalPaths, str], tmp_path: Path
) -> None:
    paths, recovery_key = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        kept = journal.add_reflection(reflection("only the recovery key"))
        made = journal.create_backup()
    lonely = tmp_path / "stick" / made.name
    lonely.parent.mkdir()
    lonely.write_bytes((paths.backups / made.name).read_bytes())
    fresh = JournalPaths(tmp_path / "new laptop")
    with pytest.raises(KeyFileMissing) as no_keys:
        Journal.restore_new(fresh, str(lonely), passphrase=PASSPHRASE)
    assert "recovery key" in str(no_keys.value)
    assert not fresh.database.exists()
    with Journal.restore_new(
        fresh, str(lonely), recovery_key=recovery_key, new_passphrase=NEW_PASSPHRASE, kdf=FAST
    ) as journal:
        assert journal.get_reflection(kept.uuid) == kept
    Journal.open(fresh, NEW_PASSPHRASE, auto_backup=False).close()
    # A second restore never replaces the journal now there.
    with pytest.raises(JournalExists):
        Journal.restore_new(fresh, str(lonely), recovery_key=recovery_key, new_passphrase="x" * 9)


def test_a_wrong_passphrase_or_a_strange_file_changes_nothing(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    with _open(paths, Clock(START)) as journal:
        journal.set_backup_copies_folder(str(stick))
        journal.back_up_now()
        journal.wait_for_background()
    (copy,) = list_backups(_copies(stick))
    fresh = JournalPaths(tmp_path / "new laptop")
    with pytest.raises(WrongPassphrase):
        Journal.restore_new(fresh, str(_copies(stick) / copy.name), passphrase="not the one!")
    fifo = tmp_path / "pipe.reflect-backup"
    os.mkfifo(fifo)
    for strange in (fifo, tmp_path, tmp_path / "missing.reflect-backup"):
        with pytest.raises(NotFound) as refused:
            Journal.restore_new(fresh, str(strange), passphrase=PASSPHRASE)
        assert ".reflect-backup" in refused.value.sentence
    assert not fresh.database.exists()


def test_a_missing_folder_is_quiet_and_says_when_the_last_copy_was_made(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    with _open(paths, clock) as journal:
        journal.set_backup_copies_folder(str(stick))
        journal.back_up_now()
        journal.wait_for_background()
        stick.rename(tmp_path / "unplugged")
        clock.moment = START + dt.timedelta(days=3)
        made = journal.back_up_now()
        journal.wait_for_background()
        status = journal.backup_copies()
        assert not status.reachable and status.problem == ""
        assert status.last_copy_at == START
        assert made.name in {b.name for b in journal.backups()}
        with pytest.raises(InvalidInput):
            journal.set_backup_copies_folder(str(stick))


def test_the_daily_backup_is_copied_and_the_copies_rotate(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    with _open(paths, clock) as journal:
        journal.set_backup_copies_folder(str(stick))
    clock.moment = START + dt.timedelta(days=1)
    with Journal.open(paths, PASSPHRASE, clock=clock) as journal:
        journal.wait_for_background()
        assert [c.reason for c in list_backups(_copies(stick))] == ["daily"]
        for _ in range(KEEP_NEWEST + 2):
            journal.back_up_now()
        journal.wait_for_background()
    copies = list_backups(_copies(stick))
    assert [c.sequence for c in copies] == [6, 5, 4]
    keys = sorted(p.name for p in _copies(stick).glob("*.keys"))
    assert keys == sorted(f"{c.name}.keys" for c in copies)


def test_half_made_copies_are_removed_at_the_next_open(paths: JournalPaths, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    with _open(paths, Clock(START)) as journal:
        journal.set_backup_copies_folder(str(stick))
        journal.back_up_now()
        journal.wait_for_background()
    left = _copies(stick) / ".journal-000002-20261101T120000000000Z-manual.reflect-backup.partial"
    left.write_bytes(b"half")
    Journal.open(paths, PASSPHRASE, auto_backup=False).close()
    assert not left.exists()
    assert len(list_backups(_copies(stick))) == 1


def test_restore_from_a_file_in_settings(journal: Journal, tmp_path: Path) -> None:
    kept = journal.add_reflection(reflection("in the file"))
    made = journal.create_backup()
    outside = tmp_path / "elsewhere.reflect-backup"
    outside.write_bytes((journal.paths.backups / made.name).read_bytes())
    later = journal.add_reflection(reflection("written later"))
    as_given = outside.read_bytes()
    journal.restore_file(str(outside))
    # The visitor's file is read, never opened by SQLite: not changed, nothing beside it.
    assert outside.read_bytes() == as_given
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.reflect-backup", "journal"]
    assert not [p for p in journal.paths.backups.iterdir() if p.name.startswith(".")]
    assert journal.get_reflection(kept.uuid) == kept
    with pytest.raises(NotFound):
        journal.get_reflection(later.uuid)
    before = next(b for b in journal.backups() if b.reason == "before-restore")
    journal.restore_backup(before.name)
    assert journal.get_reflection(later.uuid) == later
    # Another journal's backup is refused with a sentence that says how to open it.
    other_paths = JournalPaths(tmp_path / "other")
    other, _ = Journal.create(other_paths, PASSPHRASE, kdf=FAST)
    with other:
        foreign = other.create_backup()
    with pytest.raises(NotFound) as refused:
        journal.restore_file(str(other_paths.backups / foreign.name))
    assert "another journal" in refused.value.sentence
    assert "before you made a new recovery key" in refused.value.sentence
    assert journal.get_reflection(later.uuid) == later


def test_a_copy_missed_while_the_stick_was_out_is_made_at_the_next_open(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    with _open(paths, clock) as journal:
        journal.set_backup_copies_folder(str(stick))
    stick.rename(tmp_path / "in a drawer")
    clock.moment = START + dt.timedelta(days=1)
    with Journal.open(paths, PASSPHRASE, clock=clock) as journal:
        journal.wait_for_background()
        daily = journal.backups()[0]
        assert daily.reason == "daily" and not journal.backup_copies().reachable
    (tmp_path / "in a drawer").rename(stick)
    # The same day: no new daily backup is due, but the one the stick missed is owed.
    with Journal.open(paths, PASSPHRASE, clock=clock) as journal:
        journal.wait_for_background()
        assert journal.backups()[0].name == daily.name
        assert journal.backup_copies().reachable
    (copy,) = list_backups(_copies(stick))
    assert copy.reason == "daily"
    assert (_copies(stick) / copy.name).read_bytes() == (paths.backups / daily.name).read_bytes()
    with Journal.open(paths, PASSPHRASE, clock=clock) as journal:
        journal.wait_for_background()
    assert len(list_backups(_copies(stick))) == 1  # owed once, copied once
