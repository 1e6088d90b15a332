"""Day One's JSON export: the .zip it makes, or the `Journal.json` inside it.

    {"metadata": {"version": "1.0"}, "entries": [{"uuid": "1546F373...",
      "creationDate": "2023-05-01T14:03:12Z", "timeZone": "America/Chicago",
      "text": "# A title\\n\\nThe text.", "tags": ["sleep"], "starred": false,
      "photos": [{"identifier": "...", "md5": "...", "type": "jpeg"}]}]}

- The time is Day One's (UTC) made the wall-clock time of the entry's own `timeZone`
  (this computer's zone when the entry has none, or one this computer does not know), and
  kept without a zone, as Reflect keeps times.
- Photos (and videos, audio, PDFs) are left out and counted; their places in the text
  (`![](dayone-moment://...)`) are taken out with them, a line that held only one going
  too (and one of the blank lines around it).
- Day One writes its text as Markdown, escaping punctuation with a backslash (`Hi\\!`):
  the backslashes come out, so the text reads as it did in Day One.
- The title comes from the first line (see `titles`); the key is Day One's own `uuid`.
- An entry with no text (a photo alone) is left out; its photos are counted.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path
from typing import Any

from reflect.domain.imported_entry import ImportedEntry, ImportPreview
from reflect.exchange.readers.dayone_zip import ZIP_MARKS, journal_files
from reflect.exchange.readers.jrnl_entries import is_encrypted
from reflect.exchange.readers.limits import MAX_TEXT_BYTES
from reflect.exchange.readers.problems import (
    DAYONE_ENTRY_DAMAGED,
    JRNL_GIVEN_AS_DAYONE,
    JSON_BAD_DATE,
    NOT_DAYONE,
    TEXT_TOO_LARGE,
    BadDate,
    DamagedImport,
    ImportTooLarge,
    WrongFormat,
)
from reflect.exchange.readers.source_files import open_binary_file, shown_name
from reflect.exchange.readers.source_json import line_of_value, parse_json
from reflect.exchange.readers.source_text import decode_text, one_kind_of_break
from reflect.exchange.readers.titles import first_line_title

SKIPPED_PHOTOS = "photos"
SKIPPED_ATTACHMENTS = "photos and other attachments"

_ATTACHMENTS = ("photos", "videos", "audios", "pdfAttachments")
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_JRNL_START = re.compile(r"\s*\[\d{4}-")


def read_dayone(path: Path) -> ImportPreview:
    """The entries of a Day One export at `path` (.zip or .json), or a refusal naming it."""
    name = shown_name(path)
    with open_binary_file(path, name) as (handle, size):
        start = handle.read(4)
        handle.seek(0)
        if start.startswith(ZIP_MARKS):
            files = journal_files(handle, size, name)
        else:
            if size > MAX_TEXT_BYTES:
                raise ImportTooLarge(TEXT_TOO_LARGE, file=name)
            raw = handle.read(MAX_TEXT_BYTES + 1)
            if len(raw) > MAX_TEXT_BYTES:
                raise ImportTooLarge(TEXT_TOO_LARGE, file=name)
            files = [(name, raw)]
    reading = _Reading()
    for file, raw in files:
        reading.add(file, raw)
    return reading.preview(str(path))


class _Reading:
    """Entries gathered from one or more journals of an export, and what was left out."""

    def __init__(self) -> None:
        self.entries: list[ImportedEntry] = []
        self.keys: set[str] = set()
        self.photos = 0
        self.others = 0

    def add(self, file: str, raw: bytes) -> None:
        """Read one journal's JSON file, whole, or refuse it."""
        if is_encrypted(raw) or _JRNL_START.match(raw[:64].decode("utf-8", "replace")):
            raise WrongFormat(JRNL_GIVEN_AS_DAYONE, file=file)
        text = decode_text(raw, file)
        if not text.lstrip().startswith("{"):
            raise WrongFormat(NOT_DAYONE, file=file)
        document = parse_json(text, file)
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise WrongFormat(NOT_DAYONE, file=file)
        if "tags" in document and "metadata" not in document:  # jrnl --format json
            raise WrongFormat(JRNL_GIVEN_AS_DAYONE, file=file)
        for number, item in enumerate(document["entries"], start=1):
            self._entry(item, number, file, text)

    def _entry(self, item: Any, number: int, file: str, text: str) -> None:
        """Take in entry `number` of `file` (whose JSON is `text`), or refuse the file."""
        if not isinstance(item, dict):
            raise DamagedImport(DAYONE_ENTRY_DAMAGED, file=file, entry=number)
        uuid, created = item.get("uuid"), item.get("creationDate")
        if not isinstance(uuid, str) or not uuid.strip() or not isinstance(created, str):
            raise DamagedImport(DAYONE_ENTRY_DAMAGED, file=file, entry=number)
        written_at = local_time(created, item.get("timeZone"))
        if written_at is None:
            line = line_of_value(text, "creationDate", created)
            raise BadDate(JSON_BAD_DATE, file=file, line=line, entry=number)
        for kind in _ATTACHMENTS:
            found = item.get(kind)
            count = len(found) if isinstance(found, list) else 0
            if kind == "photos":
                self.photos += count
            else:
                self.others += count
        key = f"dayone:{uuid.strip()}"
        words = item.get("text")
        body_text = plain_text(words) if isinstance(words, str) else ""
        if not body_text.strip() or key in self.keys:
            return  # a photo alone, or an entry listed twice
        self.keys.add(key)
        title, body = first_line_title(body_text) or ("", "")
        tags = item.get("tags")
        themes = [t.strip() for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
        self.entries.append(
            ImportedEntry(
                written_at=written_at,
                title=title,
                body=body,
                source_key=key,
                themes=tuple(dict.fromkeys(t for t in themes if t)),
                starred=item.get("starred") is True,
            )
        )

    def preview(self, source: str) -> ImportPreview:
        """All that was read, and what was left out, as the preview of `source`."""
        skipped = self.photos + self.others
        what = "" if not skipped else SKIPPED_ATTACHMENTS if self.others else SKIPPED_PHOTOS
        return ImportPreview(
            source=source, entries=tuple(self.entries), skipped=skipped, skipped_what=what
        )


def local_time(created: str, zone_name: object) -> dt.datetime | None:
    """Day One's UTC `creationDate` as wall-clock time in `zone_name`, without a zone.

    Where the entry names no zone, or one this computer does not know, this computer's
    own zone is used. A time written without a zone is taken as UTC, as Day One keeps all.
    """
    try:
        moment = dt.datetime.fromisoformat(created.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    zone: dt.tzinfo | None = None
    if isinstance(zone_name, str) and zone_name.strip():
        try:
            zone = zoneinfo.ZoneInfo(zone_name.strip())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            zone = None  # a name this computer has no rules for (or not a zone's name)
    try:
        local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    except (OverflowError, OSError):
        return None  # a year at the edge of the calendar
    return local.replace(tzinfo=None, fold=0)


def plain_text(text: str) -> str:
    """Day One's Markdown text without its photos' places and its backslash escapes."""
    kept: list[str] = []
    lines = one_kind_of_break(text).split("\n")
    dropped_line = False
    for line in lines:
        without = _MOMENT.sub("", line)
        if without != line and not without.strip():
            dropped_line = True  # the line held only photos: it goes, with them
            continue
        if dropped_line and not line.strip() and kept and not kept[-1].strip():
            dropped_line = False  # the blank lines around it become one
            continue
        dropped_line = False
        kept.append(_ESCAPED.sub(r"\1", without))
    return "\n".join(kept)
