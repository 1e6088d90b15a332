"""Supervision's lists say each row's state in words, with what to do next, and an empty
list says how to fill it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.exchange.identity import Identity
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.state_rows import STATE_ROLE
from tests.helpers.supervision_tabs import people_tab
from tests.helpers.windows import nav

PAIRING = (
    "This packet does not fit how you are paired with its sender: reflections come from "
    "people you supervise, replies from your supervisor. Nothing was imported; check their "
    "role under People."
)


def _inbox_texts(qtbot: QtBot, window: MainWindow) -> list[str]:
    nav(window, "Supervision")
    page = window.supervision_page
    page.tabs.setCurrentWidget(page.inbox)
    waiting = page.inbox.waiting
    qtbot.waitUntil(lambda: waiting.count() > 0 and "Looking" not in waiting.item(0).text())
    return [waiting.item(i).text() for i in range(waiting.count())]


def test_a_refused_packet_shows_its_reason_and_the_next_step(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "exchange"
    folder.mkdir()
    supervision = unlocked.session.supervision()
    supervision.set_exchange_folder(folder)
    supervision.refused.add("reply-2026-11-20.reflect-packet", PAIRING)
    (row,) = _inbox_texts(qtbot, unlocked)
    first, second = row.split("\n")
    assert first == "Not imported: reply-2026-11-20.reflect-packet"
    assert second == PAIRING + " Dismiss takes it off this list."
    item = unlocked.supervision_page.inbox.waiting.item(0)
    assert item.data(STATE_ROLE) == "REFUSED" and not item.icon().isNull()
    assert not unlocked.supervision_page.inbox.import_button.isEnabled()


def test_an_empty_inbox_says_where_packets_come_from(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "exchange"
    folder.mkdir()
    unlocked.session.supervision().set_exchange_folder(folder)
    (row,) = _inbox_texts(qtbot, unlocked)
    assert row.startswith("Nothing new.\n")
    assert "from your supervisor, or from the people you supervise" in row
    assert "Open a packet file" in row
    inbox = unlocked.supervision_page.inbox
    assert inbox.import_button.property("look") == "primary"
    assert not inbox.waiting.item(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_an_empty_people_list_says_how_to_add_a_supervisor(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    people = people_tab(unlocked)
    assert people.no_people.isVisible() and not people.people.isVisible()
    assert people.no_people.title.text() == "No one here yet"
    assert "To add your supervisor, ask them for their exchange key" in people.no_people.text.text()
    assert not people.compare_button.isVisible()
    assert people.add_button.property("look") == "primary"
    people.name.setText("Dana")
    people.line.setPlainText(Identity.generate().public().line)
    people.add_button.click()
    assert not people.no_people.isVisible() and people.people.isVisible()
    row = people.people.topLevelItem(0)
    assert (row.text(0), row.text(1), row.text(3)) == ("Dana", "Supervisor", "Not yet")
    assert not row.icon(3).isNull()  # a mark beside "Not yet", never instead of it
