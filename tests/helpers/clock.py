"""A clock a test can set, and the moment it starts at."""

from __future__ import annotations

import datetime as dt

START = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


class Clock:
    """A clock a test can set: frozen until told otherwise."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment
