"""The journal's record of packets, and what an outgoing packet carried.

Sending happens in two transactions with the file written between them: first the packet
is recorded (so its sequence number is never used again, even if the file never appears),
then, only once the file is in place and read back, its reflections are marked shared and
its comments sent. A crash between the two leaves nothing marked, so the reflections are
simply offered again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, text

from reflect.domain.packet import PacketHeader
from reflect.storage.clock import Clock
from reflect.storage.packet_imports import record_packet

Writer = Callable[[], contextlib.AbstractContextManager[Connection]]
Reader = Callable[[Callable[[Connection], Any]], Any]


class PacketRecords:
    """Reached as `journal.exchange.packets`; every call raises `ReflectError` with a sentence."""

    def __init__(self, write: Writer, read: Reader, clock: Clock) -> None:
        self._write = write
        self._read = read
        self._clock = clock

    def record_sent(self, header: PacketHeader) -> None:
        """Count a packet as sent before its file is written: its number is never reused."""
        with self._write() as conn:
            record_packet(conn, header, "out", header.recipient_key_id, self._clock())

    def mark_delivered(
        self,
        header: PacketHeader,
        *,
        shared_uuids: Iterable[str] = (),
        comment_uuids: Iterable[str] = (),
    ) -> None:
        """The recorded packet's file is in place and reads back: mark what it carried."""
        with self._write() as conn:
            shared = [{"u": u, "k": header.recipient_key_id} for u in shared_uuids]
            if shared:
                conn.execute(
                    text("UPDATE reflections SET share_state = 'shared' WHERE uuid = :u"), shared
                )
                conn.execute(
                    text(
                        "INSERT INTO sent_reflections (contact_key_id, reflection_uuid) "
                        "VALUES (:k, :u) ON CONFLICT DO NOTHING"
                    ),
                    shared,
                )
            sent = [{"p": header.packet_id, "u": u} for u in comment_uuids]
            if sent:
                conn.execute(
                    text(
                        "UPDATE shared_comments SET sent_packet_id = :p "
                        "WHERE uuid = :u AND sent_packet_id IS NULL"
                    ),
                    sent,
                )

    def known_ids(self) -> frozenset[str]:
        """Every packet id this journal has imported or sent."""
        rows = self._read(lambda c: c.execute(text("SELECT packet_id FROM packets")).all())
        return frozenset(str(r[0]) for r in rows)
