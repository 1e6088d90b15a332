"""Saying a change aloud: a screen reader hears what a sighted person sees happen away from
the focus (saved, locked, how many reflections a search found, an import done, a problem
shown in the status bar), and the focus stays where it was.

Qt sends it as an announcement event (Qt 6.8 and later), to the screen reader in use.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(source: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `message`, from `source` (the widget that shows it):
    politely, once it has finished what it is saying, or at once when `assertive` (for a
    problem that stops what the person was doing). Nothing to say, nothing is sent."""
    text = " ".join(message.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
