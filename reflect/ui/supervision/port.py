"""What the supervision page needs from the journal, as a narrow interface.

Reading, pairing and replying go through the exchange layer's `Supervision` service, made
afresh on each call; the operations that change what other pages show (sharing, taking a
packet in) go through the port itself, so the session can say what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reflect.domain.errors import Failed
from reflect.domain.packet import Imported, ImportResult
from reflect.domain.reflection import Reflection, ReflectionSummary
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.domain.template import Template

if TYPE_CHECKING:  # the exchange layer loads after the first paint
    from reflect.exchange.exchange_folder import PacketReader
    from reflect.exchange.supervision import QuestionFor, Supervision


class SupervisionPort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    def supervision(self) -> Supervision:
        """Pairing, reading and replying for the open journal."""

    def to_share(self) -> list[ReflectionSummary]:
        """Reflections marked "Bring to supervision", newest first."""

    def get(self, uuid: str) -> Reflection:
        """One whole reflection (to check it before it is shared)."""

    def own_templates(self) -> tuple[Template, ...]:
        """The visitor's own sets of questions (their questions travel with a share)."""

    def agency_templates(self) -> tuple[Template, ...]:
        """The sets of questions from the agency's folder, as last read (likewise)."""

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share."""

    def packet_reader(self) -> tuple[Path, PacketReader] | None:
        """The exchange folder and what a scan of it needs; None when none is chosen."""

    def share(
        self,
        supervisor_key_id: str,
        uuids: list[str],
        destination: Path,
        *,
        as_file: bool,
        question_for: QuestionFor | None = None,
    ) -> Path:
        """Write a supervision packet into a folder or as a file; returns the file."""

    def begin_remove_contact(
        self, key_id: str, done: Callable[[ContactRemoval], None], failed: Failed
    ) -> None:
        """Remove someone under People, beside the window (a backup is taken first)."""

    def begin_delete_shared_reflection(
        self,
        supervisee_key_id: str,
        uuid: str,
        done: Callable[[SharedReflectionDeletion], None],
        failed: Failed,
    ) -> None:
        """Delete a reflection a supervisee shared, beside the window (backed up first)."""

    def begin_import_file(
        self, path: Path, done: Callable[[ImportResult], None], failed: Failed
    ) -> None:
        """Take in a packet file the visitor chose, beside the window."""

    def begin_import_waiting(self, paths: list[Path], done: Callable[[Imported], None]) -> None:
        """Take in packets waiting in the exchange folder, beside the window, moving each
        aside; `done` says what came in and what could not."""
