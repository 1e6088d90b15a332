"""The journal's reflections: saving, reading, listing, searching and deleting them.

Deleting answers at once: the reflection leaves every list and search straight away, and
its backup and deletion are done in the background (`reflection_delete`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from reflect.domain.errors import NotFound, ReflectError
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_titles import ReflectionTitles
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage, SearchHit
from reflect.domain.wellbeing import WellbeingPoint
from reflect.storage import reflection_list, reflection_store, search_store, wellbeing_store
from reflect.storage.background_task import BackgroundTask, StopSignal
from reflect.storage.database import translated
from reflect.storage.journal_records import JournalRecords
from reflect.storage.reflection_delete import NOT_DELETED_LOCKED, commit_delete, empty_log

PAGE_SIZE = 100


class JournalReflections(JournalRecords):
    """Reflections of an open journal."""

    def add_reflection(self, reflection: Reflection) -> Reflection:
        """Store a new reflection; returns it with its timestamps."""
        with self._write() as conn:
            return reflection_store.save(conn, reflection, self._clock(), insert_only=True)

    def add_reflections(self, reflections: Iterable[Reflection]) -> int:
        """Store many new reflections in one transaction: all of them, or none."""
        now = self._clock()
        stored = 0
        with self._write() as conn:
            for reflection in reflections:
                reflection_store.save(conn, reflection, now, insert_only=True)
                stored += 1
        return stored

    def update_reflection(self, reflection: Reflection) -> Reflection:
        """Replace a stored reflection (same uuid) with this version."""
        with self._write() as conn:
            return reflection_store.save(conn, reflection, self._clock(), update_only=True)

    def save_reflection(self, reflection: Reflection) -> Reflection:
        """Add or update, whichever applies: what autosave calls."""
        with self._write() as conn:
            return reflection_store.save(conn, reflection, self._clock())

    def get_reflection(self, uuid: str) -> Reflection:
        """One whole reflection, or `NotFound` (also while it is being deleted)."""
        if uuid in self._deleting():
            raise NotFound
        return self._read(lambda conn: reflection_store.get(conn, uuid))

    # ----------------------------------------------------------------- deleting
    def delete_reflection(self, uuid: str) -> None:
        """Delete for good and wait: backed up first, then gone from the file, its index and
        its log. (`begin_delete` does the same without waiting.)"""
        task = self.begin_delete(uuid)
        if (error := task.wait()) is not None:
            raise error

    def begin_delete(
        self, uuid: str, on_done: Callable[[ReflectError | None], None] | None = None
    ) -> BackgroundTask:
        """Start deleting a reflection and return at once; it leaves lists and search now.

        A backup is taken first and synced to disk, then the reflection is deleted in one
        transaction. `on_done(error)` is called from the background thread when that has
        happened (None) or could not (the reflection is back, and `error` says why).
        Locking before the backup is finished leaves the reflection in place.
        """
        self._read(lambda conn: reflection_store.reflection_id(conn, uuid))  # NotFound now
        if uuid in self._deleting():
            return self._deletes[uuid]
        self._refuse_if_damaged()
        earlier = [t for t in self._deletes.values() if not t.done]

        def work(stop: StopSignal) -> None:
            for task in earlier:  # one delete's backup at a time
                while not task.done:
                    stop.check()
                    task.wait(0.05)
            self._delete_after_backup(uuid, stop)

        task = BackgroundTask("delete", work, on_done=on_done, stopped_error=NOT_DELETED_LOCKED)
        self._deletes[uuid] = task
        return task

    def _delete_after_backup(self, uuid: str, stop: StopSignal) -> None:
        self.create_backup("before-delete", stop=stop)  # durable before anything is deleted
        stop.check()  # locked meanwhile: not deleted at all
        raw = self._raw_connection()
        try:
            with translated(writing=True, folder=self.paths.folder):
                self._refuse_if_damaged()
                commit_delete(raw, uuid)
            # Deleted: from here a stop only skips tidying the log (closing does it).
            others = [t for t in (self._integrity, self._backup, self._copy) if t is not None]
            try:
                with translated(writing=True, folder=self.paths.folder):
                    empty_log(
                        raw,
                        lambda: any(not t.done for t in others),
                        lambda: stop.requested,
                    )
            except ReflectError:
                if not stop.requested:
                    raise
        finally:
            raw.close()

    def _deleting(self) -> set[str]:
        """Reflections whose delete is under way (hidden from lists and search)."""
        return {uuid for uuid, task in list(self._deletes.items()) if not task.done}

    # ----------------------------------------------------------------- listing
    def list_reflections(
        self,
        filter: ReflectionFilter | None = None,
        *,
        limit: int = PAGE_SIZE,
        after: PageCursor | None = None,
    ) -> ReflectionPage:
        """A page of the list, newest first; pass `page.next_cursor` as `after` for more."""
        flt = filter or ReflectionFilter()
        page = self._read_driver(lambda raw: reflection_list.page(raw, flt, limit, after))
        hidden = self._deleting()
        if not hidden:
            return page
        items = tuple(item for item in page.items if item.uuid not in hidden)
        return ReflectionPage(items, page.next_cursor)

    def count_reflections(self, filter: ReflectionFilter | None = None) -> int:
        """How many reflections match the filter (a delete under way still counts)."""
        flt = filter or ReflectionFilter()
        return self._read_driver(lambda raw: reflection_list.count(raw, flt))

    def list_all(self) -> ReflectionTitles:
        """Every reflection's uuid, visit date, family code and first words, newest first."""
        titles = self._read_driver(reflection_list.list_all)
        hidden = self._deleting()
        if not hidden:
            return titles
        rows = [titles.row(i) for i in range(len(titles)) if titles.uuids[i] not in hidden]
        return ReflectionTitles(*(tuple(column) for column in zip(*rows, strict=True)))

    def search(
        self,
        query: str,
        *,
        limit: int = search_store.DEFAULT_LIMIT,
        filter: ReflectionFilter | None = None,
    ) -> list[SearchHit]:
        """Ranked matches over answers, notes and comments, with highlighted snippets."""
        hits = self._read_driver(lambda raw: search_store.search(raw, query, limit, filter))
        hidden = self._deleting()
        return [hit for hit in hits if hit.summary.uuid not in hidden] if hidden else hits

    def wellbeing_since(self, since: dt.date) -> list[WellbeingPoint]:
        """Heaviness, energy and one word per reflection dated `since` or later, oldest
        first; private answers included (the self-care view is the visitor's own)."""
        hidden = self._deleting()
        return self._read(lambda conn: wellbeing_store.points_since(conn, since, hidden))
