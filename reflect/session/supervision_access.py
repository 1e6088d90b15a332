"""The supervision page's port: the exchange service for reading and pairing, and the few
operations that change what other pages show (sharing, taking packets in), which report
what changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reflect.domain.packet import ImportResult
from reflect.domain.reflection import ReflectionSummary, ShareState
from reflect.domain.search import ReflectionFilter
from reflect.session.base import SessionBase

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

    def import_file(self, path: Path) -> ImportResult:
        """Take in a packet file the visitor chose."""
        result = self.supervision().import_file(path)
        self._imported(result)
        return result

    def import_waiting(self, path: Path) -> ImportResult | None:
        """Take in a packet listed in the exchange folder, then move it aside (see
        `exchange_folder.import_from_folder`); None when it had been taken in before."""
        from reflect.exchange.exchange_folder import ImportedNotMoved, import_from_folder

        try:
            result = import_from_folder(path, self.supervision())
        except ImportedNotMoved as error:
            self._imported(error.result)
            raise
        if result is not None:
            self._imported(result)
        return result

    def _imported(self, result: ImportResult) -> None:
        if result.kind == "reply" and result.count and not result.already_imported:
            self.changes.comments_arrived.emit(())
