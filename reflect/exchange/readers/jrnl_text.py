"""jrnl's plain-text journal file: entries that each start with a date in brackets.

    [2024-03-05 09:30:00 AM] Visit with the family. *
    The text of the entry, over as many lines as it takes.

Dates are read as jrnl writes them with its default time formats: `%Y-%m-%d %I:%M:%S %p`
(jrnl 2.x and later) and `%Y-%m-%d %H:%M` (older), with or without seconds, in 12- or
24-hour time, and a date alone (jrnl then takes 09:00). A bracket that starts with a date
(`[2024-03-05`) at the start of a line opens an entry, and must read as one: otherwise the
refusal names its line. Any other bracket (`[note]`, `[2024-03 report]`) is text of the
entry above.
Titles, stars, tags and keys are as in `jrnl_entries`.
"""

from __future__ import annotations

import datetime as dt
import re

from reflect.domain.imported_entry import ImportedEntry
from reflect.exchange.readers.jrnl_entries import (
    EntryKeys,
    split_title,
    tags_in,
    themes_of,
    tidy_body,
)
from reflect.exchange.readers.problems import (
    JRNL_BAD_DATE,
    JRNL_TEXT_BEFORE_FIRST_DATE,
    NOT_JRNL,
    BadDate,
    WrongFormat,
)

_DATE_LINE = re.compile(r"^\[(\d{4}-\d{1,2}-\d{1,2}[^\]\n]*)\](?: |$)", re.MULTILINE)
_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?)?"
)
_DEFAULT_HOUR = 9  # jrnl's `default_hour`, for an entry dated without a time


def parse_jrnl_date(blob: str) -> dt.datetime | None:
    """The time in a date line's brackets, or None when it is not a date jrnl writes."""
    found = _DATE.fullmatch(blob.strip())
    if not found:
        return None
    year, month, day, hour, minute, second, half = found.groups()
    if hour is None:
        hours, minutes, seconds = _DEFAULT_HOUR, 0, 0
    else:
        hours, minutes, seconds = int(hour), int(minute), int(second or 0)
    if half is not None:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half in "Pp" else 0)
    try:
        return dt.datetime(int(year), int(month), int(day), hours, minutes, seconds)
    except ValueError:
        return None


def read_jrnl_text(text: str, name: str) -> tuple[ImportedEntry, ...]:
    """The entries of a jrnl journal's text (line breaks already made LF).

    An empty journal (jrnl's own new file is empty) has no entries. Text before the first
    date line, a file without any, or a date line that does not read, is refused.
    """
    matches = list(_DATE_LINE.finditer(text))
    if not matches:
        if text.strip():
            raise WrongFormat(NOT_JRNL, file=name)
        return ()
    before = text[: matches[0].start()]
    if before.strip():
        blank = len(before) - len(before.lstrip())
        raise WrongFormat(
            JRNL_TEXT_BEFORE_FIRST_DATE, file=name, line=text.count("\n", 0, blank) + 1
        )
    keys = EntryKeys()
    entries: list[ImportedEntry] = []
    line, counted_to = 1, 0
    for index, match in enumerate(matches):
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        written_at = parse_jrnl_date(match.group(1))
        if written_at is None:
            raise BadDate(JRNL_BAD_DATE, file=name, line=line)
        # As jrnl cuts it: up to the line break before the next date line.
        end = matches[index + 1].start() - 1 if index + 1 < len(matches) else len(text)
        entries.append(_entry(text[match.end() : end], written_at, keys))
    return tuple(entries)


def _entry(raw: str, written_at: dt.datetime, keys: EntryKeys) -> ImportedEntry:
    """One entry from the text after its date (its title line and the lines below)."""
    first, _, rest = raw.partition("\n")
    starred = first.strip().endswith("*")
    if starred:
        raw = first.strip(" *") + "\n" + rest
    title, below = split_title(raw)
    return ImportedEntry(
        written_at=written_at,
        title=title,
        body=tidy_body(below),
        source_key=keys.key(written_at, title),
        themes=themes_of(tags_in(raw)),
        starred=starred,
    )
