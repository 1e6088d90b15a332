"""Deleting a reflection a supervisee shared, and removing a person, between real journals."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import replace
from pathlib import Path

import pytest

from reflect.domain.contact import ContactRole
from reflect.domain.errors import NotFound, PacketAlreadyImported, PacketFromRemovedContact
from reflect.domain.packet import PacketHeader
from reflect.domain.removal import ContactRemoval
from reflect.domain.supervision_session import SupervisionSession
from reflect.exchange.exchange_folder import import_from_folder, incoming
from reflect.storage.journal import Journal
from tests.helpers.exchange_pair import Pair, visit

REMOVED = (
    "This packet is from someone you removed under People. Nothing was imported. If you "
    "work together again, add their exchange key under People, then import it again."
)


def _share(pair: Pair, markers: list[str]) -> tuple[list[str], Path]:
    visitor = pair.visitor
    uuids = [
        visitor.journal.add_reflection(visit(m, day=i + 1)).uuid for i, m in enumerate(markers)
    ]
    return uuids, visitor.supervision.export_share(pair.supervisor.key_id, uuids, visitor.folder)


def _shared_uuids(pair: Pair) -> set[str]:
    return {s.reflection.uuid for s in pair.supervisor.supervision.shared_with_me()}


def _log_hours(journal: Journal, discussed: str) -> SupervisionSession:
    return journal.save_session(
        SupervisionSession(dt.date(2026, 11, 20), 90, "Sam", reflection_uuids=(discussed,))
    )


def test_deleting_a_shared_reflection_takes_it_and_my_comments_and_nothing_else(
    pair: Pair,
) -> None:
    (first, second), packet = _share(pair, ["first", "second"])
    sup = pair.supervisor.supervision
    sam = pair.visitor.key_id
    sup.import_file(packet)
    sup.add_comment(sam, first, None, "Sent before the delete")
    pair.visitor.supervision.import_file(sup.export_reply(sam, pair.supervisor.folder))
    sup.add_comment(sam, first, "after-visit.seen", "Not sent yet")
    sup.add_comment(sam, second, None, "On the other one")
    hours = _log_hours(pair.supervisor.journal, first)

    summary = sup.shared_reflection_deletion(sam, first)
    assert (summary.supervisee_name, summary.my_comments, summary.unsent_comments) == ("Sam", 2, 1)
    sup.delete_shared_reflection(sam, first)

    assert _shared_uuids(pair) == {second}
    assert [c.body for c in sup.my_comments(sam)] == ["On the other one"]
    assert pair.supervisor.journal.sessions() == [hours]  # logged hours stay, as logged
    assert any(b.reason == "before-delete" for b in pair.supervisor.journal.backups())
    # The visitor's own journal is not touched: her reflection and my sent comment are there.
    assert pair.visitor.journal.get_reflection(first).notes == "notes first"
    assert [c.body for c in pair.visitor.journal.comments_for(first)] == ["Sent before the delete"]
    with pytest.raises(NotFound):
        sup.delete_shared_reflection(sam, first)


def test_a_late_packet_does_not_bring_back_a_deleted_reflection(pair: Pair) -> None:
    (kept, deleted), early = _share(pair, ["kept", "deleted"])
    late = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [kept, deleted], pair.visitor.folder
    )
    sup = pair.supervisor.supervision
    sup.import_file(early)
    sup.delete_shared_reflection(pair.visitor.key_id, deleted)
    result = sup.import_file(late)
    # Nothing newer came: the kept one is unchanged, the deleted one stays deleted.
    assert result.count == 0
    assert _shared_uuids(pair) == {kept}


def _header(pair: Pair) -> PacketHeader:
    return PacketHeader(
        packet_id=str(uuid_module.uuid4()),
        kind="supervision",
        sequence=int(dt.datetime.now(dt.UTC).timestamp() * 1000) + 1000,
        created_at=dt.datetime.now(dt.UTC),
        sender_key_id=pair.visitor.key_id,
        recipient_key_id=pair.supervisor.key_id,
    )


def test_only_a_newer_version_of_a_deleted_reflection_comes_back(pair: Pair) -> None:
    records = pair.supervisor.journal.exchange
    original = visit("edited on purpose")
    records.import_supervision(_header(pair), [replace(original, version=3)])
    sup = pair.supervisor.supervision
    assert sup.delete_shared_reflection(pair.visitor.key_id, original.uuid).version == 3
    for older_or_same in (2, 3):
        late = replace(original, version=older_or_same)
        assert records.import_supervision(_header(pair), [late]) == 0
        assert _shared_uuids(pair) == set()
    assert records.import_supervision(_header(pair), [replace(original, version=4)]) == 1
    (back,) = sup.shared_with_me()
    assert back.reflection.uuid == original.uuid


def test_removing_a_supervisee_takes_their_reflections_and_my_comments_and_keeps_hours(
    pair: Pair,
) -> None:
    (first, second), packet = _share(pair, ["first", "second"])
    sup = pair.supervisor.supervision
    sam = pair.visitor.key_id
    sup.import_file(packet)
    sup.add_comment(sam, first, None, "Sent")
    pair.visitor.supervision.import_file(sup.export_reply(sam, pair.supervisor.folder))
    sup.add_comment(sam, second, None, "Unsent one")
    sup.add_comment(sam, second, "after-visit.seen", "Unsent two")
    hours = _log_hours(pair.supervisor.journal, first)

    summary = sup.contact_removal(sam)
    assert summary == ContactRemoval(
        sam, "Sam", ContactRole.SUPERVISEE, shared_reflections=2, my_comments=3, unsent_comments=2
    )
    sup.remove_contact(sam)

    assert sup.contacts() == []
    assert sup.shared_with_me() == []
    assert sup.my_comments(sam) == []
    assert pair.supervisor.journal.sessions() == [hours]
    assert any(b.reason == "before-delete" for b in pair.supervisor.journal.backups())
    assert [c.body for c in pair.visitor.journal.comments_for(first)] == ["Sent"]
    with pytest.raises(NotFound):
        sup.remove_contact(sam)


def test_a_packet_from_a_removed_supervisee_is_refused_until_they_are_added_again(
    pair: Pair,
) -> None:
    sup = pair.supervisor.supervision
    sam = pair.visitor.supervision.my_contact()
    _, before = _share(pair, ["before the removal"])
    sup.import_file(before)
    sup.remove_contact(sam.key_id)
    with pytest.raises(PacketAlreadyImported):  # a replay, as from anyone: nothing changes
        sup.import_file(before)
    (only,), packet = _share(pair, ["after the removal"])
    inbox = pair.visitor.folder
    assert [(p.path, p.problem) for p in incoming(inbox, sup)] == [(packet, REMOVED)]
    with pytest.raises(PacketFromRemovedContact) as refused:
        import_from_folder(packet, sup)
    assert refused.value.sentence == REMOVED
    assert sup.shared_with_me() == [] and packet.exists()  # nothing taken in; still waiting

    sup.add_contact("Sam again", "\u200b" + sam.line, ContactRole.SUPERVISEE)
    (again,) = sup.contacts()
    assert (again.name, again.key_id, again.verified) == ("Sam again", sam.key_id, False)
    assert incoming(inbox, sup)[0].problem == ""
    assert import_from_folder(packet, sup) is not None
    assert _shared_uuids(pair) == {only}


def test_removing_a_supervisor_keeps_the_comments_they_sent_on_my_reflections(
    pair: Pair,
) -> None:
    (first,), packet = _share(pair, ["mine"])
    sup = pair.supervisor.supervision
    sup.import_file(packet)
    sup.add_comment(pair.visitor.key_id, first, None, "What did you notice?")
    sup.add_comment(pair.visitor.key_id, first, "after-visit.seen", "Lovely noticing.")
    pair.visitor.supervision.import_file(
        sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    )
    sup.add_comment(pair.visitor.key_id, first, None, "A late thought")
    late_reply = sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    visitor = pair.visitor.supervision
    dana = pair.supervisor.key_id
    before = pair.visitor.journal.get_reflection(first)

    summary = visitor.contact_removal(dana)
    assert summary == ContactRemoval(dana, "Dana", ContactRole.SUPERVISOR, their_comments=2)
    visitor.remove_contact(dana)

    assert visitor.contacts() == []
    assert pair.visitor.journal.get_reflection(first) == before
    comments = pair.visitor.journal.comments_for(first)
    assert [(c.author, c.body) for c in comments] == [
        ("Dana", "What did you notice?"),
        ("Dana", "Lovely noticing."),
    ]
    with pytest.raises(PacketFromRemovedContact):
        visitor.import_file(late_reply)
    with pytest.raises(NotFound):
        visitor.export_share(dana, [first], pair.visitor.folder)

    visitor.add_contact(
        "Dana", pair.supervisor.supervision.my_contact().line, ContactRole.SUPERVISOR
    )
    assert visitor.import_file(late_reply).count == 1
