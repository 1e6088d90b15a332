"""The Share tab when the packet cannot go: the sentence is shown and the ticks stay."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.domain import packet_limits
from reflect.domain.reflection import ShareState
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.supervision_tabs import ready_to_share


def test_an_unplugged_exchange_folder_is_named_and_nothing_is_shared(
    qtbot: QtBot, tmp_path: Path
) -> None:
    flagged, visitor, share, out = ready_to_share(qtbot, tmp_path, "A quiet visit, lots of play.")
    out.rmdir()  # the USB stick is unplugged
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    share.share_button.click()
    expected = f"The exchange folder {out} could not be found."
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith(expected)
    assert share.outcome.text().startswith(expected)
    assert share.outcome.text().endswith("Nothing was marked shared.")
    assert share.chosen.count() == 1
    assert share.chosen.item(0).checkState() == Qt.CheckState.Checked
    assert list(tmp_path.glob("out*")) == []
    assert visitor.session.get(flagged.uuid).share_state == ShareState.TO_SHARE
    # The Inbox says the same about the folder, once it has looked.
    inbox = visitor.supervision_page.inbox
    visitor.supervision_page.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(
        lambda: f"The exchange folder {out} could not be opened" in inbox.folder_label.text()
    )


def test_a_reflection_too_long_to_share_is_named_before_the_check(
    qtbot: QtBot, tmp_path: Path
) -> None:
    long_answer = "We played. " * (packet_limits.MAX_TEXT // 10)
    flagged, visitor, share, out = ready_to_share(qtbot, tmp_path, long_answer)
    assert "9 November 2026 · RT (an answer is longer" in share.preview.toPlainText()
    seen: list[str] = []
    click_in_next_dialog("OK", seen)  # the only dialog: no identifier check comes first
    share.share_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "9 November 2026 · RT (an answer is longer than 100,000 characters)" in seen[0]
    assert "We played" not in share.outcome.text()
    assert "9 November 2026 · RT" in share.outcome.text()
    assert share.chosen.item(0).checkState() == Qt.CheckState.Checked
    assert list(out.iterdir()) == []
    assert visitor.session.get(flagged.uuid).share_state == ShareState.TO_SHARE


def test_a_comment_too_long_to_send_is_refused_and_stays_in_its_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from reflect.domain.contact import ContactRole
    from reflect.exchange.supervision import Supervision
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths
    from tests.helpers.exchange_pair import visit
    from tests.helpers.passphrases import PASSPHRASE
    from tests.helpers.windows import nav, open_window

    supervisor = open_window(qtbot, tmp_path / "supervisor", [])
    visitor_journal, _ = Journal.create(JournalPaths(tmp_path / "visitor"), PASSPHRASE)
    visitor = Supervision(visitor_journal)
    mine = supervisor.session.supervision()
    visitor.add_contact("Dana", mine.my_contact().line, ContactRole.SUPERVISOR)
    mine.add_contact("Sam", visitor.my_contact().line, ContactRole.SUPERVISEE)
    uuid = visitor_journal.add_reflection(visit("shared")).uuid
    mine.import_file(visitor.export_share_as(mine.my_contact().key_id, [uuid], tmp_path / "p"))
    visitor_journal.close()
    nav(supervisor, "Supervision")
    shared = supervisor.supervision_page.shared
    supervisor.supervision_page.tabs.setCurrentWidget(shared)
    shared.tree.setCurrentItem(shared.tree.topLevelItem(0).child(0))
    too_long = "Think about the bath routine. " * (packet_limits.MAX_TEXT // 29)
    shared.comment.setPlainText(too_long)
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    shared.save_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "too long to send" in seen[0] and "Your text is still here" in seen[0]
    assert shared.comment.toPlainText() == too_long
    assert mine.my_comments(mine.contacts()[0].key_id) == []


def test_settings_say_when_the_exchange_folder_is_missing(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.helpers.windows import nav

    _flagged, visitor, _share, out = ready_to_share(qtbot, tmp_path, "A quiet visit.")
    out.rmdir()
    nav(visitor, "Settings")
    exchange = visitor.settings_page.exchange
    assert exchange.folder.text() == str(out)  # still chosen: plugging the drive back is enough
    assert f"The exchange folder {out} cannot be found right now" in exchange.outcome.text()
