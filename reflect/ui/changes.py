"""The one way news travels back from the journal to the pages: typed change signals.

The session emits these after each operation it carries out (whoever asked for it); a page
connects to the signals for what it shows and refreshes itself. Nothing relays by hand, so
a page added later only has to subscribe.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalChanges(QObject):
    """Signals about the open journal. Emitted on the GUI thread only."""

    reflections_changed = Signal(tuple)
    """Reflections were added, edited or deleted: a tuple of their uuids (empty: many/all)."""

    comments_arrived = Signal(tuple)
    """Comments came in or changed: a tuple of the reflection uuids they are about."""

    comments_read = Signal(str)
    """The visitor opened a reflection's new comments: its uuid."""

    hours_changed = Signal()
    """Supervision sessions or the hours goal changed."""

    templates_changed = Signal()
    """The visitor's own sets of questions changed."""

    settings_changed = Signal(str)
    """A setting changed: its key (for example "never_write", "exchange_folder")."""

    unlocked = Signal()
    """The journal was opened (created, unlocked, recovered or restored)."""

    locked = Signal()
    """The journal was locked: pages forget what they show."""

    progress = Signal(object)
    """A `reflect.domain.progress.Progress` for the status bar."""
