"""What a packet's body holds, read from someone else's packet and checked field by field.

A supervision packet holds reflection documents; a reply holds comments. Format 1 carried
no versions and no questions; format 2 requires a version on every item. Anything that
does not fit is refused whole (`PacketRejected`), never taken in part.
"""

from __future__ import annotations

from typing import Any

from reflect.domain import comment_document
from reflect.domain.comment import Comment
from reflect.domain.errors import PacketRejected
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import MAX_VERSION, from_document, questions_of

MAX_REFLECTIONS = 500
MAX_COMMENTS = 5_000


def reply_body(comments: list[Comment], versions_seen: int = 1) -> dict[str, Any]:
    """A reply packet's body: each comment as `comment_document` writes it.

    `versions_seen` is the greatest version of the supervisee's reflections the supervisor
    holds: her journal counts on from there, so an edit made after her journal was brought
    back from an older backup is still newer than what the supervisor has.
    """
    return {
        "versions_seen": versions_seen,
        "comments": [comment_document.to_document(c) for c in comments],
    }


def reflections(
    body: dict[str, Any], packet_format: int
) -> list[tuple[Reflection, dict[str, str]]]:
    """Each reflection with the questions its answers carried (none before format 2)."""
    items = body.get("reflections")
    if set(body) != {"reflections"} or not isinstance(items, list):
        raise PacketRejected
    if len(items) > MAX_REFLECTIONS:
        raise PacketRejected
    if packet_format >= 2 and not all(isinstance(i, dict) and "version" in i for i in items):
        raise PacketRejected
    try:
        return [(from_document(item), questions_of(item)) for item in items]
    except (ValueError, TypeError):
        raise PacketRejected from None


def comments(
    body: dict[str, Any], author: str, packet_id: str, packet_format: int
) -> list[Comment]:
    """The comments in a reply body, as the visitor's journal will keep them."""
    items = body.get("comments")
    keys = ({"comments"},) if packet_format < 2 else ({"comments"}, {"comments", "versions_seen"})
    if set(body) not in keys or not isinstance(items, list) or len(items) > MAX_COMMENTS:
        raise PacketRejected
    try:
        return [
            comment_document.from_document(
                item, author=author, packet_id=packet_id, versioned=packet_format >= 2
            )
            for item in items
        ]
    except ValueError:
        raise PacketRejected from None


MAX_SEEN = 2**48
"""Far above any real counter (a save a second for 100 years is below 2**32), and far below
`MAX_VERSION`: a reply can never push this journal's versions to where packets are refused."""


def versions_seen(body: dict[str, Any]) -> int:
    """How far the supervisor had seen this journal's versions (1: format 1 did not say)."""
    return _version(body.get("versions_seen", 1), MAX_SEEN)


def _version(value: Any, limit: int = MAX_VERSION) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < limit:
        raise PacketRejected
    return value
