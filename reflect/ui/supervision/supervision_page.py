"""Supervision: share with a supervisor, take packets in, read what supervisees shared,
and pair with people. One tab each; every tab reads the journal afresh when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.exchange.exchange_folder import IncomingPacket, reader_for
from reflect.ui.supervision.inbox_tab import InboxTab
from reflect.ui.supervision.packet_scan import PacketScan
from reflect.ui.supervision.people_tab import PeopleTab
from reflect.ui.supervision.share_tab import ShareTab
from reflect.ui.supervision.shared_tab import SharedWithMeTab


class SupervisionPage(QWidget):
    """Emits `error`, `edit_requested(uuid, prompt_id)` and `journal_changed()`."""

    error = Signal(object)
    edit_requested = Signal(str, str)
    journal_changed = Signal()

    def __init__(self, library: Library, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Supervision"))
        self.session = session
        self._counting = PacketScan(self)
        self.share = ShareTab(library)
        self.inbox = InboxTab()
        self.shared = SharedWithMeTab(library)
        self.people = PeopleTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Alt+S, H, J, G are the menus; Alt+W is "Share with" on the Share tab.
        self.tabs.addTab(self.share, self.tr("Sh&are"))
        self.tabs.addTab(self.inbox, self.tr("&Inbox"))
        self.tabs.addTab(self.shared, self.tr("Shared with &me"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em, em, em, em)
        layout.addWidget(self.tabs)
        for tab in (self.share, self.inbox, self.shared, self.people):
            tab.error.connect(self.error)
        self.share.edit_requested.connect(self.edit_requested)
        self.share.shared.connect(self.journal_changed)
        self.inbox.imported.connect(self._imported)
        self.people.contacts_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Show the current tab from the open journal."""
        if not self.session.is_open:
            return
        tab = self.tabs.currentWidget()
        try:
            if tab is self.share:
                self.share.show_share(self.session)
            elif tab is self.inbox:
                self.inbox.show_inbox(self.session)
            elif tab is self.shared:
                self.shared.show_shared(self.session)
            else:
                self.people.show_people(self.session.supervision())
        except ReflectError as error:
            self.error.emit(error)

    def count_waiting(self, report: Callable[[int], None]) -> None:
        """Count the packets for me in the exchange folder beside the window, then call
        `report(n)` (never when the folder cannot be read: the Inbox says why)."""
        try:
            supervision = self.session.supervision()
            folder = supervision.exchange_folder()
            if folder is None:
                return
            reader = reader_for(supervision)
        except ReflectError:
            return  # only a hint: the Inbox says what is wrong when it is opened

        def counted(found: list[IncomingPacket], problem: ReflectError | None) -> None:
            if problem is None and self.session.is_open:
                report(sum(not p.problem for p in found))

        self._counting.start(folder, reader, counted)

    def show_first_time(self) -> None:
        """Open on People while there is no one to exchange with yet."""
        try:
            if self.session.is_open and not self.session.supervision().contacts():
                self.tabs.setCurrentWidget(self.people)
        except ReflectError as error:
            self.error.emit(error)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._counting.cancel()
        for tab in (self.share, self.inbox, self.shared, self.people):
            tab.clear()

    def _imported(self, kind: str) -> None:
        if kind == "reply":
            self.journal_changed.emit()
