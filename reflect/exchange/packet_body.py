"""What a packet's body holds, read from someone else's packet and checked field by field.

A supervision packet holds reflection documents; a reply holds comments. Format 1 carried
no versions and no questions; format 2 requires a version on every item. Anything that
does not fit is refused whole (`PacketRejected`), never taken in part.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from reflect.domain.comment import Comment
from reflect.domain.errors import PacketRejected
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import MAX_VERSION, from_document, questions_of
from reflect.exchange.packet import received_moment

MAX_REFLECTIONS = 500
MAX_COMMENTS = 5_000


def reply_body(comments: list[Comment], versions_seen: int = 1) -> dict[str, Any]:
    """A reply packet's body: each comment with its id and version, so a re-sent one is
    stored once and a newer one replaces the older.

    `versions_seen` is the greatest version of the supervisee's reflections the supervisor
    holds: her journal counts on from there, so an edit made after her journal was brought
    back from an older backup is still newer than what the supervisor has.
    """
    return {
        "versions_seen": versions_seen,
        "comments": [
            {
                "uuid": c.uuid,
                "reflection_uuid": c.reflection_uuid,
                "prompt_id": c.prompt_id,
                "body": c.body,
                "created_at": c.created_at.isoformat(),
                "version": c.version,
            }
            for c in comments
        ],
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


_COMMENT_KEYS = {"uuid", "reflection_uuid", "prompt_id", "body", "created_at"}


def comments(
    body: dict[str, Any], author: str, packet_id: str, packet_format: int
) -> list[Comment]:
    """The comments in a reply body, as the visitor's journal will keep them."""
    items = body.get("comments")
    keys = ({"comments"},) if packet_format < 2 else ({"comments"}, {"comments", "versions_seen"})
    if set(body) not in keys or not isinstance(items, list) or len(items) > MAX_COMMENTS:
        raise PacketRejected
    wanted = _COMMENT_KEYS if packet_format < 2 else _COMMENT_KEYS | {"version"}
    comments = []
    for item in items:
        if not isinstance(item, dict) or set(item) != wanted:
            raise PacketRejected
        version = _version(item.get("version", 1))  # format 1 carried none: all were 1
        prompt = item["prompt_id"]
        text = item["body"]
        reflection_uuid = item["reflection_uuid"]
        comment_uuid = item["uuid"]
        if not (prompt is None or (isinstance(prompt, str) and len(prompt) <= 200)):
            raise PacketRejected
        if not isinstance(text, str) or not text.strip() or len(text) > 100_000:
            raise PacketRejected
        if not isinstance(reflection_uuid, str) or not isinstance(comment_uuid, str):
            raise PacketRejected
        try:
            comments.append(
                Comment(
                    reflection_uuid=str(uuid_module.UUID(reflection_uuid)),
                    author=author,
                    body=text,
                    created_at=received_moment(item["created_at"]),
                    prompt_id=prompt,
                    packet_id=packet_id,
                    uuid=str(uuid_module.UUID(comment_uuid)),
                    version=version,
                )
            )
        except ValueError:
            raise PacketRejected from None
    return comments


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
