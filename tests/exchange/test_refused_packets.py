"""A packet refused at import is moved aside, never offered again, and its reason kept."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from reflect.domain.errors import JournalClosed, PacketRejected
from reflect.exchange.exchange_folder import IMPORTED, REFUSED, import_from_folder, incoming
from reflect.exchange.packet import seal
from reflect.exchange.supervision import WRONG_ROLE, packet_file_name
from tests.helpers.exchange_pair import Pair, Side, visit


def _drop(sender: Side, recipient: Side, kind: str, body: dict[str, object]) -> Path:
    """A packet signed by `sender` for `recipient`, left in the shared folder."""
    contact = next(c for c in sender.supervision.contacts() if c.key_id == recipient.key_id)
    raw, header = seal(sender.supervision.identity(), contact, kind, body, sequence=7)
    path = recipient.folder / packet_file_name(kind, header.created_at, header.packet_id)
    path.write_bytes(raw)
    return path


def test_a_wrong_role_packet_is_refused_once_and_kept_with_its_reason(pair: Pair) -> None:
    sup = pair.supervisor.supervision
    path = _drop(pair.visitor, pair.supervisor, "reply", {"comments": []})
    assert [p.path for p in incoming(pair.supervisor.folder, sup)] == [path]
    with pytest.raises(PacketRejected, match="does not fit how you are paired"):
        import_from_folder(path, sup)
    assert not path.exists()
    assert (pair.supervisor.folder / REFUSED / path.name).is_file()
    assert incoming(pair.supervisor.folder, sup) == []  # never offered again
    (refused,) = sup.refused.all()
    assert (refused.name, refused.reason) == (path.name, WRONG_ROLE)
    sup.refused.dismiss(refused.name)
    assert sup.refused.all() == []
    assert (pair.supervisor.folder / REFUSED / path.name).is_file()  # nothing is deleted


def test_a_signed_but_damaged_packet_is_moved_to_refused(pair: Pair) -> None:
    sup = pair.supervisor.supervision
    body = {"reflections": [{"uuid": str(uuid.uuid4())}]}
    path = _drop(pair.visitor, pair.supervisor, "supervision", body)
    with pytest.raises(PacketRejected, match="damaged"):
        import_from_folder(path, sup)
    assert [p.name for p in (pair.supervisor.folder / REFUSED).iterdir()] == [path.name]
    assert [r.reason for r in sup.refused.all()] == [PacketRejected.message]
    # A good packet after it still comes in, and goes to imported/.
    shared = pair.visitor.journal.add_reflection(visit("good")).uuid
    good = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [shared], pair.supervisor.folder
    )
    result = import_from_folder(good, sup)
    assert result is not None and result.count == 1
    assert (pair.supervisor.folder / IMPORTED / good.name).is_file()


def test_a_packet_stays_in_the_inbox_until_it_is_taken_in(pair: Pair) -> None:
    """A failure that is not the packet's fault (the journal locked) moves nothing."""
    shared = pair.visitor.journal.add_reflection(visit("waiting")).uuid
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [shared], pair.supervisor.folder
    )
    sup = pair.supervisor.supervision
    pair.supervisor.journal.close()
    with pytest.raises(JournalClosed):
        import_from_folder(path, sup)
    assert path.is_file()
    assert not (pair.supervisor.folder / REFUSED).exists()
    assert not (pair.supervisor.folder / IMPORTED).exists()


def test_a_packet_from_someone_not_a_contact_is_listed_with_why_then_moved_aside(
    pair: Pair, tmp_path: Path
) -> None:
    """Like a packet from a removed contact: shown with its reason, refused once, kept."""
    from reflect.exchange.identity import Identity

    stranger = Identity.generate()
    me = pair.supervisor.supervision.my_contact()
    raw, header = seal(stranger, me, "supervision", {"reflections": []}, sequence=1)
    path = pair.supervisor.folder / packet_file_name("supervision", header.created_at, "ab")
    path.write_bytes(raw)
    sup = pair.supervisor.supervision
    (listed,) = incoming(pair.supervisor.folder, sup)
    assert "not signed by one of your contacts" in listed.problem
    with pytest.raises(PacketRejected, match="not signed by one of your contacts"):
        import_from_folder(path, sup)
    assert incoming(pair.supervisor.folder, sup) == []
    assert [r.name for r in sup.refused.all()] == [path.name]


def test_packets_move_aside_on_a_stick_without_hard_links(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT and exFAT USB sticks refuse os.link: the packet is still moved, never copied over."""
    import errno
    import os

    shared = pair.visitor.journal.add_reflection(visit("on a stick")).uuid
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [shared], pair.supervisor.folder
    )
    (pair.supervisor.folder / IMPORTED).mkdir()
    taken = pair.supervisor.folder / IMPORTED / path.name
    taken.write_bytes(b"an earlier packet of the same name")

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    result = import_from_folder(path, pair.supervisor.supervision)
    assert result is not None and result.count == 1
    assert not path.exists()
    assert taken.read_bytes() == b"an earlier packet of the same name"
    assert len(list((pair.supervisor.folder / IMPORTED).iterdir())) == 2
