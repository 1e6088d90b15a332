"""A backup of the journal, as listed in Settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backup:
    """An encrypted copy of the journal taken at `taken_at`, and why it was taken."""

    name: str
    taken_at: dt.datetime
    reason: str
    size_bytes: int
