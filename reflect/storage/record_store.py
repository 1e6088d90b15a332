"""Family codes, comments, supervision sessions and check-ins: the journal's smaller records."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.family_code import MAX_CODE_LENGTH, FamilyCode, normalise_code
from reflect.domain.reflection import Answer
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.storage import record_rows
from reflect.storage.clock import to_text
from reflect.storage.delete_by_uuid import delete_by_uuid
from reflect.storage.reflection_store import (
    driver,
    ensure_family_code,
    index_delete,
    index_insert,
    reflection_id,
)


def family_codes(conn: Connection, include_closed: bool, counted: bool = True) -> list[FamilyCode]:
    """Codes in alphabetical order, each with its number of reflections (0 unless
    `counted`: counting reads every reflection's row, tens of milliseconds in a large
    journal, too long for the pickers filled at unlock); closed ones only when asked for."""
    where = "" if include_closed else "WHERE f.active"
    count = "(SELECT count(*) FROM reflections r WHERE r.family_code = f.code)" if counted else "0"
    return [
        FamilyCode(str(code), bool(active), int(number))
        for code, active, number in conn.execute(
            text(f"SELECT f.code, f.active, {count} FROM family_codes f {where} ORDER BY f.code")
        )
    ]


def add_family_code(conn: Connection, code: str, now: dt.datetime) -> FamilyCode:
    """Add a code (or do nothing if it exists); returns it as stored."""
    clean = normalise_code(code)
    if not clean or len(clean) > MAX_CODE_LENGTH:
        raise InvalidInput(
            "A family code is 1 to {most} characters: a short code from your "
            "agency, never a name and no initials.",
            most=str(MAX_CODE_LENGTH),
        )
    ensure_family_code(conn, clean, to_text(now))
    row = conn.execute(
        text("SELECT code, active FROM family_codes WHERE code = :c"), {"c": clean}
    ).one()
    return FamilyCode(str(row[0]), bool(row[1]))


def set_family_code_active(conn: Connection, code: str, active: bool) -> None:
    """Close a code (it stays on old reflections) or open it again."""
    result = conn.execute(
        text("UPDATE family_codes SET active = :a WHERE code = :c"),
        {"a": active, "c": normalise_code(code)},
    )
    if result.rowcount == 0:
        raise NotFound


def add_comment(conn: Connection, comment: Comment) -> Comment:
    """Store a comment on a reflection (and re-index it so comments are searchable)."""
    if not comment.body.strip():
        raise InvalidInput("An empty comment was not saved. Write something, then save.")
    add_comments(conn, reflection_id(conn, comment.reflection_uuid), [comment])
    return comment


def add_comments(conn: Connection, row_id: int, comments: list[Comment]) -> int:
    """Add comments to one reflection, re-indexing it once; returns how many were new.

    A comment already here (same uuid) is not added twice.
    """
    known = {
        str(r[0])
        for r in conn.execute(
            text("SELECT uuid FROM comments WHERE reflection_id = :id"), {"id": row_id}
        )
    }
    fresh = [c for c in comments if c.uuid not in known]
    if not fresh:
        return 0
    index_delete(driver(conn), row_id)
    conn.execute(
        text(
            "INSERT INTO comments (uuid, reflection_id, prompt_id, author, body, created_at, "
            "packet_id, read) VALUES (:uuid, :rid, :prompt, :author, :body, :created, :packet, "
            ":read) ON CONFLICT(uuid) DO NOTHING"
        ),
        [
            {
                "uuid": c.uuid,
                "rid": row_id,
                "prompt": c.prompt_id,
                "author": c.author,
                "body": c.body,
                "created": to_text(c.created_at),
                "packet": c.packet_id,
                "read": c.read,
            }
            for c in fresh
        ],
    )
    index_insert(driver(conn), row_id)
    return len(fresh)


def comments_for(conn: Connection, reflection_uuid: str) -> list[Comment]:
    """A reflection's comments, oldest first."""
    row_id = reflection_id(conn, reflection_uuid)
    return [
        record_rows.comment(reflection_uuid, row)
        for row in conn.execute(
            text(
                f"SELECT {record_rows.COMMENT_COLUMNS} FROM comments WHERE reflection_id = :id "
                "ORDER BY created_at, id"
            ),
            {"id": row_id},
        )
    ]


def mark_comments_read(conn: Connection, reflection_uuid: str) -> None:
    """The visitor has seen this reflection's comments."""
    row_id = reflection_id(conn, reflection_uuid)
    conn.execute(text("UPDATE comments SET read = 1 WHERE reflection_id = :id"), {"id": row_id})


def reflections_with_unread_comments(conn: Connection) -> int:
    """How many reflections have comments from supervision the visitor has not opened."""
    count = conn.execute(
        text("SELECT COUNT(DISTINCT reflection_id) FROM comments WHERE read = 0")
    ).scalar()
    return int(count or 0)


