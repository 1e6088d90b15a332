"""Packets signed by a real contact that still must not be stored, and odd files.

A contact's key can be misused or their app can be wrong; either way the answer is a
sentence and an unchanged journal, never a crash.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from reflect.domain.errors import PacketRejected, ReflectError
from reflect.domain.reflection import ShareState
from reflect.exchange.packet import seal
from reflect.exchange.supervision import read_packet_file
from tests.helpers.exchange_pair import Pair, Side, visit


def _sealed(
    sender: Side, recipient: Side, kind: str, body: dict[str, Any], *, sequence: int = 5
) -> bytes:
    contact = next(c for c in sender.supervision.contacts() if c.key_id == recipient.key_id)
    raw, _ = seal(sender.supervision.identity(), contact, kind, body, sequence=sequence)
    return raw


def _reply(pair: Pair, reflection_uuid: str, **changes: Any) -> dict[str, Any]:
    comment = {
        "uuid": str(uuid.uuid4()),
        "reflection_uuid": reflection_uuid,
        "prompt_id": None,
        "body": "A thought.",
        "created_at": "2026-11-21T10:00:00+00:00",
        "version": 1,
    }
    return {"comments": [{**comment, **changes}]}


def _shared_one(pair: Pair) -> str:
    uuid_ = pair.visitor.journal.add_reflection(visit("shared")).uuid
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [uuid_], pair.visitor.folder
    )
    pair.supervisor.supervision.import_file(path)
    return uuid_


@pytest.mark.parametrize(
    "created_at",
    [
        "9999-12-31T23:00:00-05:00",  # beyond what the journal can store
        "0001-01-01T00:00:00+05:00",
        "2026-01-02T00:00:00",  # no time zone
        20260101,
        "1890-01-01T00:00:00+00:00",
    ],
)
def test_odd_comment_times_are_refused_whole(pair: Pair, created_at: object) -> None:
    shared = _shared_one(pair)
    raw = _sealed(
        pair.supervisor, pair.visitor, "reply", _reply(pair, shared, created_at=created_at)
    )
    with pytest.raises(PacketRejected, match="damaged"):
        pair.visitor.supervision.import_bytes(raw)
    assert pair.visitor.journal.comments_for(shared) == []


def test_odd_sequence_numbers_are_refused(pair: Pair) -> None:
    shared = _shared_one(pair)
    for sequence in (2**63, 2**64 + 5):
        raw = _sealed(
            pair.supervisor, pair.visitor, "reply", _reply(pair, shared), sequence=sequence
        )
        with pytest.raises(PacketRejected, match="damaged"):
            pair.visitor.supervision.import_bytes(raw)
    assert pair.visitor.journal.comments_for(shared) == []


def test_a_reply_comments_only_on_what_was_shared_with_its_sender(pair: Pair) -> None:
    shared = _shared_one(pair)
    private = pair.visitor.journal.add_reflection(visit("never shared", share=False)).uuid
    body = {"comments": _reply(pair, shared)["comments"] + _reply(pair, private)["comments"]}
    raw = _sealed(pair.supervisor, pair.visitor, "reply", body)
    assert pair.visitor.supervision.import_bytes(raw).count == 1
    assert len(pair.visitor.journal.comments_for(shared)) == 1
    assert pair.visitor.journal.comments_for(private) == []


def test_roles_decide_who_sends_what(pair: Pair) -> None:
    shared = _shared_one(pair)
    # A supervisee cannot send replies; a supervisor cannot send shared reflections.
    raw = _sealed(pair.visitor, pair.supervisor, "reply", _reply(pair, shared))
    with pytest.raises(PacketRejected, match="does not fit how you are paired"):
        pair.supervisor.supervision.import_bytes(raw)
    own = pair.supervisor.journal.add_reflection(visit("supervisor's own"))
    raw = _sealed(pair.supervisor, pair.visitor, "supervision", {"reflections": []})
    with pytest.raises(PacketRejected, match="does not fit how you are paired"):
        pair.visitor.supervision.import_bytes(raw)
    assert pair.supervisor.journal.comments_for(own.uuid) == []


def test_many_comments_import_quickly(pair: Pair) -> None:
    shared = _shared_one(pair)
    comments = [
        {**_reply(pair, shared)["comments"][0], "uuid": str(uuid.uuid4()), "body": f"note {i}"}
        for i in range(2000)
    ]
    raw = _sealed(pair.supervisor, pair.visitor, "reply", {"comments": comments})
    started = time.monotonic()
    assert pair.visitor.supervision.import_bytes(raw).count == 2000
    assert time.monotonic() - started < 5  # one re-index for the reflection, not 2,000
    hits = pair.visitor.journal.search("note")
    assert [h.summary.uuid for h in hits] == [shared]


def test_a_restored_sender_still_gets_through(pair: Pair) -> None:
    """Restoring a backup rewinds the journal; its next packet is still taken in."""
    first = pair.visitor.journal.add_reflection(visit("before the backup"))
    backup = pair.visitor.journal.create_backup("manual")
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [first.uuid], pair.visitor.folder
    )
    pair.supervisor.supervision.import_file(path)
    pair.visitor.journal.restore_backup(backup.name)
    again = pair.visitor.journal.get_reflection(first.uuid)
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [again.uuid], pair.visitor.folder
    )
    result = pair.supervisor.supervision.import_file(path)
    assert (result.already_imported, result.count) == (False, 0)  # the same version: kept
    assert len(pair.supervisor.journal.exchange.shared_reflections()) == 1


def test_an_older_packet_in_the_exchange_folder_is_imported_and_moved_aside(pair: Pair) -> None:
    from reflect.exchange.exchange_folder import IMPORTED, import_from_folder

    first = pair.visitor.journal.add_reflection(visit("one")).uuid
    second = pair.visitor.journal.add_reflection(visit("two")).uuid
    older = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [first], pair.visitor.folder
    )
    newer = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [second], pair.visitor.folder
    )
    assert import_from_folder(newer, pair.supervisor.supervision) is not None
    result = import_from_folder(older, pair.supervisor.supervision)
    assert result is not None and result.count == 1
    shared = {s.reflection.uuid for s in pair.supervisor.journal.exchange.shared_reflections()}
    assert shared == {first, second}
    assert sorted(p.name for p in (pair.visitor.folder / IMPORTED).iterdir()) == sorted(
        [older.name, newer.name]
    )


def test_devices_and_pipes_are_not_read(tmp_path: Path) -> None:
    zero = tmp_path / "zero.reflect-packet"
    zero.symlink_to("/dev/zero")
    pipe = tmp_path / "pipe.reflect-packet"
    os.mkfifo(pipe)
    for path in (zero,):
        started = time.monotonic()
        with pytest.raises(PacketRejected):
            read_packet_file(path)
        assert time.monotonic() - started < 2
    # Opening a FIFO for reading would wait for a writer: the folder listing skips it.
    from reflect.exchange.exchange_folder import PacketReader, scan
    from reflect.exchange.identity import Identity

    started = time.monotonic()
    assert scan(tmp_path, PacketReader(Identity.generate(), (), frozenset())) == []
    assert time.monotonic() - started < 2


def test_a_packet_that_could_not_be_placed_is_offered_again(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file system refuses the final rename: no packet appears, and nothing is lost."""
    uuid_ = pair.visitor.journal.add_reflection(visit("to share")).uuid
    real_replace = os.replace

    def refuse(source: object, target: object) -> None:
        raise OSError("the folder refused the name")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReflectError, match=r"could not be saved in .*Nothing was marked shared"):
        pair.visitor.supervision.export_share(pair.supervisor.key_id, [uuid_], pair.visitor.folder)
    assert list(pair.visitor.folder.iterdir()) == []  # no partial file left either
    assert pair.visitor.journal.get_reflection(uuid_).share_state == ShareState.TO_SHARE
    monkeypatch.setattr(os, "replace", real_replace)
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [uuid_], pair.visitor.folder
    )
    assert pair.supervisor.supervision.import_file(path).count == 1
