"""The hours exports from the page: the log, totals and progress, and no family content."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reflect.domain.library import Library
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.hours.hours_page import HoursPage
from tests.helpers.dialogs import answer_dialogs, click_in_next_dialog
from tests.helpers.hours_journal import MARKERS, fill
from tests.helpers.pdf_text import pdf_text
from tests.helpers.sessions import unlocked_session
from tests.helpers.windows import PASSPHRASE

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def page(qtbot: QtBot, library: Library, existing: tuple[JournalPaths, str]) -> Iterator[HoursPage]:
    """The page over a journal whose sessions, notes and reflections carry markers."""
    paths, _ = existing
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    assert isinstance(session.journal, Journal)
    fill(session.journal)
    page = HoursPage(library, session, session.changes, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    yield page
    session.lock()


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _no_markers(text: str) -> None:
    for marker in MARKERS:
        assert _plain(marker) not in _plain(text), marker


def test_the_markers_are_really_in_the_journal_and_on_the_page(page: HoursPage) -> None:
    """So that the tests below would catch a leak: the content is there to be leaked."""
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.edit_session()
    form = page.form
    assert form is not None
    assert "zebrafinch-note" in form.notes.toPlainText()
    assert "zebrafinch-answer" in form.answers["after-supervision.understood"].toPlainText()
    labels = [form.discussed.list.item(i).text() for i in range(form.discussed.list.count())]
    assert any("QZX-917" in label for label in labels)
    assert any("WVK-204" in label and label.startswith("Shared by") for label in labels)
    assert form.discussed.count.text() == "2 reflections ticked."
    form.reject()


def test_csv_from_the_page_holds_sessions_only(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    target = tmp_path / "hours.csv"
    page.exports.choose_save_path = lambda *_: str(target)
    click_in_next_dialog("Save it")
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8-sig")
    _no_markers(text)
    rows = list(csv.reader(io.StringIO(text)))
    assert [r[0] for r in rows[1:]] == ["2026-02-10", "2026-03-05"]
    assert [r[-1] for r in rows[1:]] == ["1", "2"]
    assert "no notes and no reflections" in page.message.text()


def test_pdf_holds_the_log_totals_and_progress_and_no_family_content(
    page: HoursPage, tmp_path: Path
) -> None:
    rich_text = page.pdf_html()
    _no_markers(rich_text)
    assert "Totals" in rich_text and "Progress" in rich_text
    target = tmp_path / "hours.pdf"
    click_in_next_dialog("Save it")
    assert page.export_pdf(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in data
    assert not list(tmp_path.glob(".*.new"))  # written aside, then renamed into place
    text = pdf_text(data)
    _no_markers(text)
    for expected in (
        "Reflective supervision hours",
        "Infant Family Specialist: 24 hours within 1 to 2 years",
        "2.5 of 24 hours (10%). 2 sessions in this period.",
        "Totals",
        "Dana Reyes",
        "=HYPERLINK",  # as text, escaped: a PDF runs no formulas
        "2026-02-10",
        "2026-03-05",
        "Reflections discussed",
    ):
        assert _plain(expected) in _plain(text), expected


def test_the_pdf_escapes_what_was_typed(page: HoursPage) -> None:
    rich_text = page.pdf_html()
    assert "=HYPERLINK(&quot;http://example.org&quot;)" in rich_text
    assert '=HYPERLINK("' not in rich_text


def test_writing_the_pdf_again_replaces_it(page: HoursPage, tmp_path: Path) -> None:
    target = tmp_path / "hours.pdf"
    target.write_bytes(b"an old file that is not a PDF" * 1000)
    click_in_next_dialog("Save it")
    assert page.export_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF-")


def test_the_file_is_said_to_be_unencrypted_before_anything_is_written(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    for kind, button in (("csv", page.csv_button), ("pdf", page.pdf_button)):
        target = tmp_path / f"hours.{kind}"
        page.exports.choose_save_path = lambda *_, t=target: str(t)
        seen: list[str] = []
        exists_when_warned: list[bool] = []

        def cancel(
            dialog: QDialog,
            seen: list[str] = seen,
            target: Path = target,
            exists_when_warned: list[bool] = exists_when_warned,
        ) -> None:
            assert isinstance(dialog, QMessageBox)
            seen.append(dialog.text())
            exists_when_warned.append(target.exists())
            dialog.reject()

        answer_dialogs(cancel)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert seen == [
            f"This file is not encrypted: it goes to {target}, where anyone who can open that "
            "folder can read it."
        ]
        assert exists_when_warned == [False]
        assert not target.exists()  # Cancel: nothing written
        assert page.message.text() == ""
