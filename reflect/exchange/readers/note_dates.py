"""When a Markdown note was written: from its front matter's `date:`, or its file's name.

A `date:` is a date, with a time if it has one: `2024-03-05`, `2024-03-05 14:30`,
`2024-03-05T14:30:00`, `2024/03/05`. A zone or offset written after the time
(`2024-03-05T14:30:00-06:00`, `...Z`) is passed over: the time kept is the one on the
writer's clock, as Reflect keeps times. A file name gives a date when it starts with one:
`2024-03-05.md`, `2024-03-05 Visit.md`, `20240305-visit.md`. A note dated without a time
is taken as written at midnight.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_DATE_VALUE = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?[ \t]*(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)|(\d{4})(\d{2})(\d{2})(?!\d)")
_NAME_GAP = " \t-_.,–—"


def _made(parts: Sequence[str | None]) -> dt.datetime | None:
    """The time that year, month, day (and hour, minute, second, where given) stand for,
    or None if it is not a real one (2024-02-30)."""
    year, month, day, hour, minute, second = [int(p or 0) for p in (*parts, 0, 0, 0)][:6]
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def date_value(value: str) -> dt.datetime | None:
    """The time a front matter's `date:` holds, or None when it does not read as one."""
    found = _DATE_VALUE.fullmatch(value.strip())
    return _made(found.groups()) if found else None


def date_in_name(stem: str) -> tuple[dt.datetime | None, str]:
    """The date a file's name starts with (None if it does not), and the words after it."""
    found = _NAME_DATE.match(stem)
    if not found:
        return None, stem
    year, month, day = (g for g in found.groups() if g is not None)
    return _made((year, month, day)), stem[found.end() :].strip(_NAME_GAP)
