"""jrnl's JSON export (`jrnl --format json`): its entries, each with its own date and time.

    {"tags": {"@family": 2}, "entries": [{"title": "...", "body": "...",
      "date": "2024-03-05", "time": "14:05", "tags": ["@family"], "starred": false}]}

jrnl has already split title from text and found the tags; they are taken as they are
(the tags made themes as in `jrnl_entries`). A Day One export chosen as jrnl is told as
such, so the visitor can choose again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reflect.domain.imported_entry import ImportedEntry
from reflect.exchange.readers.jrnl_entries import EntryKeys, tags_in, themes_of
from reflect.exchange.readers.problems import (
    DAYONE_GIVEN_AS_JRNL,
    JRNL_ENTRY_DAMAGED,
    JSON_BAD_DATE,
    NOT_JRNL_JSON,
    BadDate,
    DamagedImport,
    WrongFormat,
)
from reflect.exchange.readers.source_json import line_of_value
from reflect.exchange.readers.source_text import one_kind_of_break


def looks_like_dayone(document: Any) -> bool:
    """True for a parsed document shaped as a Day One export."""
    if not isinstance(document, dict):
        return False
    entries = document.get("entries")
    first = entries[0] if isinstance(entries, list) and entries else None
    return "metadata" in document or (isinstance(first, dict) and "creationDate" in first)


def read_jrnl_json(document: Any, text: str, name: str) -> tuple[ImportedEntry, ...]:
    """The entries of a parsed jrnl export; `text` is its source, to name a line."""
    if looks_like_dayone(document):
        raise WrongFormat(DAYONE_GIVEN_AS_JRNL, file=name)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise WrongFormat(NOT_JRNL_JSON, file=name)
    keys = EntryKeys()
    entries: list[ImportedEntry] = []
    for number, item in enumerate(document["entries"], start=1):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(field), str) for field in ("title", "body", "date", "time")
        ):
            raise DamagedImport(JRNL_ENTRY_DAMAGED, file=name, entry=number)
        written_at = _written_at(item["date"], item["time"])
        if written_at is None:
            line = line_of_value(text, "date", item["date"])
            raise BadDate(JSON_BAD_DATE, file=name, line=line, entry=number)
        tags = item.get("tags")
        if not isinstance(tags, list):  # jrnl always writes them; found again if not
            tags = tags_in(item["title"] + "\n" + item["body"])
        title = one_kind_of_break(item["title"]).strip()
        entries.append(
            ImportedEntry(
                written_at=written_at,
                title=title,
                body=one_kind_of_break(item["body"]),
                source_key=keys.key(written_at, title),
                themes=themes_of(t for t in tags if isinstance(t, str)),
                starred=item.get("starred") is True,
            )
        )
    return tuple(entries)


def _written_at(date: str, time: str) -> dt.datetime | None:
    """The export's `date` (2024-03-05) and `time` (14:05) as one time, or None."""
    try:
        day = dt.date.fromisoformat(date.strip())
        clock = dt.time.fromisoformat(time.strip())
    except ValueError:
        return None
    return dt.datetime.combine(day, clock.replace(tzinfo=None))
