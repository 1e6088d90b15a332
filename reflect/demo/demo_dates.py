"""When demo items happened: counted back from the day the demo is built.

Identifiers are fixed numbers, so the demo looks the same each time it is built and
comments and sessions can point at reflections without looking them up.
"""

from __future__ import annotations

import datetime as dt
import uuid

from reflect.demo.data_file import Fields

SATURDAY = 5


def fixed_uuid(number: int) -> str:
    """The demo item numbered `number`, as the journal identifies it."""
    return str(uuid.UUID(int=number))


def demo_day(today: dt.date, days_ago: int) -> dt.date:
    """`days_ago` days before `today`, moved back to the Friday if it falls on a weekend."""
    # Home visits happen on weekdays; moving back keeps the order of entries unchanged.
    day = today - dt.timedelta(days=days_ago)
    while day.weekday() >= SATURDAY:
        day -= dt.timedelta(days=1)
    return day


def day_of(fields: Fields, today: dt.date) -> dt.date:
    """The day an item's `days_ago` field names."""
    days_ago = fields.number("days_ago")
    if days_ago < 0:
        raise fields.problem("days_ago", "must not be negative")
    return demo_day(today, days_ago)


def moment_of(fields: Fields, today: dt.date) -> dt.datetime:
    """The local moment an item's `days_ago` and `time` ("16:30") fields name."""
    try:
        time = dt.time.fromisoformat(fields.text("time"))
    except ValueError:
        raise fields.problem("time", "must be a time like 16:30") from None
    # Timezone-aware, as the journal stores moments.
    return dt.datetime.combine(day_of(fields, today), time).astimezone()
