"""The journal's side of supervision: its own keys, contacts, packets and shared reflections.

Import runs in one transaction: the replay check, the packet's record and everything it
adds commit together or not at all (see `packet_imports`). Import only adds: it never
changes or deletes the importer's own reflections. What supervisees shared is kept by
`shared_records`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, text

from reflect.domain.comment import Comment
from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.packet import PacketHeader
from reflect.domain.reflection import Reflection
from reflect.domain.shared_reflection import SharedReflection
from reflect.storage import item_clock, packet_imports, shared_records
from reflect.storage.clock import Clock, to_text
from reflect.storage.packet_records import PacketRecords
from reflect.storage.removals import Removals, dismissed

T = TypeVar("T")
Writer = Callable[[], contextlib.AbstractContextManager[Connection]]
Reader = Callable[[Callable[[Connection], Any]], Any]


class ExchangeRecords:
    """Reached as `journal.exchange`; every call raises `ReflectError` with a sentence."""

    def __init__(self, write: Writer, read: Reader, clock: Clock) -> None:
        self._write = write
        self._read_any = read
        self._clock = clock
        self.packets = PacketRecords(write, read, clock)
        """Packets sent (recorded first, marked delivered once their file reads back)."""

    def _read(self, work: Callable[[Connection], T]) -> T:
        return cast(T, self._read_any(work))

    @property
    def removals(self) -> Removals:
        """Removing a person under People, or a reflection someone shared."""
        return Removals(self._write, self._read_any, self._clock)

    # ------------------------------------------------------------ identity
    def identity(self) -> tuple[str, bytes] | None:
        """This journal's (age secret, Ed25519 secret), or None before the first use."""
        row = self._read(
            lambda c: c.execute(
                text("SELECT age_secret, signing_secret FROM exchange_identity WHERE id = 1")
            ).first()
        )
        return None if row is None else (str(row[0]), bytes(row[1]))

    def save_identity(self, age_secret: str, signing_secret: bytes) -> tuple[str, bytes]:
        """Keep these keys unless the journal already has some; returns the journal's keys."""
        with self._write() as conn:
            conn.execute(
                text(
                    "INSERT INTO exchange_identity (id, age_secret, signing_secret, created_at) "
                    "VALUES (1, :a, :s, :now) ON CONFLICT(id) DO NOTHING"
                ),
                {"a": age_secret, "s": signing_secret, "now": to_text(self._clock())},
            )
            row = conn.execute(
                text("SELECT age_secret, signing_secret FROM exchange_identity WHERE id = 1")
            ).one()
        return str(row[0]), bytes(row[1])

    # ------------------------------------------------------------ contacts
    def contacts(self) -> list[Contact]:
        """Everyone this journal exchanges with, by name."""
        return self._read(_contacts)

    def add_contact(self, contact: Contact) -> Contact:
        """Add a supervisor or supervisee; the same keys twice is refused with a sentence."""
        if not contact.name.strip():
            raise InvalidInput("Please give this person a name, so you know who they are.")
        with self._write() as conn:
            known = conn.execute(
                text("SELECT name FROM contacts WHERE key_id = :k"), {"k": contact.key_id}
            ).first()
            if known is not None:
                raise InvalidInput(
                    "You already have this exchange key under People. Nothing was added."
                )
            conn.execute(
                text(
                    "INSERT INTO contacts (key_id, name, age_recipient, signing_key, role, "
                    "verified, added_at) VALUES (:k, :n, :a, :s, :r, :v, :now)"
                ),
                {
                    "k": contact.key_id,
                    "n": contact.name.strip(),
                    "a": contact.age_recipient,
                    "s": contact.signing_key,
                    "r": str(contact.role),
                    "v": contact.verified,
                    "now": to_text(self._clock()),
                },
            )
        return contact

    def set_contact_verified(self, key_id: str, verified: bool) -> None:
        """Record that the fingerprints were compared (or un-record it)."""
        with self._write() as conn:
            result = conn.execute(
                text("UPDATE contacts SET verified = :v WHERE key_id = :k"),
                {"v": verified, "k": key_id},
            )
            if result.rowcount == 0:
                raise NotFound

    # ------------------------------------------------------------ packets
    def next_sequence(self, recipient_key_id: str) -> int:
        """The sequence number for the next packet to this contact.

        Never below the current time in milliseconds, so the numbers still rise after a
        backup is restored (they only help people tell packets apart: the receiver imports
        whatever it has not seen), and never one the receiver refuses.
        """
        now = self._clock()
        return self._read(lambda c: packet_imports.next_sequence(c, recipient_key_id, now))

    def last_received(self, sender_key_id: str) -> str | None:
        """The id of the newest packet imported from this contact (what a reply answers)."""
        row = self._read(
            lambda c: c.execute(
                text(
                    "SELECT packet_id FROM packets WHERE contact_key_id = :k AND direction = 'in' "
                    "ORDER BY sequence DESC LIMIT 1"
                ),
                {"k": sender_key_id},
            ).first()
        )
        return None if row is None else str(row[0])

    def has_packet(self, packet_id: str) -> bool:
        """True when this packet was already imported (or written) here."""
        return self._read(
            lambda c: (
                c.execute(
                    text("SELECT 1 FROM packets WHERE packet_id = :p"), {"p": packet_id}
                ).first()
                is not None
            )
        )

    def import_supervision(
        self,
        header: PacketHeader,
        reflections: Iterable[Reflection],
        questions: Mapping[str, dict[str, str]] | None = None,
    ) -> int:
        """Keep a supervisee's shared reflections; returns how many were new or newer.

        `questions` are the questions each reflection's answers carried, by reflection uuid.
        A replay raises `PacketAlreadyImported` and changes nothing.
        """
        now = self._clock()
        with self._write() as conn:
            packet_imports.accept(conn, header, now)
            kept = [
                r
                for r in reflections
                # Deleted by the supervisor: only a newer version, shared again, comes back.
                if not dismissed(conn, header.sender_key_id, r.uuid, r.version)
            ]
            return packet_imports.take_reflections(conn, header, kept, questions or {}, now)

    def import_reply(
        self, header: PacketHeader, comments: Iterable[Comment], *, versions_seen: int = 1
    ) -> int:
        """Add a supervisor's comments to my reflections; returns how many were new or newer.

        The journal's item counter moves on to `versions_seen` (the newest version of mine
        the supervisor holds), as a Lamport clock does on receiving. A replay raises
        `PacketAlreadyImported` and changes nothing.
        """
        with self._write() as conn:
            packet_imports.accept(conn, header, self._clock())
            item_clock.advance_to(conn, versions_seen)
            return packet_imports.take_comments(conn, header, comments)

    def highest_shared_version(self, supervisee_key_id: str) -> int:
        """The greatest version among what this supervisee shared with me (1 if nothing)."""
        return self._read(lambda c: shared_records.highest_version(c, supervisee_key_id))

    # ------------------------------------------------------------ shared with me
    def shared_reflections(self) -> list[SharedReflection]:
        """What supervisees shared, grouped by supervisee name, newest visit first."""
        return self._read(shared_records.shared)

    def shared_reflection(self, supervisee_key_id: str, uuid: str) -> SharedReflection:
        """One shared reflection."""
        for found in self._read(lambda c: shared_records.shared(c, supervisee_key_id, uuid)):
            return found
        raise NotFound

    def add_shared_comment(self, supervisee_key_id: str, comment: Comment) -> Comment:
        """The supervisor's comment on a shared reflection (or one of its answers)."""
        with self._write() as conn:
            return shared_records.add_comment(conn, supervisee_key_id, comment)

    def delete_shared_comment(self, uuid: str) -> None:
        """Take back a comment that has not been sent yet."""
        with self._write() as conn:
            shared_records.delete_comment(conn, uuid)

    def shared_comments(
        self, supervisee_key_id: str, *, unsent_only: bool = False
    ) -> list[Comment]:
        """My comments on a supervisee's reflections, oldest first; `read` means sent."""
        return self._read(lambda c: shared_records.comments(c, supervisee_key_id, unsent_only))

    # ------------------------------------------------------------ settings
    def setting(self, key: str, default: str = "") -> str:
        """A value kept in the journal (exchange folder, never-write list, hours goal)."""
        row = self._read(
            lambda c: c.execute(
                text("SELECT value FROM meta WHERE key = :k"), {"k": f"setting.{key}"}
            ).first()
        )
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        """Keep a setting in the journal (so it is encrypted and backed up with it)."""
        with self._write() as conn:
            conn.execute(
                text(
                    "INSERT INTO meta (key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {"k": f"setting.{key}", "v": value},
            )


def _contacts(conn: Connection) -> list[Contact]:
    return [
        Contact(str(r[0]), str(r[1]), bytes(r[2]), ContactRole(r[3]), bool(r[4]))
        for r in conn.execute(
            text(
                "SELECT name, age_recipient, signing_key, role, verified FROM contacts "
                "WHERE key_id NOT IN (SELECT key_id FROM removed_contacts) "
                "ORDER BY name COLLATE NOCASE, id"
            )
        )
    ]
