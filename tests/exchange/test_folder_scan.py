"""Looking through a busy exchange folder: name-filtered, journal-free and cancellable."""

from __future__ import annotations

import os

import pytest

from reflect.domain.contact import ContactRole
from reflect.exchange.exchange_folder import incoming, reader_for, scan
from reflect.exchange.identity import Identity
from tests.helpers.crowded_folder import crowd
from tests.helpers.exchange_pair import Pair, visit


def test_only_my_packets_are_found_among_thousands_of_files(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = pair.supervisor.folder
    crowd(folder, unrelated=2_000, foreign=50)
    uuid = pair.visitor.journal.add_reflection(visit("mine")).uuid
    mine = pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], folder)
    stat_ed: list[str] = []
    real_stat, real_lstat = os.stat, os.lstat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        stat_ed.append(str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    def lstat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        stat_ed.append(str(path))
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    reader = reader_for(pair.supervisor.supervision)
    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "lstat", lstat)
    found = scan(folder, reader)
    monkeypatch.undo()
    assert [(p.path, p.sender_name) for p in found] == [(mine, "Sam")]
    assert not [s for s in stat_ed if s.endswith(".pdf")]  # other files are not even stat-ed


def test_a_cancelled_scan_stops_and_returns_nothing(pair: Pair) -> None:
    folder = pair.supervisor.folder
    crowd(folder, unrelated=10, foreign=20)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # the lock comes after a few files

    assert incoming(folder, pair.supervisor.supervision, cancelled) == []
    assert len(asked) == 4  # it stopped at the first check after the lock


def test_a_contact_added_after_the_snapshot_is_not_needed_by_the_scan(pair: Pair) -> None:
    """The scan works from its snapshot alone: the journal may be locked under it."""
    folder = pair.supervisor.folder
    uuid = pair.visitor.journal.add_reflection(visit("mine")).uuid
    mine = pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], folder)
    reader = reader_for(pair.supervisor.supervision)
    pair.supervisor.supervision.add_contact(
        "Later", Identity.generate().public().line, ContactRole.SUPERVISEE
    )
    pair.supervisor.journal.close()
    assert [p.path for p in scan(folder, reader)] == [mine]
