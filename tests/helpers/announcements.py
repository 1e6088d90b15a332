"""Hearing what Reflect says aloud to a screen reader.

PySide6 offers no way to install Qt's accessibility update handler, so the announcements
are heard where Reflect sends them: `QAccessible.updateAccessibility`, replaced for one
test by a spy that keeps each announcement event and then passes every event on to Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


@dataclass(frozen=True)
class Heard:
    message: str
    assertive: bool
    source: QObject | None


def listen(monkeypatch: pytest.MonkeyPatch) -> list[Heard]:
    """From now until the test ends, each announcement sent, in order."""
    heard: list[Heard] = []
    send = QAccessible.updateAccessibility

    def spy(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append(Heard(event.message(), assertive, event.object()))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    return heard


def said(heard: list[Heard]) -> list[str]:
    """Only the words."""
    return [h.message for h in heard]
