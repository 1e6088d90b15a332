"""The supervision page's port: the exchange service for reading and pairing, and the few
operations that change what other pages show (sharing, taking packets in), which report
what changed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.domain.errors import Failed, ReflectError
from reflect.domain.packet import Imported, ImportResult
from reflect.domain.progress import Work
from reflect.domain.reflection import ReflectionSummary, ShareState
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.domain.search import ReflectionFilter
from reflect.session.base import SessionBase
from reflect.session.waiting_packets import import_waiting

if TYPE_CHECKING:  # loaded with the storage layer, after the first paint
    from reflect.exchange.exchange_folder import PacketReader
    from reflect.exchange.supervision import QuestionFor, Supervision

SHARE_LIST_LIMIT = 500


class SupervisionAccess(SessionBase):
    """Implements `reflect.ui.supervision.port.SupervisionPort`."""

    def supervision(self) -> Supervision:
        """Pairing, reading and replying for the open journal (made afresh on each call, so
        a page never keeps the journal past a lock)."""
        from reflect.exchange.supervision import Supervision

        return Supervision(self._open())

    def to_share(self) -> list[ReflectionSummary]:
        """Reflections marked "Bring to supervision", newest first."""
        flt = ReflectionFilter(share_state=ShareState.TO_SHARE)
        return list(self._open().list_reflections(flt, limit=SHARE_LIST_LIMIT).items)

    def packet_reader(self) -> tuple[Path, PacketReader] | None:
        """The exchange folder and what a scan of it needs, or None when none is chosen."""
        from reflect.exchange.exchange_folder import reader_for

        supervision = self.supervision()
        folder = supervision.exchange_folder()
        return None if folder is None else (folder, reader_for(supervision))

    def share(
        self,
        supervisor_key_id: str,
        uuids: list[str],
        destination: Path,
        *,
        as_file: bool,
        question_for: QuestionFor | None = None,
    ) -> Path:
        """Write a supervision packet into a folder (or as the chosen file); the reflections
        are marked shared, and the pages that show them hear of it."""
        supervision = self.supervision()
        export = supervision.export_share_as if as_file else supervision.export_share
        path = export(supervisor_key_id, uuids, destination, question_for=question_for)
        self.changes.reflections_changed.emit(tuple(uuids))
        return path

    # Taking packets in decrypts, checks signatures and writes: beside the window, with
    # "Importing…" in the status bar; the pages hear of what came in afterwards.
    def begin_import_file(
        self, path: Path, done: Callable[[ImportResult], None], failed: Failed
    ) -> None:
        """Take in a packet file the visitor chose."""
        supervision = self.supervision()

        def imported(result: ImportResult) -> None:
            self._imported(result)
            done(result)

        work = functools.partial(supervision.import_file, path)
        self._errand("import", work, imported, failed, shows=Work.IMPORT)

    def begin_import_waiting(self, paths: list[Path], done: Callable[[Imported], None]) -> None:
        """Take in packets listed in the exchange folder, one after another, moving each
        aside (see `exchange_folder.import_from_folder`); `done(imported)` with what came
        in and a sentence for each packet that could not be taken in."""
        supervision = self.supervision()

        def imported(outcome: Imported) -> None:
            for result in outcome.results:
                self._imported(result)
            done(outcome)

        def refused(error: ReflectError) -> None:
            done(Imported((), (error.sentence,)))

        work = functools.partial(import_waiting, paths, supervision)
        self._errand("import", work, imported, refused, shows=Work.IMPORT)

    # Removing takes a backup of the whole journal first: beside the window.
    def begin_remove_contact(
        self, key_id: str, done: Callable[[ContactRemoval], None], failed: Failed
    ) -> None:
        """Remove someone under People (backed up first)."""
        work = functools.partial(self.supervision().remove_contact, key_id)
        self._errand("remove", work, done, failed, shows=Work.DELETE)

    def begin_delete_shared_reflection(
        self,
        supervisee_key_id: str,
        uuid: str,
        done: Callable[[SharedReflectionDeletion], None],
        failed: Failed,
    ) -> None:
        """Delete a reflection a supervisee shared, with my comments on it (backed up first)."""
        supervision = self.supervision()
        work = functools.partial(supervision.delete_shared_reflection, supervisee_key_id, uuid)
        self._errand("remove", work, done, failed, shows=Work.DELETE)

    def _imported(self, result: ImportResult) -> None:
        if result.kind == "reply" and result.count and not result.already_imported:
            self.changes.comments_arrived.emit(())
