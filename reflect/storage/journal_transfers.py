"""The journal's side of exports and imports: reading many reflections whole, and adding
what an import brings in one transaction.

An import is all or nothing, even if the process is killed part-way: everything is added
in one transaction, after a backup. It never changes or deletes anything already here, so
importing the same file twice adds nothing the second time. Locking stops it at its next
safe point, and then nothing at all was added.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from typing import Any

from reflect.domain.check_in import CheckIn
from reflect.domain.errors import ImportStopped
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.journal_import import ImportOutcome
from reflect.domain.search import ReflectionFilter
from reflect.storage import export_reads, import_store, reflection_list
from reflect.storage.background_task import Stopped, StopSignal
from reflect.storage.journal_reflections import JournalReflections

SEARCH_LIMIT = 100_000
"""Enough for every match a search can show."""


class JournalTransfers(JournalReflections):
    """Exports' reads and imports' writes for an open journal."""

    def matching_uuids(self, filter: ReflectionFilter | None = None) -> list[str]:
        """Every reflection the filter matches (all of them without one), oldest first."""
        flt = filter or ReflectionFilter()
        uuids = self._read_driver(lambda raw: reflection_list.matching_uuids(raw, flt))
        hidden = self._deleting()
        return [u for u in uuids if u not in hidden] if hidden else uuids

    def found_uuids(self, query: str, filter: ReflectionFilter | None = None) -> list[str]:
        """The reflections a search finds (within the filter), oldest first."""
        hits = self.search(query, limit=SEARCH_LIMIT, filter=filter)
        ordered = sorted(hits, key=lambda hit: hit.summary.visit_date)
        return [hit.summary.uuid for hit in ordered]

    def exported_reflections(self, uuids: Sequence[str]) -> list[ExportedReflection]:
        """These reflections, whole, with their comments, in the order given (a uuid no
        longer here is left out). Read a few hundred at a time: see `export_reads.CHUNK`."""
        hidden = self._deleting()
        wanted = [u for u in uuids if u not in hidden]
        found: list[ExportedReflection] = []
        for start in range(0, len(wanted), export_reads.CHUNK):
            chunk = wanted[start : start + export_reads.CHUNK]
            found += self._read_driver(functools.partial(_read_chunk, chunk=chunk))
        return found

    def all_check_ins(self) -> list[CheckIn]:
        """Every self-care check-in, oldest first."""
        return self._read_driver(export_reads.check_ins)

    def _anything_new(self, data: JournalExport) -> bool:
        wanted = {
            "reflections": [item.reflection.uuid for item in data.reflections],
            "supervision_sessions": [s.uuid for s in data.sessions],
            "check_ins": [c.uuid for c in data.check_ins],
            "comments": [c.uuid for item in data.reflections for c in item.comments],
        }

        def new(raw: Any) -> bool:
            return any(
                set(uuids) - export_reads.known(raw, table, uuids)
                for table, uuids in wanted.items()
            )

        return self._read_driver(new)

    def record_counts(self) -> dict[str, int]:
        """How many reflections, comments, supervision sessions, check-ins and family codes
        the journal holds (what `reflect verify` reports)."""
        return self._read_driver(export_reads.counts)

    def known_reflections(self, uuids: Iterable[str]) -> set[str]:
        """Which of these reflections the journal already has."""
        listed = list(uuids)
        return self._read_driver(lambda raw: export_reads.known(raw, "reflections", listed))

    def import_content(
        self, data: JournalExport, *, stop: StopSignal | None = None
    ) -> ImportOutcome:
        """Add what `data` brings that the journal does not have; nothing here changes.

        When there is anything to add, a backup is taken first ("before-import"), then
        everything is added in one transaction. `stop` (asked by a lock, or by the
        visitor) ends it at its next safe point with `ImportStopped`, nothing added.
        """
        signal = stop or StopSignal()
        fresh = self._anything_new(data)
        backup = ""
        try:
            if fresh:
                backup = self.create_backup("before-import", stop=signal).name
            signal.check()
            with self._write() as conn:
                outcome = import_store.add_new(conn, data, self._clock(), signal)
        except Stopped:
            raise ImportStopped from None
        return dataclasses.replace(outcome, backup=backup)


def _read_chunk(raw: Any, *, chunk: Sequence[str]) -> list[ExportedReflection]:
    return export_reads.reflections(raw, chunk)
