"""Supervision: share with a supervisor, take packets in, read what supervisees shared,
and pair with people. One tab each; every tab reads the journal afresh when shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.exchange.exchange_folder import IncomingPacket
from reflect.ui.changes import JournalChanges
from reflect.ui.supervision.inbox_tab import InboxTab
from reflect.ui.supervision.packet_scan import PacketScan
from reflect.ui.supervision.people_tab import PeopleTab
from reflect.ui.supervision.port import SupervisionPort
from reflect.ui.supervision.share_tab import ShareTab
from reflect.ui.supervision.shared_tab import SharedWithMeTab


class SupervisionPage(QWidget):
    """Emits `error` and `edit_requested(uuid, prompt_id)`."""

    error = Signal(object)
    edit_requested = Signal(str, str)

    def __init__(
        self,
        library: Library,
        port: SupervisionPort,
        changes: JournalChanges,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Supervision"))
        self.port = port
        self._library = library
        self._counting = PacketScan(self)
        self.share = ShareTab(library, port)
        self.inbox = InboxTab(port)
        self.shared = SharedWithMeTab(library, port)
        self.people = PeopleTab(port)
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
        self.people.contacts_changed.connect(self.refresh)
        changes.locked.connect(self.clear)

    def refresh(self) -> None:
        """Show the current tab from the open journal."""
        if not self.port.is_open:
            return
        tab = self.tabs.currentWidget()
        try:
            # The agency's and her own sets too: their questions travel with what she shares.
            extra = self.port.agency_templates() + self.port.own_templates()
            library = self._library.with_templates(extra)
            self.share.library = self.shared.library = library
            if tab is self.share:
                self.share.show_share()
            elif tab is self.inbox:
                self.inbox.show_inbox()
            elif tab is self.shared:
                self.shared.show_shared()
            else:
                self.people.show_people()
        except ReflectError as error:
            self.error.emit(error)

    def count_waiting(self, report: Callable[[int], None]) -> None:
        """Count the packets for me in the exchange folder beside the window, then call
        `report(n)` (never when the folder cannot be read: the Inbox says why)."""
        try:
            scan = self.port.packet_reader()
        except ReflectError:
            return  # only a hint: the Inbox says what is wrong when it is opened
        if scan is None:
            return

        def counted(found: list[IncomingPacket], problem: ReflectError | None) -> None:
            if problem is None and self.port.is_open:
                report(sum(not p.problem for p in found))

        self._counting.start(*scan, counted)

    def show_first_time(self) -> None:
        """Open on People while there is no one to exchange with yet."""
        try:
            if self.port.is_open and not self.port.supervision().contacts():
                self.tabs.setCurrentWidget(self.people)
        except ReflectError as error:
            self.error.emit(error)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._counting.cancel()
        for tab in (self.share, self.inbox, self.shared, self.people):
            tab.clear()
