"""Which backups rotation keeps: decided by the order they were taken, never by the clock.

The newest few in taken order are always kept, whatever their dates say; after them, one a
day for the last days that have a backup and one a week before those. Days and weeks come
from the names' times, but they are visited in taken order, so a clock that jumped years
backward or forward can only change which older backups thin out, never the newest ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reflect.domain.backup import Backup

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_NEWEST = 3


def to_keep(backups: Iterable[Backup]) -> set[str]:
    """Names kept by rotation: the newest few taken, one a day for the last 7 days that have
    a backup, then one a week for the 4 weeks before those (about five weeks in all)."""
    ordered = sorted(backups, key=lambda b: (b.sequence, b.taken_at), reverse=True)
    keep = {b.name for b in ordered[:KEEP_NEWEST]}
    days: dict[dt.date, str] = {}
    for backup in ordered:
        day = backup.taken_at.astimezone().date()
        if day not in days and len(days) < KEEP_DAILY:
            days[day] = backup.name
    keep.update(days.values())
    weeks: dict[tuple[int, int], str] = {}
    for backup in ordered:
        day = backup.taken_at.astimezone().date()
        if day in days:
            continue
        iso = day.isocalendar()
        if (iso.year, iso.week) not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks[(iso.year, iso.week)] = backup.name
    keep.update(weeks.values())
    return keep
