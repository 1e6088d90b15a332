"""Rows of comments and check-ins read into the domain's records, one way for every query.

Whether a reflection's comments are read one reflection at a time or for a whole export, a
query selects the columns named here, in this order, and the row is read by one function.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.storage.clock import from_text

COMMENT_COLUMNS = "uuid, author, body, created_at, prompt_id, packet_id, read, version"
"""The columns of `comments` that `comment` reads, in its order."""

CHECK_IN_COLUMNS = "uuid, created_at, heaviness, energy, word, need, reflection_uuid"
"""The columns of `check_ins` that `check_in` reads, in its order."""


def comment(reflection_uuid: str, row: Sequence[Any]) -> Comment:
    """A comment on the reflection with this uuid, from a row of `COMMENT_COLUMNS`."""
    return Comment(
        reflection_uuid=reflection_uuid,
        uuid=str(row[0]),
        author=str(row[1]),
        body=str(row[2]),
        created_at=from_text(row[3]),
        prompt_id=row[4],
        packet_id=row[5],
        read=bool(row[6]),
        version=int(row[7]),
    )


def check_in(row: Sequence[Any]) -> CheckIn:
    """A check-in, from a row of `CHECK_IN_COLUMNS`."""
    return CheckIn(
        uuid=str(row[0]),
        created_at=from_text(row[1]),
        heaviness=row[2],
        energy=row[3],
        word=str(row[4]),
        need=str(row[5]),
        reflection_uuid=row[6],
    )
