"""An import, in two steps: read and check the source and say what it would bring (nothing
written yet), then add it to the journal in one transaction.

Reflect's own JSON is read here (`reflect_json_reader`); the other journals are read by
`reflect.exchange.readers.read_entries(kind, path)`, which hands back an `ImportPreview`.
What the preview showed is what is imported: the second step takes the prepared import,
not the file again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from reflect.domain.imported_entry import ImportPreview
from reflect.domain.journal_export import JournalExport
from reflect.domain.journal_import import (
    DEFAULT_IMPORT_CODE,
    ImportKind,
    ImportOutcome,
    ImportSummary,
    ImportTitle,
    PreparedImport,
)
from reflect.domain.reflection import PREVIEW_CHARS, Reflection
from reflect.exchange.foreign_entries import as_journal, entry_uuid
from reflect.exchange.reflect_json_reader import read_reflect_export
from reflect.storage.background_task import StopSignal
from reflect.storage.journal import Journal

TITLES_SHOWN = 5
"""How many reflections the preview names."""


def _read_entries(kind: ImportKind, path: Path) -> ImportPreview:
    """Another journal's entries, read by the readers of those formats."""
    from reflect.exchange.readers import read_entries  # only an import of one needs them

    return read_entries(kind.value, path)


def _words(text: str) -> str:
    return " ".join(text.split())[:PREVIEW_CHARS]


def _reflect_summary(journal: Journal, path: Path, data: JournalExport) -> ImportSummary:
    reflections = [item.reflection for item in data.reflections]
    uuids = {r.uuid for r in reflections}
    days = [r.visit_date for r in reflections]
    return ImportSummary(
        kind=ImportKind.REFLECT,
        source=path.name or str(path),
        reflections=len(uuids),
        new_reflections=len(uuids - journal.known_reflections(uuids)),
        comments=data.comment_count,
        sessions=len(data.sessions),
        check_ins=len(data.check_ins),
        private_answers=sum(1 for r in reflections for a in r.answers if a.private),
        first=min(days, default=None),
        last=max(days, default=None),
        titles=tuple(
            ImportTitle(r.visit_date, r.family_code, _open_words(r))
            for r in reflections[:TITLES_SHOWN]
        ),
    )


def _open_words(reflection: Reflection) -> str:
    """The first words of what is not private: a preview is shown, and the command line
    prints it where a script may keep it."""
    shown = [answer for answer in reflection.answers if not answer.private]
    return dataclasses.replace(reflection, answers=tuple(shown)).preview


def _entries_summary(
    journal: Journal, kind: ImportKind, path: Path, preview: ImportPreview
) -> ImportSummary:
    entries = sorted(preview.entries, key=lambda e: e.written_at)
    uuids = {entry_uuid(kind, e.source_key) for e in entries}
    first, last = preview.first, preview.last
    return ImportSummary(
        kind=kind,
        source=path.name or str(path),
        reflections=len(uuids),
        new_reflections=len(uuids - journal.known_reflections(uuids)),
        first=first.date() if first else None,
        last=last.date() if last else None,
        titles=tuple(
            ImportTitle(e.written_at.date(), "", _words(e.title) or _words(e.body))
            for e in entries[:TITLES_SHOWN]
        ),
        skipped=preview.skipped,
        skipped_what=preview.skipped_what,
    )


def prepare_import(journal: Journal, kind: ImportKind, path: Path) -> PreparedImport:
    """Read and check the source, and say what it would bring; nothing is written."""
    kind = ImportKind(kind)
    if kind is ImportKind.REFLECT:
        data = read_reflect_export(path)
        return PreparedImport(_reflect_summary(journal, path, data), journal=data)
    return prepared_entries(journal, kind, path, _read_entries(kind, path))


def prepared_entries(
    journal: Journal, kind: ImportKind, path: Path, preview: ImportPreview
) -> PreparedImport:
    """Entries another journal's reader read from `path`, ready to import (and counted
    against what this journal already has)."""
    return PreparedImport(_entries_summary(journal, kind, path, preview), entries=preview)


def run_import(
    journal: Journal,
    prepared: PreparedImport,
    *,
    family_code: str = DEFAULT_IMPORT_CODE,
    stop: StopSignal | None = None,
    now: dt.datetime | None = None,
) -> ImportOutcome:
    """Add what the prepared import brings that the journal does not have yet.

    Entries of another journal all get `family_code` (checked before anything is done).
    A backup is taken first; then everything is added in one transaction, or nothing.
    """
    if prepared.journal is not None:
        data = prepared.journal
    else:
        assert prepared.entries is not None
        data = as_journal(prepared.entries, prepared.summary.kind, family_code, now=now)
    return journal.import_content(data, stop=stop)
