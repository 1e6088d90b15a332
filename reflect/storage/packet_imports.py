"""Taking a verified packet into the journal: the packet's record and what it carries.

Packets come in any order (sync tools and people reorder files), so the packet order
decides nothing: a packet id seen before is a replay and changes nothing; any other packet
is taken in, and each item in it replaces the copy here only when its version is strictly
greater. Every function runs inside the caller's one transaction, so a packet is recorded
together with everything it adds, or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

from reflect.domain.comment import Comment
from reflect.domain.errors import PacketAlreadyImported
from reflect.domain.packet import MAX_SEQUENCE, PacketHeader
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import to_document
from reflect.storage.clock import to_text
from reflect.storage.reflection_store import driver, index_delete, index_insert


def last_sequence(conn: Connection, key_id: str, direction: str) -> int:
    """The highest sequence number recorded with this contact in one direction (-1: none)."""
    value = conn.execute(
        text("SELECT max(sequence) FROM packets WHERE contact_key_id = :k AND direction = :d"),
        {"k": key_id, "d": direction},
    ).scalar()
    return -1 if value is None else int(value)


def next_sequence(conn: Connection, recipient_key_id: str, now: dt.datetime) -> int:
    """The next outgoing number: rising, at least the time in milliseconds, and always
    one the receiver accepts (at the top of the range it stays there: ids tell packets
    apart, and the receiver no longer orders by it)."""
    last = last_sequence(conn, recipient_key_id, "out")
    return min(max(last + 1, int(now.timestamp() * 1000)), MAX_SEQUENCE - 1)


def record_packet(
    conn: Connection, header: PacketHeader, direction: str, contact: str, now: dt.datetime
) -> None:
    """Keep a packet's header: its id is what makes a second import of it a no-op."""
    conn.execute(
        text(
            "INSERT INTO packets (packet_id, direction, contact_key_id, kind, sequence, "
            "created_at, recorded_at, in_reply_to) VALUES (:p, :d, :c, :k, :s, :created, "
            ":now, :reply)"
        ),
        {
            "p": header.packet_id,
            "d": direction,
            "c": contact,
            "k": header.kind,
            "s": header.sequence,
            "created": to_text(header.created_at),
            "now": to_text(now),
            "reply": header.in_reply_to,
        },
    )


def accept(conn: Connection, header: PacketHeader, now: dt.datetime) -> None:
    """Record an incoming packet; `PacketAlreadyImported` if its id is already here.

    Its sequence number is not compared with others: a late packet is imported all the same.
    """
    seen = conn.execute(
        text("SELECT 1 FROM packets WHERE packet_id = :p"), {"p": header.packet_id}
    ).first()
    if seen is not None:
        raise PacketAlreadyImported
    record_packet(conn, header, "in", header.sender_key_id, now)


def take_reflections(
    conn: Connection,
    header: PacketHeader,
    reflections: Iterable[Reflection],
    questions: Mapping[str, dict[str, str]],
    now: dt.datetime,
) -> int:
    """Keep a supervisee's shared reflections; returns how many were new or newer.

    A copy already here is replaced only by a strictly greater version, so an older packet
    arriving late never undoes a newer one, and the same version twice counts once.
    """
    count = 0
    for reflection in reflections:
        document = to_document(reflection, questions=questions.get(reflection.uuid))
        result = conn.execute(
            text(
                "INSERT INTO shared_reflections (uuid, supervisee_key_id, packet_id, "
                "received_at, visit_date, document, version) VALUES (:u, :k, :p, :now, :d, "
                ":doc, :v) ON CONFLICT(supervisee_key_id, uuid) DO UPDATE SET "
                "packet_id = excluded.packet_id, received_at = excluded.received_at, "
                "visit_date = excluded.visit_date, document = excluded.document, "
                "version = excluded.version WHERE excluded.version > shared_reflections.version"
            ),
            {
                "u": reflection.uuid,
                "k": header.sender_key_id,
                "p": header.packet_id,
                "now": to_text(now),
                "d": reflection.visit_date.isoformat(),
                "doc": json.dumps(document, ensure_ascii=False),
                "v": reflection.version,
            },
        )
        count += result.rowcount
    return count


def take_comments(conn: Connection, header: PacketHeader, comments: Iterable[Comment]) -> int:
    """Add a supervisor's comments to my reflections; returns how many were new or newer.

    Only reflections shared with this supervisor take comments (others are left out, as
    are reflections no longer here). A comment id already here, in this packet or an
    earlier one, is counted and stored once; a greater version of it replaces its text.
    Each reflection touched is re-indexed once.
    """
    newest: dict[str, Comment] = {}
    for comment in comments:
        kept = newest.get(comment.uuid)
        if kept is None or comment.version > kept.version:
            newest[comment.uuid] = comment
    raw = driver(conn)
    targets: dict[str, int | None] = {}
    changed: dict[int, list[Comment]] = {}
    for comment in newest.values():
        if comment.reflection_uuid not in targets:
            row = conn.execute(
                text(
                    "SELECT r.id FROM reflections r JOIN sent_reflections s "
                    "ON s.reflection_uuid = r.uuid AND s.contact_key_id = :k WHERE r.uuid = :u"
                ),
                {"u": comment.reflection_uuid, "k": header.sender_key_id},
            ).first()
            targets[comment.reflection_uuid] = None if row is None else int(row[0])
        row_id = targets[comment.reflection_uuid]
        if row_id is None:
            continue
        stored = conn.execute(
            text("SELECT reflection_id, version FROM comments WHERE uuid = :u"),
            {"u": comment.uuid},
        ).first()
        if stored is None or (int(stored[0]) == row_id and comment.version > int(stored[1])):
            changed.setdefault(row_id, []).append(comment)
    for row_id, group in changed.items():
        index_delete(raw, row_id)
        for comment in group:
            _store_comment(conn, row_id, comment)
        index_insert(raw, row_id)
    return sum(len(group) for group in changed.values())


def _store_comment(conn: Connection, row_id: int, comment: Comment) -> None:
    conn.execute(
        text(
            "INSERT INTO comments (uuid, reflection_id, prompt_id, author, body, created_at, "
            "packet_id, read, version) VALUES (:uuid, :rid, :prompt, :author, :body, "
            ":created, :packet, 0, :version) ON CONFLICT(uuid) DO UPDATE SET "
            "prompt_id = excluded.prompt_id, body = excluded.body, packet_id = "
            "excluded.packet_id, read = 0, version = excluded.version "
            "WHERE excluded.version > comments.version"
        ),
        {
            "uuid": comment.uuid,
            "rid": row_id,
            "prompt": comment.prompt_id,
            "author": comment.author,
            "body": comment.body,
            "created": to_text(comment.created_at),
            "packet": comment.packet_id,
            "version": comment.version,
        },
    )
