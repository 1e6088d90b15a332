"""The `Journal` service: the only way the rest of Reflect reads or writes a journal.

It returns frozen domain objects and raises `ReflectError` subclasses whose messages never
hold journal text. One process holds a journal at a time; locking closes the database
connection and forgets nothing that was saved.

The service is built up by concept, each part in its own module: what every part shares
(`journal_core`), backups (`journal_backups`), making and unlocking (`journal_opening`),
keys (`journal_keys`), restoring (`journal_restore`), the smaller records
(`journal_records`), reflections (`journal_reflections`), exports and imports
(`journal_transfers`) and forgetting a family (`journal_families`). The logic itself lives
in the modules those call: `reflection_store`, `record_store`, `search_store`, `backups`,
`restore` and the rest.
"""

from __future__ import annotations

from reflect.storage.journal_families import JournalFamilies
from reflect.storage.journal_opening import VERIFY_BEFORE_OPEN_BYTES
from reflect.storage.journal_reflections import PAGE_SIZE
from reflect.storage.journal_transfers import JournalTransfers

__all__ = ["PAGE_SIZE", "VERIFY_BEFORE_OPEN_BYTES", "Journal"]


class Journal(JournalTransfers, JournalFamilies):
    """An open, unlocked journal. Build one with `create`, `open` or `open_with_recovery_key`."""
