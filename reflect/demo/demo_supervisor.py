"""The demo's supervisor: a second journal with its own keys, paired with the demo journal.

Everything goes through the exchange code two real journals use. The demo journal shares
its reflections marked shared in one signed, encrypted packet; the supervisor's journal
imports it and replies with comments, and the demo journal imports that reply. A second
reply is left waiting in the exchange folder, so a newcomer can try importing comments
without a second computer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reflect.demo.supervision_items import Arrival, DemoComment
from reflect.domain.contact import ContactRole
from reflect.exchange.exchange_folder import import_from_folder
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.key_file import KdfParams
from reflect.storage.paths import JournalPaths

LIGHT_KEY_DERIVATION = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
"""The least cost a key file may ask for. The supervisor's journal holds only invented
text under a passphrase the demo shows, and it is built each time the demo starts; the
demo journal itself keeps the full cost, so unlocking it feels as it will for real."""


@dataclass(frozen=True, slots=True)
class DemoPeople:
    """Who is who in the demo, and where the supervisor's journal and packets are kept."""

    supervisor_name: str
    visitor_name: str
    passphrase: str
    supervisor_folder: Path
    exchange_folder: Path


def exchange_with_supervisor(
    journal: Journal,
    people: DemoPeople,
    shared: Sequence[str],
    comments: Sequence[DemoComment],
) -> Path | None:
    """Pair `journal` with a new supervisor journal, share the `shared` reflections, and
    bring the supervisor's comments back; returns the reply left waiting (None if none is).
    """
    people.exchange_folder.mkdir()
    supervisor_journal, _recovery_key = Journal.create(
        JournalPaths(people.supervisor_folder), people.passphrase, kdf=LIGHT_KEY_DERIVATION
    )
    with supervisor_journal:
        visitor, supervisor = Supervision(journal), Supervision(supervisor_journal)
        supervisor_key, visitor_key = _pair(visitor, supervisor, people)
        if shared:
            packet = visitor.export_share(supervisor_key, list(shared), people.exchange_folder)
            import_from_folder(packet, supervisor)
        imported = [c for c in comments if c.arrival is Arrival.IMPORTED]
        reply = _reply(supervisor_journal, supervisor, visitor_key, imported, people)
        if reply is not None:
            import_from_folder(reply, visitor)
        for read in {c.comment.reflection_uuid for c in imported if c.read}:
            journal.mark_comments_read(read)
        waiting = [c for c in comments if c.arrival is Arrival.WAITING]
        return _reply(supervisor_journal, supervisor, visitor_key, waiting, people)


def _pair(visitor: Supervision, supervisor: Supervision, people: DemoPeople) -> tuple[str, str]:
    """Each adds the other's exchange key, as people do; both compared the fingerprints."""
    on_visitor_side = visitor.add_contact(
        people.supervisor_name, supervisor.my_contact().line, ContactRole.SUPERVISOR
    )
    on_supervisor_side = supervisor.add_contact(
        people.visitor_name, visitor.my_contact().line, ContactRole.SUPERVISEE
    )
    for side, contact in ((visitor, on_visitor_side), (supervisor, on_supervisor_side)):
        side.set_verified(contact.key_id, True)
        side.set_exchange_folder(people.exchange_folder)
    return on_visitor_side.key_id, on_supervisor_side.key_id


def _reply(
    supervisor_journal: Journal,
    supervisor: Supervision,
    visitor_key: str,
    comments: Sequence[DemoComment],
    people: DemoPeople,
) -> Path | None:
    """The supervisor writes `comments` (dated as in the data) and sends them in one reply."""
    if not comments:
        return None
    for item in comments:
        supervisor_journal.exchange.add_shared_comment(visitor_key, item.comment)
    return supervisor.export_reply(visitor_key, people.exchange_folder)
