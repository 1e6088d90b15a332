"""What the demo supervisor sent and the sessions logged, from `supervision.toml`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from reflect.demo.data_file import Fields, read_data_file
from reflect.demo.demo_dates import day_of, fixed_uuid, moment_of
from reflect.domain.comment import Comment
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession

SUPERVISION_FILE = "supervision.toml"
_COMMENT_FIELDS = ("number", "reflection", "days_ago", "time", "packet", "read", "prompt", "body")
_SESSION_FIELDS = (
    "number",
    "days_ago",
    "minutes",
    "format",
    "mode",
    "category",
    "reflections",
    "notes",
    "next_steps",
)


class Arrival(enum.StrEnum):
    """Where a demo comment is when the demo opens."""

    IMPORTED = "imported"
    """Came back in a reply the demo journal has already taken in."""
    WAITING = "waiting"
    """In a reply packet waiting in the exchange folder, for the newcomer to import."""


@dataclass(frozen=True, slots=True)
class DemoComment:
    """A comment as the supervisor wrote it, and where it is when the demo opens."""

    comment: Comment
    arrival: Arrival
    read: bool
    """Already read by the visitor (only an imported comment can be)."""


def demo_comments(
    today: dt.date, shared: Collection[str], folder: Traversable | None = None
) -> list[DemoComment]:
    """The supervisor's comments, in the order they were written; each must be on one of
    the `shared` reflections (a supervisor sees nothing else). `folder` as for
    `demo_reflections`."""
    return [_comment(item, today, shared) for item in _file(folder).tables("comments")]


def demo_sessions(
    today: dt.date, provider: str, folder: Traversable | None = None
) -> list[SupervisionSession]:
    """The supervision sessions logged for the hours, each provided by `provider`."""
    return [_session(item, today, provider) for item in _file(folder).tables("sessions")]


def _file(folder: Traversable | None) -> Fields:
    supervision = read_data_file(SUPERVISION_FILE, folder)
    supervision.only(("comments", "sessions"))
    return supervision


def _comment(item: Fields, today: dt.date, shared: Collection[str]) -> DemoComment:
    item.only(_COMMENT_FIELDS)
    reflection_uuid = fixed_uuid(item.number("reflection"))
    if reflection_uuid not in shared:
        raise item.problem("reflection", "is not a shared reflection")
    comment = Comment(
        reflection_uuid=reflection_uuid,
        author="",  # the supervisor's own; the visitor's journal names them from the packet
        body=item.text("body"),
        created_at=moment_of(item, today),
        prompt_id=item.optional_text("prompt"),
        uuid=fixed_uuid(item.number("number")),
    )
    arrival = item.choice("packet", Arrival, Arrival.IMPORTED)
    read = item.flag("read")
    if read and arrival is not Arrival.IMPORTED:
        raise item.problem("read", "only a comment already imported can have been read")
    return DemoComment(comment, arrival, read)


def _session(item: Fields, today: dt.date, provider: str) -> SupervisionSession:
    item.only(_SESSION_FIELDS)
    return SupervisionSession(
        date=day_of(item, today),
        minutes=item.number("minutes"),
        provider=provider,
        format=item.choice("format", SessionFormat, SessionFormat.INDIVIDUAL),
        mode=item.choice("mode", SessionMode, SessionMode.IN_PERSON),
        provider_category=item.text("category", ""),
        notes=item.text("notes", ""),
        next_steps=item.text("next_steps", ""),
        reflection_uuids=tuple(fixed_uuid(n) for n in item.numbers("reflections")),
        uuid=fixed_uuid(item.number("number")),
    )
