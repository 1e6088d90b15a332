"""What the export, print and import screens need from the journal, as a narrow interface.

Everything slow runs beside the window: each `begin_…` returns at once, and `done` or
`failed` is called on the window's thread, never after a lock. While an export or import
runs, `JournalChanges.progress` says how far it has gone; `stop_transfers()` is Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reflect.domain.errors import Failed
from reflect.domain.export_request import ExportOutcome, ExportRequest, ExportScope
from reflect.domain.journal_import import (
    DEFAULT_IMPORT_CODE,
    ImportKind,
    ImportOutcome,
    PreparedImport,
)
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection
from reflect.domain.template import Template

if TYPE_CHECKING:  # read only as results; loading them waits for the first export
    from reflect.exchange.export_check import ExportFindings
    from reflect.exchange.printable import Printable


class PortablePort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    @property
    def transferring(self) -> bool:
        """True while an export or import waits or runs."""

    def get(self, uuid: str) -> Reflection:
        """One whole reflection."""

    def own_templates(self) -> tuple[Template, ...]:
        """The visitor's own sets of questions (to name the questions they hold)."""

    def begin_export(
        self,
        request: ExportRequest,
        library: Library,
        done: Callable[[ExportOutcome], None],
        failed: Failed,
    ) -> None:
        """Write the export; `ExportStopped` when cancelled (no file written)."""

    def begin_export_check(
        self,
        scope: ExportScope,
        include_private: bool,
        done: Callable[[ExportFindings], None],
        failed: Failed,
    ) -> None:
        """The de-identification check over what an export of `scope` would hold."""

    def begin_print(
        self,
        scope: ExportScope,
        include_private: bool,
        library: Library,
        done: Callable[[Printable], None],
        failed: Failed,
    ) -> None:
        """The chosen reflections as rich text to print, laid out as the PDF export."""

    def begin_import_preview(
        self,
        kind: ImportKind,
        path: Path,
        done: Callable[[PreparedImport], None],
        failed: Failed,
    ) -> None:
        """Read and check `path`; `done(prepared)` says what it would bring (nothing
        written)."""

    def begin_import(
        self,
        prepared: PreparedImport,
        done: Callable[[ImportOutcome], None],
        failed: Failed,
        *,
        family_code: str = DEFAULT_IMPORT_CODE,
    ) -> None:
        """Add what the preview showed that the journal does not have yet."""

    def stop_transfers(self) -> None:
        """Cancel the export or import under way."""
