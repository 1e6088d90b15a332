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
