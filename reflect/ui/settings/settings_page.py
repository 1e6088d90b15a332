"""Settings: locking, words never to share, families, backups, passphrase, recovery key, data
folder, supervision exchange and the agency's questions.

The page holds no journal. It shows plain values the window gives it and emits signals
asking for things; the window performs them and reports back through the `set_*` and
result methods, so nothing here touches storage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.backup import Backup
from reflect.ui.design.theme import Theme
from reflect.ui.settings.agency_settings import AgencySettings
from reflect.ui.settings.appearance_settings import AppearanceSettings
from reflect.ui.settings.backup_settings import BackupSettings
from reflect.ui.settings.exchange_settings import ExchangeSettings
from reflect.ui.settings.family_settings import FamilySettings
from reflect.ui.settings.language_settings import LanguageSettings
from reflect.ui.settings.never_write_box import NeverWriteBox
from reflect.ui.settings.port import SettingsPort
from reflect.ui.widgets import messages
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.key_names import key_names
from reflect.ui.widgets.passphrase_fields import PassphraseFields
from reflect.ui.widgets.plurals import english_plural

DEFAULT_LOCK_MINUTES = 5


def _say(label: QLabel, text: str) -> None:
    """Show an inline message, or take the line away entirely when there is none."""
    label.setText(text)
    label.setVisible(bool(text))


class SettingsPage(QWidget):
    """One scrolling page of headed groups; every change goes out as a signal."""

    auto_lock_changed = Signal(int)
    backup_now_requested = Signal()
    restore_requested = Signal(str)
    change_passphrase_requested = Signal(str, str)
    show_recovery_key_requested = Signal(str)
    new_recovery_key_requested = Signal(str)
    open_folder_requested = Signal()
    never_write_changed = Signal(str)

    def __init__(
        self,
        port: SettingsPort,
        settings: QSettings | None = None,
        theme: Theme | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settings"))
        self._backups: list[Backup] = []
        self._em = self.fontMetrics().height()

        column = QWidget()
        # Lines longer than about 90 characters are hard to read; the column stops there.
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90 + 4 * self._em)
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(2 * self._em, 2 * self._em, 2 * self._em, 2 * self._em)
        self._column.setSpacing(self._em // 2)
        self._heading(self.tr("Settings"), scale=1.5)
        self._build_lock()
        self._build_never_write()
        self._build_backups()
        self.families = FamilySettings()
        self._column.addWidget(self.families)
        self._build_passphrase()
        self._build_recovery()
        self._build_folder()
        self.exchange = ExchangeSettings(port)
        self._column.addWidget(self.exchange)
        self.agency = AgencySettings(port)
        self._column.addWidget(self.agency)
        self.language: LanguageSettings | None = None
        if settings is not None:  # kept per computer: the unlock screen speaks it too
            self.language = LanguageSettings(settings)
            self._column.addWidget(self.language)
        self.appearance: AppearanceSettings | None = None
        if settings is not None and theme is not None:
            self.appearance = AppearanceSettings(settings, theme)
            self._column.addWidget(self.appearance)
        self._column.addStretch(1)
        # Widgets are added top to bottom, so Tab already follows the reading order.

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(column)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _heading(self, text: str, scale: float = 1.2) -> None:
        self._column.addWidget(HeadingLabel(text, scale, weight=QFont.Weight.Bold))

    def _group(self, title: str, text: str) -> None:
        self._column.addSpacing(self._em)
        self._heading(title)
        self._paragraph(text)

    def _paragraph(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleDescription(name)
        self._column.addWidget(label)
        return label

    def _row(self, *widgets: QWidget) -> None:
        """Widgets side by side at their natural width, from the left."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        self._column.addLayout(row)

    def _button(
        self, text: str, name: str, slot: Callable[[], object] | SignalInstance
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        # A signal given here is forwarded by Qt itself (see _build_lock for why).
        button.clicked.connect(slot)
        return button

    def _secret(self, label_text: str, name: str) -> QLineEdit:
        """A labelled passphrase box whose text is hidden."""
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        label = QLabel(label_text)
        label.setWordWrap(True)
        label.setBuddy(field)
        self._column.addSpacing(self._em // 2)
        self._column.addWidget(label)
        self._column.addWidget(field)
        return field

    def _build_lock(self) -> None:
        self._group(
            self.tr("Lock"),
            self.tr(
                "When Reflect locks, your journal is hidden until you type your passphrase. "
                "You can also lock it yourself at any time with {keys}."
            ).format(keys=key_names("Ctrl+L")),
        )
        self._minutes = QSpinBox()
        self._minutes.setRange(1, 120)
        self._minutes.setValue(DEFAULT_LOCK_MINUTES)
        # Emit once the number is settled, not for each digit typed.
        self._minutes.setKeyboardTracking(False)
        self._minutes.setAccessibleName(self.tr("Minutes without use before Reflect locks"))
        before = QLabel(self.tr("&Lock Reflect after"))
        before.setBuddy(self._minutes)
        self._minutes_after = QLabel()
        self._row(before, self._minutes, self._minutes_after)
        self._minutes.valueChanged.connect(self._name_minutes)
        # Forwarded by Qt, not re-emitted from Python: PySide6 6.12.0 drops a reference to
        # True on each Python-side emit(), so frequent signals are never emitted that way.
        self._minutes.valueChanged.connect(self.auto_lock_changed)
        self._name_minutes(DEFAULT_LOCK_MINUTES)

    def _build_never_write(self) -> None:
        self._group(
            self.tr("Words never to share"),
            self.tr(
                "Real names, street names, a workplace: words that would identify a family "
                "if someone else read them. Reflect points them out quietly as you write and "
                "checks for them before anything is shared. The list stays inside your "
                "encrypted journal."
            ),
        )
        self.never_write = NeverWriteBox()
        self.never_write.changed.connect(self.never_write_changed)
        self._column.addWidget(self.never_write)

    def _build_backups(self) -> None:
        self.backups = BackupSettings()
        self.backups.backup_now_requested.connect(self.backup_now_requested)
        self.backups.restore_requested.connect(self.restore_requested)
        self._column.addWidget(self.backups)

    def _build_passphrase(self) -> None:
        self._group(
            self.tr("Passphrase"),
            self.tr(
                "Your passphrase opens your journal. Changing it does not change your recovery key."
            ),
        )
        self._current = self._secret(self.tr("&Current passphrase"), self.tr("Current passphrase"))
        self._column.addSpacing(self._em // 2)
        self._new = PassphraseFields()
        self._new.also_reveal(self._current)
        self._column.addWidget(self._new)
        self._change = self._button(
            self.tr("C&hange passphrase"), self.tr("Change passphrase"), self._ask_change
        )
        self._row(self._change)
        self._passphrase_message = self._paragraph("", self.tr("Passphrase change"))
        self._current.textChanged.connect(self._passphrase_edited)
        self._new.changed.connect(self._passphrase_edited)
        self._current.returnPressed.connect(self._ask_change)
        self._new.enter_pressed.connect(self._ask_change)
        self._passphrase_edited()

    def _build_recovery(self) -> None:
        self._group(
            self.tr("Recovery key"),
            self.tr(
                "Your recovery key was shown once, when you created your journal. It opens "
                "your journal if you ever forget your passphrase. Keep the printed copy "
                "somewhere safe, away from this computer."
            ),
        )
        self._recovery_passphrase = self._secret(
            self.tr("To see it again, or to make a new one, type your &passphrase"),
            self.tr("Your passphrase, to see the recovery key"),
        )
        self._show_key = self._button(
            self.tr("Show my recovery &key…"),
            self.tr("Show my recovery key"),
            self._ask_recovery_key,
        )
        self._new_key = self._button(
            self.tr("Make a &new recovery key…"),
            self.tr("Make a new recovery key"),
            self._ask_new_recovery_key,
        )
        self._row(self._show_key, self._new_key)
        self._recovery_message = self._paragraph("", self.tr("Recovery key"))
        self._recovery_passphrase.textChanged.connect(self._recovery_edited)
        self._recovery_passphrase.returnPressed.connect(self._ask_recovery_key)
        self._recovery_edited()

    def _build_folder(self) -> None:
        self._group(
            self.tr("Data folder"), self.tr("Your journal and its backups are kept in this folder.")
        )
        # A read-only box rather than a label: long paths scroll inside it instead of
        # widening the page, and the text can still be selected and copied.
        self._folder = QLineEdit()
        self._folder.setReadOnly(True)
        self._folder.setAccessibleName(self.tr("Data folder"))
        self._column.addWidget(self._folder)
        self._open_folder = self._button(
            self.tr("&Open folder"), self.tr("Open folder"), self.open_folder_requested
        )
        self._row(self._open_folder)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        """Show the saved setting without echoing it back as a change."""
        with QSignalBlocker(self._minutes):
            self._minutes.setValue(minutes)
        self._name_minutes(self._minutes.value())

    def _name_minutes(self, minutes: int) -> None:
        text = self.tr("minute(s) without use", "", minutes)  # the box shows the number
        self._minutes_after.setText(english_plural(text, minutes))

    def set_backups(self, backups: Sequence[Backup]) -> None:
        """List the backups newest first (see `BackupSettings.set_backups`)."""
        self.backups.set_backups(backups)

    def passphrase_changed(self, ok: bool, message: str) -> None:
        """The window's answer: on success the boxes empty; on failure they keep the text."""
        if ok:
            self._current.clear()
            self._new.clear()
        _say(self._passphrase_message, message)

    def _passphrase_edited(self) -> None:
        _say(self._passphrase_message, "")
        self._change.setEnabled(bool(self._current.text()) and self._new.valid())

    def _ask_change(self) -> None:
        if self._change.isEnabled():
            self.change_passphrase_requested.emit(self._current.text(), self._new.passphrase())
        elif not self._current.text():
            _say(self._passphrase_message, self.tr("Please type your current passphrase."))
        else:
            _say(self._passphrase_message, self._new.problem())

    def recovery_key_result(self, ok: bool, message: str = "") -> None:
        """The window's answer: once the key is shown the box empties; if not, it stays."""
        if ok:
            self._recovery_passphrase.clear()
        _say(self._recovery_message, message)

    def _recovery_edited(self) -> None:
        _say(self._recovery_message, "")
        self._show_key.setEnabled(bool(self._recovery_passphrase.text()))
        self._new_key.setEnabled(bool(self._recovery_passphrase.text()))

    def _ask_new_recovery_key(self) -> None:
        if not self._new_key.isEnabled():
            return
        text = self.tr(
            "A new recovery key replaces the one you have: your old key will no longer open "
            "your journal. Backups taken before now were locked with the old key, so they "
            "still open with it (and with your passphrase of their day). Keep the old printed "
            "key too until those backups are gone, in about five weeks."
        )
        if messages.confirm(
            self,
            self.tr("Make a new recovery key"),
            text,
            self.tr("Make a new key"),
            destructive=False,  # nothing is removed: a key is added and the old one retired
        ):
            self.new_recovery_key_requested.emit(self._recovery_passphrase.text())

    def _ask_recovery_key(self) -> None:
        if self._show_key.isEnabled():
            self.show_recovery_key_requested.emit(self._recovery_passphrase.text())

    def set_data_folder(self, folder: str | Path) -> None:
        """Show where the journal lives."""
        self._folder.setText(str(folder))
        self._folder.setCursorPosition(0)

    def clear_secrets(self) -> None:
        """Empty every passphrase box, message and the never-share list (Reflect is locking).

        The window saves pending edits first, with `save_pending`.
        """
        self.never_write.clear()
        self._current.clear()
        self._new.clear()
        self._recovery_passphrase.clear()
        _say(self._passphrase_message, "")
        _say(self._recovery_message, "")

    def save_pending(self) -> None:
        """Hand on edits still waiting for their pause (before a lock or quit)."""
        self.never_write.flush()
