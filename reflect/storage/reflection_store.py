"""Saving, reading and deleting reflections (and keeping the search index in step).

Functions here take an open SQLAlchemy connection inside a transaction; the `Journal`
service decides when transactions begin and end and turns failures into typed errors.
Listing is in `reflection_list`.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any

from sqlalchemy import Connection, text

from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.family_code import MAX_CODE_LENGTH, normalise_code
from reflect.domain.reflection import (
    Answer,
    Reflection,
    ShareState,
    Status,
    VisitKind,
)
from reflect.storage import item_clock
from reflect.storage.clock import from_text, to_text

MAX_DURATION_MINUTES = 24 * 60
_STATUS = {s.value: s for s in Status}
_SHARE = {s.value: s for s in ShareState}


def validate(reflection: Reflection) -> str:
    """The normalised family code ("" for none yet), or `InvalidInput` naming the problem.

    A reflection may be saved before its family code is chosen, so that nothing typed is
    ever held back from the disk. (Whether marking one complete needs a code depends on
    its template: the journal page asks before it marks it.)
    """
    code = normalise_code(reflection.family_code)
    if len(code) > MAX_CODE_LENGTH:
        raise InvalidInput(
            "Family codes are at most {most} characters: a short code, no initials.",
            most=str(MAX_CODE_LENGTH),
        )
    minutes = reflection.duration_minutes
    if minutes is not None and not 0 <= minutes <= MAX_DURATION_MINUTES:
        raise InvalidInput("The visit length should be between 0 and 1440 minutes.")
    try:
        uuid_module.UUID(reflection.uuid)
    except ValueError:
        raise InvalidInput("That reflection has a broken identifier and was not saved.") from None
    try:
        for piece in (reflection.notes, *(a.text for a in reflection.answers)):
            piece.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            "That could not be saved: some of the text has characters Reflect cannot store. "
            "Your text is still here; retype the last few characters."
        ) from None
    prompt_ids = [answer.prompt_id for answer in reflection.answers]
    if len(set(prompt_ids)) != len(prompt_ids) or not all(prompt_ids):
        raise InvalidInput("Each question can have only one answer.")
    return code


def ensure_family_code(conn: Connection, code: str, now: str) -> None:
    """Add `code` to the family codes if it is new."""
    conn.execute(
        text(
            "INSERT INTO family_codes (code, active, created_at) VALUES (:code, 1, :now) "
            "ON CONFLICT(code) DO NOTHING"
        ),
        {"code": code, "now": now},
    )


def reflection_id(conn: Connection, uuid: str) -> int:
    """The row id of a reflection, or `NotFound`."""
    row = conn.execute(text("SELECT id FROM reflections WHERE uuid = :u"), {"u": uuid}).first()
    if row is None:
        raise NotFound
    return int(row[0])


def save(
    conn: Connection,
    reflection: Reflection,
    now: dt.datetime,
    *,
    insert_only: bool = False,
    update_only: bool = False,
) -> Reflection:
    """Insert or update `reflection` by uuid; returns it as stored (timestamps set).

    Autosave calls this every few seconds, so an update touches only the answers that
    changed, and re-indexes the text only when some text changed.
    """
    code = validate(reflection)
    stamp = to_text(now)
    raw = driver(conn)
    if code:
        ensure_family_code(conn, code, stamp)
    values = {
        "uuid": reflection.uuid,
        "visit_date": reflection.visit_date.isoformat(),
        "family_code": code or None,
        "visit_kind": VisitKind(reflection.visit_kind).value,
        "duration": reflection.duration_minutes,
        "template_id": reflection.template_id,
        "notes": reflection.notes,
        "status": Status(reflection.status).value,
        "share": ShareState(reflection.share_state).value,
        "preview": reflection.preview,
        "now": stamp,
    }
    existing = raw.execute(
        f"SELECT id, created_at, version, {', '.join(_COMPARED)} FROM reflections "
        "WHERE uuid = :uuid",
        values,
    ).fetchone()
    if existing is not None and insert_only:
        raise InvalidInput("A reflection with this identifier is already in the journal.")
    if existing is None and update_only:
        raise NotFound
    themes = sorted(set(reflection.themes))
    if existing is None:
        version = item_clock.tick(conn)
        row_id = raw.execute(
            "INSERT INTO reflections (uuid, visit_date, family_code, visit_kind, "
            "duration_minutes, template_id, notes, status, share_state, preview, created_at, "
            "updated_at, version) VALUES (:uuid, :visit_date, :family_code, :visit_kind, "
            ":duration, :template_id, :notes, :status, :share, :preview, :now, :now, :version) "
            "RETURNING id",
            {**values, "version": version},
        ).fetchone()[0]
        created = stamp
        _insert_answers(raw, row_id, list(enumerate(reflection.answers)))
        _insert_themes(raw, row_id, themes)
        index_insert(raw, row_id)
    else:
        row_id, created, version = int(existing[0]), str(existing[1]), int(existing[2])
        before = dict(zip(_COMPARED, existing[3:], strict=True))
        if _update(raw, row_id, reflection, values, themes, before=before):
            # An autosave that changed nothing keeps its version: only edits count.
            version = item_clock.tick(conn)
            raw.execute("UPDATE reflections SET version = ? WHERE id = ?", (version, row_id))
    return Reflection(
        visit_date=reflection.visit_date,
        family_code=code,
        template_id=reflection.template_id,
        uuid=reflection.uuid,
        visit_kind=VisitKind(reflection.visit_kind),
        duration_minutes=reflection.duration_minutes,
        answers=reflection.answers,
        notes=reflection.notes,
        themes=tuple(themes),
        status=Status(reflection.status),
        share_state=ShareState(reflection.share_state),
        created_at=from_text(created),
        updated_at=now,
        version=version,
    )


# The stored columns a save compares with what it is given, by their names in `values`.
_COMPARED = (
    "visit_date",
    "family_code",
    "visit_kind",
    "duration_minutes",
    "template_id",
    "notes",
    "status",
    "share_state",
)
_VALUE_OF = {"duration_minutes": "duration", "share_state": "share"}


def _update(
    raw: Any,
    row_id: int,
    reflection: Reflection,
    values: dict[str, Any],
    themes: list[str],
    *,
    before: dict[str, Any],
) -> bool:
    """Write what changed; True when anything did (so the version moves on)."""
    notes_changed = before["notes"] != reflection.notes
    row_changed = any(before[c] != values[_VALUE_OF.get(c, c)] for c in _COMPARED)
    stored = {
        prompt: (position, body, bool(private), answer_id)
        for answer_id, prompt, position, body, private in raw.execute(
            "SELECT id, prompt_id, position, text, private FROM answers WHERE reflection_id = ?",
            (row_id,),
        )
    }
    wanted = {a.prompt_id: (i, a) for i, a in enumerate(reflection.answers)}
    changed = [
        (i, a)
        for prompt, (i, a) in wanted.items()
        if stored.get(prompt, (None, None, None))[:3] != (i, a.text, a.private)
    ]
    gone = [stored[p][3] for p in stored if p not in wanted]
    text_changed = (
        notes_changed
        or bool(gone)
        or any(stored.get(a.prompt_id, (0, None))[1] != a.text for _, a in changed)
    )
    if text_changed:
        index_delete(raw, row_id)
    raw.execute(
        "UPDATE reflections SET visit_date = :visit_date, family_code = :family_code, "
        "visit_kind = :visit_kind, duration_minutes = :duration, template_id = :template_id, "
        "notes = :notes, status = :status, share_state = :share, preview = :preview, "
        "updated_at = :now WHERE id = :id",
        {**values, "id": row_id},
    )
    stale = gone + [stored[a.prompt_id][3] for _, a in changed if a.prompt_id in stored]
    if stale:
        raw.executemany("DELETE FROM answers WHERE id = ?", [(i,) for i in stale])
    _insert_answers(raw, row_id, changed)
    stored_themes = [
        theme
        for (theme,) in raw.execute(
            "SELECT theme FROM reflection_themes WHERE reflection_id = ? ORDER BY theme", (row_id,)
        )
    ]
    if stored_themes != themes:
        raw.execute("DELETE FROM reflection_themes WHERE reflection_id = ?", (row_id,))
        _insert_themes(raw, row_id, themes)
    if text_changed:
        index_insert(raw, row_id)
    return row_changed or bool(changed) or bool(gone) or stored_themes != themes


def driver(conn: Connection) -> Any:
    """The sqlcipher3 connection under `conn`, inside the same transaction.

    The save path runs a dozen small statements per autosave; going straight to the
    driver for those keeps a save well under the cost of its own fsync.
    """
    return conn.connection.driver_connection


def _insert_answers(raw: Any, row_id: int, answers: list[tuple[int, Answer]]) -> None:
    if answers:
        raw.executemany(
            "INSERT INTO answers (reflection_id, prompt_id, position, text, private) "
            "VALUES (?, ?, ?, ?, ?)",
            [(row_id, a.prompt_id, i, a.text, a.private) for i, a in answers],
        )


def _insert_themes(raw: Any, row_id: int, themes: list[str]) -> None:
    if themes:
        raw.executemany(
            "INSERT INTO reflection_themes (theme, reflection_id) VALUES (?, ?)",
            [(theme, row_id) for theme in themes],
        )


def index_delete(raw: Any, row_id: int) -> None:
    """Take a reflection's words out of the search index, before its text changes.

    FTS5's `delete` command is given the text as it was indexed (the source view still
    shows it), and the index's `secure-delete` option removes each word from the index
    pages at once: no tombstone, nothing left for a later merge.
    """
    raw.execute(
        "INSERT INTO search_index (search_index, rowid, answers, notes, comments) "
        "SELECT 'delete', id, answers, notes, comments FROM search_source WHERE id = ?",
        (row_id,),
    )


def index_insert(raw: Any, row_id: int) -> None:
    """Put a reflection's current text into the search index."""
    raw.execute(
        "INSERT INTO search_index (rowid, answers, notes, comments) "
        "SELECT id, answers, notes, comments FROM search_source WHERE id = ?",
        (row_id,),
    )


