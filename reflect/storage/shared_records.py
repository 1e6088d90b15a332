"""What supervisees shared with this journal, as received, and the supervisor's comments on it.

A shared reflection rests as the JSON document it arrived in (with its version and the
questions it carried); the supervisor's comments wait here until a reply packet sends them.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from reflect.domain.comment import Comment
from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.reflection_document import from_document, questions_of
from reflect.domain.shared_reflection import SharedReflection
from reflect.storage import item_clock
from reflect.storage.clock import from_text, to_text


def shared(
    conn: Connection, supervisee_key_id: str | None = None, uuid: str | None = None
) -> list[SharedReflection]:
    """Shared reflections (all, one supervisee's, or one), by supervisee name, newest visit
    first."""
    rows = conn.execute(
        text(
            "SELECT s.document, s.supervisee_key_id, coalesce(c.name, ''), s.packet_id, "
            "s.received_at, s.version FROM shared_reflections s "
            "LEFT JOIN contacts c ON c.key_id = s.supervisee_key_id "
            "WHERE (:k IS NULL OR s.supervisee_key_id = :k) AND (:u IS NULL OR s.uuid = :u) "
            "ORDER BY c.name COLLATE NOCASE, s.supervisee_key_id, s.visit_date DESC, s.id DESC"
        ),
        {"k": supervisee_key_id, "u": uuid},
    )
    found = []
    for r in rows:
        document = json.loads(r[0])
        # The column is what import compared; a document stored before versions is at 1.
        document["version"] = int(r[5])
        found.append(
            SharedReflection(
                reflection=from_document(document),
                supervisee_key_id=str(r[1]),
                supervisee_name=str(r[2]),
                packet_id=str(r[3]),
                received_at=from_text(r[4]),
                questions=tuple(sorted(questions_of(document).items())),
            )
        )
    return found


def highest_version(conn: Connection, supervisee_key_id: str) -> int:
    """The greatest version among one supervisee's shared reflections (1 when none)."""
    value = conn.execute(
        text("SELECT max(version) FROM shared_reflections WHERE supervisee_key_id = :k"),
        {"k": supervisee_key_id},
    ).scalar()
    return max(1, int(value or 1))


def add_comment(conn: Connection, supervisee_key_id: str, comment: Comment) -> Comment:
    """The supervisor's comment on a shared reflection (or one of its answers), or an edit
    of one not sent yet; each save takes a new version from the journal's counter."""
    if not comment.body.strip():
        raise InvalidInput("An empty comment was not saved. Write something, then save.")
    row = conn.execute(
        text("SELECT id FROM shared_reflections WHERE supervisee_key_id = :k AND uuid = :u"),
        {"k": supervisee_key_id, "u": comment.reflection_uuid},
    ).first()
    if row is None:
        raise NotFound
    version = item_clock.tick(conn)
    conn.execute(
        text(
            "INSERT INTO shared_comments (uuid, shared_reflection_id, prompt_id, body, "
            "created_at, version) VALUES (:u, :r, :p, :b, :c, :v) ON CONFLICT(uuid) DO UPDATE "
            "SET body = excluded.body, version = excluded.version WHERE sent_packet_id IS NULL"
        ),
        {
            "u": comment.uuid,
            "r": row[0],
            "p": comment.prompt_id,
            "b": comment.body,
            "c": to_text(comment.created_at),
            "v": version,
        },
    )
    stored = conn.execute(
        text("SELECT version FROM shared_comments WHERE uuid = :u"), {"u": comment.uuid}
    ).scalar_one()
    return Comment(
        reflection_uuid=comment.reflection_uuid,
        author=comment.author,
        body=comment.body,
        created_at=comment.created_at,
        prompt_id=comment.prompt_id,
        packet_id=comment.packet_id,
        read=comment.read,
        uuid=comment.uuid,
        version=int(stored),
    )


def delete_comment(conn: Connection, uuid: str) -> None:
    """Take back a comment that has not been sent yet."""
    result = conn.execute(
        text("DELETE FROM shared_comments WHERE uuid = :u AND sent_packet_id IS NULL"),
        {"u": uuid},
    )
    if result.rowcount == 0:
        raise NotFound


def comments(conn: Connection, supervisee_key_id: str, unsent_only: bool) -> list[Comment]:
    """My comments on a supervisee's reflections, oldest first; `read` means sent."""
    return [
        Comment(
            reflection_uuid=str(r[0]),
            author="",
            body=str(r[1]),
            created_at=from_text(r[2]),
            prompt_id=r[3],
            packet_id=r[4],
            read=r[4] is not None,
            uuid=str(r[5]),
            version=int(r[6]),
        )
        for r in conn.execute(
            text(
                "SELECT s.uuid, c.body, c.created_at, c.prompt_id, c.sent_packet_id, c.uuid, "
                "c.version FROM shared_comments c JOIN shared_reflections s "
                "ON s.id = c.shared_reflection_id WHERE s.supervisee_key_id = :k "
                "AND (:unsent = 0 OR c.sent_packet_id IS NULL) ORDER BY c.created_at, c.id"
            ),
            {"k": supervisee_key_id, "unsent": int(unsent_only)},
        )
    ]
