"""The journal's side of supervision: its own keys, contacts, packets and shared reflections.

Import runs in one transaction: the replay and rollback checks, the packet's record and
everything it adds commit together or not at all. Import only adds: it never changes or
deletes the importer's own reflections.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, text

from reflect.domain.comment import Comment
from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import (
    InvalidInput,
    NotFound,
    PacketAlreadyImported,
    PacketOutOfDate,
)
from reflect.domain.packet import PacketHeader
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import from_document, to_document
from reflect.domain.shared_reflection import SharedReflection
from reflect.storage import record_store
from reflect.storage.clock import Clock, from_text, to_text
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

        Never below the current time in milliseconds: after a backup is restored, the
        numbers still rise, so the other side does not take new packets for old ones.
        """
        last = self._read(lambda c: _last_sequence(c, recipient_key_id, "out"))
        return max(last + 1, int(self._clock().timestamp() * 1000))

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

    @contextlib.contextmanager
    def sending(
        self,
        header: PacketHeader,
        *,
        shared_uuids: Iterable[str] = (),
        comment_uuids: Iterable[str] = (),
    ) -> Iterator[None]:
        """Record a packet as sent; the caller writes the file inside the `with` block.

        Shared reflections are marked shared and comments marked sent in the same
        transaction. If writing fails, nothing is recorded and the sequence number is reused.
        """
        with self._write() as conn:
            _record_packet(conn, header, "out", header.recipient_key_id, self._clock())
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
                    text("UPDATE shared_comments SET sent_packet_id = :p WHERE uuid = :u"), sent
                )
            yield

    def not_delivered(
        self, packet_id: str, *, shared_uuids: Iterable[str], comment_uuids: Iterable[str]
    ) -> None:
        """The recorded packet's file never appeared: offer its contents again.

        Its record (and sequence number) stays, so the number is not used twice.
        """
        with self._write() as conn:
            for uuid in shared_uuids:
                conn.execute(
                    text("UPDATE reflections SET share_state = 'to-share' WHERE uuid = :u"),
                    {"u": uuid},
                )
            for uuid in comment_uuids:
                conn.execute(
                    text(
                        "UPDATE shared_comments SET sent_packet_id = NULL "
                        "WHERE uuid = :u AND sent_packet_id = :p"
                    ),
                    {"u": uuid, "p": packet_id},
                )

    def import_supervision(self, header: PacketHeader, reflections: Iterable[Reflection]) -> int:
        """Keep a supervisee's shared reflections (a newer share replaces the older copy)."""
        now = self._clock()
        with self._write() as conn:
            _accept(conn, header, now)
            count = 0
            for reflection in reflections:
                if dismissed(conn, header.sender_key_id, reflection.uuid, reflection.version):
                    continue  # deleted by the supervisor; only a newer version comes back
                conn.execute(
                    text(
                        "INSERT INTO shared_reflections (uuid, supervisee_key_id, packet_id, "
                        "received_at, visit_date, document, version) "
                        "VALUES (:u, :k, :p, :now, :d, :doc, :v) "
                        "ON CONFLICT(supervisee_key_id, uuid) DO UPDATE SET "
                        "packet_id = excluded.packet_id, received_at = excluded.received_at, "
                        "visit_date = excluded.visit_date, document = excluded.document, "
                        "version = excluded.version"
                    ),
                    {
                        "u": reflection.uuid,
                        "k": header.sender_key_id,
                        "p": header.packet_id,
                        "now": to_text(now),
                        "d": reflection.visit_date.isoformat(),
                        "doc": json.dumps(to_document(reflection), ensure_ascii=False),
                        "v": reflection.version,
                    },
                )
                count += 1
            return count

    def import_reply(self, header: PacketHeader, comments: Iterable[Comment]) -> int:
        """Add a supervisor's comments to my reflections; returns how many were new.

        Only reflections shared with this supervisor take comments (others are left out,
        as are reflections no longer here); each reflection is re-indexed once.
        """
        by_reflection: dict[str, list[Comment]] = {}
        for comment in comments:
            by_reflection.setdefault(comment.reflection_uuid, []).append(comment)
        with self._write() as conn:
            _accept(conn, header, self._clock())
            added = 0
            for uuid, group in by_reflection.items():
                row = conn.execute(
                    text(
                        "SELECT r.id FROM reflections r JOIN sent_reflections s "
                        "ON s.reflection_uuid = r.uuid AND s.contact_key_id = :k "
                        "WHERE r.uuid = :u"
                    ),
                    {"u": uuid, "k": header.sender_key_id},
                ).first()
                if row is not None:
                    added += record_store.add_comments(conn, int(row[0]), group)
            return added

    # ------------------------------------------------------------ shared with me
    def shared_reflections(self) -> list[SharedReflection]:
        """What supervisees shared, grouped by supervisee name, newest visit first."""
        return self._read(_shared)

    def shared_reflection(self, supervisee_key_id: str, uuid: str) -> SharedReflection:
        """One shared reflection."""
        for shared in self._read(lambda c: _shared(c, supervisee_key_id, uuid)):
            return shared
        raise NotFound

    def add_shared_comment(self, supervisee_key_id: str, comment: Comment) -> Comment:
        """The supervisor's comment on a shared reflection (or one of its answers)."""
        if not comment.body.strip():
            raise InvalidInput("An empty comment was not saved. Write something, then save.")
        with self._write() as conn:
            row = conn.execute(
                text(
                    "SELECT id FROM shared_reflections WHERE supervisee_key_id = :k AND uuid = :u"
                ),
                {"k": supervisee_key_id, "u": comment.reflection_uuid},
            ).first()
            if row is None:
                raise NotFound
            conn.execute(
                text(
                    "INSERT INTO shared_comments (uuid, shared_reflection_id, prompt_id, body, "
                    "created_at) VALUES (:u, :r, :p, :b, :c) ON CONFLICT(uuid) DO UPDATE SET "
                    "body = excluded.body WHERE sent_packet_id IS NULL"
                ),
                {
                    "u": comment.uuid,
                    "r": row[0],
                    "p": comment.prompt_id,
                    "b": comment.body,
                    "c": to_text(comment.created_at),
                },
            )
        return comment

    def delete_shared_comment(self, uuid: str) -> None:
        """Take back a comment that has not been sent yet."""
        with self._write() as conn:
            result = conn.execute(
                text("DELETE FROM shared_comments WHERE uuid = :u AND sent_packet_id IS NULL"),
                {"u": uuid},
            )
            if result.rowcount == 0:
                raise NotFound

    def shared_comments(
        self, supervisee_key_id: str, *, unsent_only: bool = False
    ) -> list[Comment]:
        """My comments on a supervisee's reflections, oldest first; `read` means sent."""
        return self._read(lambda c: _shared_comments(c, supervisee_key_id, unsent_only))

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


