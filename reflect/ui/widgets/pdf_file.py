"""Rich text printed to a PDF file (the hours report and exported reflections), or to a
printer (reflections printed from the journal).

The document is laid out for the page (Letter where the system measures in US units, A4
elsewhere), drawn one page at a time with its page number at the foot, rendered in memory
and written atomically: a PDF is on the disk whole, or not at all. Between pages
`after_page(done, pages)` is called, to report progress or to stop (by raising), so a
long export can be cancelled. It may run beside the window: it touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from reflect.files.safe_files import write_atomically

MARGIN_MM = 18
AfterPage = Callable[[int, int], None]


def _page_size() -> QPageSize:
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def paint_document(
    device: QPagedPaintDevice,
    rich_text: str,
    *,
    page_number: str = "{page}",
    after_page: AfterPage | None = None,
) -> None:
    """Lay `rich_text` out for `device`'s pages (a PDF writer or a printer) and draw it, a
    page at a time, each numbered at its foot with `page_number` ("{page}", or "Page {page}
    of {pages}"); a one-page document has no number."""
    document = QTextDocument()
    painter: QPainter | None = None
    try:
        document.documentLayout().setPaintDevice(device)  # fonts measured for the page
        document.setHtml(rich_text)
        resolution = device.logicalDpiX()
        area = device.pageLayout().paintRectPixels(resolution)
        width, height = float(area.width()), float(area.height())
        document.setPageSize(QSizeF(width, height))
        pages = document.pageCount()
        painter = QPainter(device)
        foot = QRectF(0, height, width, resolution * MARGIN_MM / 25.4 / 2)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            if pages > 1:
                number = page_number.format(page=page + 1, pages=pages)
                painter.drawText(foot, int(Qt.AlignmentFlag.AlignCenter), number)
            if after_page is not None:
                after_page(page + 1, pages)
    finally:
        if painter is not None:
            painter.end()  # finishes the PDF, or sends the pages to the printer
        # Deleted here, on the thread that made it: its layout timer must not outlive it.
        shiboken6.delete(document)


def pdf_bytes(
    rich_text: str,
    title: str,
    *,
    page_number: str = "{page}",
    after_page: AfterPage | None = None,
) -> bytes:
    """The PDF of `rich_text`, in memory (see `paint_document`)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Reflect")
    writer.setPageSize(_page_size())
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    try:
        paint_document(writer, rich_text, page_number=page_number, after_page=after_page)
    finally:
        buffer.close()
    return bytes(data.data())


def write_pdf(
    path: Path,
    rich_text: str,
    title: str,
    *,
    page_number: str = "{page}",
    after_page: AfterPage | None = None,
) -> None:
    """Render `rich_text` to PDF in memory, then write it to `path` atomically."""
    write_atomically(
        path, pdf_bytes(rich_text, title, page_number=page_number, after_page=after_page)
    )


def render_pdf(
    path: Path, rich_text: str, title: str, page_number: str, after_page: AfterPage
) -> None:
    """`write_pdf` with every part given in order: the exports' PDF renderer
    (`reflect.exchange.export_run.RenderPdf`)."""
    write_pdf(path, rich_text, title, page_number=page_number, after_page=after_page)
