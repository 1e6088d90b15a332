"""Slow ways in (and other errands) run beside the window, which keeps answering."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reflect.domain.errors import JournalBusy, ReflectError, WrongPassphrase
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.windows import PASSPHRASE


@pytest.fixture
def paths(tmp_path: Path) -> JournalPaths:
    made = JournalPaths(tmp_path / "journal")
    Journal.create(made, PASSPHRASE)[0].close()
    return made


def test_the_window_keeps_ticking_while_the_key_is_derived(
    qtbot: QtBot, paths: JournalPaths
) -> None:
    session = JournalSession(paths)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    opened: list[bool] = []
    session.begin_unlock(PASSPHRASE, lambda: opened.append(True), pytest.fail)
    assert not session.is_open  # nothing waited for on this thread
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    timer.stop()
    assert session.is_open
    assert len(ticks) >= 5  # the key derivation alone takes about 0.2 s
    session.lock()


def test_a_wrong_passphrase_comes_back_as_its_sentence(qtbot: QtBot, paths: JournalPaths) -> None:
    session = JournalSession(paths)
    errors: list[ReflectError] = []
    session.begin_unlock("not the passphrase", pytest.fail, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert isinstance(errors[0], WrongPassphrase)
    assert not session.is_open


def test_locking_while_it_opens_leaves_it_closed(qtbot: QtBot, paths: JournalPaths) -> None:
    session = JournalSession(paths)
    unlocked: list[bool] = []
    session.changes.unlocked.connect(lambda: unlocked.append(True))
    session.begin_unlock(PASSPHRASE, pytest.fail, pytest.fail)
    session.lock()  # Lock (or Quit) pressed before the journal arrived
    qtbot.waitUntil(lambda: not session.errands.busy, timeout=15_000)
    assert not session.is_open and not unlocked
    Journal.open(paths, PASSPHRASE).close()  # it let go of the journal


def test_an_unexpected_failure_is_a_calm_sentence_without_its_message(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    from reflect.session.errands import Errands

    errands = Errands()
    errors: list[ReflectError] = []

    def breaks() -> None:
        raise ValueError("words from the journal")

    with caplog.at_level(logging.ERROR):
        errands.run("backup", breaks, pytest.fail, errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "try again" in errors[0].sentence
    assert "words from the journal" not in caplog.text
    assert "ValueError" in caplog.text


def test_errands_run_one_after_another_in_order(qtbot: QtBot) -> None:
    from reflect.session.errands import Errands

    errands = Errands()
    order: list[int] = []
    for n in range(5):
        errands.run("n", lambda n=n: n, order.append, pytest.fail)  # type: ignore[misc]
    qtbot.waitUntil(lambda: not errands.busy, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_lock_during_a_restore_closes_the_journal_once_it_is_whole(
    qtbot: QtBot, paths: JournalPaths
) -> None:
    from tests.helpers.journals import reflection
    from tests.helpers.sessions import unlocked_session

    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        kept = journal.add_reflection(reflection("in the backup"))
        backup = journal.create_backup()
        journal.add_reflection(reflection("after the backup"))
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    assert session.journal is not None
    session.journal.wait_for_background()
    session.begin_restore(backup.name, pytest.fail, pytest.fail)
    assert session.restoring
    with pytest.raises(JournalBusy):  # nothing else reads or writes it meanwhile
        session.backups()
    session.lock()  # the lock screen shows at once; the restore is not cut short
    assert not session.is_open
    qtbot.waitUntil(lambda: not session.errands.busy, timeout=30_000)
    assert not session.restoring
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:  # let go, and whole
        assert [s.uuid for s in journal.list_reflections().items] == [kept.uuid]


def test_back_up_now_is_taken_beside_the_window(qtbot: QtBot, paths: JournalPaths) -> None:
    from reflect.domain.backup import Backup
    from tests.helpers.journals import add_long_reflections
    from tests.helpers.sessions import unlocked_session

    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        add_long_reflections(journal, 2000)
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    assert session.journal is not None
    session.journal.wait_for_background()
    taken: list[Backup] = []
    session.begin_backup_now(taken.append, pytest.fail)
    assert not taken  # the call returns at once; the window goes on
    qtbot.waitUntil(lambda: bool(taken), timeout=30_000)
    assert taken[0].reason == "manual"
    assert taken[0].name in {b.name for b in session.backups()}
    session.lock()


def test_a_newer_search_replaces_one_still_waiting(qtbot: QtBot) -> None:
    """Typing "laugh" letter by letter while a slow errand runs searches once, for "laugh",
    not once per letter; other errands keep their turn."""
    import threading

    from reflect.session.errands import Errands

    errands = Errands()
    release = threading.Event()
    answered: list[str] = []
    errands.run("backup", lambda: release.wait(5), lambda _: answered.append("backup"), pytest.fail)
    for typed in ("lau", "laug", "laugh"):
        errands.run("search", lambda t=typed: t, answered.append, pytest.fail, only_latest=True)
    errands.run("restore", lambda: "restore", answered.append, pytest.fail)
    release.set()
    qtbot.waitUntil(lambda: not errands.busy, timeout=5000)
    assert answered == ["backup", "laugh", "restore"]
