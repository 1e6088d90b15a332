"""What the visitor asks an export for: which reflections, in which format, to which place,
and whether private answers and check-ins go with them; and what came of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reflect.domain.search import ReflectionFilter


class ExportFormat(StrEnum):
    """The formats Reflect exports to."""

    JSON = "json"
    """Reflect's own JSON: complete, and read back by Reflect's import."""
    MARKDOWN = "markdown"
    """One Markdown file holding every chosen reflection."""
    MARKDOWN_FOLDER = "markdown-folder"
    """A new folder with one Markdown file per reflection."""
    PDF = "pdf"
    """One PDF, each reflection beginning on a page of its own."""


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which reflections go into an export.

    With nothing set it is the whole journal. Otherwise: the reflections in `uuids` (a
    selection), or those `filter` matches (its dates are a date range), narrowed to those
    `search` finds when it is not empty.
    """

    uuids: tuple[str, ...] | None = None
    filter: ReflectionFilter | None = None
    search: str = ""

    @classmethod
    def everything(cls) -> ExportScope:
        """The whole journal."""
        return cls()

    @classmethod
    def chosen(cls, uuids: tuple[str, ...]) -> ExportScope:
        """These reflections (a selection in the list)."""
        return cls(uuids=tuple(uuids))

    @classmethod
    def between(cls, first: dt.date | None, last: dt.date | None) -> ExportScope:
        """The reflections whose visit date is from `first` to `last` (either may be open)."""
        if first is None and last is None:
            return cls()
        return cls(filter=ReflectionFilter(date_from=first, date_to=last))

    @property
    def whole_journal(self) -> bool:
        """True when nothing narrows the export: every reflection, and check-ins may go too."""
        return (
            self.uuids is None
            and (self.filter is None or self.filter == ReflectionFilter())
            and not self.search.strip()
        )


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """One export: where it goes, its format, which reflections, and what goes with them.

    Private answers stay out unless `include_private`; check-ins go only into a JSON export
    of the whole journal, and only with `include_check_ins`.
    """

    target: Path
    """The file to write (a new or empty folder for `MARKDOWN_FOLDER`)."""
    format: ExportFormat
    scope: ExportScope = ExportScope()
    include_private: bool = False
    include_check_ins: bool = False


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """What an export wrote: where, and how much of each kind."""

    target: Path
    reflections: int
    comments: int = 0
    sessions: int = 0
    check_ins: int = 0
    private_left_out: int = 0
    """Private answers of the chosen reflections that were left out."""
