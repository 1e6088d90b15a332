"""`reflect export`: the journal's reflections (or those of a date range) to Markdown, JSON
or PDF, through the same code as the window's export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reflect.cli.opening import open_journal
from reflect.cli.report import figures
from reflect.domain.export_request import ExportFormat, ExportOutcome, ExportRequest, ExportScope

FORMATS = {"json": ExportFormat.JSON, "pdf": ExportFormat.PDF}


def _format(args: argparse.Namespace) -> ExportFormat:
    if args.format == "markdown":
        one_file = Path(args.out).suffix.lower() == ".md"
        return ExportFormat.MARKDOWN if one_file else ExportFormat.MARKDOWN_FOLDER
    return FORMATS[args.format]


def _printing() -> Any:
    """Qt's PDF printing needs a (windowless) application; made once, kept by the caller."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["reflect", "-platform", "offscreen"])


def export(args: argparse.Namespace) -> None:
    """Write the export, then say what it holds."""
    from reflect.content import load_library
    from reflect.exchange.export_run import RenderPdf, run_export

    request = ExportRequest(
        target=Path(args.out).expanduser().absolute(),
        format=_format(args),
        scope=ExportScope.between(args.first, args.last),
        include_private=args.include_private,
        include_check_ins=args.include_check_ins,
    )
    render: RenderPdf | None = None
    application = None
    if request.format is ExportFormat.PDF:
        application = _printing()
        from reflect.ui.widgets.pdf_file import render_pdf

        render = render_pdf
    library = load_library(language="en")
    with open_journal(args) as journal:
        outcome = run_export(journal, request, library, render_pdf=render)
    del application
    print(_said(outcome))


def _said(outcome: ExportOutcome) -> str:
    rows: list[tuple[str, object]] = [
        ("reflections", outcome.reflections),
        ("comments", outcome.comments),
        ("supervision sessions", outcome.sessions),
        ("check-ins", outcome.check_ins),
    ]
    if outcome.private_left_out:
        rows.append(("private answers left out", outcome.private_left_out))
    said = figures(f"Exported to {outcome.target}:", rows)
    if outcome.private_left_out:
        said += "\nAdd --include-private to include private answers."
    return said
