"""Locks Reflect after a stretch without use, and when the system hides or suspends it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Emits `lock_now` after `minutes` with no key, mouse or touch, or when Qt reports the
    application hidden or suspended (screen locked, session switched) on platforms that do."""

    lock_now = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_now)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self.active = False

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time (takes effect from now)."""
        self.minutes = minutes
        self._timer.setInterval(max(100, int(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Begin watching (the journal is open)."""
        if not self.active:
            # Only while unlocked: an app-wide filter costs something on every event.
            app = QGuiApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self.active = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the journal is locked)."""
        if self.active:
            app = QGuiApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self.active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input counts as use and restarts the countdown."""
        if self.active and event.type() in ACTIVITY:
            self._timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self.active and state in (
            Qt.ApplicationState.ApplicationHidden,
            Qt.ApplicationState.ApplicationSuspended,
        ):
            self.lock_now.emit()
