"""Removing what came from other people: a person under People, or one shared reflection.

Each removal runs in one transaction and is counted first, so a confirmation can say what
goes. A removed person's row stays in `contacts`, blanked, with a mark in
`removed_contacts`: their keys are what proves a later packet is really theirs, so it can
be refused with a true sentence rather than as forged. A deleted shared reflection is
remembered in `dismissed_shared_reflections` with its version, so a late packet carrying
the same or an older version does not bring it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, text

from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.storage.clock import Clock, to_text

T = TypeVar("T")
Writer = Callable[[], Any]
Reader = Callable[[Callable[[Connection], Any]], Any]


class Removals:
    """Reached as `journal.exchange.removals`; every call raises `ReflectError` with a sentence."""

    def __init__(self, write: Writer, read: Reader, clock: Clock) -> None:
        self._write = write
        self._read_any = read
        self._clock = clock

    def _read(self, work: Callable[[Connection], T]) -> T:
        return cast(T, self._read_any(work))

    # ------------------------------------------------------------ contacts
    def contact_removal(self, key_id: str) -> ContactRemoval:
        """What removing this person would take away, and what it leaves; `NotFound` if
        they are not under People."""
        return self._read(lambda c: _contact_removal(c, key_id))

    def remove_contact(self, key_id: str) -> ContactRemoval:
        """Remove someone: their shared reflections and my comments on them go, in one
        transaction; comments they sent me, hours and my own reflections stay."""
        with self._write() as conn:
            summary = _contact_removal(conn, key_id)
            # My comments go with their reflections (ON DELETE CASCADE).
            conn.execute(
                text("DELETE FROM shared_reflections WHERE supervisee_key_id = :k"), {"k": key_id}
            )
            conn.execute(
                text("UPDATE contacts SET name = '', verified = 0 WHERE key_id = :k"),
                {"k": key_id},
            )
            conn.execute(
                text(
                    "INSERT INTO removed_contacts (key_id, removed_at) VALUES (:k, :now) "
                    "ON CONFLICT(key_id) DO UPDATE SET removed_at = excluded.removed_at"
                ),
                {"k": key_id, "now": to_text(self._clock())},
            )
        return summary

    def signers(self) -> list[Contact]:
        """Everyone whose packets can be verified: current contacts and removed ones."""
        return self._read(
            lambda c: [
                Contact(str(r[0]), str(r[1]), bytes(r[2]), ContactRole(r[3]), bool(r[4]))
                for r in c.execute(
                    text(
                        "SELECT name, age_recipient, signing_key, role, verified FROM contacts "
                        "ORDER BY id"
                    )
                )
            ]
        )

    def is_removed(self, key_id: str) -> bool:
        """True when this person was removed under People (and not added again)."""
        return self._read(lambda c: _is_removed(c, key_id))

    def add_again(self, contact: Contact) -> bool:
        """Add back someone removed earlier, under a new name and role; False when this
        key was never removed (then it is added the ordinary way)."""
        if not contact.name.strip():
            raise InvalidInput("Please give this person a name, so you know who they are.")
        with self._write() as conn:
            if not _is_removed(conn, contact.key_id):
                return False
            conn.execute(
                text(
                    "UPDATE contacts SET name = :n, role = :r, verified = 0, added_at = :now "
                    "WHERE key_id = :k"
                ),
                {
                    "n": contact.name.strip(),
                    "r": str(contact.role),
                    "now": to_text(self._clock()),
                    "k": contact.key_id,
                },
            )
            conn.execute(
                text("DELETE FROM removed_contacts WHERE key_id = :k"), {"k": contact.key_id}
            )
        return True

    # ------------------------------------------------------------ shared reflections
    def shared_reflection_deletion(
        self, supervisee_key_id: str, uuid: str
    ) -> SharedReflectionDeletion:
        """What deleting this shared reflection would take away; `NotFound` if it is gone."""
        return self._read(lambda c: _deletion(c, supervisee_key_id, uuid))

    def delete_shared_reflection(
        self, supervisee_key_id: str, uuid: str
    ) -> SharedReflectionDeletion:
        """Delete a shared copy and my comments on it (sent or not), and remember its
        version so a late packet does not bring it back; one transaction."""
        with self._write() as conn:
            summary = _deletion(conn, supervisee_key_id, uuid)
            conn.execute(
                text("DELETE FROM shared_reflections WHERE supervisee_key_id = :k AND uuid = :u"),
                {"k": supervisee_key_id, "u": uuid},
            )
            conn.execute(
                text(
                    "INSERT INTO dismissed_shared_reflections (supervisee_key_id, uuid, version, "
                    "dismissed_at) VALUES (:k, :u, :v, :now) "
                    "ON CONFLICT(supervisee_key_id, uuid) DO UPDATE SET "
                    "version = max(version, excluded.version), dismissed_at = excluded.dismissed_at"
                ),
                {
                    "k": supervisee_key_id,
                    "u": uuid,
                    "v": summary.version,
                    "now": to_text(self._clock()),
                },
            )
        return summary


def dismissed(conn: Connection, supervisee_key_id: str, uuid: str, version: int) -> bool:
    """True when the supervisor deleted this reflection at `version` or a newer one: an
    import skips it quietly. A newer version (edited and shared again) is taken in."""
    row = conn.execute(
        text(
            "SELECT version FROM dismissed_shared_reflections "
            "WHERE supervisee_key_id = :k AND uuid = :u"
        ),
        {"k": supervisee_key_id, "u": uuid},
    ).first()
    return row is not None and version <= int(row[0])


def _is_removed(conn: Connection, key_id: str) -> bool:
    row = conn.execute(
        text("SELECT 1 FROM removed_contacts WHERE key_id = :k"), {"k": key_id}
    ).first()
    return row is not None


def _contact_removal(conn: Connection, key_id: str) -> ContactRemoval:
    row = conn.execute(
        text("SELECT name, role FROM contacts WHERE key_id = :k"), {"k": key_id}
    ).first()
    if row is None or _is_removed(conn, key_id):
        raise NotFound
    shared, mine, unsent = conn.execute(
        text(
            "SELECT (SELECT count(*) FROM shared_reflections WHERE supervisee_key_id = :k), "
            "count(c.id), count(c.id) - count(c.sent_packet_id) FROM shared_comments c "
            "JOIN shared_reflections s ON s.id = c.shared_reflection_id "
            "WHERE s.supervisee_key_id = :k"
        ),
        {"k": key_id},
    ).one()
    # Comments they sent on my reflections came in their reply packets.
    theirs = conn.execute(
        text(
            "SELECT count(*) FROM comments WHERE packet_id IN (SELECT packet_id FROM packets "
            "WHERE contact_key_id = :k AND direction = 'in')"
        ),
        {"k": key_id},
    ).scalar_one()
    return ContactRemoval(
        key_id, str(row[0]), ContactRole(row[1]), int(shared), int(mine), int(unsent), int(theirs)
    )


def _deletion(conn: Connection, supervisee_key_id: str, uuid: str) -> SharedReflectionDeletion:
    row = conn.execute(
        text(
            "SELECT s.version, coalesce(p.name, ''), count(c.id), "
            "count(c.id) - count(c.sent_packet_id) FROM shared_reflections s "
            "LEFT JOIN contacts p ON p.key_id = s.supervisee_key_id "
            "LEFT JOIN shared_comments c ON c.shared_reflection_id = s.id "
            "WHERE s.supervisee_key_id = :k AND s.uuid = :u GROUP BY s.id"
        ),
        {"k": supervisee_key_id, "u": uuid},
    ).first()
    if row is None:
        raise NotFound
    return SharedReflectionDeletion(
        supervisee_key_id, uuid, str(row[1]), int(row[0]), int(row[2]), int(row[3])
    )
