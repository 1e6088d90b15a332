"""Versions decide what a supervisor keeps; sequence numbers and repeated ids decide nothing."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import uuid

import pytest
from pyrage import decrypt, x25519

from reflect import __version__
from reflect.domain.contact import Contact
from reflect.domain.errors import PacketRejected
from reflect.domain.packet import MAX_SEQUENCE, PacketHeader
from reflect.exchange import strict_json
from reflect.exchange.packet import FORMATS, VERSION, seal
from reflect.exchange.packet_body import MAX_SEEN, reply_body
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from tests.helpers.exchange_pair import Pair, Side, visit
from tests.helpers.passphrases import PASSPHRASE


def _contact_of(sender: Side, recipient: Side) -> Contact:
    return next(c for c in sender.supervision.contacts() if c.key_id == recipient.key_id)


def test_an_edit_after_restoring_an_older_backup_reaches_the_supervisor(pair: Pair) -> None:
    journal = pair.visitor.journal
    saved = journal.add_reflection(visit("first words"))
    backup = journal.create_backup("manual")  # holds the reflection as first saved
    for n in (2, 3):
        current = journal.get_reflection(saved.uuid)
        journal.save_reflection(dataclasses.replace(current, notes=f"draft {n}"))
    shared_at = journal.get_reflection(saved.uuid).version
    first = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [saved.uuid], pair.visitor.folder
    )
    pair.supervisor.supervision.import_file(first)
    journal.restore_backup(backup.name)
    assert journal.get_reflection(saved.uuid).version < shared_at  # the backup's older copy
    restored = journal.get_reflection(saved.uuid)
    journal.save_reflection(dataclasses.replace(restored, notes="written after the restore"))
    again = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [saved.uuid], pair.visitor.folder
    )
    assert pair.supervisor.supervision.import_file(again).count == 1
    (seen,) = pair.supervisor.supervision.shared_with_me()
    assert seen.reflection.notes == "written after the restore"
    assert seen.reflection.version > shared_at


def test_an_older_copy_never_replaces_a_newer_one(pair: Pair) -> None:
    journal = pair.visitor.journal
    saved = journal.add_reflection(visit("old"))
    old = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [saved.uuid], pair.visitor.folder
    )
    journal.save_reflection(dataclasses.replace(saved, notes="new"))
    new = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [saved.uuid], pair.visitor.folder
    )
    assert pair.supervisor.supervision.import_file(new).count == 1
    late = pair.supervisor.supervision.import_file(old)
    assert (late.already_imported, late.count) == (False, 0)
    (seen,) = pair.supervisor.supervision.shared_with_me()
    assert seen.reflection.notes == "new"


def test_a_sequence_at_the_top_of_its_range_locks_nobody_out(pair: Pair) -> None:
    sam, dana = pair.visitor, pair.supervisor
    top = MAX_SEQUENCE - 1
    reflection = sam.journal.add_reflection(visit("at the top"))
    body = {"reflections": sam.supervision.preview([reflection.uuid])}
    raw, _ = seal(
        sam.supervision.identity(), _contact_of(sam, dana), "supervision", body, sequence=top
    )
    assert dana.supervision.import_bytes(raw).count == 1
    # Sam's own journal once recorded a packet at the top (an old clock, an old version).
    header = PacketHeader(
        packet_id=str(uuid.uuid4()),
        kind="supervision",
        sequence=top,
        created_at=dt.datetime.now(dt.UTC),
        sender_key_id=sam.key_id,
        recipient_key_id=dana.key_id,
    )
    sam.journal.exchange.packets.record_sent(header)
    assert sam.journal.exchange.next_sequence(dana.key_id) < MAX_SEQUENCE
    later = sam.journal.add_reflection(visit("later", day=9))
    path = sam.supervision.export_share(dana.key_id, [later.uuid], sam.folder)
    assert dana.supervision.import_file(path).count == 1
    after = sam.journal.add_reflection(visit("after that", day=10))
    path = sam.supervision.export_share(dana.key_id, [after.uuid], sam.folder)
    assert dana.supervision.import_file(path).count == 1
    assert len(dana.supervision.shared_with_me()) == 3


def test_duplicate_comment_ids_count_once(pair: Pair) -> None:
    sam, dana = pair.visitor, pair.supervisor
    mine = sam.journal.add_reflection(visit("commented"))
    dana.supervision.import_file(sam.supervision.export_share(dana.key_id, [mine.uuid], sam.folder))
    dana.supervision.add_comment(sam.key_id, mine.uuid, None, "Said once")
    dana.supervision.add_comment(sam.key_id, mine.uuid, None, "Said twice")
    once, twice = dana.supervision.my_comments(sam.key_id)
    to_sam = _contact_of(dana, sam)
    doubled, _ = seal(
        dana.supervision.identity(),
        to_sam,
        "reply",
        reply_body([once, once, twice, once]),
        sequence=1,
    )
    result = sam.supervision.import_bytes(doubled)
    assert result.count == 2  # what the user is told
    assert sorted(c.body for c in sam.journal.comments_for(mine.uuid)) == [
        "Said once",
        "Said twice",
    ]
    across, _ = seal(
        dana.supervision.identity(), to_sam, "reply", reply_body([twice, once]), sequence=2
    )
    assert sam.supervision.import_bytes(across).count == 0
    assert len(sam.journal.comments_for(mine.uuid)) == 2
    assert [s.comment_count for s in sam.journal.list_reflections().items] == [2]


def test_a_comment_id_from_another_reflection_is_not_counted(pair: Pair) -> None:
    sam, dana = pair.visitor, pair.supervisor
    first = sam.journal.add_reflection(visit("one")).uuid
    second = sam.journal.add_reflection(visit("two", day=3)).uuid
    dana.supervision.import_file(
        sam.supervision.export_share(dana.key_id, [first, second], sam.folder)
    )
    comment = dana.supervision.add_comment(sam.key_id, first, None, "On one")
    moved = dataclasses.replace(comment, reflection_uuid=second)
    raw, _ = seal(
        dana.supervision.identity(),
        _contact_of(dana, sam),
        "reply",
        reply_body([comment, moved]),
        sequence=3,
    )
    assert sam.supervision.import_bytes(raw).count == 1
    assert [c.body for c in sam.journal.comments_for(first)] == ["On one"]
    assert sam.journal.comments_for(second) == []


def test_packets_carry_their_format_and_the_release_that_reads_them(pair: Pair) -> None:
    assert VERSION == max(FORMATS) == 2 and 1 in FORMATS
    saved = pair.visitor.journal.add_reflection(visit("format"))
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id,
        [saved.uuid],
        pair.visitor.folder,
        question_for=lambda prompt: f"Question for {prompt}?",
    )
    secret = pair.supervisor.supervision.identity().age_secret
    document = json.loads(decrypt(path.read_bytes(), [x25519.Identity.from_str(secret)]))
    assert (document["header"]["version"], document["header"]["needs_reflect"]) == (2, __version__)
    (item,) = document["body"]["reflections"]
    assert item["version"] == saved.version
    assert [a["question"] for a in item["answers"]] == [
        "Question for after-visit.what-happened?",
        "Question for after-visit.seen?",
    ]


def _future_packet(pair: Pair, head_changes: dict[str, object]) -> bytes:
    """A packet as a later Reflect might write it: signed and sealed to the supervisor."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import encrypt

    sam = pair.visitor
    secret = pair.supervisor.supervision.identity().age_secret
    raw, _ = seal(
        sam.supervision.identity(),
        _contact_of(sam, pair.supervisor),
        "supervision",
        {"reflections": []},
        sequence=1,
    )
    document = json.loads(decrypt(raw, [x25519.Identity.from_str(secret)]))
    head = {**document["header"], **head_changes}
    body = {"shelves": ["something new"]}
    signed = strict_json.canonical({"header": head, "body": body})
    key = Ed25519PrivateKey.from_private_bytes(sam.supervision.identity().signing_secret)
    plain = strict_json.canonical(
        {"header": head, "body": body, "signature": base64.b64encode(key.sign(signed)).decode()}
    )
    recipient = x25519.Identity.from_str(secret).to_public()
    return bytes(encrypt(plain, [recipient]))


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        (
            {"version": 3, "needs_reflect": "2.4"},
            "This packet was made by a newer version of Reflect. It needs Reflect 2.4 or later: "
            "update Reflect, then import it again. Nothing was imported.",
        ),
        (
            {"version": 7, "needs_reflect": "<b>click here</b>"},
            "This packet was made by a newer version of Reflect: update Reflect, then import "
            "it again. Nothing was imported.",
        ),
    ],
)
def test_a_newer_format_is_refused_with_the_release_it_needs(
    pair: Pair, changes: dict[str, object], sentence: str
) -> None:
    raw = _future_packet(pair, changes)
    with pytest.raises(PacketRejected) as refused:
        pair.supervisor.supervision.import_bytes(raw)
    assert refused.value.sentence == sentence
    assert pair.supervisor.supervision.shared_with_me() == []


