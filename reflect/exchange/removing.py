"""Removing what came from other people: a person under People, or one shared reflection.

Both are counted first (for the confirmation), backed up, then removed in one transaction.
Part of `Supervision`; kept apart because it is its own concept.
"""

from __future__ import annotations

from typing import Protocol

from reflect.domain.backup import Backup
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.storage.exchange_records import ExchangeRecords


class BacksUp(Protocol):
    """The part of `Journal` removing needs: a backup before anything goes."""

    def create_backup(self, reason: str = "manual", *, keep: str = "") -> Backup:
        """Take an encrypted backup now."""


class Removing:
    """Removing people and shared reflections; mixed into `Supervision`."""

    _journal: BacksUp
    _records: ExchangeRecords

    def contact_removal(self, key_id: str) -> ContactRemoval:
        """What removing this person takes away and leaves, for the confirmation."""
        return self._records.removals.contact_removal(key_id)

    def remove_contact(self, key_id: str) -> ContactRemoval:
        """Remove someone under People (backed up first).

        Goes: the person, the reflections they shared with me and my comments on those,
        sent or not. Stays: comments they sent on my own reflections (part of my journal),
        logged hours, and the other person's journal. Their later packets are refused with
        a sentence until they are added again.
        """
        self.contact_removal(key_id)  # NotFound before any backup is taken
        self._journal.create_backup("before-delete")
        return self._records.removals.remove_contact(key_id)

    def shared_reflection_deletion(
        self, supervisee_key_id: str, uuid: str
    ) -> SharedReflectionDeletion:
        """What deleting this shared reflection takes away, for the confirmation."""
        return self._records.removals.shared_reflection_deletion(supervisee_key_id, uuid)

    def delete_shared_reflection(
        self, supervisee_key_id: str, uuid: str
    ) -> SharedReflectionDeletion:
        """Delete a reflection a supervisee shared, with my comments on it (backed up first).

        The visitor's own journal is not changed. A late packet carrying the same or an
        older version of it does not bring it back; a newer version (edited and shared
        again) does.
        """
        self.shared_reflection_deletion(supervisee_key_id, uuid)  # NotFound before a backup
        self._journal.create_backup("before-delete")
        return self._records.removals.delete_shared_reflection(supervisee_key_id, uuid)
