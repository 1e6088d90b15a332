"""Sharing for supervision between two real journals: what goes out, what comes back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path

import pytest
from pyrage import decrypt, x25519

from reflect.domain.comment import Comment
from reflect.domain.contact import ContactRole
from reflect.domain.errors import PacketRejected
from reflect.domain.reflection import Answer, Reflection, ShareState
from reflect.domain.reflection_document import to_document
from reflect.exchange.packet import MAX_PACKET_BYTES, NOT_SIGNED, seal
from tests.helpers.exchange_pair import Pair, Side, damaged_variants, make_side, visit

DAMAGED = PacketRejected.message


def _share_two_of_five(pair: Pair) -> tuple[list[str], Path]:
    visitor = pair.visitor
    saved = [
        visitor.journal.add_reflection(
            visit(f"visit-marker-{i}", private="PRIVATE-WORDS" if i == 1 else "", day=i + 1)
        )
        for i in range(5)
    ]
    chosen = [saved[1].uuid, saved[3].uuid]
    path = visitor.supervision.export_share(pair.supervisor.key_id, chosen, visitor.folder)
    return chosen, path


def test_the_packet_holds_exactly_the_chosen_reflections_without_private_answers(
    pair: Pair,
) -> None:
    chosen, path = _share_two_of_five(pair)
    identity = pair.supervisor.supervision.identity()
    plaintext = decrypt(path.read_bytes(), [x25519.Identity.from_str(identity.age_secret)])
    document = json.loads(plaintext)
    expected = [to_document(pair.visitor.journal.get_reflection(u)) for u in chosen]
    assert document["body"] == {"reflections": expected}
    assert b"PRIVATE-WORDS" not in plaintext
    for unchosen in (0, 2, 4):
        assert f"visit-marker-{unchosen}".encode() not in plaintext
    assert all(len(r["answers"]) == 2 for r in document["body"]["reflections"])
    header = document["header"]
    assert header["recipient_key_id"] == pair.supervisor.key_id
    assert header["sender_key_id"] == pair.visitor.key_id
    assert {"format", "version", "packet_id", "sequence", "created_at", "in_reply_to"} <= set(
        header
    )
    states = {u: pair.visitor.journal.get_reflection(u).share_state for u in chosen}
    assert set(states.values()) == {ShareState.SHARED}


def test_no_plaintext_file_appears_in_temp_or_export_folders(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    marker = "ZEBRA-MARKER-7731"
    uuid = pair.visitor.journal.add_reflection(visit(marker)).uuid
    pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid], pair.visitor.folder)
    leaked = [p for p in tmp_path.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]
    assert leaked == []
    assert [p.suffix for p in pair.visitor.folder.iterdir()] == [".reflect-packet"]


def test_comments_come_back_on_the_reflection_and_on_the_answer(pair: Pair) -> None:
    chosen, path = _share_two_of_five(pair)
    before = pair.visitor.journal.get_reflection(chosen[0])
    result = pair.supervisor.supervision.import_file(path)
    assert (result.kind, result.sender_name, result.count) == ("supervision", "Sam", 2)
    shared = pair.supervisor.journal.exchange.shared_reflections()
    assert [s.supervisee_name for s in shared] == ["Sam", "Sam"]
    assert {s.reflection.uuid for s in shared} == set(chosen)
    sup = pair.supervisor.supervision
    sup.add_comment(pair.visitor.key_id, chosen[0], None, "What did you notice in yourself?")
    sup.add_comment(
        pair.visitor.key_id, chosen[0], "after-visit.seen", "Lovely noticing of his gaze."
    )
    reply = sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    result = pair.visitor.supervision.import_file(reply)
    assert (result.kind, result.sender_name, result.count) == ("reply", "Dana", 2)
    comments = pair.visitor.journal.comments_for(chosen[0])
    assert [(c.author, c.prompt_id, c.read) for c in comments] == [
        ("Dana", None, False),
        ("Dana", "after-visit.seen", False),
    ]
    assert comments[1].body == "Lovely noticing of his gaze."
    assert pair.visitor.journal.get_reflection(chosen[0]) == before
    with pytest.raises(Exception, match="no new comments"):
        sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)


def test_a_replayed_packet_changes_nothing(pair: Pair) -> None:
    chosen, path = _share_two_of_five(pair)
    pair.supervisor.supervision.import_file(path)
    before = pair.supervisor.journal.exchange.shared_reflections()
    again = pair.supervisor.supervision.import_file(path)  # quietly: not an error
    assert (again.already_imported, again.count) == (True, 0)
    assert pair.supervisor.journal.exchange.shared_reflections() == before
    sup = pair.supervisor.supervision
    sup.add_comment(pair.visitor.key_id, chosen[0], None, "Once only")
    reply = sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    pair.visitor.supervision.import_file(reply)
    again = pair.visitor.supervision.import_file(reply)
    assert (again.kind, again.already_imported, again.count) == ("reply", True, 0)
    assert [c.body for c in pair.visitor.journal.comments_for(chosen[0])] == ["Once only"]


def test_an_older_packet_after_a_newer_one_is_imported_too(pair: Pair) -> None:
    chosen, path = _share_two_of_five(pair)
    pair.supervisor.supervision.import_file(path)
    sup = pair.supervisor.supervision
    sup.add_comment(pair.visitor.key_id, chosen[0], None, "First")
    older = sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    sup.add_comment(pair.visitor.key_id, chosen[1], None, "Second")
    newer = sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    assert pair.visitor.supervision.import_file(newer).count == 1
    assert pair.visitor.supervision.import_file(older).count == 1
    assert [c.body for c in pair.visitor.journal.comments_for(chosen[0])] == ["First"]
    assert [c.body for c in pair.visitor.journal.comments_for(chosen[1])] == ["Second"]


def test_damaged_packets_are_refused_and_leave_the_journal_unchanged(pair: Pair) -> None:
    _, path = _share_two_of_five(pair)
    raw = path.read_bytes()
    variants = damaged_variants(raw, seed=11)
    supervision = pair.supervisor.supervision
    accepted = 0
    for variant in variants:
        started = time.monotonic()
        try:
            supervision.import_bytes(variant)
            accepted += 1
        except PacketRejected as error:
            assert str(error) == DAMAGED
        assert time.monotonic() - started < 2
    assert accepted == 0
    assert pair.supervisor.journal.exchange.shared_reflections() == []
    # Nothing was recorded either: the real packet still imports, once.
    assert supervision.import_bytes(raw).count == 2


def test_forged_forwarded_and_oversized_packets_are_refused(pair: Pair, tmp_path: Path) -> None:
    stranger = make_side(tmp_path / "stranger")
    stranger.supervision.add_contact(
        "Dana?", pair.supervisor.supervision.my_contact().line, ContactRole.SUPERVISOR
    )
    stranger_uuid = stranger.journal.add_reflection(visit("forged")).uuid
    forged = stranger.supervision.export_share(
        pair.supervisor.key_id, [stranger_uuid], stranger.folder
    )
    with pytest.raises(PacketRejected, match="not signed by one of your contacts"):
        pair.supervisor.supervision.import_file(forged)
    assert NOT_SIGNED.startswith("This packet is not signed")
    _, path = _share_two_of_five(pair)
    # Forwarded: the supervisor passes the visitor's packet on to someone else.
    stranger.supervision.add_contact(
        "Sam", pair.visitor.supervision.my_contact().line, ContactRole.SUPERVISEE
    )
    with pytest.raises(PacketRejected, match="not addressed to you"):
        stranger.supervision.import_file(path)
    huge = tmp_path / "huge.reflect-packet"
    with huge.open("wb") as handle:
        handle.truncate(MAX_PACKET_BYTES + 1)  # sparse: the size is refused before reading
    started = time.monotonic()
    with pytest.raises(PacketRejected, match="too large"):
        pair.supervisor.supervision.import_file(huge)
    assert time.monotonic() - started < 2
    assert pair.supervisor.journal.exchange.shared_reflections() == []
    stranger.journal.close()


def _sealed(sender: Side, recipient: Side, kind: str, body: dict[str, object]) -> bytes:
    contact = next(c for c in sender.supervision.contacts() if c.key_id == recipient.key_id)
    raw, _ = seal(sender.supervision.identity(), contact, kind, body, sequence=5)
    return raw


@pytest.mark.parametrize(
    "body",
    [
        {"reflections": [{"uuid": "not-a-uuid"}]},
        {"reflections": "many"},
        {"reflections": [], "extra": 1},
        {"reflections": [{"uuid": 7, "answers": [[[]]]}]},
        {"comments": [{"uuid": "x"}]},
    ],
)
def test_signed_packets_with_a_malformed_body_import_nothing(
    pair: Pair, body: dict[str, object]
) -> None:
    raw = _sealed(pair.visitor, pair.supervisor, "supervision", body)
    with pytest.raises(PacketRejected, match="damaged"):
        pair.supervisor.supervision.import_bytes(raw)
    assert pair.supervisor.journal.exchange.shared_reflections() == []
    assert pair.supervisor.journal.exchange.last_received(pair.visitor.key_id) is None


def test_import_never_changes_the_importers_own_reflections(pair: Pair) -> None:
    own = pair.supervisor.journal.add_reflection(visit("supervisor-own"))
    twin = dataclasses.replace(visit("visitor-twin"), uuid=own.uuid)
    pair.visitor.journal.add_reflection(twin)
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [own.uuid], pair.visitor.folder
    )
    pair.supervisor.supervision.import_file(path)
    assert pair.supervisor.journal.get_reflection(own.uuid) == own
    assert pair.supervisor.journal.comments_for(own.uuid) == []
    shared = pair.supervisor.journal.exchange.shared_reflections()
    assert "visitor-twin" in shared[0].reflection.answers[0].text
    # A reply about a reflection this journal does not have adds nothing anywhere.
    stray = Comment(own.uuid, "", "about nothing", dt.datetime.now(dt.UTC))
    pair.supervisor.journal.exchange.add_shared_comment(pair.visitor.key_id, stray)
    pair.visitor.journal.delete_reflection(own.uuid)
    reply = pair.supervisor.supervision.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    assert pair.visitor.supervision.import_file(reply).count == 0


def test_the_exchange_folder_lists_imports_and_moves_but_never_deletes(pair: Pair) -> None:
    from reflect.exchange.exchange_folder import IMPORTED, import_from_folder, incoming

    shared_folder = pair.visitor.folder
    chosen, path = _share_two_of_five(pair)
    assert incoming(shared_folder, pair.visitor.supervision) == []  # my own outgoing packet
    waiting = incoming(shared_folder, pair.supervisor.supervision)
    assert [(w.path, w.kind, w.sender_name) for w in waiting] == [(path, "supervision", "Sam")]
    copy = shared_folder / "copy.reflect-packet"
    copy.write_bytes(path.read_bytes())
    result = import_from_folder(path, pair.supervisor.supervision)
    assert result is not None and result.count == 2
    assert not path.exists() and (shared_folder / IMPORTED / path.name).exists()
    assert incoming(shared_folder, pair.supervisor.supervision) == []  # the copy: imported
    assert import_from_folder(copy, pair.supervisor.supervision) is None
    files = sorted(p.name for p in (shared_folder / IMPORTED).iterdir())
    assert files == sorted([path.name, copy.name])
    assert os.listdir(shared_folder) == [IMPORTED]
    assert len(pair.supervisor.journal.exchange.shared_reflections()) == len(chosen)


def test_a_supervisors_own_reflection_never_travels_in_a_reply(pair: Pair) -> None:
    chosen, path = _share_two_of_five(pair)
    sup = pair.supervisor.supervision
    sup.import_file(path)
    # The supervisor's own reflection after the session, even marked to bring somewhere.
    own = Reflection(
        visit_date=dt.date(2026, 11, 20),
        family_code="KL",
        template_id="supervisor-reflection",
        answers=(Answer("supervisor-reflection.what-stayed", "MY-OWN-SUPERVISOR-WORDS"),),
        share_state=ShareState.TO_SHARE,
    )
    pair.supervisor.journal.add_reflection(own)
    sup.add_comment(pair.visitor.key_id, chosen[0], None, "A comment for Sam.")
    reply = sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    identity = pair.visitor.supervision.identity()
    plaintext = decrypt(reply.read_bytes(), [x25519.Identity.from_str(identity.age_secret)])
    assert b"A comment for Sam." in plaintext
    assert b"MY-OWN-SUPERVISOR-WORDS" not in plaintext
    assert b"supervisor-reflection" not in plaintext
