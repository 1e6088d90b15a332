"""A supervision packet as read: who sent it, to whom, in what order, and what it carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class PacketHeader:
    """The signed header: enough to refuse a forged, forwarded, replayed or older packet."""

    packet_id: str
    kind: str
    sequence: int
    created_at: dt.datetime
    sender_key_id: str
    recipient_key_id: str
    in_reply_to: str | None = None


@dataclass(frozen=True, slots=True)
class Packet:
    """A verified packet: its header and its body (plain JSON values)."""

    header: PacketHeader
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, to tell the user in one sentence."""

    kind: str
    sender_name: str
    count: int
