"""An import into the journal: where it comes from, what it would bring (shown before
anything is written), and what it added.

An import only adds. A reflection whose identifier is already in the journal is left as
it is, so importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from reflect.domain.imported_entry import ImportPreview
from reflect.domain.journal_export import JournalExport

DEFAULT_IMPORT_CODE = "IMPORTED"
"""The family code an entry of another journal gets unless the visitor picks another:
those journals have no family codes, and a reflection needs one."""

STARRED_THEME = "starred"
"""The theme a starred (favourite) entry of another journal is given."""

IMPORTED_TEMPLATE = "imported-notes"
"""The template of a reflection made from another journal's entry: its text is the notes."""

IMPORTED_TITLE_PROMPT = "imported-notes.title"
"""The prompt that holds an imported entry's title, when it had one."""


class ImportKind(StrEnum):
    """Where an import comes from."""

    REFLECT = "reflect"
    """Reflect's own JSON export."""
    JRNL = "jrnl"
    DAY_ONE = "dayone"
    MARKDOWN = "markdown"
    """A folder of Markdown files."""


@dataclass(frozen=True, slots=True)
class ImportTitle:
    """One reflection an import would bring, as the preview names it."""

    day: dt.date
    family_code: str
    words: str
    """The title, or the first words."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import would bring in: counts, the date range and a few titles."""

    kind: ImportKind
    source: str
    """The file or folder's name."""
    reflections: int
    new_reflections: int
    """Those not in the journal yet: what the import would add."""
    comments: int = 0
    sessions: int = 0
    check_ins: int = 0
    private_answers: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    titles: tuple[ImportTitle, ...] = ()
    skipped: int = 0
    """Parts of the source left out on purpose (photos in a Day One export, for instance)."""
    skipped_what: str = ""

    @property
    def already_here(self) -> int:
        """Reflections the journal already has, which the import leaves as they are."""
        return self.reflections - self.new_reflections


@dataclass(frozen=True, slots=True)
class PreparedImport:
    """A source read and checked, ready to import: what the preview showed is what is
    imported. Exactly one of `journal` (a Reflect export) and `entries` (another journal's
    entries) is set."""

    summary: ImportSummary
    journal: JournalExport | None = None
    entries: ImportPreview | None = None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import added (nothing already in the journal was changed)."""

    reflections: int
    comments: int = 0
    sessions: int = 0
    check_ins: int = 0
    already_here: int = 0
    """Reflections left out because the journal already had them."""
    question_sets: int = 0
    """The visitor's own sets of questions added (a Reflect export of a whole journal)."""
    backup: str = ""
    """The backup taken just before anything was added ("" when nothing was to add)."""
