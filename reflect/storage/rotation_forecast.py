"""When rotation will have removed the last backup that holds something deleted.

Rotation keeps the newest few backups, one a day for the last seven days that have one, and
one a week for four weeks before those (`backup_rotation`). A backup taken today therefore
stays about five weeks, if Reflect is opened every day; on days it is not opened no backup
is taken and nothing is rotated, so it stays longer. The forecast adds one daily backup a
day after `now` and asks the same rule, day by day, until none of the backups that hold the
deleted reflections is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from reflect.domain.backup import Backup
from reflect.storage.backup_rotation import to_keep

HORIZON_DAYS = 400  # far beyond the rule's five weeks: only a broken folder gets here


def rotated_after(
    backups: Sequence[Backup], holding: Collection[str], now: dt.datetime
) -> tuple[int, dt.date | None]:
    """How many more days with a daily backup until rotation has removed every backup in
    `holding`, and that day (if one is taken each day from tomorrow); (0, None) when none
    of `backups` is in `holding`."""
    held = {b.name for b in backups} & set(holding)
    if not held:
        return 0, None
    sequence = max(b.sequence for b in backups)
    future: list[Backup] = []
    for day in range(1, HORIZON_DAYS + 1):
        moment = now + dt.timedelta(days=day)
        future.append(Backup(f"forecast-{day}", moment, "daily", 0, sequence + day))
        if not to_keep([*backups, *future]) & held:
            return day, moment.astimezone().date()
    return HORIZON_DAYS, None
