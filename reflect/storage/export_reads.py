"""Reading many reflections at once, whole, with their comments: what an export reads.

An export of the whole journal reads every reflection; one statement per table for each
chunk of reflections keeps 10,000 of them to a second or so, where reading them one by one
would take many. Functions take the sqlcipher3 connection the journal hands them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.journal_export import ExportedReflection
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind
from reflect.storage import record_rows
from reflect.storage.clock import from_text

CHUNK = 500
"""Reflections read per round: well under SQLite's limit on bound values."""

_STATUS = {s.value: s for s in Status}
_SHARE = {s.value: s for s in ShareState}
_KIND = {k.value: k for k in VisitKind}


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def reflections(raw: Any, uuids: Sequence[str]) -> list[ExportedReflection]:
    """The reflections with these uuids (at most `CHUNK`), in the order given, each with
    its comments; a uuid no longer in the journal is left out."""
    if not uuids:
        return []
    rows = raw.execute(
        "SELECT id, uuid, visit_date, family_code, visit_kind, duration_minutes, "
        "template_id, notes, status, share_state, created_at, updated_at, version "
        f"FROM reflections WHERE uuid IN ({_marks(len(uuids))})",
        tuple(uuids),
    ).fetchall()
    ids = tuple(int(row[0]) for row in rows)
    answers: dict[int, list[Answer]] = {}
    themes: dict[int, list[str]] = {}
    comments: dict[int, list[Comment]] = {}
    if ids:
        marks = _marks(len(ids))
        for rid, prompt_id, body, private in raw.execute(
            "SELECT reflection_id, prompt_id, text, private FROM answers "
            f"WHERE reflection_id IN ({marks}) ORDER BY reflection_id, position",
            ids,
        ):
            answers.setdefault(rid, []).append(Answer(str(prompt_id), str(body), bool(private)))
        for rid, theme in raw.execute(
            f"SELECT reflection_id, theme FROM reflection_themes WHERE reflection_id IN ({marks}) "
            "ORDER BY reflection_id, theme",
            ids,
        ):
            themes.setdefault(rid, []).append(str(theme))
        by_id = {int(row[0]): str(row[1]) for row in rows}
        for row in raw.execute(
            f"SELECT reflection_id, {record_rows.COMMENT_COLUMNS} FROM comments "
            f"WHERE reflection_id IN ({marks}) ORDER BY reflection_id, created_at, id",
            ids,
        ):
            comments.setdefault(row[0], []).append(record_rows.comment(by_id[row[0]], row[1:]))
    found: dict[str, ExportedReflection] = {}
    for row in rows:
        rid = int(row[0])
        reflection = Reflection(
            uuid=str(row[1]),
            visit_date=dt.date.fromisoformat(row[2]),
            family_code=row[3] or "",
            visit_kind=_KIND[row[4]],
            duration_minutes=row[5],
            template_id=str(row[6]),
            notes=str(row[7]),
            answers=tuple(answers.get(rid, ())),
            themes=tuple(themes.get(rid, ())),
            status=_STATUS[row[8]],
            share_state=_SHARE[row[9]],
            created_at=from_text(row[10]),
            updated_at=from_text(row[11]),
            version=int(row[12]),
        )
        found[reflection.uuid] = ExportedReflection(reflection, tuple(comments.get(rid, ())))
    return [found[uuid] for uuid in uuids if uuid in found]


def check_ins(raw: Any) -> list[CheckIn]:
    """Every check-in, oldest first."""
    return [
        record_rows.check_in(row)
        for row in raw.execute(
            f"SELECT {record_rows.CHECK_IN_COLUMNS} FROM check_ins ORDER BY created_at, id"
        )
    ]


def known(raw: Any, table: str, uuids: Sequence[str]) -> set[str]:
    """Which of `uuids` are already in `table` (a table of ours with a `uuid` column)."""
    assert table in {"reflections", "comments", "supervision_sessions", "check_ins"}
    here: set[str] = set()
    unique = list(dict.fromkeys(uuids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        here.update(
            str(row[0])
            for row in raw.execute(
                f"SELECT uuid FROM {table} WHERE uuid IN ({_marks(len(chunk))})", tuple(chunk)
            )
        )
    return here


COUNTED = {
    "reflections": "reflections",
    "comments": "comments",
    "supervision sessions": "supervision_sessions",
    "check-ins": "check_ins",
    "family codes": "family_codes",
}
"""What `counts` counts, as said to the visitor, and the table holding each."""


def counts(raw: Any) -> dict[str, int]:
    """How many of each record the journal holds, by the names in `COUNTED`."""
    return {
        name: int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for name, table in COUNTED.items()
    }
