"""What the journal page needs from the journal, as a narrow interface.

The session (`reflect.session`) implements it over the `Journal` service; the page never
sees the service itself, so it cannot keep a connection alive across a lock, and tests can
drive the page against a real journal through the same few calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from reflect.domain.comment import Comment
from reflect.domain.errors import Failed, ReflectError
from reflect.domain.reflection import Reflection
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage, SearchHit
from reflect.domain.template import Template


class JournalPort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    def list_page(self, flt: ReflectionFilter, cursor: PageCursor | None) -> ReflectionPage:
        """One page of the list, newest first."""

    def begin_search(
        self,
        query: str,
        flt: ReflectionFilter,
        done: Callable[[list[SearchHit]], None],
        failed: Failed,
    ) -> None:
        """Ranked hits, found beside the window; `done(hits)` on the window's thread."""

    def get(self, uuid: str) -> Reflection:
        """One whole reflection."""

    def save(self, reflection: Reflection) -> Reflection:
        """Add or update; returns it as stored."""

    def delete(
        self, uuid: str, on_done: Callable[[ReflectError | None], None] | None = None
    ) -> None:
        """Start deleting for good and return at once: the reflection leaves the list and
        search now; a backup is taken first, in the background. `on_done(error)` is called
        from another thread when it is deleted (None) or could not be (it is back)."""

    def family_codes(self) -> list[str]:
        """Active family codes, alphabetically."""

    def closed_family_codes(self) -> list[str]:
        """Codes of families that left the programme (closed), alphabetically."""

    def comments_for(self, uuid: str) -> list[Comment]:
        """A reflection's comments from supervision, oldest first."""

    def mark_comments_read(self, uuid: str) -> None:
        """Clear the unread mark on a reflection's comments."""

    def reflections_with_unread_comments(self) -> int:
        """How many reflections have comments from supervision not yet opened."""

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share, for the editor's quiet hint."""

    def open_sections(self) -> frozenset[str]:
        """The form sections whose "Go deeper" this visitor leaves open."""

    def set_open_sections(self, keys: frozenset[str]) -> None:
        """Remember them (in the journal: the choice follows the visitor, not the computer)."""

    def own_templates(self) -> tuple[Template, ...]:
        """The visitor's own sets of questions, those put away included."""

    def agency_templates(self) -> tuple[Template, ...]:
        """The sets of questions from the agency's folder, as last read."""

    def save_own_template(self, template: Template) -> None:
        """Keep a set of questions of the visitor's own (new, or changed in place)."""

    def my_words(self) -> tuple[str, ...]:
        """The words the visitor added to spell checking."""

    def add_my_word(self, word: str) -> tuple[str, ...]:
        """Add one to them; returns them all."""

    def remember_reopen(self, uuid: str, scroll: int) -> None:
        """Open this reflection, at this place, at the next unlock."""

    def take_reopen(self) -> tuple[str, int] | None:
        """The reflection to open again at this unlock (once), and its place."""