def test_a_reply_carries_the_versions_seen_so_a_rewound_journal_catches_up(
    pair: Pair,
) -> None:
    """A journal brought back from a backup file (a new laptop) counts from the backup's
    number; the supervisor's reply says how far it had seen, so the next edit is newer."""
    sam, dana = pair.visitor, pair.supervisor
    saved = sam.journal.add_reflection(visit("first"))
    backup = sam.journal.create_backup("manual")
    for n in range(3):
        current = sam.journal.get_reflection(saved.uuid)
        sam.journal.save_reflection(dataclasses.replace(current, notes=f"draft {n}"))
    dana.supervision.import_file(
        sam.supervision.export_share(dana.key_id, [saved.uuid], sam.folder)
    )
    dana.supervision.add_comment(sam.key_id, saved.uuid, None, "Go on")
    reply = dana.supervision.export_reply(sam.key_id, dana.folder)
    paths = sam.journal.paths
    sam.journal.close()
    journal = Journal.restore_without_opening(paths, backup.name, passphrase=PASSPHRASE)
    sam = Side(journal, Supervision(journal), sam.folder)
    try:
        sam.supervision.import_file(reply)
        restored = journal.get_reflection(saved.uuid)
        journal.save_reflection(dataclasses.replace(restored, notes="after the new laptop"))
        again = sam.supervision.export_share(dana.key_id, [saved.uuid], sam.folder)
        assert dana.supervision.import_file(again).count == 1
        (seen,) = dana.supervision.shared_with_me()
        assert seen.reflection.notes == "after the new laptop"
    finally:
        journal.close()


