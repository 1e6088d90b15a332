"""The Inbox over a busy exchange folder: the window stays responsive, refusals stay visible."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from reflect.domain.contact import ContactRole
from reflect.exchange.identity import Identity
from reflect.exchange.packet import seal
from reflect.exchange.supervision import packet_file_name
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.inbox_tab import InboxTab
from tests.helpers.crowded_folder import crowd
from tests.helpers.windows import nav, settled


def _inbox(window: MainWindow) -> InboxTab:
    nav(window, "Supervision")
    return window.supervision_page.inbox


def _from_a_supervisee(window: MainWindow, folder: Path, kind: str = "supervision") -> Path:
    """A packet from a new supervisee of this journal, dropped into `folder`."""
    sam = Identity.generate()
    window.session.supervision().add_contact("Sam", sam.public().line, ContactRole.SUPERVISEE)
    me = window.session.supervision().my_contact()
    body: dict[str, object] = {"reflections": []} if kind == "supervision" else {"comments": []}
    raw, header = seal(sam, me, kind, body, sequence=1)
    path = folder / packet_file_name(kind, header.created_at, header.packet_id)
    path.write_bytes(raw)
    return path


def test_ten_thousand_files_never_block_the_window(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "agency-sync"
    folder.mkdir()
    crowd(folder, unrelated=10_000, foreign=300)
    mine = _from_a_supervisee(unlocked, folder)
    unlocked.session.supervision().set_exchange_folder(folder)
    inbox = _inbox(unlocked)
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    last[0] = time.monotonic()
    unlocked.supervision_page.tabs.setCurrentWidget(inbox)
    assert "Looking for packets" in inbox.waiting.item(0).text()
    qtbot.waitUntil(lambda: "from Sam" in inbox.waiting.item(0).text(), timeout=20_000)
    timer.stop()
    assert inbox.waiting.count() == 1
    assert inbox.waiting.item(0).data(Qt.ItemDataRole.UserRole) == str(mine)
    assert gaps, "the window kept ticking while the folder was looked through"
    assert max(gaps) < 0.25, f"the window was blocked for {max(gaps) * 1000:.0f} ms"


def test_locking_during_a_scan_stops_it(qtbot: QtBot, unlocked: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "agency-sync"
    folder.mkdir()
    crowd(folder, unrelated=2_000, foreign=300)
    unlocked.session.supervision().set_exchange_folder(folder)
    inbox = _inbox(unlocked)
    unlocked.supervision_page.tabs.setCurrentWidget(inbox)
    unlocked.lock()
    started = time.monotonic()
    assert QThreadPool.globalInstance().waitForDone(5_000)
    assert time.monotonic() - started < 1  # stopped at the next file, not at the end
    qtbot.wait(50)
    assert inbox.waiting.count() == 0  # nothing from the scan arrived after the lock


def test_a_refused_packet_stays_listed_with_its_reason_until_dismissed(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "agency-sync"
    folder.mkdir()
    wrong = _from_a_supervisee(unlocked, folder, kind="reply")  # a supervisee cannot reply
    unlocked.session.supervision().set_exchange_folder(folder)
    inbox = _inbox(unlocked)
    unlocked.supervision_page.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: "from Sam" in inbox.waiting.item(0).text())
    inbox.import_button.click()
    settled(unlocked)
    assert "does not fit how you are paired" in inbox.outcome.text()
    qtbot.waitUntil(lambda: wrong.name in inbox.waiting.item(0).text())
    assert "does not fit how you are paired" in inbox.waiting.item(0).text()
    assert not wrong.exists() and (folder / "refused" / wrong.name).is_file()
    assert not inbox.dismiss_button.isEnabled()
    inbox.waiting.setCurrentRow(0)
    assert inbox.dismiss_button.isEnabled()
    inbox.dismiss_button.click()
    qtbot.waitUntil(lambda: "Nothing new" in inbox.waiting.item(0).text())
    assert unlocked.session.supervision().refused.all() == []
    assert (folder / "refused" / wrong.name).is_file()
