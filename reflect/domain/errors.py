"""Every failure Reflect reports is a `ReflectError`.

Messages are fixed sentences that say what happened and what to do. They never include
journal text, file contents or database parameters, so they are safe to show and to log.
"""

from __future__ import annotations


class ReflectError(Exception):
    """Base of every error a user can meet; `str(error)` is a sentence fit to show."""

    message = "Something went wrong. Your text is still here; please try again."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)

    @property
    def sentence(self) -> str:
        """What happened and what to do, in one or two plain sentences."""
        return str(self.args[0])


class ContentError(ReflectError):
    """A card or template file is invalid; names the file and the field."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        super().__init__(f"{file}: {field}: {problem}")