def test_the_supervisors_comments_take_versions_from_the_counter(pair: Pair) -> None:
    sam, dana = pair.visitor, pair.supervisor
    saved = sam.journal.add_reflection(visit("commented"))
    dana.supervision.import_file(
        sam.supervision.export_share(dana.key_id, [saved.uuid], sam.folder)
    )
    first = dana.supervision.add_comment(sam.key_id, saved.uuid, None, "Draft")
    edited = dana.journal.exchange.add_shared_comment(
        sam.key_id, dataclasses.replace(first, body="Said better")
    )
    assert edited.version > first.version > 1
    (stored,) = dana.supervision.my_comments(sam.key_id)
    assert (stored.body, stored.version) == ("Said better", edited.version)


def test_a_reply_cannot_push_versions_to_where_packets_are_refused(pair: Pair) -> None:
    sam, dana = pair.visitor, pair.supervisor
    saved = sam.journal.add_reflection(visit("shared"))
    dana.supervision.import_file(
        sam.supervision.export_share(dana.key_id, [saved.uuid], sam.folder)
    )
    comment = dana.supervision.add_comment(sam.key_id, saved.uuid, None, "Hello")
    to_sam = _contact_of(dana, sam)
    for seen, taken in ((MAX_SEEN, False), (MAX_SEEN - 1, True)):
        raw, _ = seal(
            dana.supervision.identity(), to_sam, "reply", reply_body([comment], seen), sequence=9
        )
        if taken:
            sam.supervision.import_bytes(raw)
        else:
            with pytest.raises(PacketRejected):
                sam.supervision.import_bytes(raw)
    edited = sam.journal.save_reflection(dataclasses.replace(saved, notes="still goes"))
    assert edited.version == MAX_SEEN
    path = sam.supervision.export_share(dana.key_id, [saved.uuid], sam.folder)
    assert dana.supervision.import_file(path).count == 1
