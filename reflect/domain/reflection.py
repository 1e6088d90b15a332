"""A reflection: what a visitor wrote after one visit, and its summary row in the list."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from typing import NamedTuple


class VisitKind(enum.StrEnum):
    """How the visit took place."""

    HOME_VISIT = "home-visit"
    VIRTUAL = "virtual"
    PHONE = "phone"
    GROUP = "group"
    OTHER = "other"


class Status(enum.StrEnum):
    """A draft is still being written; a complete reflection is finished."""

    DRAFT = "draft"
    COMPLETE = "complete"


class ShareState(enum.StrEnum):
    """Whether the visitor wants to bring a reflection to supervision, and whether it went."""

    PRIVATE = "private"
    TO_SHARE = "to-share"
    SHARED = "shared"


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one prompt; a private answer never leaves this computer."""

    prompt_id: str
    text: str
    private: bool = False


def new_reflection_id() -> str:
    """A stable identifier that survives export, import and supervision replies."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Reflection:
    """One reflection, whole: the unit that is saved, opened and shared."""

    visit_date: dt.date
    family_code: str
    template_id: str
    uuid: str = field(default_factory=new_reflection_id)
    visit_kind: VisitKind = VisitKind.HOME_VISIT
    duration_minutes: int | None = None
    answers: tuple[Answer, ...] = ()
    notes: str = ""
    themes: tuple[str, ...] = ()
    status: Status = Status.DRAFT
    share_state: ShareState = ShareState.PRIVATE
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int = 1
    """Raised from the journal's item counter at every save that changes something: how a
    supervisor's journal tells a newer copy from an older one, whatever order packets come in."""

    def answer(self, prompt_id: str) -> Answer | None:
        """The answer to `prompt_id`, if there is one."""
        for answer in self.answers:
            if answer.prompt_id == prompt_id:
                return answer
        return None

    @property
    def preview(self) -> str:
        """The first words, as the list shows them (one line, no control characters).

        Answers that are only a number (a 0–10 scale) are skipped: they say nothing in a list.
        """
        for text in (*(answer.text for answer in self.answers), self.notes):
            line = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
            if line and not line.isdigit():
                return line[:PREVIEW_CHARS]
        return ""


PREVIEW_CHARS = 80


class ReflectionSummary(NamedTuple):
    """One row of the journal list: only what the list shows.

    Immutable like the frozen dataclasses beside it, but a named tuple: a page of the list
    builds a hundred of these, and a tuple is made in a quarter of the time a frozen
    dataclass takes (it sets no attributes one by one).
    """

    uuid: str
    visit_date: dt.date
    family_code: str
    preview: str
    status: Status
    share_state: ShareState
    themes: tuple[str, ...] = ()
    comment_count: int = 0
    unread_comments: int = 0
