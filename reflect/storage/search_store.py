"""Full-text search: FTS5 ranks the reflections, then snippets are cut from the stored text.

The index is contentless, so each word is stored once (in `answers`, `notes`, `comments`).
Ranking happens inside SQLite; only the top results have their text read back to find
which answer matched and to mark the words in a snippet.
"""

from __future__ import annotations

from typing import Any

from reflect.domain.search import ReflectionFilter, SearchHit
from reflect.storage import search_query
from reflect.storage.reflection_list import SUMMARY_COLUMNS, _filter_sql, summary

DEFAULT_LIMIT = 50
# FTS5 scores every match before it can sort them. A word found in tens of thousands of
# reflections would cost a tenth of a second to rank in full, so ranking is done among the
# newest RANK_WINDOW matches: the best 50 of the last few thousand visits that mention it.
RANK_WINDOW = 4000


def search(
    raw: Any, typed: str, limit: int = DEFAULT_LIMIT, flt: ReflectionFilter | None = None
) -> list[SearchHit]:
    """The best `limit` reflections for what was typed, best first, each with a snippet."""
    terms = search_query.parse(typed)
    if not terms or limit <= 0:
        return []
    params: dict[str, Any] = {"q": search_query.to_fts(terms), "limit": limit}
    clauses, extra = _filter_sql(flt) if flt is not None else ([], {})
    if clauses:
        # With a filter, the newest matches overall may all be filtered out: rank them all.
        params.update(extra)
        ranked_sql = (
            "SELECT s.rowid, s.rank FROM search_index s JOIN reflections r ON r.id = s.rowid "
            f"WHERE search_index MATCH :q AND {' AND '.join(clauses)} "
            "ORDER BY s.rank LIMIT :limit"
        )
    else:
        floor = raw.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (params["q"], RANK_WINDOW),
        ).fetchone()
        params["floor"] = floor[0] if floor is not None else 0
        ranked_sql = (
            "SELECT rowid, rank FROM search_index WHERE search_index MATCH :q "
            "AND rowid > :floor ORDER BY rank LIMIT :limit"
        )
    ranked = raw.execute(ranked_sql, params).fetchall()
    if not ranked:
        return []
    marks = ",".join(str(rid) for rid, _ in ranked)  # integers from the index itself
    rows = {
        row[0]: row
        for row in raw.execute(
            f"SELECT {SUMMARY_COLUMNS}, r.notes FROM reflections r WHERE r.id IN ({marks})"
        )
    }
    texts: dict[int, list[tuple[str, str | None, str]]] = {}
    for rid, prompt_id, body in raw.execute(
        f"SELECT reflection_id, prompt_id, text FROM answers WHERE reflection_id IN ({marks}) "
        "ORDER BY reflection_id, position"
    ):
        texts.setdefault(rid, []).append(("answer", prompt_id, body))
    for rid, row in rows.items():
        texts.setdefault(rid, []).append(("notes", None, row[-1] or ""))
    for rid, body in raw.execute(
        f"SELECT reflection_id, body FROM comments WHERE reflection_id IN ({marks}) ORDER BY id"
    ):
        texts.setdefault(rid, []).append(("comment", None, body))
    matcher = search_query.Matcher(terms)
    found = [(rid, rank, rows[rid]) for rid, rank in ranked if rid in rows]
    candidates = [texts.get(rid, []) for rid, _, _ in found]
    scores = iter(matcher.scores([body for pieces in candidates for _, _, body in pieces]))
    hits: list[SearchHit] = []
    for (_, rank, row), pieces in zip(found, candidates, strict=True):
        source, prompt_id, body = _best(pieces, [next(scores) for _ in pieces])
        hits.append(
            SearchHit(
                summary=summary(row),
                snippet=matcher.snippet(body),
                source=source,
                prompt_id=prompt_id,
                rank=rank,
            )
        )
    return hits


def _best(
    candidates: list[tuple[str, str | None, str]], scores: list[int]
) -> tuple[str, str | None, str]:
    """The piece of text with the most matches (the first one on a tie)."""
    if not candidates:
        return ("answer", None, "")
    best = max(range(len(candidates)), key=lambda index: (scores[index], -index))
    return candidates[best]
