"""Backups are ordered by the order they were taken, never by the clock, and never replace
one another."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import pytest

from reflect.storage.backup_rotation import KEEP_NEWEST
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.clock import START, Clock
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE


def _journal(paths: JournalPaths, clock: Callable[[], dt.datetime]) -> Journal:
    Journal.create(paths, PASSPHRASE, clock=clock, kdf=FAST)[0].close()
    return Journal.open(paths, PASSPHRASE, auto_backup=False, clock=clock)


def _backups_over_days(journal: Journal, clock: Clock, days: int) -> None:
    for day in range(days):
        clock.moment = START + dt.timedelta(days=day)
        journal.create_backup("daily")


def _assert_newest_kept(journal: Journal, taken: list[str]) -> None:
    names = {b.name for b in journal.backups()}
    assert set(taken[-KEEP_NEWEST:]) <= names


@pytest.mark.parametrize("wrong", [dt.datetime(2000, 1, 1, tzinfo=dt.UTC), START.replace(2036)])
def test_a_clock_that_jumps_loses_none_of_the_newest_backups(
    paths: JournalPaths, wrong: dt.datetime
) -> None:
    clock = Clock(START)
    with _journal(paths, clock) as journal:
        _backups_over_days(journal, clock, 12)
        taken = [b.name for b in reversed(journal.backups())]
        # Several days on the wrong clock, then back to the right one.
        for day in range(9):
            clock.moment = wrong + dt.timedelta(days=day)
            taken.append(journal.create_backup("daily").name)
            _assert_newest_kept(journal, taken)
        clock.moment = START + dt.timedelta(days=12)
        for reason in ("manual", "before-delete", "manual"):
            taken.append(journal.create_backup(reason).name)
            _assert_newest_kept(journal, taken)


def test_the_backup_before_a_delete_survives_a_clock_in_2000(paths: JournalPaths) -> None:
    clock = Clock(START)
    with _journal(paths, clock) as journal:
        kept = journal.add_reflection(reflection("the words to keep"))
        _backups_over_days(journal, clock, 20)
        clock.moment = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        journal.delete_reflection(kept.uuid)
        before = journal.backups()[0]
        assert before.reason == "before-delete"
        journal.restore_backup(before.name)
        assert journal.get_reflection(kept.uuid) == kept


def test_restoring_a_before_restore_backup_on_a_frozen_clock_loses_nothing(
    paths: JournalPaths,
) -> None:
    clock = Clock(START)
    with _journal(paths, clock) as journal:
        journal.add_reflection(reflection("first"))
        first = journal.create_backup()
        newer = journal.add_reflection(reflection("newer writing"))
        journal.restore_backup(first.name)
        before_restore = journal.backups()[0]
        assert before_restore.reason == "before-restore"
        # Restoring the before-restore backup takes another before-restore backup at the
        # very same moment: it must not overwrite the one being restored.
        journal.restore_backup(before_restore.name)
        assert journal.get_reflection(newer.uuid) == newer
        names = [b.name for b in journal.backups()]
        assert len(names) == len(set(names))


def test_every_backup_gets_a_name_of_its_own(paths: JournalPaths) -> None:
    clock = Clock(START)
    with _journal(paths, clock) as journal:
        names = [journal.create_backup("manual", keep="").name for _ in range(3)]
        assert len(set(names)) == 3
        assert [b.sequence for b in journal.backups()][:3] == [3, 2, 1]


def test_a_backup_never_replaces_a_file_already_there(paths: JournalPaths) -> None:
    clock = Clock(START)
    with _journal(paths, clock) as journal:
        first = journal.create_backup("manual")
        # A file with the name the next backup would take (put there by hand, or a sync tool).
        squatter = paths.backups / first.name.replace(
            f"{first.sequence:06d}", f"{first.sequence + 1:06d}"
        )
        squatter.write_bytes(b"not ours")
        second = journal.create_backup("manual")
        assert squatter.read_bytes() == b"not ours"
        assert second.name != squatter.name


def test_old_names_without_a_sequence_are_listed_restored_and_rotated_first(
    paths: JournalPaths,
) -> None:
    clock = Clock(START + dt.timedelta(days=400))  # a wrong clock far ahead of the old ones
    with _journal(paths, clock) as journal:
        kept = journal.add_reflection(reflection("in the old backup"))
        made = journal.create_backup("manual")
        old = paths.backups / "journal-20261101T120000000000Z-daily.reflect-backup"
        (paths.backups / made.name).rename(old)
        listed = journal.backups()
        assert [b.name for b in listed] == [old.name] and listed[0].sequence == 0
        journal.delete_reflection(kept.uuid)
        assert journal.backups()[0].reason == "before-delete"
        assert journal.backups()[-1].name == old.name
        journal.restore_backup(old.name)
        assert journal.get_reflection(kept.uuid) == kept
        # Five weeks of daily backups later (on a clock still in the past), it has rotated
        # away like any old backup, and the numbered ones are kept newest first.
        for day in range(40):
            clock.moment = dt.datetime(2000, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=day)
            journal.create_backup("daily")
        assert old.name not in {b.name for b in journal.backups()}
        assert journal.backups()[0].taken_at == clock.moment


def test_half_written_backups_are_removed_at_the_next_open(
    created: tuple[JournalPaths, str],
) -> None:
    paths, _ = created
    paths.backups.mkdir(exist_ok=True)
    partial = paths.backups / ".journal-000007-20261101T120000000000Z-daily.reflect-backup.partial"
    partial.write_bytes(b"half a backup")
    unrelated = paths.backups / "notes.txt"
    unrelated.write_text("mine")
    Journal.open(paths, PASSPHRASE, auto_backup=False).close()
    assert not partial.exists()
    assert unrelated.read_text() == "mine"


def test_without_hard_links_a_backup_still_never_replaces_a_file(
    paths: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT-formatted USB stick has no hard links: the name is still checked free."""

    def no_links(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    clock = Clock(START)
    with _journal(paths, clock) as journal:
        first = journal.create_backup("manual")
        monkeypatch.setattr(os, "link", no_links)
        squatter = paths.backups / first.name.replace("000001", "000002")
        squatter.write_bytes(b"not ours")
        second = journal.create_backup("manual")
        assert squatter.read_bytes() == b"not ours"
        assert second.sequence == 3 and (paths.backups / second.name).stat().st_size > 0
        assert not [p for p in paths.backups.iterdir() if p.name.endswith(".partial")]
