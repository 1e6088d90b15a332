"""The self-care view's port: heaviness, energy and one word over time."""

from __future__ import annotations

import datetime as dt

from reflect.domain.wellbeing import WellbeingPoint
from reflect.session.base import SessionBase


class SelfCareAccess(SessionBase):
    """Implements `reflect.ui.self_care.port.SelfCarePort`."""

    def wellbeing_since(self, since: dt.date) -> list[WellbeingPoint]:
        """Per reflection dated `since` or later, oldest first; one indexed read, fast
        enough for the window's thread (about 70 ms for a year of a 100,000-reflection
        journal, a few ms for a real one)."""
        return self._open().wellbeing_since(since)
