"""Reflections made ready to print: the very rich text the PDF export is printed from.

Printing goes through Qt's print dialog on the window's thread; what it prints is gathered
here, beside the window, as an export of the chosen reflections would gather it (private
answers left out unless asked for).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.domain.export_request import ExportFormat, ExportRequest, ExportScope
from reflect.domain.library import Library
from reflect.exchange.export_gather import gather
from reflect.exchange.export_words import ExportWords
from reflect.exchange.reflections_html import journal_html
from reflect.storage.background_task import StopSignal
from reflect.storage.journal import Journal


@dataclass(frozen=True, slots=True)
class Printable:
    """What goes to the printer: the rich text, its title, and how its pages are numbered."""

    rich_text: str
    title: str
    page_number: str
    reflections: int


def printable(
    journal: Journal,
    scope: ExportScope,
    library: Library,
    *,
    include_private: bool,
    words: ExportWords | None = None,
) -> Printable:
    """The chosen reflections as the PDF export lays them out (`InvalidInput` when none)."""
    said = words or ExportWords()
    # Nothing is written: the request only says what to gather, and how.
    request = ExportRequest(Path(), ExportFormat.PDF, scope, include_private=include_private)
    data, _ = gather(journal, request, library, StopSignal())
    rich_text = journal_html(data, library.with_templates(data.question_sets), said)
    return Printable(rich_text, said.title, said.page, len(data.reflections))
