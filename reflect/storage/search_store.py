"""Full-text search: FTS5 ranks the reflections, then snippets are cut from the stored text.

The index is contentless, so each word is stored once (in `answers`, `notes`, `comments`).
Ranking happens inside SQLite; only the top results have their text read back to find
which answer matched and to mark the words in a snippet.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from reflect.domain.search import ReflectionFilter, SearchHit
from reflect.storage import search_query
from reflect.storage.reflection_list import _filter_sql, summaries

DEFAULT_LIMIT = 50
# FTS5 scores every match before it can sort them. A word found in tens of thousands of
# reflections would cost a tenth of a second to rank in full, so ranking is done among the
# newest RANK_WINDOW matches: the best 50 of the last few thousand visits that mention it.
RANK_WINDOW = 4000


def search(
    conn: Connection, typed: str, limit: int = DEFAULT_LIMIT, flt: ReflectionFilter | None = None
) -> list[SearchHit]:
    """The best `limit` reflections for what was typed, best first, each with a snippet."""
    terms = search_query.parse(typed)
    if not terms or limit <= 0:
        return []
    params: dict[str, Any] = {"q": search_query.to_fts(terms), "limit": limit}
    filtered = flt is not None and bool(_filter_sql(flt)[0])
    # With a filter, the newest matches overall may all be filtered out: rank them all.
    floor = (
        None
        if filtered
        else conn.execute(
            text(
                "SELECT rowid FROM search_index WHERE search_index MATCH :q "
                "ORDER BY rowid DESC LIMIT 1 OFFSET :window"
            ),
            {"q": params["q"], "window": RANK_WINDOW},
        ).scalar()
    )
    params["floor"] = int(floor) if floor is not None else 0
    if flt is not None and filtered:
        clauses, extra = _filter_sql(flt)
        params.update(extra)
        sql = (
            "SELECT s.rowid, s.rank FROM search_index s JOIN reflections r ON r.id = s.rowid "
            f"WHERE search_index MATCH :q AND s.rowid > :floor AND {' AND '.join(clauses)} "
            "ORDER BY s.rank LIMIT :limit"
        )
    else:
        sql = (
            "SELECT rowid, rank FROM search_index WHERE search_index MATCH :q "
            "AND rowid > :floor ORDER BY rank LIMIT :limit"
        )
    ranked = [(int(r[0]), float(r[1])) for r in conn.execute(text(sql), params)]
    if not ranked:
        return []
    marks = ",".join(str(rid) for rid, _ in ranked)  # integers from the index itself
    rows = {
        int(r[0]): r
        for r in conn.exec_driver_sql(
            "SELECT id, uuid, visit_date, family_code, preview, status, share_state, notes "
            f"FROM reflections WHERE id IN ({marks})"
        )
    }
    texts: dict[int, list[tuple[str, str | None, str]]] = {}
    for rid, prompt_id, body in conn.exec_driver_sql(
        f"SELECT reflection_id, prompt_id, text FROM answers WHERE reflection_id IN ({marks}) "
        "ORDER BY reflection_id, position"
    ):
        texts.setdefault(int(rid), []).append(("answer", str(prompt_id), str(body)))
    for rid, row in rows.items():
        texts.setdefault(rid, []).append(("notes", None, str(row[7] or "")))
    for rid, body in conn.exec_driver_sql(
        f"SELECT reflection_id, body FROM comments WHERE reflection_id IN ({marks}) ORDER BY id"
    ):
        texts.setdefault(int(rid), []).append(("comment", None, str(body)))
    ordered = [rows[rid] for rid, _ in ranked if rid in rows]
    by_id = {
        int(row[0]): summary for row, summary in zip(ordered, summaries(conn, ordered), strict=True)
    }
    matcher = search_query.Matcher(terms)
    hits: list[SearchHit] = []
    for rid, rank in ranked:
        if rid not in by_id:
            continue
        source, prompt_id, body = _best(texts.get(rid, []), matcher)
        hits.append(
            SearchHit(
                summary=by_id[rid],
                snippet=matcher.snippet(body),
                source=source,
                prompt_id=prompt_id,
                rank=rank,
            )
        )
    return hits


def _best(
    candidates: list[tuple[str, str | None, str]], matcher: search_query.Matcher
) -> tuple[str, str | None, str]:
    """The piece of text with the most matches (the first one on a tie)."""
    best: tuple[str, str | None, str] = ("answer", None, "")
    best_score = 0
    for candidate in candidates:
        found = matcher.score(candidate[2])
        if found > best_score:
            best, best_score = candidate, found
    if best_score == 0 and candidates:
        return candidates[0]
    return best
