"""A forgotten family in backups: which backups and copies hold it, when rotation removes the
last of them, and, when asked, every one replaced by a checked backup without it; copies on a
drive out of reach are named by place and date, and removed once it is back."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from reflect.domain.backup import Backup
from reflect.storage.backup_holdings import family_count
from reflect.storage.backup_purge import PENDING_SETTING, PendingRemoval
from reflect.storage.backups import list_backups
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from tests.helpers.clock import START, Clock
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE
from tests.helpers.sqlcipher_pages import decrypted_pages

DAY = dt.timedelta(days=1)


def _marker() -> str:
    return f"zqbackup{uuid.uuid4().hex[:10]}"


def _copies(stick: Path) -> Path:
    (folder,) = stick.iterdir()
    return folder


def _holding(folder: Path, key: bytes, marker: str) -> list[str]:
    return [
        b.name
        for b in list_backups(folder)
        if marker.encode() in b"".join(decrypted_pages(folder / b.name, key))
    ]


def _day(journal: Journal, clock: Clock) -> Backup:
    """Tomorrow, with Back up now (copied to the second folder when it is there)."""
    clock.moment += DAY
    taken = journal.back_up_now()
    journal.wait_for_background()
    return taken


def test_keeping_backups_names_them_and_rotation_removes_the_last_on_the_day_foretold(
    paths: JournalPaths,
) -> None:
    clock = Clock(START)
    journal, _ = Journal.create(paths, PASSPHRASE, kdf=FAST, clock=clock)
    with journal:
        journal.add_reflection(reflection(code="CD"))
        before_the_family = _day(journal, clock)
        journal.add_reflection(reflection(code="AB"))
        holders = [_day(journal, clock).name, _day(journal, clock).name]
        plan = journal.forget_plan("AB")
        assert [h.name for h in plan.backups] == holders[::-1]
        assert all(h.certain and h.reachable and not h.folder for h in plan.backups)
        clock.moment += dt.timedelta(hours=1)
        forgotten = journal.forget_family("AB")
        held = [h.name for h in forgotten.still_held]
        assert held[1:] == holders[::-1] and "before-forget" in held[0]
        assert before_the_family.name not in held
        assert forgotten.rotated_after == plan.rotated_after > 0
        # A daily backup each day from tomorrow: the last holder goes on the day foretold.
        days = 0
        while set(held) & {b.name for b in journal.backups()}:
            clock.moment += DAY
            journal.create_backup("daily")
            days += 1
        assert days == forgotten.rotated_after
        assert clock.moment.astimezone().date() == forgotten.rotated_by


def test_removing_from_backups_replaces_every_backup_and_copy_that_holds_it(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=FAST, clock=clock)
    key = decode_recovery_key(recovery_key)
    gone, kept = _marker(), _marker()
    with journal:
        journal.set_backup_copies_folder(str(stick))
        journal.add_reflection(reflection(kept, code="CD"))
        before_the_family = _day(journal, clock)
        journal.add_reflection(reflection(gone, code="AB"))
        _day(journal, clock)
        _day(journal, clock)
        assert len(_holding(paths.backups, key, gone)) == 2
        assert len(_holding(_copies(stick), key, gone)) == 2
        plan = journal.forget_plan("AB")
        assert (len(plan.backups), len(plan.copies), plan.out_of_reach) == (2, 2, ())
        assert {c.folder for c in plan.copies} == {str(stick)}

        forgotten = journal.forget_family("AB", from_backups=True)
        assert (forgotten.removed_backups, forgotten.removed_copies) == (2, 2)
        assert forgotten.still_held == () and not forgotten.pending
        here = [b.name for b in journal.backups()]
        assert here == [forgotten.new_backup, before_the_family.name]
        assert journal.exchange.setting(PENDING_SETTING) == ""
    # Nothing that is left holds the family, anywhere; what else they held is still there.
    for folder in (paths.backups, _copies(stick)):
        assert _holding(folder, key, gone) == []
        assert len(_holding(folder, key, kept)) == 2
        assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]
    new = paths.backups / forgotten.new_backup
    assert family_count(new, key, "AB") == 0 and family_count(new, key, "CD") == 1
    copies = list_backups(_copies(stick))
    assert [c.reason for c in copies] == ["after-forget", "manual"]
    assert (_copies(stick) / copies[0].name).read_bytes() == new.read_bytes()
    assert (_copies(stick) / f"{copies[0].name}.keys").is_file()


def test_copies_out_of_reach_are_named_by_place_and_date_and_go_once_back_in_reach(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=FAST, clock=clock)
    key = decode_recovery_key(recovery_key)
    gone = _marker()
    with journal:
        journal.set_backup_copies_folder(str(stick))
        journal.add_reflection(reflection(gone, code="AB"))
        first, second = _day(journal, clock), _day(journal, clock)
        away = stick.rename(tmp_path / "usb, in a drawer")  # the stick is unplugged
        plan = journal.forget_plan("AB")
        assert [(c.folder, c.taken_at, c.reachable, c.certain) for c in plan.copies] == [
            (str(stick), second.taken_at, False, False),
            (str(stick), first.taken_at, False, False),
        ]
        assert plan.out_of_reach == plan.copies
        forgotten = journal.forget_family("AB", from_backups=True)
        assert (forgotten.removed_backups, forgotten.removed_copies) == (2, 0)
        assert forgotten.still_held == plan.copies
        assert journal.exchange.setting(PENDING_SETTING)  # remembered for when it is back
    assert len(_holding(away / _copies(away).name, key, gone)) == 2
    away.rename(stick)  # plugged in again
    with Journal.open(paths, PASSPHRASE, auto_backup=False, clock=clock) as reopened:
        reopened.wait_for_background()
        assert reopened.exchange.setting(PENDING_SETTING) == ""
    assert _holding(_copies(stick), key, gone) == []
    assert [c.reason for c in list_backups(_copies(stick))] == ["after-forget"]
    assert _holding(paths.backups, key, gone) == []


def test_an_interrupted_removal_is_finished_at_the_next_opening(
    paths: JournalPaths,
) -> None:
    clock = Clock(START)
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=FAST, clock=clock)
    key = decode_recovery_key(recovery_key)
    gone = _marker()
    with journal:
        journal.add_reflection(reflection(gone, code="AB"))
        _day(journal, clock)
        _day(journal, clock)
    # As if the journal was locked right after the family was forgotten, before the older
    # backups went: the removal is kept in the journal with the forgetting itself.
    with Journal.open(paths, PASSPHRASE, auto_backup=False, clock=clock) as journal:
        journal.wait_for_background()
        names = [b.name for b in journal.backups()]
        journal.exchange.set_setting(PENDING_SETTING, PendingRemoval(tuple(names)).encode())
        journal.forget_family("AB")  # keeping backups: one more is taken first
    assert len(_holding(paths.backups, key, gone)) == 3
    with Journal.open(paths, PASSPHRASE, auto_backup=False, clock=clock) as journal:
        journal.wait_for_background()
        assert journal.exchange.setting(PENDING_SETTING) == ""
        assert [b.reason for b in journal.backups()] == ["after-forget", "before-forget"]
    assert len(_holding(paths.backups, key, gone)) == 1  # only the one it was not told of


def test_two_families_forgotten_while_the_stick_is_out_both_leave_it_once_back(
    paths: JournalPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    clock = Clock(START)
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=FAST, clock=clock)
    key = decode_recovery_key(recovery_key)
    first_family, second_family = _marker(), _marker()
    with journal:
        journal.set_backup_copies_folder(str(stick))
        journal.add_reflection(reflection(first_family, code="AB"))
        _day(journal, clock)
        clock.moment += dt.timedelta(hours=2)  # written after that day's backup
        journal.add_reflection(reflection(second_family, code="CD"))
        _day(journal, clock)
        away = stick.rename(tmp_path / "usb, in a drawer")
        clock.moment += DAY
        assert len(journal.forget_family("AB", from_backups=True).still_held) == 2
        clock.moment += DAY
        assert len(journal.forget_family("CD", from_backups=True).still_held) == 1
    away.rename(stick)
    with Journal.open(paths, PASSPHRASE, auto_backup=False, clock=clock) as reopened:
        reopened.wait_for_background()
        assert reopened.exchange.setting(PENDING_SETTING) == ""
    for marker in (first_family, second_family):
        assert _holding(_copies(stick), key, marker) == []
        assert _holding(paths.backups, key, marker) == []


def test_a_backup_that_cannot_be_opened_and_predates_the_family_is_kept(tmp_path: Path) -> None:
    """A restore point from before the family's first reflection (here under another key,
    as after a new recovery key) cannot hold it, and is not removed with those that can."""
    from reflect.storage.backups import backup_name

    other = Journal.create(JournalPaths(tmp_path / "other"), PASSPHRASE, kdf=FAST)[0]
    foreign = other.paths.backups / other.create_backup("manual").name
    other.close()
    journal = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE, kdf=FAST)[0]
    journal.paths.backups.mkdir(exist_ok=True)
    old = backup_name(1, dt.datetime(2020, 1, 1, tzinfo=dt.UTC), "daily")
    (journal.paths.backups / old).write_bytes(foreign.read_bytes())
    journal.add_reflection(reflection("x", code="ZZ"))
    journal.create_backup("manual")
    plan = journal.forget_plan("ZZ")
    assert old not in [held.name for held in plan.backups]
    journal.forget_family("ZZ", from_backups=True)
    assert old in [b.name for b in list_backups(journal.paths.backups)]
    journal.close()
