"""The Journal: the list beside the reflection being written, and a card panel on the right.

Opening a card never moves the editor; switching reflection, locking or quitting saves
first. Every journal call goes through the `JournalPort` the window provides. Comments from
supervision are shown in the editor and marked read by `CommentReading`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from reflect.domain.errors import InvalidInput, NotFound, ReflectError
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection, Status
from reflect.domain.search import ReflectionFilter, SearchHit
from reflect.ui.changes import JournalChanges
from reflect.ui.journal.card_beside import CardBeside
from reflect.ui.journal.card_panel import CardPanel
from reflect.ui.journal.comment_reading import CommentReading
from reflect.ui.journal.deleting import Deleting
from reflect.ui.journal.editor import ReflectionEditor
from reflect.ui.journal.list_model import summary_of
from reflect.ui.journal.list_pane import ListPane
from reflect.ui.journal.narrow_layout import NarrowLayout
from reflect.ui.journal.own_questions import OwnQuestions
from reflect.ui.journal.port import JournalPort
from reflect.ui.journal.save_state import SaveState
from reflect.ui.widgets.spelling import Speller

QUICK_CHECK_IN = "quick-check-in"


FORM_MIN_CHARS = 70  # about 420 pixels at the usual text size


class JournalPage(Deleting, CardBeside, QWidget):
    """Emits `status(str)` for the status bar and `error(ReflectError)` for the window."""

    status = Signal(str)
    error = Signal(object)
    _delete_failed = Signal(object)  # from the delete's own thread, queued to this one

    def __init__(
        self,
        library: Library,
        port: JournalPort,
        changes: JournalChanges,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.port = port
        self._writing = False
        self._asked: tuple[str, ReflectionFilter] = ("", ReflectionFilter())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("journal")  # its position is remembered
        self.list_pane = ListPane(library)
        self.list_pane.setMinimumWidth(self.fontMetrics().averageCharWidth() * 42)
        self.editor = ReflectionEditor(library)
        self.empty = QLabel(
            self.tr(
                "Choose a reflection on the left, or choose New reflection to write about a visit."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.middle = QStackedWidget()
        self.middle.addWidget(self.empty)
        self.middle.addWidget(self.editor)
        self.card_panel = CardPanel(library)
        self.card_view = self.card_panel.card_view
        self.card_panel.closed.connect(self.list_pane.show)
        # The form is never squeezed narrower, at any text size; measured in letters.
        self.middle.setMinimumWidth(self.fontMetrics().averageCharWidth() * FORM_MIN_CHARS)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.card_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        # Sized in characters, so the list keeps its share at a large text size too.
        char = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([char * 52, char * 100, char * 60])
        layout.addWidget(self.splitter)
        self.narrow = NarrowLayout(
            self, self.splitter, self.list_pane, self.middle, self.card_panel
        )
        self.saver = SaveState(self.editor.snapshot, self._save, self)
        self.saver.status.connect(self.status)
        self.saver.saved.connect(self._saved)
        self.editor.changed.connect(self.saver.edited)
        self.editor.card_requested.connect(self.show_card)
        self.editor.complete_requested.connect(self.complete)
        self.editor.draft_requested.connect(self.reopen_as_draft)
        self.list_pane.query_changed.connect(self._query)
        self.list_pane.open_requested.connect(self.open_reflection)
        self.list_pane.new_requested.connect(self.new_reflection)
        self.list_pane.check_in_requested.connect(self.new_quick_check_in)
        self.saver.status.connect(self.editor.show_save_state)
        self.own_questions = OwnQuestions(library, port, self.editor, self.list_pane, self)
        spanish = QLocale().language() == QLocale.Language.Spanish
        self.speller = Speller("es" if spanish else "en", self)
        self.speller.load_beside_the_window(library)
        self.editor.set_speller(self.speller, self._add_my_word)
        self.comments = CommentReading(port, self.editor, self)
        self.comments.marked_read.connect(self._comments_read)
        self.comments.error.connect(self.error)
        self._delete_failed.connect(self._undeleted)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        changes.reflections_changed.connect(self._reflections_changed)
        changes.comments_arrived.connect(lambda _uuids: self.reopen())
        changes.settings_changed.connect(self._setting_changed)
        changes.templates_changed.connect(lambda: self._while_open(self.own_questions.refresh))
        changes.locked.connect(self.clear)
        self.editor.deeper_toggled.connect(self._deeper_toggled)

    # ----------------------------------------------------------------- changes
    @contextlib.contextmanager
    def _own_write(self) -> Iterator[None]:
        """This page's own save or delete: the change it reports is already on screen."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def _reflections_changed(self, uuids: tuple[str, ...]) -> None:
        if self._writing or not self.port.is_open:
            return
        if uuids:
            self.reopen()  # shared from the Supervision page
        else:  # the whole journal changed (a backup was restored): start afresh
            self.clear()
            self.reload()

    def _setting_changed(self, key: str) -> None:
        if key == "never_write":
            self._while_open(lambda: self.editor.set_never_write(self.port.never_write()))
        elif key == "family_codes":  # closed, opened again or forgotten in Settings
            self._while_open(self._read_family_codes)

    def _read_family_codes(self) -> None:
        """Open codes to choose from when writing and filtering; closed ones only in the
        filter, on request."""
        codes, closed = self.port.family_codes(), self.port.closed_family_codes()
        self.list_pane.set_family_codes(codes, closed)
        self.editor.set_family_codes(codes)

    def _add_my_word(self, word: str) -> None:
        self._while_open(lambda: self.speller.set_mine(self.port.add_my_word(word)))

    def _deeper_toggled(self, _key: str, _open: bool) -> None:
        self._while_open(lambda: self.port.set_open_sections(frozenset(self.editor.open_sections)))

    def _while_open(self, call: Callable[[], object]) -> None:
        """Do `call` if the journal is open; a failure is said, not raised."""
        if self.port.is_open:
            try:
                call()
            except ReflectError as error:
                self.error.emit(error)

    # ----------------------------------------------------------------- list
    def reload(self) -> None:
        """Fill the list from the journal (first page), keeping search and filters."""
        try:
            self.own_questions.refresh()
            self.speller.set_mine(self.port.my_words())
            self._read_family_codes()
            self.editor.set_never_write(self.port.never_write())
            self.editor.remember_open(self.port.open_sections())
            reopen = self.port.take_reopen()  # left by a restart to change the language
        except ReflectError as error:
            self.error.emit(error)
            reopen = None
        self.list_pane.refresh()
        if reopen is not None:
            self.open_reflection(reopen[0])
            self.editor.verticalScrollBar().setValue(reopen[1])

    def _query(self, text: str, flt: ReflectionFilter) -> None:
        self._asked = (text, flt)
        if text:  # found beside the window; only the answer to the latest question shows

            def found(hits: list[SearchHit]) -> None:
                if self._asked == (text, flt):
                    self.list_pane.model.show_hits(hits)
                    self._listed()

            self.port.begin_search(text, flt, found, self.error.emit)
            return
        try:
            self.list_pane.model.show_pages(lambda cursor: self.port.list_page(flt, cursor))
        except ReflectError as error:
            self.error.emit(error)
            return
        self._listed()

    def _listed(self) -> None:
        self.list_pane.show_count()
        if self.editor.reflection is not None:
            self.list_pane.select(self.editor.reflection.uuid)

    # ----------------------------------------------------------------- editing
    def own_questions_dialog(self) -> None:
        """Make a set of questions of one's own from a copy, or change one."""
        self.own_questions.make_or_change(self.new_reflection, self.error.emit)

    def new_reflection(self, template_id: str = "after-visit") -> None:
        """Ctrl+N: save what is open, then start a new reflection dated today."""
        if not self.saver.flush():
            return
        reflection = Reflection(visit_date=dt.date.today(), family_code="", template_id=template_id)
        self._show(reflection)
        self.list_pane.view.clearSelection()
        self.list_pane.view.setCurrentIndex(self.list_pane.model.index(-1))
        if template_id == QUICK_CHECK_IN:  # about the visitor, not a family: straight in
            self.editor.focus_first_answer()
            self.status.emit(self.tr("Quick check-in: it saves itself as you answer."))
            return
        if not self.editor.template_for(reflection).about_a_family:  # no code to ask first
            self.editor.focus_first_answer()
            self.status.emit(self.tr("New reflection: it saves itself as you write."))
            return
        self.editor.family_code.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.status.emit(self.tr("New reflection: it saves itself as you write."))

    def new_quick_check_in(self) -> None:
        """Ctrl+Shift+N: a new quick check-in dated today, the cursor in its first answer."""
        self.new_reflection(QUICK_CHECK_IN)

    def open_reflection(self, uuid: str, prompt_id: str = "") -> None:
        """Save what is open, then show this reflection (scrolled to `prompt_id`)."""
        current = self.editor.reflection
        if current is not None and current.uuid == uuid:
            if prompt_id:
                self.editor.scroll_to_prompt(prompt_id)
            return
        if not self.saver.flush():
            return
        try:
            reflection = self.port.get(uuid)
        except ReflectError as error:
            self.error.emit(error)
            return
        self._show(reflection)
        self.list_pane.select(uuid)
        if prompt_id:
            self.editor.scroll_to_prompt(prompt_id)

    def reopen(self) -> None:
        """Read the open reflection again after something outside the editor changed it
        (sharing marks it shared; a reply adds comments), then refresh the list."""
        current = self.editor.reflection
        if current is not None and current.created_at is not None and self.saver.flush():
            scroll = self.editor.verticalScrollBar().value()
            try:
                reflection = self.port.get(current.uuid)
            except NotFound:
                self._close_editor()  # gone meanwhile: nothing left to show
            except ReflectError as error:
                self.error.emit(error)
                return
            else:
                self.saver.forget()
                self.editor.load(reflection)
                self.comments.show_for(reflection)
                self.editor.verticalScrollBar().setValue(scroll)
        self.list_pane.refresh()

    def _close_editor(self) -> None:
        """Show no reflection, dropping anything pending for the one that was open."""
        self.saver.forget()
        self.comments.stop()
        self.editor.clear()
        self.middle.setCurrentWidget(self.empty)

    def _show(self, reflection: Reflection) -> None:
        self.saver.forget()
        self.editor.load(reflection)
        self.comments.show_for(reflection)
        self.editor.verticalScrollBar().setValue(0)
        self.middle.setCurrentWidget(self.editor)

    def _save(self, reflection: Reflection) -> Reflection:
        if reflection.created_at is None and self.editor.is_blank():
            return reflection  # an untouched new form: nothing worth a list row yet
        with self._own_write():
            return self.port.save(reflection)

    def _saved(self, stored: Reflection) -> None:
        self.editor.mark_saved(stored)
        model = self.list_pane.model
        row = model.row_of(stored.uuid)
        if row is not None:
            model.replace_summary(summary_of(stored, model.summary_at(row)))
        elif not model.searching:
            self.list_pane.refresh()  # a new reflection: show it at its place in the list
        if stored.family_code and stored.family_code not in self.list_pane.families.known_codes:
            self._while_open(self._read_family_codes)  # a new code: offer it from now on

    def save_now(self) -> bool:
        """Ctrl+S, lock and quit: write anything unsaved; False if it could not be."""
        return self.saver.flush()

    def complete(self) -> None:
        """Mark the open reflection complete (saved at once); one about a family needs its
        family code first."""
        snapshot = self.editor.snapshot()
        about_a_family = snapshot is not None and self.editor.template_for(snapshot).about_a_family
        if snapshot is not None and not snapshot.family_code and about_a_family:
            missing = self.tr(
                "Please add a family code before marking this complete: a short code, "
                "never a name and no initials."
            )
            self.error.emit(InvalidInput(missing))
            return
        if self._save_with_status(Status.COMPLETE):
            self.status.emit(self.tr("Marked complete and saved."))

    def reopen_as_draft(self) -> None:
        """Turn a complete reflection back into a draft (saved at once)."""
        if self._save_with_status(Status.DRAFT):
            self.status.emit(self.tr("Marked as a draft again and saved."))

    def _save_with_status(self, status: Status) -> bool:
        if not self.saver.flush(lambda r: dataclasses.replace(r, status=status)):
            if self.saver.last_error is not None:
                self.error.emit(self.saver.last_error)
            self.saver.flush()  # what is on screen is still kept, as it was
            return False
        current = self.editor.reflection
        return current is not None and current.created_at is not None

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.editor.isAncestorOf(old) and self.saver.dirty:
            self.saver.flush()

    def _comments_read(self, uuid: str) -> None:
        model = self.list_pane.model
        row = model.row_of(uuid)
        if row is not None:
            model.replace_summary(model.summary_at(row)._replace(unread_comments=0))

    # ----------------------------------------------------------------- locking
    def where(self) -> tuple[str | None, int]:
        """The open reflection and the editor's scroll position (to come back after unlock)."""
        uuid = self.editor.reflection.uuid if self.editor.reflection else None
        return uuid, self.editor.verticalScrollBar().value()

    def restore(self, uuid: str | None, scroll: int, unsaved: Reflection | None) -> None:
        """Back where the visitor was before locking, with any unsaved edit still pending."""
        self.reload()
        if unsaved is not None:
            self._show(unsaved)
            self.saver.edited()  # still not on disk: keep trying
        elif uuid is not None:
            self.open_reflection(uuid)
        else:
            return
        self.editor.verticalScrollBar().setValue(scroll)

    def clear(self) -> None:
        """Show nothing of the journal (it is being locked)."""
        self._close_editor()
        self.editor.set_never_write(())  # real names: not kept while locked; unlock reloads
        self.list_pane.model.clear()
        with QSignalBlocker(self.list_pane.search):
            self.list_pane.search.clear()
        self.card_panel.hide()
