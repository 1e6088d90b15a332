"""One export, from the request to the file: the place checked first, then what it holds
gathered from the journal, then the file written whole (or, stopped or failed part-way,
nothing written at all).

The session runs this beside the window and the command line runs it directly; both hand
it the same PDF renderer (Qt's, from `reflect.ui.widgets.pdf_file`), since this layer
never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable
from pathlib import Path

from reflect.domain.errors import ExportNotWritten, ExportStopped, InvalidInput
from reflect.domain.export_request import ExportFormat, ExportOutcome, ExportRequest
from reflect.domain.library import Library
from reflect.exchange.export_gather import CHECK_INS_ONLY_WHOLE, gather
from reflect.exchange.export_words import ExportWords
from reflect.exchange.markdown_export import write_markdown_file, write_markdown_folder
from reflect.exchange.reflect_json import write_reflect_json
from reflect.exchange.reflections_html import journal_html
from reflect.storage.background_task import Stopped, StopSignal
from reflect.storage.journal import Journal

RenderPdf = Callable[[Path, str, str, str, Callable[[int, int], None]], None]
"""Writes rich text to a PDF file atomically: (path, rich text, title, page number words,
after_page), where `after_page(done, pages)` is called after each page and may raise to
stop. `reflect.ui.widgets.pdf_file.render_pdf` is one."""

EXPORT_NOT_WRITTEN = (
    "The export could not be saved as {file}. Check that its folder is there and that you "
    "can save files in it, then try again."
)
EXPORT_DISK_FULL = (
    "The export could not be saved as {file}: the disk is full. Make room, or choose "
    "another place, then try again."
)
EXPORT_TARGET_IS_A_FOLDER = "{file} is a folder. Choose a name for the file to export to."
EXPORT_FOLDER_NOT_EMPTY = (
    "{file} already has files in it, so nothing was exported there. Choose a new or empty folder."
)
EXPORT_TARGET_IS_A_FILE = "{file} is a file. Choose a new or empty folder for the export."
EXPORT_NEEDS_PDF_PRINTER = "PDF export is not available here. Choose Markdown or JSON instead."


def check_target(request: ExportRequest) -> None:
    """Refuse, before anything is read, a place the export cannot go."""
    target = request.target
    name = target.name or str(target)
    if request.format is ExportFormat.MARKDOWN_FOLDER:
        if target.is_dir():
            if any(target.iterdir()):
                raise ExportNotWritten(EXPORT_FOLDER_NOT_EMPTY, name)
        elif target.exists():
            raise ExportNotWritten(EXPORT_TARGET_IS_A_FILE, name)
    elif target.is_dir():
        raise ExportNotWritten(EXPORT_TARGET_IS_A_FOLDER, name)
    if not target.parent.is_dir():
        raise ExportNotWritten(EXPORT_NOT_WRITTEN, name)


def not_written(target: Path, error: OSError) -> ExportNotWritten:
    """The sentence for a file that could not be written."""
    full = error.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    name = target.name or str(target)
    return ExportNotWritten(EXPORT_DISK_FULL if full else EXPORT_NOT_WRITTEN, name)


def run_export(
    journal: Journal,
    request: ExportRequest,
    library: Library,
    *,
    words: ExportWords | None = None,
    render_pdf: RenderPdf | None = None,
    stop: StopSignal | None = None,
    now: dt.datetime | None = None,
) -> ExportOutcome:
    """Write the export `request` asks for; what it holds is counted in the outcome.

    `library` words the questions (the visitor's own sets are added from the journal).
    `stop` reports progress and, once a stop is asked for, ends the export with
    `ExportStopped` and no file written.
    """
    signal = stop or StopSignal()
    said = words or ExportWords()
    if request.format is ExportFormat.PDF and render_pdf is None:
        raise ExportNotWritten(EXPORT_NEEDS_PDF_PRINTER, request.target.name)
    if request.include_check_ins and request.format is not ExportFormat.JSON:
        raise InvalidInput(CHECK_INS_ONLY_WHOLE)
    check_target(request)
    try:
        data, left_out = gather(journal, request, library, signal, now=now)
        library = library.with_templates(data.question_sets)
        count = len(data.reflections)

        def written(done: int) -> None:
            signal.check()
            signal.report(count + done, 2 * count)

        target = request.target
        if request.format is ExportFormat.JSON:
            write_reflect_json(target, data)
        elif request.format is ExportFormat.MARKDOWN:
            write_markdown_file(target, data, library, said)
        elif request.format is ExportFormat.MARKDOWN_FOLDER:
            write_markdown_folder(target, data, library, said, written)
        else:
            assert render_pdf is not None

            def after_page(page: int, pages: int) -> None:
                written(count * page // max(1, pages))

            render_pdf(target, journal_html(data, library, said), said.title, said.page, after_page)
        signal.report(2 * count, 2 * count)
    except Stopped:
        raise ExportStopped from None
    except OSError as error:
        raise not_written(request.target, error) from None
    return ExportOutcome(
        target=request.target,
        reflections=count,
        comments=data.comment_count,
        sessions=len(data.sessions),
        check_ins=len(data.check_ins),
        private_left_out=left_out,
    )
