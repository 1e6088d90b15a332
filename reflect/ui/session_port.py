"""Everything the window hands its pages: each feature's port, and the change signals.

The session (`reflect.session`) implements all of them in one object; the window passes
each page only its own feature's port.
"""

from __future__ import annotations

from typing import Protocol

from reflect.ui.about.port import AboutPort
from reflect.ui.cards.port import CardsPort
from reflect.ui.changes import JournalChanges
from reflect.ui.hours.port import HoursPort
from reflect.ui.journal.port import JournalPort
from reflect.ui.portable.port import PortablePort
from reflect.ui.self_care.port import SelfCarePort
from reflect.ui.settings.port import SettingsPort
from reflect.ui.supervision.port import SupervisionPort
from reflect.ui.unlock.port import UnlockPort


class SessionPort(
    UnlockPort,
    JournalPort,
    CardsPort,
    SupervisionPort,
    HoursPort,
    SelfCarePort,
    SettingsPort,
    AboutPort,
    PortablePort,
    Protocol,
):
    """The journal session as the window sees it."""

    @property
    def changes(self) -> JournalChanges:
        """The signals the session emits after each operation."""
