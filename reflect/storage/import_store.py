"""Adding what an import brings, inside the caller's one transaction: all of it or none.

An import only adds. A reflection, comment, session or check-in whose identifier is already
in the journal is left exactly as it is; a family code already here keeps whether it is
open or closed. What is added keeps its own dates and version, and the journal's item
counter is raised past every version brought in, so an edit made here later is still newer
than any copy a supervisor already has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from reflect.domain.comment import Comment
from reflect.domain.family_code import MAX_CODE_LENGTH, normalise_code
from reflect.domain.journal_export import JournalExport
from reflect.domain.journal_import import ImportOutcome
from reflect.domain.own_templates import MAX_TEMPLATES, from_json, to_json
from reflect.domain.reflection import Reflection, ShareState, Status, VisitKind
from reflect.storage import item_clock, record_store
from reflect.storage.background_task import StopSignal
from reflect.storage.clock import to_text
from reflect.storage.export_reads import known
from reflect.storage.reflection_store import (
    driver,
    ensure_family_code,
    index_delete,
    index_insert,
    validate,
)

QUESTION_SETS_KEY = "setting.own_templates"
"""Where the visitor's own sets of questions are kept (see `session.journal_access`)."""
CHECK_EVERY = 100
"""Reflections added between two looks at whether the import should stop."""


def add_new(
    conn: Connection, data: JournalExport, now: dt.datetime, stop: StopSignal
) -> ImportOutcome:
    """Add everything in `data` that the journal does not have yet; returns the counts.

    Checks `stop` every `CHECK_EVERY` reflections (`Stopped` then rolls it all back) and
    reports how far it has gone on it.
    """
    raw = driver(conn)
    stamp = to_text(now)
    _add_family_codes(conn, data, stamp)
    items = data.reflections
    here = known(raw, "reflections", [item.reflection.uuid for item in items])
    comments_here = known(raw, "comments", [c.uuid for item in items for c in item.comments])
    codes: set[str] = set()
    added = comments = 0
    newest = item_clock.FIRST
    for done, item in enumerate(items):
        if done % CHECK_EVERY == 0:
            stop.check()
            stop.report(done, len(items))
        reflection = item.reflection
        if reflection.uuid in here:
            # Never changed, but a comment it did not have yet (a supervisor's, made after
            # an earlier export) is added: an import only adds.
            fresh = [c for c in item.comments if c.uuid not in comments_here]
            if fresh:
                row_id = _row_id(raw, reflection.uuid)
                comments_here.update(c.uuid for c in fresh)
                index_delete(raw, row_id)
                _insert_comments(raw, row_id, fresh)
                index_insert(raw, row_id)
                comments += len(fresh)
                newest = max(newest, *(c.version for c in fresh))
            continue
        here.add(reflection.uuid)  # the same reflection twice in one file: added once
        row_id = _insert_reflection(conn, raw, reflection, stamp, codes)
        fresh = [c for c in item.comments if c.uuid not in comments_here]
        comments_here.update(c.uuid for c in fresh)
        _insert_comments(raw, row_id, fresh)
        index_insert(raw, row_id)
        added += 1
        comments += len(fresh)
        newest = max(newest, reflection.version, *(c.version for c in fresh))
    stop.check()
    item_clock.advance_to(conn, newest)
    sessions = _add_sessions(conn, raw, data)
    check_ins = _add_check_ins(conn, raw, data)
    question_sets = _add_question_sets(conn, data)
    stop.report(len(items), len(items))
    return ImportOutcome(
        reflections=added,
        comments=comments,
        sessions=sessions,
        check_ins=check_ins,
        question_sets=question_sets,
        already_here=len({item.reflection.uuid for item in items}) - added,
    )


def _add_family_codes(conn: Connection, data: JournalExport, stamp: str) -> None:
    rows = [
        {"code": code, "active": family.active, "now": stamp}
        for family in data.family_codes
        if 0 < len(code := normalise_code(family.code)) <= MAX_CODE_LENGTH
    ]
    if rows:
        conn.execute(
            text(
                "INSERT INTO family_codes (code, active, created_at) VALUES (:code, :active, "
                ":now) ON CONFLICT(code) DO NOTHING"
            ),
            rows,
        )


