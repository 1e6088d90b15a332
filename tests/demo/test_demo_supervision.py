"""Supervision in the demo: a supervisor paired with the demo journal, reflections shared
with them, their comments back, and a reply waiting in the exchange folder to import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.demo import (
    DEMO_PASSPHRASE,
    DEMO_SUPERVISOR,
    DEMO_VISITOR,
    EXCHANGE_FOLDER,
    SUPERVISOR_FOLDER,
    create_demo_journal,
    demo_reflections,
)
from reflect.demo.supervision_items import Arrival, demo_comments
from reflect.domain.contact import ContactRole
from reflect.domain.reflection import ShareState
from reflect.exchange.exchange_folder import IMPORTED, import_from_folder, incoming
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

TODAY = dt.date(2026, 3, 11)
SHARED = [r.uuid for r in demo_reflections(TODAY) if r.share_state is ShareState.SHARED]
WAITING = [c.comment for c in demo_comments(TODAY, SHARED) if c.arrival is Arrival.WAITING]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = tmp_path_factory.mktemp("demo")
    create_demo_journal(built, TODAY)
    return built


@pytest.fixture(scope="module")
def journal(folder: Path) -> Iterator[Journal]:
    with Journal.open(JournalPaths(folder), DEMO_PASSPHRASE, auto_backup=False) as opened:
        yield opened


@pytest.fixture(scope="module")
def supervisor_journal(folder: Path) -> Iterator[Journal]:
    paths = JournalPaths(folder / SUPERVISOR_FOLDER)
    with Journal.open(paths, DEMO_PASSPHRASE, auto_backup=False) as opened:
        yield opened


def _shared(journal: Journal) -> set[str]:
    return {
        uuid
        for uuid in journal.list_all().uuids
        if journal.get_reflection(uuid).share_state is ShareState.SHARED
    }


def test_the_supervisor_is_listed_under_people_with_compared_fingerprints(
    journal: Journal, folder: Path
) -> None:
    supervision = Supervision(journal)
    (supervisor,) = supervision.contacts()
    assert supervisor.name == DEMO_SUPERVISOR
    assert supervisor.role is ContactRole.SUPERVISOR
    assert supervisor.verified
    assert supervision.exchange_folder() == folder / EXCHANGE_FOLDER


def test_the_shared_reflections_reached_the_supervisor_without_private_answers(
    journal: Journal, supervisor_journal: Journal
) -> None:
    received = Supervision(supervisor_journal).shared_with_me()
    assert {s.reflection.uuid for s in received} == _shared(journal)
    assert len(received) >= 3
    for shared in received:
        assert shared.supervisee_name == DEMO_VISITOR
        mine = journal.get_reflection(shared.reflection.uuid)
        kept_back = {a.prompt_id for a in mine.answers if a.private}
        assert {a.prompt_id for a in shared.reflection.answers}.isdisjoint(kept_back)
        assert shared.reflection.answers
    (visitor,) = Supervision(supervisor_journal).contacts(ContactRole.SUPERVISEE)
    assert visitor.name == DEMO_VISITOR


def test_comments_came_back_in_a_reply_and_some_are_still_unread(journal: Journal) -> None:
    comments = [c for uuid in _shared(journal) for c in journal.comments_for(uuid)]
    assert comments
    for comment in comments:
        assert comment.author == DEMO_SUPERVISOR
        assert comment.packet_id is not None  # brought by a packet, not written in here
    assert [c for c in comments if not c.read]
    # The list shows the unread mark on the reflection.
    rows = journal.list_reflections(limit=100).items
    assert sum(row.unread_comments for row in rows) == len([c for c in comments if not c.read])


def test_the_supervisor_has_sent_every_comment_the_journal_holds(
    journal: Journal, supervisor_journal: Journal
) -> None:
    supervision = Supervision(supervisor_journal)
    (visitor,) = supervision.contacts(ContactRole.SUPERVISEE)
    sent = supervision.my_comments(visitor.key_id)
    assert all(c.read for c in sent)  # `read` means sent, on the supervisor's side
    received = {c.uuid for uuid in _shared(journal) for c in journal.comments_for(uuid)}
    assert {c.uuid for c in sent} == received | {c.uuid for c in WAITING}


def test_one_reply_waits_in_the_exchange_folder(journal: Journal, folder: Path) -> None:
    (waiting,) = incoming(folder / EXCHANGE_FOLDER, Supervision(journal))
    assert waiting.kind == "reply"
    assert waiting.sender_name == DEMO_SUPERVISOR
    assert not waiting.problem
    handled = sorted(p.name.split("-")[0] for p in (folder / EXCHANGE_FOLDER / IMPORTED).iterdir())
    assert handled == ["reply", "supervision"]


def test_importing_the_waiting_reply_brings_the_new_comments(tmp_path: Path) -> None:
    create_demo_journal(tmp_path, TODAY)
    exchange = tmp_path / EXCHANGE_FOLDER
    with Journal.open(JournalPaths(tmp_path), DEMO_PASSPHRASE, auto_backup=False) as journal:
        supervision = Supervision(journal)
        (waiting,) = incoming(exchange, supervision)
        before = {c.uuid for uuid in _shared(journal) for c in journal.comments_for(uuid)}
        result = import_from_folder(waiting.path, supervision)
        assert result is not None
        assert (result.kind, result.sender_name, result.count) == (
            "reply",
            DEMO_SUPERVISOR,
            len(WAITING),
        )
        after = [c for uuid in _shared(journal) for c in journal.comments_for(uuid)]
        new = [c for c in after if c.uuid not in before]
        assert sorted(c.body for c in new) == sorted(c.body for c in WAITING)
        assert not any(c.read for c in new)
        assert incoming(exchange, supervision) == []
        assert (exchange / IMPORTED / waiting.path.name).is_file()
