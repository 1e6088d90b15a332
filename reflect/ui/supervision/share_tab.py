"""The visitor's Share view: what goes to supervision, seen exactly as it will be sent.

The preview is rendered from the same documents the packet carries, so what the visitor
reads is what the supervisor receives. Before writing the packet, the de-identification
check runs; each flag can be edited or shared anyway.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.contact import ContactRole
from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import from_document, to_document
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look
from reflect.ui.supervision.identifier_check import check_before_sharing
from reflect.ui.supervision.packet_files import ask_where_to_save
from reflect.ui.supervision.port import SupervisionPort
from reflect.ui.supervision.reflection_html import reflection_html
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.local_dates import day_text
from reflect.ui.widgets.page_column import button
from reflect.ui.widgets.plurals import english_plural

UUID_ROLE = Qt.ItemDataRole.UserRole


class ShareTab(QWidget):
    """Emits `error` and `edit_requested(uuid, prompt_id)`."""

    error = Signal(object)
    edit_requested = Signal(str, str)

    def __init__(
        self, library: Library, port: SupervisionPort, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._port = port
        self._private: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(HeadingLabel(self.tr("Bring to supervision"), 1.2))
        layout.addWidget(
            QuietLabel(
                self.tr(
                    "Reflections you marked \u201cBring to supervision\u201d are listed here. "
                    "The preview shows exactly what your supervisor will receive: private "
                    "answers never leave this computer. Reflect is a journal for reflective "
                    "practice, not a case record, so share what helps you reflect."
                )
            )
        )
        row = QHBoxLayout()
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(self.tr("Share with"))
        self.supervisor.currentIndexChanged.connect(self._supervisor_changed)
        label = QLabel(self.tr("Share &with"))  # Alt+W: no tab or menu uses W
        label.setBuddy(self.supervisor)
        row.addWidget(label)
        row.addWidget(self.supervisor, 1)
        layout.addLayout(row)
        self.supervisor_hint = QuietLabel()
        layout.addWidget(self.supervisor_hint)

        split = QSplitter()
        split.setObjectName("share")  # its position is remembered
        self.chosen = look(QListWidget(), Look.STATES)
        self.chosen.setSpacing(3)
        self.chosen.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.chosen.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setAccessibleName(self.tr("Reflections to share"))
        self.chosen.itemChanged.connect(lambda _item: self._preview())
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("What your supervisor will receive"))
        split.addWidget(self.chosen)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.outcome = QuietLabel()
        self.share_button = button(
            self.tr("Check and share…"),
            self.tr("Check and share the chosen reflections"),
            self._share,
        )
        look(self.share_button, Look.PRIMARY)
        set_icon(self.share_button, "paper-plane-tilt")
        # Said plainly where the visitor decides: the check is a help, not a guarantee.
        self.check_notice = QuietLabel(
            self.tr(
                "The check finds common identifiers (phone numbers, addresses, birth dates, "
                "ID numbers and your never-share words), but it cannot find everything: "
                "read what you share."
            )
        )
        self.check_notice.setAccessibleDescription(self.tr("What the check can find"))
        self.share_button.setAccessibleDescription(self.check_notice.text())
        layout.addWidget(self.check_notice)
        row.addWidget(self.outcome, 1)
        row.addWidget(self.share_button)
        layout.addLayout(row)

    # ------------------------------------------------------------ showing
    def show_share(self) -> None:
        """Fill in from the open journal."""
        supervision = self._port.supervision()
        current = self.supervisor.currentData()
        self.supervisor.blockSignals(True)
        self.supervisor.clear()
        for contact in supervision.contacts(ContactRole.SUPERVISOR):
            self.supervisor.addItem(contact.name, contact.key_id)
        index = self.supervisor.findData(current)
        self.supervisor.setCurrentIndex(max(index, 0))
        self.supervisor.blockSignals(False)
        self._supervisor_changed()
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for summary in self._port.to_share():
            item = QListWidgetItem(
                f"{day_text(summary.visit_date)} · {summary.family_code}\n{summary.preview}"
            )
            item.setData(UUID_ROLE, summary.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.chosen.addItem(item)
        self.chosen.blockSignals(False)
        if not self.chosen.count():
            self.outcome.setText(
                self.tr(
                    "Nothing is marked to share yet. In a reflection, tick \u201cBring to "
                    "supervision\u201d, then come back here."
                )
            )
        self._preview()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.chosen.clear()
        self.preview.clear()
        self.supervisor.clear()
        self.supervisor_hint.clear()
        self.outcome.clear()

    def _open(self) -> bool:
        """True while the journal is open (a dialog may have outlived a lock)."""
        return self._port.is_open

    def _supervisor_changed(self) -> None:
        if not self._port.is_open:
            return
        if self.supervisor.count() == 0:
            self.supervisor_hint.setText(
                self.tr("Add your supervisor under People first, by pasting their exchange key.")
            )
            self.supervisor_hint.setVisible(True)
            return
        try:
            contact = self._port.supervision().contact(self.supervisor.currentData())
        except ReflectError as error:
            self.error.emit(error)
            return
        self.supervisor_hint.setText(
            ""
            if contact.verified
            else self.tr(
                "You have not compared fingerprints with {name} yet. Do it once, in person or "
                "by phone, before you share (see People)."
            ).format(name=contact.name)
        )
        self.supervisor_hint.setVisible(bool(self.supervisor_hint.text()))

    def checked_uuids(self) -> list[str]:
        """The reflections ticked to share, in list order."""
        return [
            self.chosen.item(i).data(UUID_ROLE)
            for i in range(self.chosen.count())
            if self.chosen.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _preview(self) -> None:
        if not self._port.is_open:
            return
        uuids = self.checked_uuids()
        try:
            reflections = [self._port.get(u) for u in uuids]
        except ReflectError as error:
            self.error.emit(error)
            return
        # Rendered from the packet's own documents: what is shown is what is sent.
        parts = [self._preview_one(r) for r in reflections]
        self.preview.setHtml("<hr>".join(parts) or "<p>" + self.tr("Nothing chosen.") + "</p>")
        self.share_button.setEnabled(bool(uuids) and self.supervisor.count() > 0)

    def _preview_one(self, reflection: Reflection) -> str:
        try:
            document = from_document(to_document(reflection))
        except ValueError:
            # Over a packet limit: the receiver could not read it, so say which part.
            try:
                self._port.supervision().check_share([reflection.uuid])
            except ReflectError as error:
                return f"<p><b>{html.escape(said(error))}</b></p>"
            return ""
        return reflection_html(
            document,
            self.library,
            private_left_out=sum(a.private and bool(a.text.strip()) for a in reflection.answers),
        )

    # ------------------------------------------------------------ sharing
    def _share(self) -> None:
        if not self._open():
            return
        uuids = self.checked_uuids()
        if not uuids or self.supervisor.count() == 0:
            return
        name = self.supervisor.currentText()
        key_id = self.supervisor.currentData()
        try:
            supervision = self._port.supervision()
            supervision.check_share(uuids)  # too long to send: say so before the check
            if not self._checked(uuids):
                return
            folder = supervision.exchange_folder()
            chosen = None
            if folder is None:
                chosen = ask_where_to_save(
                    self, "supervision", self.tr("Save the packet for your supervisor")
                )
                if chosen is None:
                    return  # cancelled
            if not self._open():
                return  # the journal locked while a dialog was open
            destination = folder if folder is not None else chosen
            assert destination is not None
            path = self._port.share(
                key_id,
                uuids,
                destination,
                as_file=folder is None,
                question_for=self.library.question,
            )
            self.show_share()
        except ReflectError as error:
            # The sentence stays beside the button and the ticks stay as they were.
            self.outcome.setText(said(error))
            self.error.emit(error)
            return
        shared = english_plural(
            self.tr("Shared %n reflection(s) with {name}", "", len(uuids)), len(uuids)
        )
        self.outcome.setText(
            (
                shared
                + self.tr(
                    ": {file}. Give the file to {name}, or let your synced folder carry it. "
                    "Only {name} can open it."
                )
            ).format(name=name, file=str(path))
        )

    def _checked(self, uuids: list[str]) -> bool:
        """Run the de-identification check; False when the visitor chose to edit first."""
        reflections = [self._port.get(u) for u in uuids]
        place = check_before_sharing(self, reflections, self._port.never_write(), self.library)
        if not self._open():
            return False  # locked while the check was on screen: nothing more to do
        if place is None:
            return True
        self.edit_requested.emit(place.reflection_uuid, place.prompt_id or "")
        return False