def _insert_reflection(
    conn: Connection, raw: Any, reflection: Reflection, stamp: str, codes: set[str]
) -> int:
    code = validate(reflection)
    if code and code not in codes:
        ensure_family_code(conn, code, stamp)
        codes.add(code)
    created = to_text(reflection.created_at) if reflection.created_at else stamp
    updated = to_text(reflection.updated_at) if reflection.updated_at else created
    row_id = int(
        raw.execute(
            "INSERT INTO reflections (uuid, visit_date, family_code, visit_kind, "
            "duration_minutes, template_id, notes, status, share_state, preview, created_at, "
            "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                reflection.uuid,
                reflection.visit_date.isoformat(),
                code or None,
                VisitKind(reflection.visit_kind).value,
                reflection.duration_minutes,
                reflection.template_id,
                reflection.notes,
                Status(reflection.status).value,
                ShareState(reflection.share_state).value,
                reflection.preview,
                created,
                updated,
                max(item_clock.FIRST, reflection.version),
            ),
        ).fetchone()[0]
    )
    if reflection.answers:
        raw.executemany(
            "INSERT INTO answers (reflection_id, prompt_id, position, text, private) "
            "VALUES (?, ?, ?, ?, ?)",
            [(row_id, a.prompt_id, i, a.text, a.private) for i, a in enumerate(reflection.answers)],
        )
    if reflection.themes:
        raw.executemany(
            "INSERT INTO reflection_themes (theme, reflection_id) VALUES (?, ?)",
            [(theme, row_id) for theme in sorted(set(reflection.themes))],
        )
    return row_id


def _row_id(raw: Any, uuid: str) -> int:
    """The row of a reflection already in the journal (or added earlier in this import)."""
    return int(raw.execute("SELECT id FROM reflections WHERE uuid = ?", (uuid,)).fetchone()[0])


def _insert_comments(raw: Any, row_id: int, comments: Iterable[Comment]) -> None:
    raw.executemany(
        "INSERT INTO comments (uuid, reflection_id, prompt_id, author, body, created_at, "
        "packet_id, read, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.uuid,
                row_id,
                c.prompt_id,
                c.author,
                c.body,
                to_text(c.created_at),
                c.packet_id,
                c.read,
                max(item_clock.FIRST, c.version),
            )
            for c in comments
        ],
    )


def _add_sessions(conn: Connection, raw: Any, data: JournalExport) -> int:
    here = known(raw, "supervision_sessions", [s.uuid for s in data.sessions])
    added = 0
    for session in data.sessions:
        if session.uuid not in here:
            record_store.save_session(conn, session)  # new here: nothing is replaced
            here.add(session.uuid)
            added += 1
    return added


def _add_check_ins(conn: Connection, raw: Any, data: JournalExport) -> int:
    here = known(raw, "check_ins", [c.uuid for c in data.check_ins])
    added = 0
    for check_in in data.check_ins:
        if check_in.uuid not in here:
            record_store.add_check_in(conn, check_in)
            here.add(check_in.uuid)
            added += 1
    return added


def _add_question_sets(conn: Connection, data: JournalExport) -> int:
    """The visitor's own sets of questions the journal does not have yet (by id); returns
    how many were added."""
    if not data.question_sets:
        return 0
    stored = conn.execute(
        text("SELECT value FROM meta WHERE key = :k"), {"k": QUESTION_SETS_KEY}
    ).scalar()
    try:
        kept = list(from_json(str(stored or "")))
    except ValueError:
        return 0  # unreadable here already: left as it is rather than replaced
    ids = {t.id for t in kept}
    added = [t for t in data.question_sets if t.id not in ids]
    added = added[: max(0, MAX_TEMPLATES - len(kept))]  # more would not be read back
    if not added:
        return 0
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": QUESTION_SETS_KEY, "v": to_json([*kept, *added])},
    )
    return len(added)
