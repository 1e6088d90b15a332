"""Entries of another journal (jrnl, Day One, a folder of Markdown) made into reflections.

Each entry becomes a complete reflection in the `imported-notes` template: its title (if it
had one) answers that template's one question, its text is the reflection's notes, its tags
are themes, and a starred entry gets the theme "starred". The visit date is the day it was
written, and it keeps that moment as when it was made. Those journals know no families, so
every entry gets the one family code the visitor picks (`DEFAULT_IMPORT_CODE` unless she
picks another).

A reflection's identifier is made from the kind of journal and the entry's own key in it
(a name-based UUID), so importing the same entries again finds them already here.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterable

from reflect.domain.errors import InvalidInput
from reflect.domain.family_code import MAX_CODE_LENGTH, normalise_code
from reflect.domain.imported_entry import ImportedEntry, ImportPreview
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.journal_import import (
    IMPORTED_TEMPLATE,
    IMPORTED_TITLE_PROMPT,
    STARRED_THEME,
    ImportKind,
)
from reflect.domain.reflection import Answer, Reflection, Status, VisitKind

NAMESPACE = uuid_module.UUID("6f1c5a52-3d0b-4c1e-9a57-2f8e0b7d4c11")
"""Reflect's own namespace for the identifiers of imported entries (never change it: a
second import would no longer find the first one's reflections)."""
MAX_THEME = 200
MAX_THEMES = 50
BAD_IMPORT_CODE = (
    "A family code for imported entries is 1 to 16 characters: a short code, never a name "
    "and no initials."
)


def entry_uuid(kind: ImportKind, source_key: str) -> str:
    """The reflection identifier an entry of this kind and key always gets."""
    return str(uuid_module.uuid5(NAMESPACE, f"{ImportKind(kind).value}:{source_key}"))


def import_code(code: str) -> str:
    """The family code as imported reflections carry it, or `InvalidInput`."""
    clean = normalise_code(code)
    if not clean or len(clean) > MAX_CODE_LENGTH:
        raise InvalidInput(BAD_IMPORT_CODE)
    return clean


def _themes(entry: ImportedEntry) -> tuple[str, ...]:
    themes = [" ".join(t.split())[:MAX_THEME] for t in entry.themes]
    if entry.starred:
        themes.append(STARRED_THEME)
    return tuple(dict.fromkeys(t for t in themes if t))[:MAX_THEMES]


def _moment(written_at: dt.datetime) -> dt.datetime:
    """Local time without a zone (as readers give it), as an aware moment."""
    return written_at.astimezone() if written_at.tzinfo is None else written_at


def reflection_of(entry: ImportedEntry, kind: ImportKind, family_code: str) -> Reflection:
    """The reflection an entry becomes."""
    title = " ".join(entry.title.split())
    made = _moment(entry.written_at)
    return Reflection(
        uuid=entry_uuid(kind, entry.source_key),
        visit_date=entry.written_at.date(),
        family_code=family_code,
        template_id=IMPORTED_TEMPLATE,
        visit_kind=VisitKind.OTHER,
        answers=(Answer(IMPORTED_TITLE_PROMPT, title),) if title else (),
        notes=entry.body,
        themes=_themes(entry),
        status=Status.COMPLETE,
        created_at=made,
        updated_at=made,
    )


def as_journal(
    preview: ImportPreview,
    kind: ImportKind,
    family_code: str,
    *,
    now: dt.datetime | None = None,
) -> JournalExport:
    """The entries as what an import adds (oldest first; an entry listed twice, once)."""
    code = import_code(family_code)
    reflections = _unique(reflection_of(e, kind, code) for e in preview.entries)
    reflections.sort(key=lambda r: (r.visit_date, r.created_at.timestamp() if r.created_at else 0))
    return JournalExport(
        exported_at=now or dt.datetime.now(dt.UTC),
        reflect_version="",
        reflections=tuple(ExportedReflection(r) for r in reflections),
    )


def _unique(reflections: Iterable[Reflection]) -> list[Reflection]:
    return list({r.uuid: r for r in reflections}.values())
