"""The journal page's port: the list, search, one reflection, saving and deleting."""

from __future__ import annotations

import functools
from collections.abc import Callable

from reflect.domain.comment import Comment
from reflect.domain.errors import Failed, ReflectError
from reflect.domain.reflection import Reflection
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage, SearchHit
from reflect.session.never_write import NEVER_WRITE, never_write_entries
from reflect.session.template_sets import TemplateSets

OPEN_SECTIONS = "open_sections"
MY_WORDS = "my_words"
REOPEN = "reopen"


class JournalAccess(TemplateSets):
    """Implements `reflect.ui.journal.port.JournalPort`."""

    def list_page(self, flt: ReflectionFilter, cursor: PageCursor | None) -> ReflectionPage:
        """One page of the list."""
        return self._open().list_reflections(flt, after=cursor)

    def search(self, query: str, flt: ReflectionFilter) -> list[SearchHit]:
        """Ranked hits."""
        return self._open().search(query, filter=flt)

    def begin_search(
        self,
        query: str,
        flt: ReflectionFilter,
        done: Callable[[list[SearchHit]], None],
        failed: Failed,
    ) -> None:
        """Ranked hits, found beside the window (a search of a large journal can take a
        tenth of a second, which the window must not wait for). A search still waiting
        when a newer one is asked for is dropped: only the newest question is answered."""
        journal = self._open()
        work = functools.partial(journal.search, query, filter=flt)
        self._errand("search", work, done, failed, only_latest=True)

    def get(self, uuid: str) -> Reflection:
        """One reflection."""
        return self._open().get_reflection(uuid)

    def save(self, reflection: Reflection) -> Reflection:
        """Add or update (the one save path: autosave, Ctrl+S, complete and draft)."""
        stored = self._open().save_reflection(reflection)
        self.changes.reflections_changed.emit((stored.uuid,))
        return stored

    def delete(
        self, uuid: str, on_done: Callable[[ReflectError | None], None] | None = None
    ) -> None:
        """Start deleting a reflection: it leaves the list and search at once; the backup
        before it and the delete itself finish in the background, then `on_done(error)`
        is called from that thread."""
        self._open().begin_delete(uuid, on_done)
        self.changes.reflections_changed.emit((uuid,))

    def family_codes(self) -> list[str]:
        """Active codes."""
        return [c.code for c in self._open().family_codes(include_closed=False, counted=False)]

    def closed_family_codes(self) -> list[str]:
        """Codes of families that have left the programme."""
        return [c.code for c in self._open().family_codes(counted=False) if not c.active]

    def comments_for(self, uuid: str) -> list[Comment]:
        """A reflection's comments from supervision, oldest first."""
        return self._open().comments_for(uuid)

    def mark_comments_read(self, uuid: str) -> None:
        """The visitor has seen this reflection's comments."""
        self._open().mark_comments_read(uuid)
        self.changes.comments_read.emit(uuid)

    def reflections_with_unread_comments(self) -> int:
        """How many reflections have comments from supervision not yet opened."""
        return self._open().reflections_with_unread_comments()

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share (names, streets, a workplace)."""
        return never_write_entries(self._open().exchange.setting(NEVER_WRITE).splitlines())

    def open_sections(self) -> frozenset[str]:
        """The form sections whose "Go deeper" this visitor leaves open."""
        kept = self._open().exchange.setting(OPEN_SECTIONS)
        return frozenset(k for k in kept.splitlines() if k)

    def set_open_sections(self, keys: frozenset[str]) -> None:
        """Remember them in the journal."""
        self._open().exchange.set_setting(OPEN_SECTIONS, "\n".join(sorted(keys)))

    def my_words(self) -> tuple[str, ...]:
        """The words the visitor added to spell checking (names among them: they stay in
        the encrypted journal)."""
        stored = self._open().exchange.setting(MY_WORDS)
        return tuple(word for word in stored.split("\n") if word)

    def add_my_word(self, word: str) -> tuple[str, ...]:
        """Add a word to hers; returns them all."""
        words = tuple(dict.fromkeys([*self.my_words(), word.strip()]))
        self._open().exchange.set_setting(MY_WORDS, "\n".join(w for w in words if w))
        return words

    def remember_reopen(self, uuid: str, scroll: int) -> None:
        """Keep the open reflection and its place, to open again at the next unlock (a
        restart to change the language)."""
        self._open().exchange.set_setting(REOPEN, f"{uuid}\n{scroll}")

    def take_reopen(self) -> tuple[str, int] | None:
        """The reflection to open again, once (it is forgotten as it is read)."""
        journal = self._open()
        stored = journal.exchange.setting(REOPEN)
        if not stored:
            return None
        journal.exchange.set_setting(REOPEN, "")
        uuid, _, scroll = stored.partition("\n")
        return uuid, int(scroll) if scroll.isdigit() else 0
