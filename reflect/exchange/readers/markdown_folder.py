"""A folder of Markdown notes: one entry for each `.md` file in it or in its folders.

- Read: files ending `.md` (or `.markdown`), in the chosen folder and every folder inside
  it (not through links to folders, which could loop). Hidden files and folders (their
  names start with a dot) and every other file are passed over.
- The date comes from the front matter's `date:`, else from the file's name (see
  `note_dates`); a note with neither is refused by name, as is a `date:` that does not
  read (naming its line).
- The title is the front matter's `title:`, else a heading on the note's first line,
  else the file's name (the words after its date, or all of it). When a heading is the
  title it is not repeated in the body; otherwise the body is the note's whole text.
- Themes come from the front matter's `tags:` (a leading `#` taken off).
- The key is the note's path inside the chosen folder.
A folder with no notes gives an empty preview, for the screen to say so.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from reflect.domain.imported_entry import ImportedEntry, ImportPreview
from reflect.exchange.readers.front_matter import front_matter
from reflect.exchange.readers.limits import (
    MAX_FOLDER_BYTES,
    MAX_FOLDER_DEPTH,
    MAX_FOLDER_ITEMS,
)
from reflect.exchange.readers.note_dates import date_in_name, date_value
from reflect.exchange.readers.problems import (
    FOLDER_TOO_DEEP,
    FOLDER_TOO_LARGE,
    FOLDER_TOO_MANY,
    MARKDOWN_BAD_DATE,
    MARKDOWN_NO_DATE,
    BadDate,
    ImportTooLarge,
    ImportUnreadable,
)
from reflect.exchange.readers.source_files import check_folder, read_text_file, shown_name
from reflect.exchange.readers.source_text import decode_text
from reflect.exchange.readers.titles import first_line_title, shortened, whole

NOTE_SUFFIXES = (".md", ".markdown")


def read_markdown_folder(path: Path) -> ImportPreview:
    """One entry for each Markdown note under the folder `path`, or a refusal naming one."""
    name = shown_name(path)
    check_folder(path, name)
    budget = MAX_FOLDER_BYTES
    entries: list[ImportedEntry] = []
    for note in note_paths(path, name):
        relative = PurePosixPath(*note.relative_to(path).parts)
        shown = f"{name}/{relative}"
        try:
            raw = read_text_file(note, shown, limit=budget)
        except ImportTooLarge:
            raise ImportTooLarge(FOLDER_TOO_LARGE, file=name) from None
        budget -= len(raw)
        entries.append(_note(decode_text(raw, shown), relative, shown))
    return ImportPreview(source=str(path), entries=tuple(entries))


def note_paths(folder: Path, name: str) -> list[Path]:
    """Every note under `folder`, in the order of their paths; refused past the limits."""
    found: list[Path] = []
    looked_at = 0
    waiting: list[tuple[Path, int]] = [(folder, 0)]
    while waiting:
        current, depth = waiting.pop()
        try:
            with os.scandir(current) as listing:
                items = sorted(listing, key=lambda item: item.name)
        except OSError:
            inside = PurePosixPath(*current.relative_to(folder).parts)
            raise ImportUnreadable(file=f"{name}/{inside}" if inside.parts else name) from None
        looked_at += len(items)
        if looked_at > MAX_FOLDER_ITEMS:
            raise ImportTooLarge(FOLDER_TOO_MANY, file=name)
        for item in items:
            if item.name.startswith("."):
                continue
            if item.is_dir(follow_symlinks=False):
                if depth + 1 > MAX_FOLDER_DEPTH:
                    raise ImportTooLarge(FOLDER_TOO_DEEP, file=name)
                waiting.append((Path(item.path), depth + 1))
            elif item.name.lower().endswith(NOTE_SUFFIXES):
                found.append(Path(item.path))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _note(text: str, relative: PurePosixPath, shown: str) -> ImportedEntry:
    """One note's entry, from its text (line breaks LF) and its place in the folder."""
    matter = front_matter(text)
    stem = relative.name.rsplit(".", 1)[0]
    named_date, named_words = date_in_name(stem)
    written_at = named_date
    date_text = matter.values.get("date", "")
    if date_text:
        written_at = date_value(date_text)
        if written_at is None:
            raise BadDate(MARKDOWN_BAD_DATE, file=shown, line=matter.lines["date"])
    if written_at is None:
        raise BadDate(MARKDOWN_NO_DATE, file=shown)
    title_text = matter.values.get("title", "")
    heading = None if title_text else first_line_title(matter.text, headings_only=True)
    if heading:
        title, body = heading
    else:
        title = shortened(title_text or named_words or stem)
        body = whole(matter.text)
    tags = (t.strip().lstrip("#").strip() for t in matter.lists.get("tags", []))
    return ImportedEntry(
        written_at=written_at,
        title=title,
        body=body,
        source_key=f"markdown:{relative}",
        themes=tuple(dict.fromkeys(t for t in tags if t)),
    )
