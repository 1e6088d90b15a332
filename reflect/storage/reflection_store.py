"""Saving, reading, listing and deleting reflections (and keeping the search index in step).

Functions here take an open SQLAlchemy connection inside a transaction; the `Journal`
service decides when transactions begin and end and turns failures into typed errors.
Lists read only the columns they show, straight from the covering index.
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
    ReflectionSummary,
    ShareState,
    Status,
    VisitKind,
)
from reflect.domain.reflection_titles import ReflectionTitles
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage
from reflect.storage.clock import from_text, to_text

MAX_DURATION_MINUTES = 24 * 60
_STATUS = {s.value: s for s in Status}
_SHARE = {s.value: s for s in ShareState}
_LIST_COLUMNS = "r.id, r.uuid, r.visit_date, r.family_code, r.preview, r.status, r.share_state"


def validate(reflection: Reflection) -> str:
    """The normalised family code ("" for none yet), or `InvalidInput` naming the problem.

    A draft may be saved before its family code is chosen, so that nothing typed is ever
    held back from the disk; a complete reflection needs one.
    """
    code = normalise_code(reflection.family_code)
    if not code and reflection.status == Status.COMPLETE:
        raise InvalidInput(
            "Please add a family code before marking this complete: initials or a short "
            "code, never a name."
        )
    if len(code) > MAX_CODE_LENGTH:
        raise InvalidInput(
            f"Family codes are at most {MAX_CODE_LENGTH} characters: initials or a short code."
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
        "SELECT id, created_at, notes FROM reflections WHERE uuid = :uuid", values
    ).fetchone()
    if existing is not None and insert_only:
        raise InvalidInput("A reflection with this identifier is already in the journal.")
    if existing is None and update_only:
        raise NotFound
    themes = sorted(set(reflection.themes))
    if existing is None:
        row_id = raw.execute(
            "INSERT INTO reflections (uuid, visit_date, family_code, visit_kind, "
            "duration_minutes, template_id, notes, status, share_state, preview, created_at, "
            "updated_at) VALUES (:uuid, :visit_date, :family_code, :visit_kind, :duration, "
            ":template_id, :notes, :status, :share, :preview, :now, :now) RETURNING id",
            values,
        ).fetchone()[0]
        created = stamp
        _insert_answers(raw, row_id, list(enumerate(reflection.answers)))
        _insert_themes(raw, row_id, themes)
        index_insert(raw, row_id)
    else:
        row_id, created = int(existing[0]), str(existing[1])
        _update(
            raw, row_id, reflection, values, themes, notes_changed=existing[2] != reflection.notes
        )
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
    )


def _update(
    raw: Any,
    row_id: int,
    reflection: Reflection,
    values: dict[str, Any],
    themes: list[str],
    *,
    notes_changed: bool,
) -> None:
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
    """Take a reflection out of the search index."""
    raw.execute("DELETE FROM search_index WHERE rowid = ?", (row_id,))


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
            "template_id, notes, status, share_state, created_at, updated_at "
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
    )


def delete(conn: Connection, uuid: str) -> None:
    """Remove a reflection, its answers, themes, comments and its words in the index.

    A contentless FTS5 index only marks a deleted row until its segments are merged, and
    earlier drafts of the text may sit in older segments; `optimize` merges everything, so
    none of the reflection's words survive in the index. With `secure_delete` on, the freed
    pages are zeroed too.
    """
    row_id = reflection_id(conn, uuid)
    raw = driver(conn)
    index_delete(raw, row_id)
    raw.execute("DELETE FROM reflections WHERE id = ?", (row_id,))
    raw.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def _filter_sql(flt: ReflectionFilter) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if flt.family_code:
        clauses.append("r.family_code = :code")
        params["code"] = normalise_code(flt.family_code)
    if flt.status is not None:
        clauses.append("r.status = :status")
        params["status"] = Status(flt.status).value
    if flt.share_state is not None:
        clauses.append("r.share_state = :share")
        params["share"] = ShareState(flt.share_state).value
    if flt.date_from is not None:
        clauses.append("r.visit_date >= :date_from")
        params["date_from"] = flt.date_from.isoformat()
    if flt.date_to is not None:
        clauses.append("r.visit_date <= :date_to")
        params["date_to"] = flt.date_to.isoformat()
    if flt.answered_prompts:
        names = [f"prompt{i}" for i in range(len(flt.answered_prompts))]
        clauses.append(
            "r.id IN (SELECT reflection_id FROM answers WHERE text != '' AND prompt_id IN "
            f"({', '.join(':' + n for n in names)}))"
        )
        params.update(zip(names, flt.answered_prompts, strict=True))
    if flt.theme:
        clauses.append("r.id IN (SELECT reflection_id FROM reflection_themes WHERE theme = :theme)")
        params["theme"] = flt.theme
    return clauses, params


def summaries(conn: Connection, rows: list[Any]) -> list[ReflectionSummary]:
    """List rows (id, uuid, date, code, preview, status, share) with themes and comment counts."""
    if not rows:
        return []
    ids = [int(row[0]) for row in rows]
    marks = ",".join(str(i) for i in ids)  # integers from the database itself
    themes: dict[int, list[str]] = {}
    for rid, theme in conn.exec_driver_sql(
        f"SELECT reflection_id, theme FROM reflection_themes WHERE reflection_id IN ({marks}) "
        "ORDER BY theme"
    ):
        themes.setdefault(int(rid), []).append(str(theme))
    counts: dict[int, tuple[int, int]] = {
        int(rid): (int(total), int(unread or 0))
        for rid, total, unread in conn.exec_driver_sql(
            "SELECT reflection_id, count(*), sum(NOT read) FROM comments "
            f"WHERE reflection_id IN ({marks}) GROUP BY reflection_id"
        )
    }
    return [
        ReflectionSummary(
            uuid=row[1],
            visit_date=dt.date.fromisoformat(row[2]),
            family_code=row[3] or "",
            preview=row[4],
            status=_STATUS[row[5]],
            share_state=_SHARE[row[6]],
            themes=tuple(themes.get(int(row[0]), ())),
            comment_count=counts.get(int(row[0]), (0, 0))[0],
            unread_comments=counts.get(int(row[0]), (0, 0))[1],
        )
        for row in rows
    ]


def page(
    conn: Connection, flt: ReflectionFilter, limit: int, after: PageCursor | None
) -> ReflectionPage:
    """One page of the list, newest visit first; `after` continues from the previous page."""
    clauses, params = _filter_sql(flt)
    if after is not None:
        clauses.append("(r.visit_date, r.id) < (:after_date, :after_id)")
        params.update(after_date=after.visit_date.isoformat(), after_id=after.row)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    params["limit"] = limit + 1
    rows = list(
        conn.execute(
            text(
                f"SELECT {_LIST_COLUMNS} FROM reflections r {where} "
                "ORDER BY r.visit_date DESC, r.id DESC LIMIT :limit"
            ),
            params,
        )
    )
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = (
        PageCursor(dt.date.fromisoformat(rows[-1][2]), int(rows[-1][0])) if more and rows else None
    )
    return ReflectionPage(tuple(summaries(conn, rows)), cursor)


def count(conn: Connection, flt: ReflectionFilter) -> int:
    """How many reflections the filter matches."""
    clauses, params = _filter_sql(flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return int(
        conn.execute(text(f"SELECT count(*) FROM reflections r {where}"), params).scalar_one()
    )


_FIELD = "\x1f"  # ASCII unit separator: never typed, and stripped from previews


def list_all(conn: Connection) -> ReflectionTitles:
    """Every reflection's uuid, date, code and first words, newest first, from the index.

    SQLite joins each column of every row into one string and Python splits it once:
    building 400,000 separate row values through the driver costs more than reading and
    decrypting the whole index.
    """
    columns = (
        driver(conn)
        .execute(
            "SELECT group_concat(uuid, char(31)), group_concat(visit_date, char(31)), "
            "group_concat(coalesce(family_code, ''), char(31)), group_concat(preview, char(31)) "
            "FROM (SELECT uuid, visit_date, family_code, preview FROM reflections "
            "INDEXED BY ix_reflections_list ORDER BY visit_date DESC, id DESC)"
        )
        .fetchone()
    )
    if not columns[0]:
        return ReflectionTitles()
    uuids, visit_dates, family_codes, previews = (c.split(_FIELD) for c in columns)
    # Dates and codes repeat across thousands of rows: share one object for each.
    dates: dict[str, dt.date] = {}
    codes: dict[str, str] = {}
    return ReflectionTitles(
        tuple(uuids),
        tuple(dates.get(d) or dates.setdefault(d, dt.date.fromisoformat(d)) for d in visit_dates),
        tuple(codes.setdefault(c, c) for c in family_codes),
        tuple(previews),
    )
