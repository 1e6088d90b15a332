"""Before an export and for a printer, through the session: the check for names over what
would be exported (with the visitor's never-write words, stoppable like an export), and
reflections gathered as the PDF lays them out, in the screens' language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.content import load_library
from reflect.domain.errors import ExportStopped, ReflectError
from reflect.domain.export_request import ExportScope
from reflect.exchange.export_check import ExportFindings
from reflect.exchange.printable import Printable
from reflect.session.journal_session import JournalSession
from reflect.session.never_write import NEVER_WRITE
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.full_journal import PRIVATE_WORDS, Filled, fill
from tests.helpers.many_reflections import many
from tests.helpers.passphrases import FAST, PASSPHRASE
from tests.helpers.sessions import unlocked_session

LIBRARY = load_library(language="en")


@pytest.fixture
def filled(tmp_path: Path) -> tuple[JournalPaths, Filled]:
    paths = JournalPaths(tmp_path / "journal")
    with Journal.create(paths, PASSPHRASE, kdf=FAST)[0] as journal:
        made = fill(journal)
        journal.exchange.set_setting(NEVER_WRITE, "window\n")
    return paths, made


@pytest.fixture
def session(qtbot: QtBot, filled: tuple[JournalPaths, Filled]) -> Iterator[JournalSession]:
    opened = unlocked_session(qtbot, filled[0], PASSPHRASE)
    yield opened
    opened.lock()
    qtbot.waitUntil(lambda: not opened.errands.busy, timeout=15_000)


def _finish(qtbot: QtBot, session: JournalSession) -> None:
    qtbot.waitUntil(lambda: not session.errands.busy, timeout=60_000)


def test_the_check_finds_the_never_write_words_in_what_would_go(
    qtbot: QtBot, session: JournalSession, filled: tuple[JournalPaths, Filled]
) -> None:
    found: list[ExportFindings] = []
    session.begin_export_check(ExportScope.everything(), False, found.append, pytest.fail)
    assert session.transferring  # the status bar's Cancel can stop it
    _finish(qtbot, session)
    assert not session.transferring
    march = filled[1].reflections[0]
    assert [(p.reflection_uuid, p.flag.context) for p in found[0].places] == [
        (march.uuid, "…held the baby close by the window.")
    ]
    assert found[0].checked == 3


def test_cancel_stops_the_check(qtbot: QtBot, session: JournalSession) -> None:
    assert session.journal is not None
    session.journal.import_content(many(3000))
    failures: list[ReflectError] = []
    session.begin_export_check(ExportScope.everything(), True, pytest.fail, failures.append)
    session.stop_transfers()
    _finish(qtbot, session)
    assert isinstance(failures[0], ExportStopped)


def test_a_printout_is_the_pdf_s_rich_text_with_private_answers_only_when_asked(
    qtbot: QtBot, session: JournalSession, filled: tuple[JournalPaths, Filled]
) -> None:
    chosen = ExportScope.chosen((filled[1].reflections[0].uuid,))
    printed: list[Printable] = []
    for include in (False, True):
        session.begin_print(chosen, include, LIBRARY, printed.append, pytest.fail)
        _finish(qtbot, session)
    left_out, included = printed
    assert (left_out.title, left_out.page_number) == ("Reflections", "Page {page} of {pages}")
    assert left_out.reflections == 1
    assert "Mum held the baby close by the window." in left_out.rich_text
    assert PRIVATE_WORDS not in left_out.rich_text
    assert PRIVATE_WORDS in included.rich_text
    assert dataclasses.replace(included, rich_text="") == dataclasses.replace(
        left_out, rich_text=""
    )
