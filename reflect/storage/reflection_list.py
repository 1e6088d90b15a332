"""Listing reflections: pages of the list, counts, and every title at once.

Lists read only the columns they show, straight from the covering index.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reflect.domain.family_code import normalise_code
from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.domain.reflection_titles import ReflectionTitles
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage

_STATUS = {s.value: s for s in Status}
_SHARE = {s.value: s for s in ShareState}
_FIELD = "\x1f"  # ASCII unit separator: never typed, and stripped from previews
# What a list row shows, themes and comment counts included, in one statement: each row's
# themes and comments are found through their reflection_id indexes.
SUMMARY_COLUMNS = (
    "r.id, r.uuid, r.visit_date, r.family_code, r.preview, r.status, r.share_state, "
    "(SELECT group_concat(theme, char(31)) FROM reflection_themes "
    "WHERE reflection_id = r.id), "
    "(SELECT count(*) FROM comments WHERE reflection_id = r.id), "
    "(SELECT count(*) FROM comments WHERE reflection_id = r.id AND NOT read)"
)


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


def summary(row: Any) -> ReflectionSummary:
    """The list row for one result of a query that begins with `SUMMARY_COLUMNS`."""
    # Unpacked and passed by position: a page makes 100 of these, and keyword arguments
    # and indexing cost a third of the time a row takes.
    _, uuid, day, code, preview, status, share, themes, comments, unread = row[:10]
    return ReflectionSummary(
        uuid,
        _date(day),
        code or "",
        preview,
        _STATUS[status],
        _SHARE[share],
        # Sorted here: an ORDER BY inside group_concat sorts for every row of the page and
        # made the first page half as slow again, when few rows have two themes or more.
        tuple(sorted(themes.split(_FIELD))) if themes else (),
        comments,
        unread,
    )


_date = dt.date.fromisoformat


def page(raw: Any, flt: ReflectionFilter, limit: int, after: PageCursor | None) -> ReflectionPage:
    """One page of the list, newest visit first; `after` continues from the previous page."""
    clauses, params = _filter_sql(flt)
    if after is not None:
        clauses.append("(r.visit_date, r.id) < (:after_date, :after_id)")
        params.update(after_date=after.visit_date.isoformat(), after_id=after.row)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    params["limit"] = limit + 1
    rows = raw.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM reflections r {where} "
        "ORDER BY r.visit_date DESC, r.id DESC LIMIT :limit",
        params,
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = PageCursor(dt.date.fromisoformat(rows[-1][2]), rows[-1][0]) if more and rows else None
    return ReflectionPage(tuple(map(summary, rows)), cursor)


def count(raw: Any, flt: ReflectionFilter) -> int:
    """How many reflections the filter matches."""
    clauses, params = _filter_sql(flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return int(raw.execute(f"SELECT count(*) FROM reflections r {where}", params).fetchone()[0])


# Rows joined per statement in `list_all` (at most ~2 MB a column). Joining all 100,000 at
# once made strings of 4-8 MB, which the C allocator keeps once freed: each further call
# then raised the process's peak memory (by ~25 MB over five calls at 100k).
LIST_ALL_CHUNK = 20000
_LIST_ALL = (
    "SELECT group_concat(uuid, char(31)), group_concat(visit_date, char(31)), "
    "group_concat(coalesce(family_code, ''), char(31)), group_concat(preview, char(31)), "
    "group_concat(id, char(31)) "
    "FROM (SELECT id, uuid, visit_date, family_code, preview FROM reflections "
    "INDEXED BY ix_reflections_list WHERE (visit_date, id) < (:date, :id) "
    "ORDER BY visit_date DESC, id DESC LIMIT :chunk)"
)


def list_all(raw: Any) -> ReflectionTitles:
    """Every reflection's uuid, date, code and first words, newest first, from the index.

    SQLite joins each column of a few thousand rows into one string and Python splits it:
    building 400,000 separate row values through the driver costs more than reading and
    decrypting the whole index.
    """
    uuids: list[str] = []
    visit_dates: list[dt.date] = []
    family_codes: list[str] = []
    previews: list[str] = []
    dates: dict[str, dt.date] = {}  # dates and codes repeat: one object for each
    codes: dict[str, str] = {}
    after = {"date": "\uffff", "id": 0, "chunk": LIST_ALL_CHUNK}
    while True:
        row = raw.execute(_LIST_ALL, after).fetchone()
        if not row[0]:
            break
        uuids += row[0].split(_FIELD)
        chunk_dates = row[1].split(_FIELD)
        visit_dates += (
            dates.get(d) or dates.setdefault(d, dt.date.fromisoformat(d)) for d in chunk_dates
        )
        family_codes += (codes.setdefault(c, c) for c in row[2].split(_FIELD))
        previews += row[3].split(_FIELD)
        after["date"], after["id"] = chunk_dates[-1], int(row[4].rsplit(_FIELD, 1)[-1])
    return ReflectionTitles(tuple(uuids), tuple(visit_dates), tuple(family_codes), tuple(previews))


def matching_uuids(raw: Any, flt: ReflectionFilter) -> list[str]:
    """Every reflection the filter matches, oldest visit first (the order of an export)."""
    clauses, params = _filter_sql(flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return [
        str(row[0])
        for row in raw.execute(
            f"SELECT r.uuid FROM reflections r {where} ORDER BY r.visit_date, r.id", params
        )
    ]
