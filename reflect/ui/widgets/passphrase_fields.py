"""Choose a new passphrase: typed twice, hidden unless asked, with a plain word on strength.

Used wherever a passphrase is set: creating a journal, recovering one, and Settings. The
rule matches the journal's own check (at least 8 characters once spaces at either end are
ignored); the strength hint is advice only and never blocks anyone.
"""

from __future__ import annotations

import enum
import math
import string

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from reflect.ui.widgets.plurals import english_plural

MIN_LENGTH = 8

# Rough alphabet sizes; enough to tell "long and varied" from "short and plain".
_CLASSES: tuple[tuple[str, int], ...] = (
    (string.ascii_lowercase, 26),
    (string.ascii_uppercase, 26),
    (string.digits, 10),
    (" ", 1),
)
_OTHER = 33


class Strength(enum.Enum):
    """How hard a passphrase would be to guess, in four plain steps."""

    EMPTY = "empty"
    TOO_SHORT = "too short"
    WEAK = "weak"
    OK = "ok"
    STRONG = "strong"


def estimate_strength(text: str) -> Strength:
    """Length times alphabet variety, with repeats held back; no word lists, no guesses.

    A short sentence of ordinary words scores well, which is the advice we give.
    """
    text = text.strip()
    if not text:
        return Strength.EMPTY
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    pool = sum(size for chars, size in _CLASSES if any(c in chars for c in text))
    if any(not any(c in chars for chars, _ in _CLASSES) for c in text):
        pool += _OTHER
    # "aaaaaaaa" or "12121212" is long but not varied: count at most twice the distinct
    # characters, so repetition earns little.
    effective = min(len(text), 2 * len(set(text)))
    bits = effective * math.log2(max(pool, 2))
    if bits < 30 or len(set(text)) < 5:
        return Strength.WEAK
    if bits < 64 or len(text) < 12:
        return Strength.OK
    return Strength.STRONG


class PassphraseFields(QWidget):
    """A new passphrase typed twice, a show/hide toggle and a live hint in plain words."""

    changed = Signal()
    enter_pressed = Signal()
    """Enter in either box: the screen goes ahead (or says what is missing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = self._password_field(self.tr("New passphrase"))
        self._second = self._password_field(self.tr("Type the new passphrase again"))
        first_label = QLabel(self.tr("&New passphrase"))
        first_label.setBuddy(self._first)
        second_label = QLabel(self.tr("&Type it again"))
        second_label.setBuddy(self._second)

        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setAccessibleDescription(self.tr("Passphrase strength"))
        self._match = QLabel()
        self._match.setWordWrap(True)
        self._match.setAccessibleDescription(self.tr("Whether the passphrases match"))

        self._show = QCheckBox(self.tr("&Show passphrases"))
        self._show.setAccessibleName(self.tr("Show passphrases"))
        self._show.toggled.connect(self._apply_echo)
        self._revealed: list[QLineEdit] = [self._first, self._second]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first_part: tuple[QWidget, ...] = (first_label, self._first, self._hint)
        for widget in first_part:
            layout.addWidget(widget)
        layout.addSpacing(self.fontMetrics().height() // 2)
        second_part: tuple[QWidget, ...] = (second_label, self._second, self._match, self._show)
        for widget in second_part:
            layout.addWidget(widget)

        for field in (self._first, self._second):
            field.textChanged.connect(self._update)
            # Forwarded by Qt rather than emitted from Python: PySide6 6.12.0 loses a
            # reference to True on every Python-side emit(), and this one fires per key.
            field.textChanged.connect(self.changed)
            field.returnPressed.connect(self.enter_pressed)
        self._update()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    @property
    def first_field(self) -> QLineEdit:
        """The first box, for a screen that wants to put the focus there."""
        return self._first

    @property
    def last_field(self) -> QLineEdit:
        """The second box (Enter in either box emits `enter_pressed`)."""
        return self._second

    @property
    def show_toggle(self) -> QCheckBox:
        """The show/hide toggle, for a screen that sets its own tab order."""
        return self._show

    def also_reveal(self, field: QLineEdit) -> None:
        """Let the same toggle show or hide another passphrase box on the screen."""
        self._revealed.append(field)
        self._apply_echo(self._show.isChecked())

    def passphrase(self) -> str:
        """The new passphrase exactly as typed (the journal trims nothing either)."""
        return self._first.text()

    def valid(self) -> bool:
        """True when the passphrase is long enough and both boxes match."""
        return not self.problem()

    def problem(self) -> str:
        """Why the passphrase can't be used yet, as one sentence; empty when it can."""
        first, second = self._first.text(), self._second.text()
        if not first.strip():
            return self.tr("Please choose a new passphrase.")
        if len(first.strip()) < MIN_LENGTH:
            text = self.tr("The new passphrase needs at least %n character(s).", "", MIN_LENGTH)
            return english_plural(text, MIN_LENGTH)
        if not second:
            return self.tr("Please type the new passphrase a second time.")
        if first != second:
            return self.tr("The two passphrases are different.")
        return ""

    def strength_hint(self) -> str:
        """The hint shown under the first box, in plain words."""
        hints = {
            Strength.EMPTY: self.tr(
                "At least %n character(s). A short sentence you will remember works well.",
                "",
                MIN_LENGTH,
            ),
            Strength.TOO_SHORT: self.tr("Too short — at least %n character(s).", "", MIN_LENGTH),
            Strength.WEAK: self.tr(
                "Easy to guess — a short sentence of a few words is much stronger."
            ),
            Strength.OK: self.tr("OK — longer is stronger: try a short sentence."),
            Strength.STRONG: self.tr("Strong."),
        }
        return english_plural(hints[estimate_strength(self._first.text())], MIN_LENGTH)

    def clear(self) -> None:
        """Empty both boxes and hide what is typed again."""
        self._first.clear()
        self._second.clear()
        self._show.setChecked(False)

    def _apply_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._revealed:
            field.setEchoMode(mode)

    def _update(self) -> None:
        hint = self.strength_hint()
        self._hint.setText(hint)
        self._first.setAccessibleDescription(hint)
        first, second = self._first.text(), self._second.text()
        if not second or (first.startswith(second) and first != second):
            # Still typing the second time: say nothing until there is something to say.
            match = ""
        elif first == second:
            match = self.tr("The two passphrases match.")
        else:
            match = self.tr("The two passphrases are different.")
        self._match.setText(match)
        self._match.setVisible(bool(match))
        self._second.setAccessibleDescription(match)
