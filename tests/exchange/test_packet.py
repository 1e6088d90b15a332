"""Packets: what is sealed is what is opened, and nothing else ever is."""

from __future__ import annotations

import json
import time

import pytest

from reflect.domain.errors import PacketRejected
from reflect.exchange.identity import Identity, parse_contact_line
from reflect.exchange.packet import MAX_PACKET_BYTES, open_packet, seal
from reflect.exchange.strict_json import loads
from tests.helpers.exchange_pair import damaged_variants

BODY = {
    "reflections": [
        {"uuid": "u-1", "answers": [{"prompt": "after-visit.seen", "text": "Mom named his frown."}]}
    ]
}
DAMAGED = "This packet is damaged or not addressed to you. Nothing was imported."


@pytest.fixture(scope="module")
def people() -> tuple[Identity, Identity, Identity]:
    return Identity.generate(), Identity.generate(), Identity.generate()


def test_round_trip_between_paired_people(people: tuple[Identity, Identity, Identity]) -> None:
    visitor, supervisor, _ = people
    to_supervisor = parse_contact_line("Supervisor", supervisor.public().line)
    raw, header = seal(visitor, to_supervisor, "supervision", BODY, sequence=3)
    assert raw.startswith(b"age-encryption.org/v1")
    assert b"Mom named" not in raw
    packet = open_packet(raw, supervisor, [visitor.public("Visitor")])
    assert packet.body == BODY
    assert packet.header == header


def test_bit_flips_truncations_and_appended_bytes_are_all_refused(
    people: tuple[Identity, Identity, Identity],
) -> None:
    visitor, supervisor, _ = people
    raw, _ = seal(visitor, supervisor.public(), "supervision", BODY, sequence=1)
    contacts = [visitor.public()]
    variants = damaged_variants(raw, seed=5)
    accepted = 0
    for variant in variants:
        started = time.monotonic()
        try:
            open_packet(variant, supervisor, contacts)
            accepted += 1
        except PacketRejected as error:
            assert str(error) == DAMAGED
        assert time.monotonic() - started < 2
    assert accepted == 0


def test_forged_forwarded_and_oversized_packets(
    people: tuple[Identity, Identity, Identity],
) -> None:
    visitor, supervisor, stranger = people
    forged, _ = seal(stranger, supervisor.public(), "supervision", BODY, sequence=1)
    with pytest.raises(PacketRejected) as error:
        open_packet(forged, supervisor, [visitor.public()])
    assert "not signed by one of your contacts" in str(error.value)
    for_someone_else, _ = seal(visitor, stranger.public(), "supervision", BODY, sequence=1)
    with pytest.raises(PacketRejected) as error:
        open_packet(for_someone_else, supervisor, [visitor.public()])
    assert str(error.value) == DAMAGED
    with pytest.raises(PacketRejected) as error:
        open_packet(b"x" * (MAX_PACKET_BYTES + 1), supervisor, [visitor.public()])
    assert "too large" in str(error.value)


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 40 + b"]" * 40,
        b'{"a": 1, "a": 2}',
        b'{"a": NaN}',
        b'{"a": Infinity}',
        b'{"a": "\\udc80"}',
        json.dumps({"a": "x" * 300_000}).encode(),
        b"\xff\xfe",
        b"[" * 100_000,
    ],
)
def test_hostile_json_is_refused_quickly(raw: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(PacketRejected):
        loads(raw)
    assert time.monotonic() - started < 2


def test_contact_lines_are_checked() -> None:
    with pytest.raises(Exception) as error:
        parse_contact_line("x", "not a key")
    assert "not a Reflect exchange key" in str(error.value)