def save_session(conn: Connection, session: SupervisionSession) -> SupervisionSession:
    """Insert or update a supervision session by uuid."""
    if not 0 < session.minutes <= 24 * 60:
        raise InvalidInput("A session lasts between 1 and 1440 minutes.")
    if not session.provider.strip():
        raise InvalidInput("Please name who provided the supervision.")
    values = {
        "uuid": session.uuid,
        "date": session.date.isoformat(),
        "minutes": session.minutes,
        "format": SessionFormat(session.format).value,
        "mode": SessionMode(session.mode).value,
        "provider": session.provider.strip(),
        "category": session.provider_category,
        "notes": session.notes,
        "next": session.next_steps,
    }
    row_id = conn.execute(
        text(
            "INSERT INTO supervision_sessions (uuid, date, minutes, format, mode, provider, "
            "provider_category, notes, next_steps) VALUES (:uuid, :date, :minutes, :format, "
            ":mode, :provider, :category, :notes, :next) ON CONFLICT(uuid) DO UPDATE SET "
            "date = excluded.date, minutes = excluded.minutes, format = excluded.format, "
            "mode = excluded.mode, provider = excluded.provider, "
            "provider_category = excluded.provider_category, notes = excluded.notes, "
            "next_steps = excluded.next_steps RETURNING id"
        ),
        values,
    ).scalar_one()
    conn.execute(text("DELETE FROM session_reflections WHERE session_id = :id"), {"id": row_id})
    if session.reflection_uuids:
        conn.execute(
            text("INSERT INTO session_reflections (session_id, reflection_uuid) VALUES (:id, :u)"),
            [{"id": row_id, "u": u} for u in sorted(set(session.reflection_uuids))],
        )
    conn.execute(text("DELETE FROM session_answers WHERE session_id = :id"), {"id": row_id})
    written = [a for a in session.answers if a.text.strip()]
    if written:
        conn.execute(
            text(
                "INSERT INTO session_answers (session_id, prompt_id, position, text) "
                "VALUES (:id, :prompt, :position, :text)"
            ),
            [
                {"id": row_id, "prompt": a.prompt_id, "position": i, "text": a.text}
                for i, a in enumerate(written)
            ],
        )
    return session


def sessions(conn: Connection) -> list[SupervisionSession]:
    """Every logged session, newest first."""
    linked: dict[int, list[str]] = {}
    for sid, uuid in conn.execute(
        text("SELECT session_id, reflection_uuid FROM session_reflections ORDER BY reflection_uuid")
    ):
        linked.setdefault(int(sid), []).append(str(uuid))
    notes: dict[int, list[Answer]] = {}
    for sid, prompt, body in conn.execute(
        text("SELECT session_id, prompt_id, text FROM session_answers ORDER BY position")
    ):
        notes.setdefault(int(sid), []).append(Answer(str(prompt), str(body)))
    return [
        SupervisionSession(
            uuid=str(r[1]),
            date=dt.date.fromisoformat(r[2]),
            minutes=int(r[3]),
            format=SessionFormat(r[4]),
            mode=SessionMode(r[5]),
            provider=str(r[6]),
            provider_category=str(r[7]),
            notes=str(r[8]),
            next_steps=str(r[9]),
            reflection_uuids=tuple(linked.get(int(r[0]), ())),
            answers=tuple(notes.get(int(r[0]), ())),
        )
        for r in conn.execute(
            text(
                "SELECT id, uuid, date, minutes, format, mode, provider, provider_category, "
                "notes, next_steps FROM supervision_sessions ORDER BY date DESC, id DESC"
            )
        )
    ]


def delete_session(conn: Connection, uuid: str) -> None:
    """Remove a logged session."""
    delete_by_uuid(conn, "supervision_sessions", uuid)


def add_check_in(conn: Connection, check_in: CheckIn) -> CheckIn:
    """Store a self-care check-in."""
    for value in (check_in.heaviness, check_in.energy):
        if value is not None and not 0 <= value <= 10:
            raise InvalidInput("Heaviness and energy are on a scale from 0 to 10.")
    conn.execute(
        text(
            "INSERT INTO check_ins (uuid, created_at, heaviness, energy, word, need, "
            "reflection_uuid) VALUES (:uuid, :created, :heavy, :energy, :word, :need, :ref)"
        ),
        {
            "uuid": check_in.uuid,
            "created": to_text(check_in.created_at),
            "heavy": check_in.heaviness,
            "energy": check_in.energy,
            "word": check_in.word.strip(),
            "need": check_in.need,
            "ref": check_in.reflection_uuid,
        },
    )
    return check_in


def check_ins(conn: Connection, limit: int) -> list[CheckIn]:
    """The most recent check-ins, newest first."""
    return [
        record_rows.check_in(row)
        for row in conn.execute(
            text(
                f"SELECT {record_rows.CHECK_IN_COLUMNS} FROM check_ins "
                "ORDER BY created_at DESC, id DESC LIMIT :limit"
            ),
            {"limit": limit},
        )
    ]
