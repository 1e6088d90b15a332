"""A moment carried in a packet: ISO 8601 text with a time zone, read strictly.

Both the packet header's time and each comment's time are read this way, so a packet from
someone else can never carry a time this journal cannot store or sort.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
MAX_MOMENT_TEXT = 40
"""Far more than any ISO 8601 time needs; longer text is refused before it is parsed."""


def moment_from_text(value: Any) -> dt.datetime:
    """The moment in UTC, or `ValueError` unless `value` is short ISO 8601 text with a time
    zone, between 2000 and 2100."""
    if not isinstance(value, str) or len(value) > MAX_MOMENT_TEXT:
        raise ValueError("moment")
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("moment")
        moment = moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise ValueError("moment") from None
    if not EARLIEST <= moment < LATEST:
        raise ValueError("moment")
    return moment
