"""Exports and imports, beside the window: the API an export or import page calls.

Exporting::

    request = ExportRequest(Path("…/reflections.md"), ExportFormat.MARKDOWN,
                            ExportScope.chosen(uuids), include_private=False)
    session.begin_export(request, library, done, failed)   # done(ExportOutcome)
    session.stop_transfers()                                # Cancel: failed(ExportStopped)

Before an export, `begin_export_check(scope, include_private, shown, failed)` runs the
de-identification check over what it would hold; `begin_print(scope, include_private,
library, done, failed)` gathers reflections as the PDF lays them out, for Qt's printer.

Importing, in two steps, the preview first::

    session.begin_import_preview(ImportKind.REFLECT, path, shown, failed)
    # shown(prepared): prepared.summary has the counts, dates and a few titles
    session.begin_import(prepared, done, failed, family_code="IMPORTED")  # done(ImportOutcome)

Each runs as an errand (one at a time, in order, beside the window); `done` or `failed` is
called on the window's thread, and never after a lock. While an export or import runs, the
status bar's `progress` carries how far it has gone (`Work.EXPORT`, `Work.IMPORT`).
`stop_transfers()` (Cancel) or a lock stops it at its next safe point: a stopped export
leaves no file, a stopped import adds nothing. The PDF is printed by Qt
(`reflect.ui.widgets.pdf_file`), the same code the command line uses.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reflect.domain.errors import Failed
from reflect.domain.export_request import ExportOutcome, ExportRequest, ExportScope
from reflect.domain.journal_import import (
    DEFAULT_IMPORT_CODE,
    ImportKind,
    ImportOutcome,
    PreparedImport,
)
from reflect.domain.library import Library
from reflect.domain.progress import Work
from reflect.session.base import SessionBase
from reflect.session.export_wording import translated_export_words
from reflect.session.never_write import NEVER_WRITE, never_write_entries
from reflect.storage.paths import JournalPaths
from reflect.ui.changes import JournalChanges

if TYPE_CHECKING:  # loaded with the storage layer, after the first paint
    from reflect.exchange.export_check import ExportFindings
    from reflect.exchange.printable import Printable
    from reflect.storage.background_task import StopSignal

T = TypeVar("T")


class PortableAccess(SessionBase):
    """Exports (JSON, Markdown, PDF) and imports (Reflect JSON, other journals)."""

    def __init__(self, paths: JournalPaths, changes: JournalChanges | None = None) -> None:
        super().__init__(paths, changes)
        self._transfers: list[StopSignal] = []  # waiting or running: what Cancel stops

    def begin_export(
        self,
        request: ExportRequest,
        library: Library,
        done: Callable[[ExportOutcome], None],
        failed: Failed,
    ) -> None:
        """Write the export `request` asks for; `library` words its questions (the
        visitor's own sets are added from the journal). Fails with `ExportStopped` when
        stopped, `ExportNotWritten` naming the file, or `InvalidInput` when nothing is
        chosen."""
        from reflect.exchange.export_run import run_export
        from reflect.ui.widgets.pdf_file import render_pdf

        journal = self._open()
        stop = self._new_transfer()
        work = functools.partial(
            run_export,
            journal,
            request,
            library,
            words=translated_export_words(),
            render_pdf=render_pdf,
            stop=stop,
        )
        self._transfer("export", work, done, failed, stop=stop, shows=Work.EXPORT)

    def begin_import_preview(
        self,
        kind: ImportKind,
        path: Path,
        done: Callable[[PreparedImport], None],
        failed: Failed,
    ) -> None:
        """Read and check `path` as `kind`; `done(prepared)` says what it would bring
        (nothing is written). Fails with `ImportRefused`, naming the file."""
        from reflect.exchange.import_run import prepare_import

        journal = self._open()
        work = functools.partial(prepare_import, journal, ImportKind(kind), Path(path))
        self._errand("import preview", work, done, failed, shows=Work.IMPORT)

    def begin_import(
        self,
        prepared: PreparedImport,
        done: Callable[[ImportOutcome], None],
        failed: Failed,
        *,
        family_code: str = DEFAULT_IMPORT_CODE,
    ) -> None:
        """Add what the preview showed and the journal does not have yet, after a backup,
        in one transaction; entries of another journal get `family_code`. Nothing already
        here changes. Fails with `ImportStopped` (nothing added) when stopped."""
        from reflect.exchange.import_run import run_import

        journal = self._open()
        stop = self._new_transfer()
        work = functools.partial(run_import, journal, prepared, family_code=family_code, stop=stop)

        def imported(outcome: ImportOutcome) -> None:
            if outcome.reflections:
                self.changes.reflections_changed.emit(())
            if outcome.sessions:
                self.changes.hours_changed.emit()
            if outcome.question_sets:
                self.changes.templates_changed.emit()
            done(outcome)

        self._transfer("import", work, imported, failed, stop=stop, shows=Work.IMPORT)

    def begin_export_check(
        self,
        scope: ExportScope,
        include_private: bool,
        done: Callable[[ExportFindings], None],
        failed: Failed,
    ) -> None:
        """Run the de-identification check over what an export of `scope` would hold (the
        visitor's never-write words too); `done(findings)`. Cancel stops it like an export
        (`ExportStopped`); `InvalidInput` when the scope chooses nothing."""
        from reflect.exchange.export_check import check_export

        journal = self._open()
        never_write = never_write_entries(journal.exchange.setting(NEVER_WRITE).splitlines())
        stop = self._new_transfer()
        work = functools.partial(
            check_export,
            journal,
            scope,
            include_private=include_private,
            never_write=never_write,
            stop=stop,
        )
        self._transfer("export check", work, done, failed, stop=stop, shows=Work.EXPORT)

    def begin_print(
        self,
        scope: ExportScope,
        include_private: bool,
        library: Library,
        done: Callable[[Printable], None],
        failed: Failed,
    ) -> None:
        """Gather the chosen reflections as the PDF export lays them out, in the screens'
        language, for Qt's print dialog; `done(printable)`."""
        from reflect.exchange.printable import printable

        journal = self._open()
        work = functools.partial(
            printable,
            journal,
            scope,
            library,
            include_private=include_private,
            words=translated_export_words(),
        )
        self._errand("print", work, done, failed)

    def stop_transfers(self) -> None:
        """Cancel: stop the export or import under way (and those waiting) at their next
        safe point."""
        for stop in list(self._transfers):
            stop.request()

    @property
    def transferring(self) -> bool:
        """True while an export or import is waiting or under way."""
        return bool(self._transfers)

    def _new_transfer(self) -> StopSignal:
        from reflect.storage.background_task import StopSignal

        stop = StopSignal()
        self._transfers.append(stop)
        return stop

    def _transfer(
        self,
        name: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Failed,
        *,
        stop: StopSignal,
        shows: Work,
    ) -> None:
        def over() -> None:
            self._transfers.remove(stop)

        self._errand(
            name, work, done, failed, shows=shows, how_far=lambda: stop.done_of, after=over
        )
