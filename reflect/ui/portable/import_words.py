"""The import's words: the kinds of journal, what a Day One export's photos are called, a
refused file's sentence with the file (and line) it is about, and what an import added.

The readers of other journals name the file and line beside their fixed sentence; a
Reflect export's refusal has them inside its sentence already (`{file}`, `{place}`).
"""

from __future__ import annotations

from reflect.domain.errors import ReflectError
from reflect.domain.journal_import import ImportKind, ImportOutcome
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.plurals import TranslationContext, english_plural


class ImportWords(TranslationContext):
    """The import's words (context "ImportWords")."""


def kind_name(kind: ImportKind) -> str:
    """A kind of journal in a few words: "jrnl journal", "Day One export"."""
    return {
        ImportKind.JRNL: ImportWords.tr("jrnl journal"),
        ImportKind.DAY_ONE: ImportWords.tr("Day One export"),
        ImportKind.MARKDOWN: ImportWords.tr("folder of Markdown notes"),
        ImportKind.REFLECT: ImportWords.tr("Reflect export"),
    }[ImportKind(kind)]


def kind_choice(kind: ImportKind) -> str:
    """A kind as the dialog offers it, with what to choose for it."""
    return {
        ImportKind.JRNL: ImportWords.tr("&jrnl: its journal file, or its JSON export"),
        ImportKind.DAY_ONE: ImportWords.tr("&Day One: an export (.zip or .json)"),
        ImportKind.MARKDOWN: ImportWords.tr("A folder of &Markdown notes"),
        ImportKind.REFLECT: ImportWords.tr("&Reflect: a JSON export from Reflect"),
    }[ImportKind(kind)]


def skipped_words(what: str) -> str:
    """What an import leaves out of its source (a reader's `skipped_what`), in the screens'
    language."""
    # Loaded with the readers, which the import loads anyway by the time this is asked.
    from reflect.exchange.readers.dayone import SKIPPED_ATTACHMENTS, SKIPPED_PHOTOS

    if what == SKIPPED_PHOTOS:
        return ImportWords.tr("Photos left out (Reflect imports the text)")
    if what == SKIPPED_ATTACHMENTS:
        return ImportWords.tr("Photos and other attachments left out (Reflect imports the text)")
    return ImportWords.tr("Parts left out (Reflect imports the text)")


def refusal(error: ReflectError) -> str:
    """A refused source's sentence, with the file (and the line or entry) named in front
    when the reader gave them beside it."""
    sentence = said(error)
    file = getattr(error, "file", None)
    if not isinstance(file, str) or not file:
        return sentence
    line = getattr(error, "line", None)
    entry = getattr(error, "entry", None)
    if isinstance(line, int):
        where = ImportWords.tr("{file}, line {line}").format(file=file, line=line)
    elif isinstance(entry, int):
        where = ImportWords.tr("{file}, entry {entry}").format(file=file, entry=entry)
    else:
        where = file
    return ImportWords.tr("{where}: {sentence}").format(where=where, sentence=sentence)


def outcome_words(outcome: ImportOutcome) -> str:
    """What an import added, and that a backup came first, in a few sentences."""
    if not (outcome.reflections or outcome.comments or outcome.sessions or outcome.check_ins):
        return ImportWords.tr("Nothing was added: your journal already has everything in it.")
    n, here = outcome.reflections, outcome.already_here
    parts = []
    if n:
        added = ImportWords.tr("Added %n reflection(s) to your journal.", "", n)
        parts.append(english_plural(added, n))
    comments = (
        ImportWords.tr("Comments added with them: %n.", "", outcome.comments)
        if n
        else ImportWords.tr("New comments on reflections already here: %n.", "", outcome.comments)
    )
    for count, text in (
        (outcome.comments, comments),
        (
            outcome.sessions,
            ImportWords.tr("Supervision sessions added: %n.", "", outcome.sessions),
        ),
        (outcome.check_ins, ImportWords.tr("Check-ins added: %n.", "", outcome.check_ins)),
    ):
        if count:
            parts.append(english_plural(text, count))
    if here:
        kept = ImportWords.tr(
            "%n reflection(s) were already here, and were left as they were.", "", here
        )
        parts.append(english_plural(kept, here))
    if outcome.backup:
        parts.append(ImportWords.tr("A backup was taken first."))
    return " ".join(parts)
