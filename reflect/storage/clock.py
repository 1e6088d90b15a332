"""Timestamps as the journal stores them: ISO 8601 text, in UTC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current moment, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def to_text(moment: dt.datetime) -> str:
    """Stored form of a moment (always UTC, so text order is time order)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> dt.datetime:
    """A stored moment, back as an aware datetime."""
    return dt.datetime.fromisoformat(text)
