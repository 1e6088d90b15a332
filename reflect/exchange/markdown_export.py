"""Reflections as Markdown: one file holding them all, or a new folder with one file each.

Each reflection is its date and family code as a heading, a line saying how the visit took
place, its themes, then each question as a heading with the answer below it, the other
notes, and the comments from supervision. File names hold only the visit date and the
family code (the code as the visitor wrote it, made safe for every file system), never
words from what was written.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path

from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.library import Library
from reflect.exchange.export_words import ExportWords, shown_answer
from reflect.files.safe_files import fsync_folder, write_atomically

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_RULE = re.compile(r"^\s{0,3}([-=*_])(\s*\1){2,}\s*$")


def _escaped(text: str) -> str:
    """The visitor's text as Markdown shows it: a line of hers that Markdown would read as a
    heading or a rule is shown as she typed it instead."""
    lines = []
    for line in text.splitlines():
        marked = line.lstrip().startswith("#") or _RULE.match(line)
        lines.append("\\" + line.lstrip() if marked else line)
    return "\n".join(lines).strip()


def reflection_markdown(
    item: ExportedReflection,
    data: JournalExport,
    library: Library,
    words: ExportWords,
    level: int = 1,
) -> str:
    """One reflection as Markdown, its heading at `level` (its questions one below)."""
    r = item.reflection
    top, sub = "#" * level, "#" * (level + 1)
    parts = [f"{top} {r.visit_date.isoformat()} · {r.family_code or words.no_code}"]
    parts.append(words.about(r, library))
    if r.themes:
        parts.append(f"{words.themes}: {', '.join(r.themes)}")
    for answer in r.answers:
        if not answer.text.strip():
            continue
        question = data.questions.get(answer.prompt_id) or answer.prompt_id
        private = f" ({words.private})" if answer.private else ""
        parts.append(f"{sub} {question}{private}")
        parts.append(_escaped(shown_answer(library, answer.prompt_id, answer.text)))
    if r.notes.strip():
        parts += [f"{sub} {words.notes}", _escaped(r.notes)]
    if item.comments:
        parts.append(f"{sub} {words.comments}")
        for comment in item.comments:
            said = [f"**{_escaped(comment.author)}** · {comment.created_at.date().isoformat()}"]
            if comment.prompt_id and (topic := data.questions.get(comment.prompt_id)):
                said.append(words.about_answer.format(question=topic))
            body = "\n".join(f"> {line}" for line in _escaped(comment.body).splitlines())
            parts.append("  \n".join(said) + "\n\n" + body)
    return "\n\n".join(parts) + "\n"


def _preamble(data: JournalExport, words: ExportWords) -> str:
    private = words.private_included if data.private_included else words.private_left_out
    made = words.made_with.format(date=data.exported_at.date().isoformat())
    return f"# {words.title}\n\n{made} {private}\n"


def journal_markdown(data: JournalExport, library: Library, words: ExportWords) -> str:
    """Every reflection in one Markdown document, oldest first, one rule between each."""
    body = "\n---\n\n".join(
        reflection_markdown(item, data, library, words, level=2) for item in data.reflections
    )
    return f"{_preamble(data, words)}\n{body}"


def file_names(data: JournalExport) -> list[str]:
    """A file name for each reflection: `2026-11-02-AB.md`, then `2026-11-02-AB-2.md`."""
    taken: set[str] = set()
    names = []
    for item in data.reflections:
        r = item.reflection
        code = _UNSAFE.sub("-", r.family_code).strip("-")[:32] or "no-code"
        stem = f"{r.visit_date.isoformat()}-{code}"
        name, number = f"{stem}.md", 1
        while name.casefold() in taken:  # some file systems ignore case
            number += 1
            name = f"{stem}-{number}.md"
        taken.add(name.casefold())
        names.append(name)
    return names


def write_markdown_file(
    path: Path, data: JournalExport, library: Library, words: ExportWords
) -> None:
    """The one-file export, written atomically."""
    write_atomically(path, journal_markdown(data, library, words).encode("utf-8"))


def _write_new(path: Path, data: bytes) -> None:
    """A new file, readable by its owner only (what it holds is the visitor's own)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def write_markdown_folder(
    folder: Path,
    data: JournalExport,
    library: Library,
    words: ExportWords,
    after_file: Callable[[int], None],
) -> None:
    """A new folder holding one file per reflection (and nothing else).

    The files are written into a hidden folder beside it, which takes the folder's name
    only once every file is written: stopped or failed part-way (`after_file(count)` may
    raise to stop), nothing is left behind. `folder` must not exist, or be empty. The files
    are not synced one by one (10,000 syncs take a quarter of a minute); the journal is
    what must survive a power cut, and an export can be made again.
    """
    building = folder.with_name(f".{folder.name}.{uuid_module.uuid4().hex[:8]}.partial")
    building.mkdir(mode=0o700)
    try:
        for count, (item, name) in enumerate(zip(data.reflections, file_names(data), strict=True)):
            text = reflection_markdown(item, data, library, words)
            _write_new(building / name, text.encode("utf-8"))
            after_file(count + 1)
        fsync_folder(building)
        if folder.is_dir():
            folder.rmdir()  # empty (checked before): the new one takes its place
        building.rename(folder)
        fsync_folder(folder.parent)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
