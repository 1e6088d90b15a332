"""How far a long piece of work has gone, as the status bar shows it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Work(StrEnum):
    """The long operations that report progress; each is named on screen in plain words."""

    BACKUP = "backup"
    INTEGRITY_CHECK = "integrity_check"
    RESTORE = "restore"
    IMPORT = "import"
    EXPORT = "export"
    DELETE = "delete"
    NEW_KEY = "new_key"


@dataclass(frozen=True, slots=True)
class Progress:
    """`done` of `total` steps of `work`; `total` 0 while the amount is not yet known.

    A `finished` progress ends the line in the status bar; `problem` is a sentence to show
    when the work stopped without finishing (never journal text).
    """

    work: Work
    done: int = 0
    total: int = 0
    finished: bool = False
    problem: str = ""

    @property
    def fraction(self) -> float | None:
        """Between 0 and 1, or None while the total is unknown."""
        if self.total <= 0:
            return None
        return min(1.0, max(0.0, self.done / self.total))
