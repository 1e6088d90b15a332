"""Backups happen without anyone remembering, rotate, and bring a journal back."""

from __future__ import annotations

import datetime as dt

import pytest

from reflect.domain.backup import Backup
from reflect.domain.errors import NotFound
from reflect.storage.backup_rotation import KEEP_DAILY, KEEP_NEWEST, KEEP_WEEKLY, to_keep
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE

NOON = dt.datetime(2026, 11, 10, 12, 0, tzinfo=dt.UTC)


def _at(moment: dt.datetime):  # type: ignore[no-untyped-def]
    return lambda: moment


def test_first_open_of_a_day_takes_one_backup(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    for minutes in (0, 30):
        clock = _at(NOON + dt.timedelta(minutes=minutes))
        with Journal.open(paths, PASSPHRASE, clock=clock) as journal:
            journal.wait_for_background()  # locking at once would stop the backup
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        assert len([b for b in journal.backups() if b.reason == "daily"]) == 1
    with Journal.open(paths, PASSPHRASE, clock=_at(NOON + dt.timedelta(days=1))) as journal:
        journal.wait_for_background()
        assert len([b for b in journal.backups() if b.reason == "daily"]) == 2


def test_rotation_keeps_recent_days_and_weeks() -> None:
    backups = [
        Backup(f"b{day}-{hour}", NOON - dt.timedelta(days=day, hours=hour), "daily", 1)
        for day in range(70)
        for hour in (0, 3)
    ]
    kept = to_keep(backups)
    newest = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    assert newest[0].name in kept
    assert len(kept) <= KEEP_NEWEST + KEEP_DAILY + KEEP_WEEKLY
    kept_days = {b.taken_at.astimezone().date() for b in backups if b.name in kept}
    assert len(kept_days) >= KEEP_DAILY
    oldest_kept = min(b.taken_at for b in backups if b.name in kept)
    assert NOON - oldest_kept >= dt.timedelta(days=21)


def test_restore_brings_back_a_backup_and_keeps_the_present(journal: Journal) -> None:
    kept = journal.add_reflection(reflection("before the backup"))
    backup = journal.create_backup()
    later = journal.add_reflection(reflection("after the backup"))
    journal.restore_backup(backup.name)
    assert journal.get_reflection(kept.uuid) == kept
    with pytest.raises(NotFound):
        journal.get_reflection(later.uuid)
    before_restore = next(b for b in journal.backups() if b.reason == "before-restore")
    journal.restore_backup(before_restore.name)
    assert journal.get_reflection(later.uuid) == later
    journal.add_reflection(reflection("still writable"))


def test_a_missing_journal_is_restored_from_its_backup(created: tuple[JournalPaths, str]) -> None:
    paths, recovery_key = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        kept = journal.add_reflection(reflection("in the backup"))
        backup = journal.create_backup()
    paths.database.unlink()
    with Journal.restore_without_opening(paths, backup.name, passphrase=PASSPHRASE) as journal:
        assert journal.get_reflection(kept.uuid) == kept
    paths.database.write_bytes(b"damaged" * 1000)
    with Journal.restore_without_opening(paths, backup.name, recovery_key=recovery_key) as journal:
        assert journal.count_reflections() == 1
    set_aside = list(paths.folder.glob("journal.reflect.damaged-*"))
    assert len(set_aside) == 1 and set_aside[0].read_bytes() == b"damaged" * 1000


@pytest.mark.parametrize("name", ["../journal.reflect", "journal.keys", "nothing-here"])
def test_only_listed_backups_can_be_restored(journal: Journal, name: str) -> None:
    with pytest.raises(NotFound):
        journal.restore_backup(name)


def test_restoring_a_backup_on_a_busy_day_keeps_it_and_the_journal(paths: JournalPaths) -> None:
    moments = iter(NOON + dt.timedelta(minutes=m) for m in range(100))
    journal, _ = Journal.create(paths, PASSPHRASE, clock=lambda: next(moments))
    with journal:
        kept = journal.add_reflection(reflection("kept words"))
        daily = journal.create_backup("daily")
        for index in range(2):
            doomed = journal.add_reflection(reflection(f"doomed {index}"))
            journal.delete_reflection(doomed.uuid)
        journal.restore_backup(daily.name)
        assert journal.get_reflection(kept.uuid).answers == kept.answers
        assert daily.name in {b.name for b in journal.backups()}
        journal.add_reflection(reflection("still writable"))


def test_a_damaged_backup_is_refused_before_anything_moves(journal: Journal) -> None:
    kept = journal.add_reflection(reflection("present"))
    backup = journal.create_backup()
    path = journal.paths.backups / backup.name
    data = bytearray(path.read_bytes())
    data[5000] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(NotFound) as error:
        journal.restore_backup(backup.name)
    assert "Nothing has been changed" in str(error.value)
    assert journal.get_reflection(kept.uuid) == kept
