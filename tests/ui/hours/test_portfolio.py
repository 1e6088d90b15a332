"""The portfolio export from the Hours page: the dialog, the file it writes in PDF or CSV,
reflections only as chosen and checked first, and nothing of the family otherwise."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from reflect.domain.library import Library
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.training import Training, TrainingCategory
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.hours.hours_page import START_KEY, HoursPage
from reflect.ui.hours.portfolio_dialog import PortfolioDialog
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import answer_dialogs, click_in_next_dialog
from tests.helpers.hours_journal import MARKERS, fill
from tests.helpers.pdf_text import pdf_text
from tests.helpers.sessions import unlocked_session
from tests.helpers.windows import PASSPHRASE

TODAY = dt.date(2026, 3, 20)
TRAINING_NOTE = "zebrafinch-training-note"
CALM = "We waited on the floor together"
PRIVATE = "kingfisher-private"
NOTES = "heron-notes"


@pytest.fixture
def page(qtbot: QtBot, library: Library, existing: tuple[JournalPaths, str]) -> Iterator[HoursPage]:
    """The page over a journal whose sessions, notes, trainings and reflections carry markers;
    its renewal year runs from 1 September 2025 to 31 August 2026."""
    paths, _ = existing
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    assert isinstance(session.journal, Journal)
    fill(session.journal)
    session.journal.exchange.set_setting(START_KEY, "2025-09-01")
    for training in (
        Training(dt.date(2025, 10, 2), "Attachment basics", 360, "Alliance", notes=TRAINING_NOTE),
        Training(
            dt.date(2026, 1, 15),
            "<b>Culture</b> & care",
            90,
            "State AIMH",
            TrainingCategory.DIVERSITY_EQUITY_INCLUSION,
            notes=TRAINING_NOTE,
        ),
        Training(dt.date(2025, 8, 1), "Before this year", 60),
    ):
        session.journal.save_training(training)
    page = HoursPage(library, session, session.changes, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    yield page
    session.lock()


def _journal(page: HoursPage) -> Journal:
    journal = page._port.journal  # type: ignore[attr-defined]
    assert isinstance(journal, Journal)
    return journal


def _calm(journal: Journal, words: str = CALM) -> Reflection:
    return journal.add_reflection(
        Reflection(
            visit_date=dt.date(2026, 2, 20),
            family_code="QZX-917",
            template_id="after-visit",
            answers=(
                Answer("after-visit.what-happened", words),
                Answer("after-visit.my-reactions", f"Only for me {PRIVATE}", private=True),
            ),
            notes=f"Other notes {NOTES}",
        )
    )


def _dialog(qtbot: QtBot, page: HoursPage, target: Path) -> PortfolioDialog:
    qtbot.mouseClick(page.portfolio_button, Qt.MouseButton.LeftButton)
    dialog = page.portfolio.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.path.setText(str(target))
    return dialog


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def test_a_pdf_portfolio_of_the_renewal_year_with_nothing_of_the_family(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    _calm(_journal(page))
    target = tmp_path / "portfolio.pdf"
    dialog = _dialog(qtbot, page, target)
    # The renewal year, a PDF, no reflections: the defaults.
    assert dialog.choice().first_day == dt.date(2025, 9, 1)
    assert dialog.choice().last_day == dt.date(2026, 8, 31)
    assert dialog.pdf.isChecked() and not dialog.include.isChecked()
    assert not dialog.reflections.isVisible()
    assert dialog.warning.text() == (
        f"This file is not encrypted: it goes to {target}, where anyone who can open that "
        "folder can read it."
    )
    assert unnamed_controls(dialog) == []
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    assert page.message.text() == "Saved portfolio.pdf. It holds no notes and no reflections."
    text = pdf_text(target.read_bytes())
    words = _plain(text)
    for expected in (
        "Endorsement portfolio",
        "From 1 September 2025 to 31 August 2026",
        "Reflective supervision by month and provider",
        "February 2026",
        "Dana Reyes",
        "Training by category",
        "Attachment basics",
        "<b>Culture</b> & care",  # as typed, never as markup
        "Diversity, equity and inclusion",
    ):
        assert _plain(expected) in words, expected
    assert _plain("Before this year") not in words
    for marker in (*MARKERS, TRAINING_NOTE, CALM, PRIVATE, NOTES):
        assert _plain(marker) not in words, marker


def test_a_csv_portfolio_follows_the_format_and_dates_chosen(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, page, tmp_path / "portfolio.pdf")
    dialog.csv.click()
    assert dialog.path.text() == str(tmp_path / "portfolio.csv")
    assert str(tmp_path / "portfolio.csv") in dialog.warning.text()
    dialog.first.setDate(dialog.first.date().addMonths(5))  # from 1 February 2026
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    data = (tmp_path / "portfolio.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Endorsement portfolio", "2026-02-01", "2026-08-31"]
    titles = [r[1] for r in rows if len(r) == 6 and r[0].startswith("202")]
    assert "Attachment basics" not in titles  # 2 October 2025: before the first day chosen
    assert "<b>Culture</b> & care" not in titles
    assert ["Reflective supervision", "150", "2.5"] in rows


def test_reflections_go_in_only_when_chosen_without_code_notes_or_private_answers(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    calm = _calm(_journal(page))
    target = tmp_path / "portfolio.csv"
    dialog = _dialog(qtbot, page, target)
    dialog.csv.click()
    dialog.reflections.tick(calm.uuid)  # ticked while the list is hidden: not chosen
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    assert CALM not in target.read_text(encoding="utf-8-sig")

    dialog = _dialog(qtbot, page, target)
    dialog.csv.click()
    dialog.include.click()
    assert dialog.reflections.isVisible()
    # Only her own reflections are offered, never one a supervisee shared.
    offered = [
        dialog.reflections.list.item(i).text() for i in range(dialog.reflections.list.count())
    ]
    assert not any(label.startswith("Shared by") for label in offered)
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "No reflection is ticked. Tick the ones to include, or untick Include a few reflections."
    ]
    dialog.reflections.tick(calm.uuid)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # nothing to flag
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    text = target.read_text(encoding="utf-8-sig")
    assert ["2026-02-20", "In a sentence or two, what happened on this visit?", CALM] in list(
        csv.reader(io.StringIO(text))
    )
    for kept_back in ("QZX-917", PRIVATE, NOTES, *MARKERS):
        assert kept_back.casefold() not in text.casefold(), kept_back
    assert page.message.text() == (
        "Saved portfolio.csv, with the reflections you chose. It is not encrypted."
    )


def test_the_check_shows_what_may_identify_someone_before_anything_is_written(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    flagged = _calm(_journal(page), "Call her at 555-123-4567 before the visit.")
    target = tmp_path / "portfolio.pdf"
    asked: list[tuple[str, str]] = []
    page.edit_requested.connect(lambda uuid, prompt: asked.append((uuid, prompt)))
    dialog = _dialog(qtbot, page, target)
    dialog.include.click()
    dialog.reflections.tick(flagged.uuid)
    seen: list[str] = []

    def look_then_go_back(check: QDialog) -> None:
        seen.extend(label.text() for label in check.findChildren(QLabel))
        check.back_button.click()  # type: ignore[attr-defined]

    answer_dialogs(look_then_go_back)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    assert "1 place may identify someone" in seen
    assert not any(PRIVATE in text or NOTES in text for text in seen)
    assert asked == [(flagged.uuid, "after-visit.what-happened")]
    assert not target.exists()

    dialog = _dialog(qtbot, page, target)
    dialog.include.click()
    dialog.reflections.tick(flagged.uuid)
    click_in_next_dialog("Share anyway")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    words = _plain(pdf_text(target.read_bytes()))
    assert _plain("555-123-4567") in words  # her choice, once she had seen it
    assert _plain("QZX-917") not in words and _plain(PRIVATE) not in words


def test_wrong_dates_or_a_folder_that_cannot_be_written_are_said_and_nothing_is_lost(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, page, tmp_path / "no such folder" / "portfolio.pdf")
    dialog.include.click()
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # nothing ticked
    dialog.include.click()
    dialog.last.setDate(dialog.first.date().addDays(-1))
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.last.setDate(dialog.first.date().addYears(1))
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert seen[1:] == [
        "The first day is after the last. Choose the dates again.",
        "The file could not be written there. Choose another folder, or check that there "
        "is space on the disk.",
    ]
    assert page.portfolio.dialog is dialog and dialog.isVisible()  # all still as chosen
    assert dialog.path.text() == str(tmp_path / "no such folder" / "portfolio.pdf")
    dialog.reject()


def test_locking_closes_the_dialog_and_its_list_of_reflections(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    _calm(_journal(page))
    dialog = _dialog(qtbot, page, tmp_path / "portfolio.pdf")
    dialog.include.click()
    page.clear()  # as locking does
    assert page.portfolio.dialog is None
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not (tmp_path / "portfolio.pdf").exists()
