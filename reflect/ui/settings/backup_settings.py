"""Settings, Backups: the list, Back up now, Restore, Restore from a file, and a second folder.

Like the rest of Settings, it holds no journal: it shows what the window gives it and emits
signals asking for things.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.backup import Backup, BackupCopies
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.settings.section_parts import button_row, choose_folder, folder_line
from reflect.ui.widgets import messages
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.page_column import button

NAME_ROLE = Qt.ItemDataRole.UserRole
BACKUP_FILTER = "*.reflect-backup"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BackupSettings(QWidget):
    """The backups part of Settings; every request goes out as a signal."""

    backup_now_requested = Signal()
    restore_requested = Signal(str)
    restore_file_requested = Signal(str)
    copies_folder_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups: list[Backup] = []
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, em, 0, 0)
        layout.setSpacing(em // 2)
        layout.addWidget(HeadingLabel(self.tr("Backups"), 1.2))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Reflect takes a backup each day you open it, and before big changes such "
                    "as a restore or a new passphrase. Backups are encrypted like your journal "
                    "and are kept for about five weeks."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setSpacing(em // 6)
        # Long rows wrap instead of hiding behind a sideways scroll bar on narrow windows.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list)
        self._no_backups = _wrapped(
            self.tr("There are no backups yet. Choose Back up now to take the first one.")
        )
        layout.addWidget(self._no_backups)
        # A signal given to `button` is forwarded by Qt itself (see SettingsPage._build_lock).
        self.backup_now = button(
            self.tr("&Back up now"), self.tr("Back up now"), self.backup_now_requested
        )
        self.restore = button(
            self.tr("&Restore…"), self.tr("Restore the chosen backup"), self._ask_restore
        )
        self.restore_file = button(
            self.tr("Restore from a &file…"),
            self.tr("Restore from a backup file"),
            self._ask_restore_file,
        )
        layout.addLayout(button_row(self.backup_now, self.restore, self.restore_file))
        self._build_copies(layout, em)
        self.set_backups([])
        self.set_copies(BackupCopies("", None, False))

    def _build_copies(self, layout: QVBoxLayout, em: int) -> None:
        layout.addSpacing(em // 2)
        layout.addWidget(HeadingLabel(self.tr("Also keep backups in…"), 1.1))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "If this computer is lost, backups on it are lost too. Choose a folder on "
                    "a USB stick or an agency drive: each daily backup and each Back up now is "
                    "also copied there, encrypted, with what your passphrase of that day "
                    "needs to open it. Your recovery key opens every copy."
                )
            )
        )
        self.copies_folder = folder_line(
            self.tr("Folder that also keeps backups"), self.tr("Only on this computer")
        )
        layout.addWidget(self.copies_folder)
        self.choose_copies = button(
            self.tr("Choose a &folder…"),
            self.tr("Choose a folder that also keeps backups"),
            self._choose_copies_folder,
        )
        self.stop_copies = button(
            self.tr("Stop &copying"),
            self.tr("Stop copying backups to that folder"),
            lambda: self.copies_folder_chosen.emit(""),
        )
        layout.addLayout(button_row(self.choose_copies, self.stop_copies))
        self.copies_note = QuietLabel()
        self.copies_note.setAccessibleDescription(self.tr("Copies of backups"))
        layout.addWidget(self.copies_note)

    # ----------------------------------------------------------------- the list
    def set_backups(self, backups: Sequence[Backup]) -> None:
        """List the backups newest first, keeping the chosen one chosen if it is still there."""
        chosen = self.chosen_backup()
        self._backups = sorted(backups, key=lambda b: (b.sequence, b.taken_at), reverse=True)
        self.list.clear()
        for backup in self._backups:
            text = self.tr("{when} — {why}").format(
                when=self.describe_time(backup.taken_at), why=self.describe_reason(backup.reason)
            )
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, backup.name)
            self.list.addItem(item)
            if chosen is not None and backup.name == chosen.name:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(self._backups))
        self._no_backups.setVisible(not self._backups)
        self._selection_changed()

    def describe_time(self, when: dt.datetime) -> str:
        """The moment in local time and the visitor's own date format, "… at 12:00"."""
        local = when.astimezone()
        locale = QLocale()
        date = locale.toString(
            QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
        )
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return self.tr("{date} at {time}").format(date=date, time=time)

    def describe_reason(self, reason: str) -> str:
        """Why a backup was taken, in plain words."""
        reasons = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Taken with Back up now"),
            "before-migration": self.tr("Before an update of Reflect"),
            "before-passphrase-change": self.tr("Before a passphrase change"),
            "before-delete": self.tr("Before deleting a reflection"),
            "before-restore": self.tr("Before a restore"),
            "before-new-recovery-key": self.tr("Before a new recovery key"),
            "before-import": self.tr("Before an import"),
            "before-forget": self.tr("Before forgetting a family"),
            "after-forget": self.tr("After forgetting a family"),
        }
        return reasons.get(reason, reason.replace("-", " ").capitalize())

    def chosen_backup(self) -> Backup | None:
        """The backup chosen in the list, if any."""
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        name = item.data(NAME_ROLE)
        return next((b for b in self._backups if b.name == name), None)

    def _selection_changed(self) -> None:
        self.restore.setEnabled(self.chosen_backup() is not None)

    def _ask_restore(self) -> None:
        backup = self.chosen_backup()
        if backup is None:
            return
        text = self.tr(
            "Your journal will go back to how it was on {when}. Anything written after "
            "that is not lost: the journal as it is now is kept as a new backup first."
        ).format(when=self.describe_time(backup.taken_at))
        if messages.confirm(self, self.tr("Restore a backup"), text, self.tr("Restore")):
            self.restore_requested.emit(backup.name)

    def _ask_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            self.copies_folder.text() or str(Path.home()),
            self.tr("Reflect backups ({pattern})").format(pattern=BACKUP_FILTER),
        )
        if not path:
            return
        text = self.tr(
            "Your journal will go back to how it was in {file}, if that backup belongs to "
            "this journal. Anything written since is not lost: the journal as it is now is "
            "kept as a new backup first."
        ).format(file=Path(path).name)
        if messages.confirm(self, self.tr("Restore from a file"), text, self.tr("Restore")):
            self.restore_file_requested.emit(path)

    # ----------------------------------------------------------------- copies
    def _choose_copies_folder(self) -> None:
        chosen = choose_folder(
            self, self.tr("Choose a folder that also keeps backups"), self.copies_folder.text()
        )
        if chosen:
            self.copies_folder_chosen.emit(chosen)

    def set_copies(self, copies: BackupCopies) -> None:
        """Show the second folder and a quiet word on how copying there is going."""
        self.copies_folder.setText(copies.folder)
        self.copies_folder.setCursorPosition(0)
        self.stop_copies.setEnabled(bool(copies.folder))
        self.copies_note.setText(self.describe_copies(copies))
        self.copies_note.setVisible(bool(self.copies_note.text()))

    def describe_copies(self, copies: BackupCopies) -> str:
        """One quiet sentence: when the last copy was made, and why none is made now."""
        if not copies.folder:
            return ""
        last = (
            self.tr("The last copy was made on {when}.").format(
                when=self.describe_time(copies.last_copy_at)
            )
            if copies.last_copy_at is not None
            else self.tr("No copy has been made there yet.")
        )
        if copies.problem:
            return f"{copies.problem} {last}"
        if not copies.reachable:
            return self.tr(
                "That folder cannot be reached now (is the USB stick or drive plugged in?). "
                "Backups on this computer go on as usual. {last}"
            ).format(last=last)
        return last
