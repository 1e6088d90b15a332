"""What the list filter and full-text search ask for, and what they give back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reflect.domain.reflection import ReflectionSummary, ShareState, Status

# Snippet highlight markers: control characters that never occur in typed text, so the
# UI can turn them into bold without escaping games.
MARK_START = "\x02"
MARK_END = "\x03"


@dataclass(frozen=True, slots=True)
class ReflectionFilter:
    """Which reflections the list shows; an empty filter shows them all."""

    family_code: str | None = None
    theme: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: Status | None = None
    share_state: ShareState | None = None
    # Reflections with an answer to any of these prompts ("reflections that used a card").
    answered_prompts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where the next page starts (keyset paging: stable while rows are added)."""

    visit_date: dt.date
    row: int


@dataclass(frozen=True, slots=True)
class ReflectionPage:
    """One page of the list, newest first, and where the next one starts."""

    items: tuple[ReflectionSummary, ...]
    next_cursor: PageCursor | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One reflection that matched, with the best snippet and where it came from.

    `source` is "answer", "notes" or "comment"; `prompt_id` names the matching answer.
    The snippet marks matched words with MARK_START/MARK_END.
    """

    summary: ReflectionSummary
    snippet: str
    source: str
    prompt_id: str | None
    rank: float
