"""Exports and imports through the session: beside the window, with progress in the
status bar, and a Cancel (or a Lock) that leaves no file and adds nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reflect.content import load_library
from reflect.domain.errors import ExportStopped, ImportStopped, ReflectError
from reflect.domain.export_request import (
    ExportFormat,
    ExportOutcome,
    ExportRequest,
    ExportScope,
)
from reflect.domain.journal_export import JournalExport
from reflect.domain.journal_import import (
    ImportKind,
    ImportOutcome,
    ImportSummary,
    PreparedImport,
)
from reflect.domain.progress import Progress, Work
from reflect.domain.search import ReflectionFilter
from reflect.exchange.export_run import run_export
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.full_journal import PRIVATE_WORDS, Filled, fill
from tests.helpers.many_reflections import many
from tests.helpers.passphrases import FAST, PASSPHRASE
from tests.helpers.pdf_text import pdf_text
from tests.helpers.sessions import unlocked_session

LIBRARY = load_library(language="en")
MANY = 10_000


def _many() -> JournalExport:
    return many(MANY)


@pytest.fixture
def filled(tmp_path: Path) -> tuple[JournalPaths, Filled]:
    paths = JournalPaths(tmp_path / "journal")
    journal = Journal.create(paths, PASSPHRASE, kdf=FAST)[0]
    with journal:
        made = fill(journal)
    return paths, made


@pytest.fixture
def session(qtbot: QtBot, filled: tuple[JournalPaths, Filled]) -> Iterator[JournalSession]:
    opened = unlocked_session(qtbot, filled[0], PASSPHRASE)
    yield opened
    opened.lock()
    qtbot.waitUntil(lambda: not opened.errands.busy, timeout=15_000)


def _finish(qtbot: QtBot, session: JournalSession) -> None:
    qtbot.waitUntil(lambda: not session.errands.busy, timeout=60_000)


def test_a_pdf_of_chosen_reflections_prints_questions_and_answers(
    qtbot: QtBot, session: JournalSession, filled: tuple[JournalPaths, Filled], tmp_path: Path
) -> None:
    chosen = (filled[1].reflections[0].uuid,)
    target = tmp_path / "reflections.pdf"
    request = ExportRequest(target, ExportFormat.PDF, ExportScope.chosen(chosen))
    done: list[ExportOutcome] = []
    session.begin_export(request, LIBRARY, done.append, pytest.fail)
    _finish(qtbot, session)
    assert done[0].reflections == 1 and done[0].private_left_out == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    text = "".join(pdf_text(data).split())
    for expected in (
        LIBRARY.question("after-visit.what-happened"),
        "Mum held the baby close by the window.",
        "What did you notice in yourself then?",
        "2026-03-02 · AB-1",
    ):
        assert "".join(expected.split()) in text, expected
    assert "".join(PRIVATE_WORDS.split()) not in text


def _when_it_moves(session: JournalSession, then: Callable[[], None]) -> list[Progress]:
    """Watch what the status bar reads (every 5 ms) and call `then` once the export has
    gone some way, as a visitor pressing Cancel or Lock would; returns what was seen."""
    seen: list[Progress] = []
    timer = QTimer(session.changes)

    def look() -> None:
        seen.extend(p for p in session.errands.under_way() if p.work is Work.EXPORT)
        if seen and seen[-1].done:
            timer.stop()
            then()

    timer.timeout.connect(look)
    timer.start(5)
    return seen


def test_a_long_export_shows_its_progress_and_cancel_leaves_no_file(
    qtbot: QtBot, session: JournalSession, tmp_path: Path
) -> None:
    assert session.journal is not None
    session.journal.import_content(_many())
    target = tmp_path / "everything.md"
    failures: list[ReflectError] = []
    session.begin_export(
        ExportRequest(target, ExportFormat.MARKDOWN), LIBRARY, pytest.fail, failures.append
    )
    assert session.transferring
    seen = _when_it_moves(session, session.stop_transfers)
    _finish(qtbot, session)
    assert isinstance(failures[0], ExportStopped)
    assert not session.transferring
    assert [p.name for p in tmp_path.iterdir()] == ["journal"]  # no file, nothing half-made
    # The window read how far it had gone while it ran: part of the way, out of all of it.
    assert seen[-1].total == 2 * (MANY + 3) and 0 < seen[-1].done < seen[-1].total


def test_locking_during_an_export_leaves_no_file(
    qtbot: QtBot, session: JournalSession, tmp_path: Path
) -> None:
    assert session.journal is not None
    session.journal.import_content(_many())
    target = tmp_path / "everything.json"
    session.begin_export(
        ExportRequest(target, ExportFormat.JSON), LIBRARY, pytest.fail, pytest.fail
    )
    _when_it_moves(session, session.lock)
    _finish(qtbot, session)
    assert not session.is_open and not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["journal"]


def test_an_import_is_previewed_then_added_and_the_pages_hear_of_it(
    qtbot: QtBot, session: JournalSession, tmp_path: Path
) -> None:
    other = Journal.create(JournalPaths(tmp_path / "other"), PASSPHRASE, kdf=FAST)[0]
    with other:
        fill(other)
        path = tmp_path / "other.json"
        run_export(other, ExportRequest(path, ExportFormat.JSON), LIBRARY)
    prepared: list[PreparedImport] = []
    session.begin_import_preview(ImportKind.REFLECT, path, prepared.append, pytest.fail)
    _finish(qtbot, session)
    assert prepared[0].summary.new_reflections == 3
    changed: list[tuple[str, ...]] = []
    hours: list[bool] = []
    session.changes.reflections_changed.connect(changed.append)
    session.changes.hours_changed.connect(lambda: hours.append(True))
    done: list[ImportOutcome] = []
    session.begin_import(prepared[0], done.append, pytest.fail)
    _finish(qtbot, session)
    assert done[0].reflections == 3 and done[0].sessions == 2
    assert changed == [()] and hours == [True]
    assert len(session.list_page(ReflectionFilter(), None).items) == 6


def test_a_cancelled_import_adds_nothing(
    qtbot: QtBot, session: JournalSession, tmp_path: Path
) -> None:
    assert session.journal is not None
    before = session.journal.count_reflections()
    summary = ImportSummary(ImportKind.REFLECT, "many.json", MANY, MANY)
    prepared = PreparedImport(summary, journal=_many())
    failures: list[ReflectError] = []
    session.begin_import(prepared, pytest.fail, failures.append)
    session.stop_transfers()  # Cancel before it reached its first safe point
    _finish(qtbot, session)
    assert isinstance(failures[0], ImportStopped)
    assert session.journal.count_reflections() == before