def get(conn: Connection, uuid: str) -> Reflection:
    """One whole reflection by uuid, or `NotFound`."""
    row = conn.execute(
        text(
            "SELECT id, uuid, visit_date, family_code, visit_kind, duration_minutes, "
            "template_id, notes, status, share_state, created_at, updated_at, version "
            "FROM reflections WHERE uuid = :u"
        ),
        {"u": uuid},
    ).first()
    if row is None:
        raise NotFound
    answers = tuple(
        Answer(prompt_id=str(a[0]), text=str(a[1]), private=bool(a[2]))
        for a in conn.execute(
            text(
                "SELECT prompt_id, text, private FROM answers WHERE reflection_id = :id "
                "ORDER BY position"
            ),
            {"id": row[0]},
        )
    )
    themes = tuple(
        str(t[0])
        for t in conn.execute(
            text("SELECT theme FROM reflection_themes WHERE reflection_id = :id ORDER BY theme"),
            {"id": row[0]},
        )
    )
    return Reflection(
        uuid=str(row[1]),
        visit_date=dt.date.fromisoformat(row[2]),
        family_code=row[3] or "",
        visit_kind=VisitKind(row[4]),
        duration_minutes=row[5],
        template_id=str(row[6]),
        notes=str(row[7]),
        answers=answers,
        themes=themes,
        status=_STATUS[row[8]],
        share_state=_SHARE[row[9]],
        created_at=from_text(row[10]),
        updated_at=from_text(row[11]),
        version=int(row[12]),
    )


def delete(raw: Any, uuid: str) -> None:
    """Remove a reflection, its answers, themes, comments and its words in the index.

    `raw` is a sqlcipher3 connection inside a transaction. The index forgets the words at
    once (`index_delete`); with `PRAGMA secure_delete` the freed pages are zeroed too.
    """
    row = raw.execute("SELECT id FROM reflections WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        raise NotFound
    index_delete(raw, int(row[0]))
    raw.execute("DELETE FROM reflections WHERE id = ?", (int(row[0]),))
