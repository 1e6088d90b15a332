"""The sender's check that a packet will open for its receiver, before anything is written.

Every reflection and comment about to be sealed is run through the receiver's own reader
(after the same JSON round trip the packet makes). What it would refuse is named to the
sender by visit date and family code, with the part that breaks a limit, never its text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from reflect.domain.errors import NotShareable, PacketRejected
from reflect.domain.packet_limits import (
    MAX_ANSWERS,
    MAX_COMMENTS,
    MAX_DURATION_MINUTES,
    MAX_REFLECTIONS,
    MAX_SHORT,
    MAX_TEXT,
    MAX_THEMES,
    MIN_DURATION_MINUTES,
)
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import from_document
from reflect.exchange import strict_json

# What the receiver's reader names in its ValueError, as a sender can fix it.
_PARTS = {
    "text": f"an answer is longer than {MAX_TEXT:,} characters",
    "notes": f"the notes are longer than {MAX_TEXT:,} characters",
    "answers": f"it has more than {MAX_ANSWERS} answers",
    "themes": f"it has more than {MAX_THEMES} themes, or a theme over {MAX_SHORT} characters",
    "duration_minutes": (
        f"the session length must be {MIN_DURATION_MINUTES} to {MAX_DURATION_MINUTES:,} minutes"
    ),
    "family_code": f"the family code is longer than {MAX_SHORT} characters",
}
_UNREADABLE = "part of it cannot be read by Reflect"


def visit_name(visit_date: dt.date, family_code: str) -> str:
    """How a reflection is named in a sentence: its visit date and family code."""
    return f"{visit_date.day} {visit_date:%B %Y} · {family_code}"


def as_received(value: Any) -> Any:
    """`value` as the receiver will parse it: through canonical JSON and back."""
    return strict_json.loads(strict_json.canonical(value))


def check_body(read: Callable[[Any], object], body: dict[str, Any], kind: str) -> None:
    """Run the receiver's reader (`read`) on the whole body as it will arrive.

    Each item was checked on its own already; what is left is the packet as a whole (how
    many items, how much in all), so the sentence asks for fewer at once.
    """
    try:
        read(as_received(body))
    except (PacketRejected, ValueError, TypeError):
        raise NotShareable(
            "That is too much for one packet. Share fewer reflections at once. "
            "Nothing was marked shared."
            if kind == "supervision"
            else "That is too much for one reply. Nothing was marked sent."
        ) from None


def check_reflections(reflections: Sequence[Reflection], documents: list[dict[str, Any]]) -> None:
    """Raise `NotShareable` naming each reflection the receiver's reader would refuse."""
    if len(documents) > MAX_REFLECTIONS:
        raise NotShareable(
            "At most {most} reflections go in one packet. Untick some, share "
            "these, then share the rest. Nothing was marked shared.",
            most=str(MAX_REFLECTIONS),
        )
    named = []
    for reflection, document in zip(reflections, documents, strict=True):
        try:
            from_document(as_received(document))
        except (ValueError, TypeError, PacketRejected) as error:
            part = _PARTS.get(str(error.args[0]) if error.args else "", _UNREADABLE)
            named.append(f"{visit_name(reflection.visit_date, reflection.family_code)} ({part})")
    if named:
        raise NotShareable(
            "These reflections cannot be shared as they are: {which}. Shorten or correct "
            "them, or untick them, then share again. Nothing was marked shared.",
            which="; ".join(named),
        )


def check_comments(
    items: list[dict[str, Any]],
    read: Callable[[dict[str, Any]], object],
    about: Callable[[str], str],
) -> None:
    """Raise `NotShareable` naming each comment the receiver's reader (`read`) refuses.

    `about(reflection_uuid)` names the reflection a comment is on.
    """
    if len(items) > MAX_COMMENTS:
        raise NotShareable(
            "At most {most} comments go in one reply. Nothing was marked sent.",
            most=f"{MAX_COMMENTS:,}",
        )
    named = []
    for item in items:
        try:
            read({"comments": [as_received(item)]})
        except (PacketRejected, ValueError, TypeError):
            too_long = len(str(item.get("body", ""))) > MAX_TEXT
            part = f"longer than {MAX_TEXT:,} characters" if too_long else "not readable"
            named.append(f"a comment on {about(str(item['reflection_uuid']))} is {part}")
    if named:
        raise NotShareable(
            "This reply cannot be sent as it is: {which}. Shorten that comment, then send "
            "again. Nothing was marked sent.",
            which="; ".join(named),
        )
