"""A backup of the journal, as listed in Settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backup:
    """An encrypted copy of the journal taken at `taken_at`, and why it was taken.

    `sequence` counts backups in the order they were taken (0 for backups named before
    Reflect numbered them); it, not the clock, says which backup is newer.
    """

    name: str
    taken_at: dt.datetime
    reason: str
    size_bytes: int
    sequence: int = 0


@dataclass(frozen=True, slots=True)
class BackupCopies:
    """Where backups are also copied ("Also keep backups in…"), and how that is going.

    `folder` is empty when no folder was chosen. `reachable` is False when the folder is
    missing (a USB stick unplugged); `last_copy_at` says when a copy last succeeded there.
    `problem` is a sentence about the last attempt that failed for another reason.
    """

    folder: str
    last_copy_at: dt.datetime | None
    reachable: bool
    problem: str = ""
