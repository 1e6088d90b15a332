"""A comment as plain JSON values: how a supervisor's comment travels in a reply packet.

`to_document` writes what a reply carries for one comment; `from_document` reads one from
someone else's packet, checking every field's type and size, and raises `ValueError`
naming the field otherwise (never a `KeyError` or `TypeError`). Who wrote it and which
packet brought it are not in the document: the reader knows them from the packet. Format 1
carried no `version` (every comment was 1); since format 2 every comment has one.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from reflect.domain.comment import Comment
from reflect.domain.packet_limits import MAX_SHORT, MAX_TEXT
from reflect.domain.packet_time import moment_from_text
from reflect.domain.reflection_document import MAX_VERSION

FORMAT_1_KEYS = frozenset({"uuid", "reflection_uuid", "prompt_id", "body", "created_at"})
"""Exactly the fields of a format-1 comment."""
KEYS = FORMAT_1_KEYS | {"version"}
"""Exactly the fields of a comment since format 2."""


def to_document(comment: Comment) -> dict[str, Any]:
    """What a reply carries for `comment`: its id and version, so a re-sent comment is kept
    once and a newer one replaces the older."""
    return {
        "uuid": comment.uuid,
        "reflection_uuid": comment.reflection_uuid,
        "prompt_id": comment.prompt_id,
        "body": comment.body,
        "created_at": comment.created_at.isoformat(),
        "version": comment.version,
    }


def from_document(
    document: Any,
    *,
    author: str = "",
    packet_id: str | None = None,
    versioned: bool = True,
) -> Comment:
    """A received comment by `author`, from the packet `packet_id`, or `ValueError`.

    `versioned` is False for a format-1 packet, whose comments have no `version` field.
    """
    if not isinstance(document, dict) or set(document) != (KEYS if versioned else FORMAT_1_KEYS):
        raise ValueError("comment")
    prompt_id = document["prompt_id"]
    if prompt_id is not None and (not isinstance(prompt_id, str) or len(prompt_id) > MAX_SHORT):
        raise ValueError("prompt_id")
    body = document["body"]
    if not isinstance(body, str) or not body.strip() or len(body) > MAX_TEXT:
        raise ValueError("body")
    try:
        created_at = moment_from_text(document["created_at"])
    except ValueError:
        raise ValueError("created_at") from None
    return Comment(
        reflection_uuid=_uuid(document, "reflection_uuid"),
        author=author,
        body=body,
        created_at=created_at,
        prompt_id=prompt_id,
        packet_id=packet_id,
        uuid=_uuid(document, "uuid"),
        version=_version(document.get("version", 1)),  # format 1: every comment was 1
    )


def _uuid(document: dict[str, Any], name: str) -> str:
    value = document[name]
    if not isinstance(value, str) or len(value) > MAX_SHORT:
        raise ValueError(name)
    try:
        return str(uuid_module.UUID(value))
    except ValueError:
        raise ValueError(name) from None


def _version(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < MAX_VERSION:
        raise ValueError("version")
    return value