def _last_sequence(conn: Connection, key_id: str, direction: str) -> int:
    value = conn.execute(
        text("SELECT max(sequence) FROM packets WHERE contact_key_id = :k AND direction = :d"),
        {"k": key_id, "d": direction},
    ).scalar()
    return -1 if value is None else int(value)


def _record_packet(
    conn: Connection, header: PacketHeader, direction: str, contact: str, now: dt.datetime
) -> None:
    conn.execute(
        text(
            "INSERT INTO packets (packet_id, direction, contact_key_id, kind, sequence, "
            "created_at, recorded_at, in_reply_to) VALUES (:p, :d, :c, :k, :s, :created, "
            ":now, :reply)"
        ),
        {
            "p": header.packet_id,
            "d": direction,
            "c": contact,
            "k": header.kind,
            "s": header.sequence,
            "created": to_text(header.created_at),
            "now": to_text(now),
            "reply": header.in_reply_to,
        },
    )


def _accept(conn: Connection, header: PacketHeader, now: dt.datetime) -> None:
    """Refuse a replay or a rollback, then record the packet, inside the import's transaction."""
    seen = conn.execute(
        text("SELECT 1 FROM packets WHERE packet_id = :p"), {"p": header.packet_id}
    ).first()
    if seen is not None:
        raise PacketAlreadyImported
    if header.sequence <= _last_sequence(conn, header.sender_key_id, "in"):
        raise PacketOutOfDate
    _record_packet(conn, header, "in", header.sender_key_id, now)


def _shared(
    conn: Connection, supervisee_key_id: str | None = None, uuid: str | None = None
) -> list[SharedReflection]:
    rows = conn.execute(
        text(
            "SELECT s.document, s.supervisee_key_id, coalesce(c.name, ''), s.packet_id, "
            "s.received_at FROM shared_reflections s "
            "LEFT JOIN contacts c ON c.key_id = s.supervisee_key_id "
            "WHERE (:k IS NULL OR s.supervisee_key_id = :k) AND (:u IS NULL OR s.uuid = :u) "
            "ORDER BY c.name COLLATE NOCASE, s.supervisee_key_id, s.visit_date DESC, s.id DESC"
        ),
        {"k": supervisee_key_id, "u": uuid},
    )
    return [
        SharedReflection(
            reflection=from_document(json.loads(r[0])),
            supervisee_key_id=str(r[1]),
            supervisee_name=str(r[2]),
            packet_id=str(r[3]),
            received_at=from_text(r[4]),
        )
        for r in rows
    ]


def _shared_comments(conn: Connection, supervisee_key_id: str, unsent_only: bool) -> list[Comment]:
    return [
        Comment(
            reflection_uuid=str(r[0]),
            author="",
            body=str(r[1]),
            created_at=from_text(r[2]),
            prompt_id=r[3],
            packet_id=r[4],
            read=r[4] is not None,
            uuid=str(r[5]),
        )
        for r in conn.execute(
            text(
                "SELECT s.uuid, c.body, c.created_at, c.prompt_id, c.sent_packet_id, c.uuid "
                "FROM shared_comments c JOIN shared_reflections s "
                "ON s.id = c.shared_reflection_id WHERE s.supervisee_key_id = :k "
                "AND (:unsent = 0 OR c.sent_packet_id IS NULL) ORDER BY c.created_at, c.id"
            ),
            {"k": supervisee_key_id, "unsent": int(unsent_only)},
        )
    ]
