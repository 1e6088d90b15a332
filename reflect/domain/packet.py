"""A supervision packet as read: who sent it, to whom, in what order, and what it carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

MAX_SEQUENCE = 2**62
"""Sequence numbers stay below this (well inside SQLite's 64-bit integers); a sender never
uses more, and a number near it locks nobody out: packets are told apart by id, not order."""


@dataclass(frozen=True, slots=True)
class PacketHeader:
    """The signed header: enough to refuse a forged or forwarded packet and spot a replay.

    `format` is the packet format it was written in (1 before items carried versions).
    """

    packet_id: str
    kind: str
    sequence: int
    created_at: dt.datetime
    sender_key_id: str
    recipient_key_id: str
    in_reply_to: str | None = None
    format: int = 2


@dataclass(frozen=True, slots=True)
class Packet:
    """A verified packet: its header and its body (plain JSON values)."""

    header: PacketHeader
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, to tell the user in one sentence.

    `count` is what is new or newer than what was here; `already_imported` says the packet
    had been imported before (a replay), so nothing changed.
    """

    kind: str
    sender_name: str
    count: int
    already_imported: bool = False


@dataclass(frozen=True, slots=True)
class Imported:
    """What taking in several waiting packets did: each import, and a sentence for each
    packet that could not be taken in (never its contents)."""

    results: tuple[ImportResult, ...]
    problems: tuple[str, ...] = ()
