"""What the self-care view needs from the journal, as a narrow interface.

The page never holds the `Journal` itself: each call goes through the session, which
refuses with `JournalClosed` once Reflect is locked, so nothing stays reachable after a lock.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from reflect.domain.wellbeing import WellbeingPoint


class SelfCarePort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    def wellbeing_since(self, since: dt.date) -> list[WellbeingPoint]:
        """Heaviness, energy and one word per reflection dated `since` or later, oldest
        first (private answers included: this view is the visitor's own)."""
