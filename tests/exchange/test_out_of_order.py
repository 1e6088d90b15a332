"""Packets arrive in any order: each one not seen yet is imported, the newest version of
every item wins, and a packet imported before changes nothing.

Five packets from a visitor (the same reflections edited across them, and new ones) and
five replies from her supervisor (a comment re-sent with a newer version, one re-sent as
it was) are built once; then each set is imported in all 120 orders, each into a fresh copy
of a real encrypted journal, and every order must end in the same journal.
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reflect.domain.contact import ContactRole
from reflect.domain.reflection import Reflection
from reflect.exchange.packet import seal
from reflect.exchange.packet_body import reply_body
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.key_slot import KdfParams
from reflect.storage.paths import JournalPaths
from tests.helpers.exchange_pair import visit
from tests.helpers.passphrases import PASSPHRASE

CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def _journal(root: Path) -> Journal:
    journal, _ = Journal.create(JournalPaths(root), PASSPHRASE, kdf=CHEAP)
    return journal


def _copy_of(template: Path, root: Path) -> Journal:
    """A fresh journal that is a copy of `template` (closed), opened with its passphrase."""
    root.mkdir()
    for name in ("journal.reflect", "journal.keys"):
        shutil.copyfile(template / name, root / name)
    return Journal.open(JournalPaths(root), PASSPHRASE, auto_backup=False)


@dataclasses.dataclass
class Built:
    shares: list[bytes]
    replies: list[bytes]
    visitor_template: Path
    supervisor_template: Path
    newest: dict[str, Reflection]  # the visitor's reflections as last shared
    reply_comments: dict[str, tuple[str, str, int]]  # uuid -> (reflection, body, version)


def _edit(journal: Journal, uuid: str, note: str) -> Reflection:
    current = journal.get_reflection(uuid)
    return journal.save_reflection(dataclasses.replace(current, notes=note))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("orders")
    visitor, supervisor = _journal(root / "visitor"), _journal(root / "supervisor")
    v, s = Supervision(visitor), Supervision(supervisor)
    v.add_contact("Dana", s.my_contact().line, ContactRole.SUPERVISOR)
    s.add_contact("Sam", v.my_contact().line, ContactRole.SUPERVISEE)
    supervisor.close()
    supervisor_template = root / "supervisor-template"
    supervisor_template.mkdir()
    for name in ("journal.reflect", "journal.keys"):
        shutil.copyfile(root / "supervisor" / name, supervisor_template / name)
    supervisor = Journal.open(JournalPaths(root / "supervisor"), PASSPHRASE, auto_backup=False)
    s = Supervision(supervisor)
    out = root / "out"
    out.mkdir()
    a, b, c, d = (visitor.add_reflection(visit(m, day=i + 1)).uuid for i, m in enumerate("ABCD"))
    shares = []

    def share(*uuids: str) -> None:
        shares.append(v.export_share(s.my_contact().key_id, list(uuids), out).read_bytes())

    share(a, b)
    _edit(visitor, a, "A, second draft")
    share(a, c)
    _edit(visitor, b, "B, second draft")
    _edit(visitor, a, "A, third draft")
    share(a, b)
    share(d, c)  # C again, unchanged
    _edit(visitor, d, "D, second draft")
    share(d, a)  # A again, unchanged
    newest = {u: visitor.get_reflection(u) for u in (a, b, c, d)}

    for raw in shares:  # the supervisor reads everything, then replies five times
        s.import_bytes(raw)
    me = v.my_contact().key_id
    replies = []

    def reply(*notes: tuple[str, str | None, str]) -> None:
        for uuid, prompt, body in notes:
            s.add_comment(me, uuid, prompt, body)
        replies.append(s.export_reply(me, out).read_bytes())

    reply((a, None, "On A as a whole"), (b, "after-visit.seen", "On B's noticing"))
    reply((c, None, "On C"))
    reply((a, "after-visit.seen", "On A's noticing"))
    sent = {c.uuid: c for c in s.my_comments(me)}
    first = next(c for c in sent.values() if c.body == "On A as a whole")
    on_c = next(c for c in sent.values() if c.body == "On C")
    # A comment re-sent with a newer version (edited), and one re-sent just as it was.
    edited = dataclasses.replace(first, body="On A as a whole, said better", version=99)
    body = reply_body([edited, on_c, on_c])
    contact = next(x for x in s.contacts() if x.key_id == me)
    replies.append(seal(s.identity(), contact, "reply", body, sequence=7)[0])
    reply((d, None, "On D"))
    comments = {c.uuid: (c.reflection_uuid, c.body, c.version) for c in s.my_comments(me)} | {
        edited.uuid: (a, edited.body, edited.version)
    }
    visitor.close()
    supervisor.close()
    return Built(shares, replies, root / "visitor", supervisor_template, newest, comments)


def _shared_dump(journal: Journal) -> list[tuple[Any, ...]]:
    return [
        (s.supervisee_name, s.reflection.uuid, s.reflection.version, s.reflection)
        for s in journal.exchange.shared_reflections()
    ]


def _comment_dump(journal: Journal, uuids: list[str]) -> list[tuple[Any, ...]]:
    return [
        (u, c.uuid, c.author, c.prompt_id, c.body, c.version, c.created_at)
        for u in uuids
        for c in journal.comments_for(u)
    ]


def _every_order(
    packets: list[bytes],
    template: Path,
    root: Path,
    dump: Callable[[Journal], list[tuple[Any, ...]]],
) -> list[tuple[Any, ...]]:
    """Import the packets in all 120 orders; every order must end in the same dump."""
    dumps = []
    for n, order in enumerate(itertools.permutations(range(len(packets)))):
        journal = _copy_of(template, root / f"order-{n}")
        try:
            supervision = Supervision(journal)
            for i in order:
                assert not supervision.import_bytes(packets[i]).already_imported
            after = dump(journal)
            # A replay of any of them changes nothing (each packet replayed in 24 orders).
            again = supervision.import_bytes(packets[n % len(packets)])
            assert (again.already_imported, again.count) == (True, 0)
            assert dump(journal) == after
            dumps.append(after)
        finally:
            journal.close()
    assert len(dumps) == 120
    assert all(d == dumps[0] for d in dumps)
    return dumps[0]


def test_shares_in_all_120_orders_end_in_the_same_journal(built: Built, tmp_path: Path) -> None:
    result = _every_order(built.shares, built.supervisor_template, tmp_path, _shared_dump)
    shared = {uuid: reflection for _, uuid, _, reflection in result}
    assert len(result) == len(shared) == 4  # no duplicates
    for uuid, mine in built.newest.items():
        assert shared[uuid].version == mine.version  # the newest version of every one
        assert shared[uuid].notes == mine.notes


def test_replies_in_all_120_orders_end_in_the_same_journal(built: Built, tmp_path: Path) -> None:
    uuids = sorted(built.newest)
    rows = _every_order(
        built.replies, built.visitor_template, tmp_path, lambda j: _comment_dump(j, uuids)
    )
    assert len(rows) == len(built.reply_comments) == 5  # each comment once
    assert {row[1]: (row[0], row[4], row[5]) for row in rows} == built.reply_comments
