"""Deleting a reflection for good, off the window's thread, in an order a crash cannot break.

1. A backup of the journal as it is (`before-delete`), copied page by page from a snapshot
   and synced to disk before it is given its name.
2. Only then, one transaction: the reflection, its answers, themes and comments, and its
   words in the search index (FTS5 `secure-delete`) go together.
3. The write-ahead log is folded into the file and emptied, so the old pages do not linger.

Killed before 2, the reflection is all there (and a partial backup is tidied at the next
opening); killed after, it is all gone and the backup holds it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from reflect.domain.errors import ReflectError
from reflect.storage import reflection_store

CHECKPOINT_ATTEMPTS = 20

NOT_DELETED_LOCKED = ReflectError(
    "The reflection you deleted just before locking was not deleted: the journal was locked "
    "before its backup was finished. It is still in your journal; delete it again if you "
    "still want it gone."
)


def commit_delete(raw: Any, uuid: str) -> None:
    """Delete the reflection in one transaction on `raw` (a sqlcipher3 connection)."""
    raw.execute("BEGIN IMMEDIATE")
    try:
        reflection_store.delete(raw, uuid)
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    raw.execute("COMMIT")


def empty_log(raw: Any, others_reading: Callable[[], bool], stopping: Callable[[], bool]) -> None:
    """Fold the write-ahead log into the file and truncate it, once no one else is reading.

    Gives up quietly when the journal is being closed: closing folds the log in itself.
    """
    while others_reading():
        if stopping():
            return
        time.sleep(0.05)
    for attempt in range(CHECKPOINT_ATTEMPTS):
        if stopping():
            return
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.01 * (attempt + 1))
