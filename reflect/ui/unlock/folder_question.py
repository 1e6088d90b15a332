"""Asking once about a journal folder that a cloud service copies, on the way in: before a
journal is made there, and when one is found there. The answer is kept by the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reflect.domain.errors import ReflectError
from reflect.ui.unlock.port import UnlockPort
from reflect.ui.unlock.synced_folder_page import SyncedFolderPage
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.page_stack import PageStack


class FolderQuestion(QObject):
    """Emits `folder_changed(folder)` once the journal is kept in another folder."""

    folder_changed = Signal(str)

    def __init__(self, port: UnlockPort, stack: PageStack) -> None:
        super().__init__(stack)
        self.port, self.stack = port, stack
        self.page = SyncedFolderPage()
        stack.add_page(self.page)
        self._journal_here = False
        self._then: Callable[[], None] = lambda: None
        self._back: Callable[[], None] = lambda: None
        self.page.keep_requested.connect(self._keep)
        self.page.move_requested.connect(self._move)
        self.page.back_requested.connect(self._step_back)

    def ask(
        self, *, journal_here: bool, then: Callable[[], None], back: Callable[[], None]
    ) -> None:
        """`then()` at once when no cloud service copies the journal's folder (or the
        visitor chose to keep it there); else ask first, and `then()` once it is settled.
        `back()` when she steps back without an answer (asked again next time)."""
        synced = self.port.synced_folder()
        if synced is None:
            then()
            return
        self._journal_here, self._then, self._back = journal_here, then, back
        self.page.ask(
            synced, self.port.data_folder, self.port.usual_folder(), journal_here=journal_here
        )
        self.stack.setCurrentWidget(self.page)

    def _step_back(self) -> None:
        self._back()

    def _keep(self) -> None:
        self.port.keep_in_synced_folder()
        self._then()

    def _move(self, folder: str) -> None:
        release = hold(self.page)
        self.page.moving(journal_here=self._journal_here)

        def done(now: str) -> None:
            release()
            self.folder_changed.emit(now)
            # The folder chosen may be copied too (then the question is about it), or may
            # already hold a journal (then `then` finds it).
            self.ask(journal_here=self._journal_here, then=self._then, back=self._back)

        def failed(error: ReflectError) -> None:
            release()
            self.page.failed(said(error))

        self.port.begin_move_folder(folder, done, failed)
