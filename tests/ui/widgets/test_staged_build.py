"""The workspace is built a page per turn of the event loop, so the window keeps painting
while the key is derived; whatever is left is built at once when it is needed."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from reflect.ui.widgets.staged_build import StagedBuild


def _steps(done: list[int]) -> Iterator[None]:
    for n in range(4):
        done.append(n)
        yield


def test_one_step_per_turn_then_all_at_once_when_needed(qtbot: QtBot) -> None:
    done: list[int] = []
    build = StagedBuild(_steps(done))
    build.start()
    assert done == []  # nothing on the turn that asked
    QCoreApplication.processEvents()
    assert done == [0]
    build.finish()  # the journal opened: the rest now
    assert done == [0, 1, 2, 3] and build.done
    QCoreApplication.processEvents()  # a step already queued finds nothing left to do
    assert done == [0, 1, 2, 3]


def test_left_alone_it_finishes_by_itself(qtbot: QtBot) -> None:
    done: list[int] = []
    build = StagedBuild(_steps(done))
    build.start()
    qtbot.waitUntil(lambda: build.done, timeout=2000)
    assert done == [0, 1, 2, 3]


def test_what_waits_for_the_build_runs_once_after_its_last_step(qtbot: QtBot) -> None:
    done: list[int] = []
    build = StagedBuild(_steps(done))
    build.start()
    QCoreApplication.processEvents()
    build.then(lambda: done.append(99))  # the key is ready before the last pages
    assert done == [0]  # the window is not held while the rest is built
    qtbot.waitUntil(lambda: 99 in done, timeout=2000)
    assert done == [0, 1, 2, 3, 99] and build.done
    build.then(lambda: done.append(100))  # once built, at once
    assert done == [0, 1, 2, 3, 99, 100]
