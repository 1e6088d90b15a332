"""Pairing: my exchange key to give, and the people I exchange packets with.

Two people compare fingerprints (in person or by phone) before their first exchange; the
list says, for each person, whether that has been done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import ReflectError
from reflect.domain.removal import ContactRemoval
from reflect.exchange.identity import contact_file_text, read_contact_file
from reflect.files.safe_files import write_atomically
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.design.icons import icon
from reflect.ui.design.looks import Look, look
from reflect.ui.supervision.empty_state import EmptyState
from reflect.ui.supervision.fixed_font import fixed_font
from reflect.ui.supervision.port import SupervisionPort
from reflect.ui.supervision.removal_words import contact_removal_text, contact_removal_title
from reflect.ui.supervision.state_rows import State
from reflect.ui.widgets import messages
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.clipboard import copy_text
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.page_column import button, ctrl_enter, reading_column

CONTACT_SUFFIX = ".reflect-contact"


class PeopleTab(QWidget):
    """Emits `error(ReflectError)`; works on a `Supervision` given by `show_people`."""

    error = Signal(object)
    contacts_changed = Signal()

    def __init__(self, port: SupervisionPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._mine: Contact | None = None
        layout = reading_column(self)
        layout.addWidget(HeadingLabel(self.tr("Your exchange key"), 1.2))
        layout.addWidget(
            QuietLabel(
                self.tr(
                    "Give this line to your supervisor, or to the people you supervise. Before "
                    "your first exchange, read your fingerprints to each other, in person or "
                    "by phone: if they match, packets can only come from each other."
                )
            )
        )
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleDescription(self.tr("Your fingerprint"))
        self.key_line = QLineEdit()
        self.key_line.setReadOnly(True)
        self.key_line.setAccessibleName(self.tr("Your exchange key"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Your fingerprint:")))
        row.addWidget(self.fingerprint)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.key_line, 1)
        self.copy_button = button(self.tr("Copy"), self.tr("Copy your exchange key"), self._copy)
        self.save_button = button(
            self.tr("Save as a contact file…"),
            self.tr("Save your key as a contact file"),
            self._save,
        )
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(HeadingLabel(self.tr("People you exchange with"), 1.2))
        self.no_people = EmptyState(
            "users-three",
            self.tr("No one here yet"),
            self.tr(
                "To add your supervisor, ask them for their exchange key: they find it here, "
                "under Supervision, People. Type their name below, paste their key (or open "
                "the contact file they gave you), and choose Add. Then give them your key "
                "from above, so they can add you too."
            ),
        )
        layout.addWidget(self.no_people)
        self.people = look(QTreeWidget(), Look.STATES)
        self.people.setHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Fingerprint"), self.tr("Compared")]
        )
        self.people.setRootIsDecorated(False)
        self.people.setAccessibleName(self.tr("People you exchange with"))
        self.people.header().setAccessibleName(self.tr("Columns"))
        self.people.itemChanged.connect(self._compared_changed)
        self.people.setMaximumHeight(self.fontMetrics().height() * 9)
        self.people.currentItemChanged.connect(lambda *_: self._compare_label())
        layout.addWidget(self.people)
        self.people_buttons = row = QHBoxLayout()
        # The tick in the list needs a mouse; this button does the same from the keyboard.
        self.compare_button = button(
            self.tr("We compared fingerprints"),
            self.tr("Record that you compared fingerprints with this person"),
            self._toggle_compared,
        )
        self.compare_button.setEnabled(False)
        self.remove_button = button(
            self.tr("Remove…"), self.tr("Remove this person"), self._remove, enabled=False
        )
        row.addWidget(self.compare_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(HeadingLabel(self.tr("Add a person"), 1.0))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Their name, as you want to see it"))
        self.name.setAccessibleName(self.tr("Name of the person to add"))
        self.as_supervisor = QRadioButton(self.tr("My supervisor"))
        self.as_supervisee = QRadioButton(self.tr("Someone I supervise"))
        self.as_supervisor.setAccessibleName(self.tr("This person is my supervisor"))
        self.as_supervisee.setAccessibleName(self.tr("This person is someone I supervise"))
        self.as_supervisor.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.as_supervisor)
        roles.addButton(self.as_supervisee)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.as_supervisor)
        row.addWidget(self.as_supervisee)
        layout.addLayout(row)
        self.line = QPlainTextEdit()
        self.line.setPlaceholderText(self.tr("Paste their exchange key here (reflect-contact:…)"))
        self.line.setAccessibleName(self.tr("Their exchange key"))
        self.line.setTabChangesFocus(True)
        self.line.setFixedHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.line)
        row = QHBoxLayout()
        self.open_button = button(
            self.tr("Open a contact file…"), self.tr("Open a contact file"), self._open_file
        )
        self.add_button = look(
            button(self.tr("Add"), self.tr("Add this person"), self._add), Look.PRIMARY
        )
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.name.returnPressed.connect(self._add)
        ctrl_enter(self.line, self._add)  # Enter in the key box starts a new line
        self.outcome = QuietLabel()
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self._show_empty(True)

    # ------------------------------------------------------------ showing
    def show_people(self) -> None:
        """Fill in from the open journal."""
        supervision = self._port.supervision()
        self._mine = supervision.my_contact()
        assert self._mine is not None
        self.fingerprint.setFont(fixed_font(self.font(), 1.3))
        self.fingerprint.setText(self._mine.fingerprint)
        self.key_line.setText(self._mine.line)
        self.key_line.setCursorPosition(0)
        self.people.blockSignals(True)
        self.people.clear()
        for contact in supervision.contacts():
            item = QTreeWidgetItem(
                [contact.name, self._role(contact.role), contact.fingerprint, ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, contact.key_id)
            item.setFont(2, fixed_font(self.font()))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                3, Qt.CheckState.Checked if contact.verified else Qt.CheckState.Unchecked
            )
            self._show_compared(item, contact.verified)
            self.people.addTopLevelItem(item)
        for index in range(3):
            self.people.resizeColumnToContents(index)
            self.people.setColumnWidth(index, self.people.columnWidth(index) + 16)
        self.people.blockSignals(False)
        self._show_empty(self.people.topLevelItemCount() == 0)
        self._compare_label()

    def _show_empty(self, empty: bool) -> None:
        """No one yet: say how to add someone in place of an empty list."""
        self.no_people.setVisible(empty)
        self.people.setVisible(not empty)
        self.compare_button.setVisible(not empty)
        self.remove_button.setVisible(not empty)

    def _show_compared(self, item: QTreeWidgetItem, verified: bool) -> None:
        """Compared or not, in words beside a mark (the tick alone needs a mouse)."""
        item.setText(3, self.tr("Yes") if verified else self.tr("Not yet"))
        state = State.IMPORTED if verified else State.WAITING
        role = QPalette.ColorRole.Link if verified else QPalette.ColorRole.PlaceholderText
        item.setIcon(3, icon(state.value, self.palette().color(role)))

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._mine = None
        self.fingerprint.clear()
        self.key_line.clear()
        self.people.clear()
        self.outcome.clear()
        self._compare_label()

    def _role(self, role: ContactRole) -> str:
        return self.tr("Supervisor") if role == ContactRole.SUPERVISOR else self.tr("Supervisee")

    # ------------------------------------------------------------ actions
    def _copy(self) -> None:
        copy_text(self.key_line.text())
        self.outcome.setText(self.tr("Your exchange key is copied. Paste it into a message."))

    def _save(self) -> None:
        if self._mine is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your contact file"),
            str(Path.home() / (self.tr("my-exchange-key") + CONTACT_SUFFIX)),
            self.tr("Reflect contact (*%1)").replace("%1", CONTACT_SUFFIX),
        )
        if not name or self._mine is None:
            return  # cancelled, or the journal locked while the dialog was open
        try:
            write_atomically(Path(name), contact_file_text(self._mine).encode("utf-8"))
        except OSError:
            self.error.emit(
                ReflectError("The contact file could not be saved there. Choose another folder.")
            )
            return
        self.outcome.setText(self.tr("Saved. Give this file to the other person."))

    def _open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a contact file"),
            str(Path.home()),
            self.tr("Reflect contact (*%1)").replace("%1", CONTACT_SUFFIX),
        )
        if not name:
            return
        try:
            line = read_contact_file(Path(name))
        except ReflectError as error:
            self.outcome.setText(said(error))
            return
        self.line.setPlainText(line)
        self.name.setFocus()

    def _add(self) -> None:
        if not self._port.is_open:
            return
        role = ContactRole.SUPERVISOR if self.as_supervisor.isChecked() else ContactRole.SUPERVISEE
        try:
            contact = self._port.supervision().add_contact(
                self.name.text(), self.line.toPlainText(), role
            )
        except ReflectError as error:
            self.outcome.setText(said(error))  # what they typed stays in the boxes
            return
        self.name.clear()
        self.line.clear()
        self.outcome.setText(
            self.tr(
                "Added {name}. Before your first exchange, check that {name} sees this "
                "fingerprint for you: {mine}. Theirs should read: {theirs}."
            ).format(name=contact.name, mine=self.fingerprint.text(), theirs=contact.fingerprint)
        )
        self.show_people()
        self.contacts_changed.emit()

    def _remove(self) -> None:
        item = self.people.currentItem()
        if item is None or not self._port.is_open:
            return
        key_id = item.data(0, Qt.ItemDataRole.UserRole)
        try:
            summary = self._port.supervision().contact_removal(key_id)
            title, text = contact_removal_title(summary), contact_removal_text(summary)
            if not messages.confirm(self, title, text, self.tr("Remove"), destructive=True):
                return
        except ReflectError as error:
            self.error.emit(error)
            return
        if not self._still_open():
            return  # the journal locked while the dialog was open
        self.outcome.setText(
            self.tr("Removing {name} (a backup comes first)…").format(name=summary.name)
        )
        release = hold(self, pointer=False)

        def removed(_: ContactRemoval) -> None:
            release()
            self.show_people()
            self.outcome.setText(
                self.tr(
                    "{name} is removed. A backup from just before is under Settings, Backups."
                ).format(name=summary.name)
            )
            self.contacts_changed.emit()

        def failed(error: ReflectError) -> None:
            release()
            self.outcome.clear()
            self.error.emit(error)

        self._port.begin_remove_contact(key_id, removed, failed)

    def _compare_label(self) -> None:
        item = self.people.currentItem()
        self.compare_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        checked = item is not None and item.checkState(3) == Qt.CheckState.Checked
        self.compare_button.setText(
            self.tr("Mark as not compared") if checked else self.tr("We compared fingerprints")
        )

    def _toggle_compared(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            checked = item.checkState(3) == Qt.CheckState.Checked
            item.setCheckState(3, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _compared_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 3 or not self._port.is_open:
            return
        verified = item.checkState(3) == Qt.CheckState.Checked
        try:
            self._port.supervision().set_verified(item.data(0, Qt.ItemDataRole.UserRole), verified)
        except ReflectError as error:
            self.error.emit(error)
            verified = not verified  # not recorded: show it as it still is
        self.people.blockSignals(True)
        item.setCheckState(3, Qt.CheckState.Checked if verified else Qt.CheckState.Unchecked)
        self._show_compared(item, verified)
        self.people.blockSignals(False)
        self._compare_label()

    def _still_open(self) -> bool:
        """True while the journal is open (a dialog may have outlived a lock)."""
        return self._port.is_open
