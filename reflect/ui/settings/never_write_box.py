"""The visitor's list of words never to share, as edited in Settings.

The list holds real names, so it is journal content: it is saved inside the encrypted
journal (by the window, on `changed`), emptied from the screen when Reflect locks, and
never logged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reflect.ui.cards.card_parts import QuietLabel

SAVE_AFTER_MS = 800


class NeverWriteBox(QWidget):
    """A plain box, one entry a line; emits `changed(text)` a moment after typing stops,
    when the focus leaves it, and on `flush()`."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(self.tr("One name or &word on each line"))
        label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Words never to share, one on each line"))
        self.editor.setPlaceholderText(self.tr("For example a first name, a street, a workplace"))
        # Tab leaves the box, as everywhere else in Settings; a new line is Enter.
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        label.setBuddy(self.editor)
        self.state = QuietLabel("", self)
        self.state.setAccessibleDescription(self.tr("Words never to share: save status"))
        self.state.hide()
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.state)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._edited)
        self.editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save as soon as the focus leaves the box."""
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Hand on any edit not yet saved."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.changed.emit(self.editor.toPlainText())

    def set_words(self, words: Sequence[str]) -> None:
        """Show the list as kept, unless it is already what the box says (keeps the cursor)."""
        if self._dirty or self.words() == tuple(words):
            return
        with QSignalBlocker(self.editor):
            self.editor.setPlainText("\n".join(words))

    def words(self) -> tuple[str, ...]:
        """The entries typed so far (trimmed, blank lines left out)."""
        return tuple(w.strip() for w in self.editor.toPlainText().splitlines() if w.strip())

    def saved(self, ok: bool, message: str) -> None:
        """The window's answer; a failure keeps the text so nothing typed is lost."""
        self.state.setText(message)
        self.state.setVisible(bool(message))
        if not ok:
            self._dirty = True

    def clear(self) -> None:
        """Take the list off the screen (Reflect is locking)."""
        self._timer.stop()
        self._dirty = False
        with QSignalBlocker(self.editor):
            self.editor.clear()
        self.state.hide()
