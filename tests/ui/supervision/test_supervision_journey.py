"""The supervision journey, end to end: two journals in two folders, a visitor and a supervisor.

They pair; the visitor shares two of five reflections (one with a private answer); the
supervisor imports, comments on a reflection and on an answer, and replies; the visitor
imports and sees both comments in place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Answer, Reflection
from reflect.ui.hours.hours_page import HoursPage
from reflect.ui.journal.row_text import badges
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.supervision_tabs import ready_to_share
from tests.helpers.windows import PASSPHRASE, nav, open_window, settled

PRIVATE = "PRIVATE-ANSWER-TEXT"


def _log_session(qtbot: QtBot, window: MainWindow, provider: str, notes: str) -> HoursPage:
    nav(window, "Hours")
    hours = window.hours_page
    qtbot.mouseClick(hours.log_button, Qt.MouseButton.LeftButton)
    form = hours.form
    assert form is not None
    form.minutes.selectAll()
    qtbot.keyClicks(form.minutes, "90")
    qtbot.keyClicks(form.provider.lineEdit(), provider)
    qtbot.keyClicks(form.notes, notes)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hours.form is None)
    return hours


def five_visits() -> list[Reflection]:
    visits = []
    for day in range(1, 6):
        answers = [
            Answer("after-visit.what-happened", f"Visit {day}: baby reached for the spoon."),
            Answer("after-visit.seen", f"Mum noticed him reaching on day {day}."),
        ]
        if day == 2:
            answers.append(Answer("after-visit.my-reactions", PRIVATE, private=True))
        visits.append(
            Reflection(dt.date(2026, 11, day), "KL", "after-visit", answers=tuple(answers))
        )
    return visits


def _pair(visitor: MainWindow, supervisor: MainWindow) -> None:
    for window in (visitor, supervisor):
        nav(window, "Supervision")
        assert window.supervision_page.tabs.currentWidget() is window.supervision_page.people
    for me, other, name, as_supervisor in (
        (visitor, supervisor, "Dana", True),
        (supervisor, visitor, "Sam", False),
    ):
        people = me.supervision_page.people
        people.name.setText(name)
        (people.as_supervisor if as_supervisor else people.as_supervisee).setChecked(True)
        people.line.setPlainText(other.supervision_page.people.key_line.text())
        people.add_button.click()
        assert name in people.outcome.text()
        assert other.supervision_page.people.fingerprint.text() in people.outcome.text()
        item = people.people.topLevelItem(0)
        assert item.text(0) == name and item.text(3) == "Not yet"
        item.setCheckState(3, Qt.CheckState.Checked)  # "we compared fingerprints"
        assert people.people.topLevelItem(0).text(3) == "Yes"


def test_share_comment_reply_and_read_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    shared_folder = tmp_path / "agency-sync"
    shared_folder.mkdir()
    visitor = open_window(qtbot, tmp_path / "visitor", five_visits())
    supervisor = open_window(qtbot, tmp_path / "supervisor", [])
    _pair(visitor, supervisor)
    for window in (visitor, supervisor):
        nav(window, "Settings")
        window.settings_page.exchange.set_folder(shared_folder)
        assert window.settings_page.exchange.folder.text() == str(shared_folder)

    # The visitor marks two of five reflections "Bring to supervision" in the editor.
    nav(visitor, "Journal")
    page = visitor.journal_page
    uuids = [page.list_pane.model.summary_at(r).uuid for r in range(5)]
    chosen = [uuids[3], uuids[1]]  # 2 Nov (with a private answer) and 4 Nov
    for uuid in chosen:
        page.open_reflection(uuid)
        page.editor.share.click()
    nav(visitor, "Supervision")
    share = visitor.supervision_page.share
    visitor.supervision_page.tabs.setCurrentWidget(share)
    assert share.chosen.count() == 2
    assert share.supervisor.currentText() == "Dana"
    preview = share.preview.toPlainText()
    assert PRIVATE not in preview
    assert "Visit 2" in preview and "Visit 4" in preview and "Visit 1" not in preview
    assert "Not shared: 1 private answer, kept on this computer." in preview
    share.share_button.click()
    assert "Shared 2 reflections with Dana" in share.outcome.text()
    assert share.chosen.count() == 0  # shared now, so no longer waiting
    assert [p.suffix for p in shared_folder.iterdir()] == [".reflect-packet"]

    # The supervisor imports from the exchange folder and finds them under Sam.
    inbox = supervisor.supervision_page.inbox
    supervisor.supervision_page.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: "from Sam" in inbox.waiting.item(0).text())  # looked for aside
    assert inbox.waiting.count() == 1
    inbox.import_button.click()
    assert inbox.outcome.text() == "Importing…"  # beside the window, which goes on
    assert not inbox.import_button.isEnabled()
    settled(supervisor)
    assert "2 reflections from Sam" in inbox.outcome.text()
    assert (shared_folder / "imported").is_dir()
    shared = supervisor.supervision_page.shared
    supervisor.supervision_page.tabs.setCurrentWidget(shared)
    group = shared.tree.topLevelItem(0)
    assert group.text(0) == "Sam" and group.childCount() == 2
    shared.tree.setCurrentItem(group.child(1))  # 2 Nov, the one with a private answer
    assert PRIVATE not in shared.reader.toPlainText()
    assert "Visit 2" in shared.reader.toPlainText()
    qtbot.keyClicks(shared.comment, "What did it feel like to watch him reach?")
    shared.save_button.click()
    shared.reader.anchorClicked.emit(QUrl("comment:after-visit.seen"))
    assert shared.about.currentData() == "after-visit.seen"
    qtbot.keyClicks(shared.comment, "Lovely noticing of her noticing.")
    shared.save_button.click()
    assert "not sent yet" in shared.reader.toPlainText()
    assert shared.reply_button.text() == "Send reply to Sam…"
    shared.reply_button.click()
    assert "Reply for Sam saved" in shared.outcome.text()
    assert not shared.reply_button.isEnabled()

    # The visitor comes back later: unlocking says a packet is waiting.
    visitor.lock()
    qtbot.keyClicks(visitor.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(visitor.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(
        lambda: "1 packet waiting for you" in visitor.status_label.text(), timeout=5_000
    )

    # The visitor imports the reply; both comments are on the reflection, unread.
    nav(visitor, "Supervision")
    visitor_inbox = visitor.supervision_page.inbox
    visitor.supervision_page.tabs.setCurrentWidget(visitor_inbox)
    qtbot.waitUntil(lambda: "Comments from Dana" in visitor_inbox.waiting.item(0).text())
    assert visitor_inbox.waiting.count() == 1
    visitor_inbox.import_button.click()
    settled(visitor)
    assert "2 new comments from Dana" in visitor_inbox.outcome.text()
    # ...and the status bar no longer says a packet is waiting.
    qtbot.waitUntil(lambda: "waiting" not in visitor.status_label.text(), timeout=5_000)
    nav(visitor, "Journal")
    row = page.list_pane.model.row_of(chosen[0])
    assert row is not None
    assert page.list_pane.model.summary_at(row).unread_comments == 2
    assert "2 new comments" in " ".join(badges(page.list_pane.model.summary_at(row)))
    page.open_reflection(chosen[0])
    seen = page.editor.prompt_widget("after-visit.seen")
    assert seen is not None and seen.comments.isVisible()
    (on_answer,) = seen.comments.cards
    assert on_answer.body.text() == "Lovely noticing of her noticing."
    assert on_answer.byline.text().startswith("Dana · ")
    assert on_answer.new_mark is not None and on_answer.new_mark.isVisible()
    (whole,) = page.editor.supervision.comments.cards
    assert whole.body.text() == "What did it feel like to watch him reach?"
    qtbot.waitUntil(
        lambda: page.list_pane.model.summary_at(row).unread_comments == 0, timeout=5_000
    )
    assert page.editor.reflection is not None
    assert page.editor.reflection.answer("after-visit.my-reactions") is not None  # untouched

    # Both log the session they had, and see their hours grow; the export is family-free.
    for window, provider in ((visitor, "Dana"), (supervisor, "Dana (providing)")):
        hours = _log_session(qtbot, window, provider, "KL watched the spoon")
        assert hours.progress.summary.text() == "1.5 of 24 hours"
        csv_file = tmp_path / f"{provider}.csv"
        click_in_next_dialog("Save it")  # after the warning that the file is not encrypted
        assert hours.export_csv(str(csv_file))
        exported = csv_file.read_text(encoding="utf-8-sig")
        assert provider in exported
        for family in ("KL", "spoon", "Visit 2", PRIVATE):
            assert family not in exported


def test_the_identifier_check_offers_edit_or_share_anyway(qtbot: QtBot, tmp_path: Path) -> None:

    flagged, visitor, share, out = ready_to_share(
        qtbot, tmp_path, "Gran said to call her on 555-123-4567."
    )
    assert "not compared fingerprints with Dana" in share.supervisor_hint.text()

    click_in_next_dialog("Go back and edit")
    share.share_button.click()
    assert list(out.iterdir()) == []  # nothing written
    assert visitor.pages.currentWidget() is visitor.journal_page
    editor = visitor.journal_page.editor
    assert editor.reflection is not None and editor.reflection.uuid == flagged.uuid

    nav(visitor, "Supervision")
    click_in_next_dialog("Share anyway")
    share.share_button.click()
    assert [p.suffix for p in out.iterdir()] == [".reflect-packet"]
    assert "Shared 1 reflection with Dana" in share.outcome.text()


def _press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())


def test_every_supervision_action_has_a_menu_entry_and_a_shortcut(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "journal", [])
    page = window.supervision_page
    for keys, expected in (
        ("Ctrl+3", page),
        ("Ctrl+4", window.hours_page),
        ("Ctrl+5", window.self_care_page),
        ("Ctrl+6", window.settings_page),
        ("Ctrl+2", window.cards_page),
        ("Ctrl+1", window.journal_page),
    ):
        _press(qtbot, window, keys)
        assert window.pages.currentWidget() is expected, keys
    for keys, tab in (
        ("Ctrl+Shift+S", page.share),
        ("Ctrl+Shift+W", page.shared),
        ("Ctrl+Shift+P", page.people),
    ):
        _press(qtbot, window, keys)
        assert window.pages.currentWidget() is page and page.tabs.currentWidget() is tab
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Journal", "Go", "Supervision", "Help"]
    _press(qtbot, window, "Ctrl+Shift+L")
    form = window.hours_page.form
    assert form is not None and window.pages.currentWidget() is window.hours_page
    form.reject()


def test_locking_during_the_check_closes_it_and_shares_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.helpers.dialogs import answer_dialogs

    _, visitor, share, out = ready_to_share(qtbot, tmp_path, "Her number is 555-123-4567.")
    seen: list[str] = []

    def lock_while_open(dialog: object) -> None:
        seen.append(type(dialog).__name__)
        visitor.idle.lock_now.emit()  # the idle timer runs out while the check is open

    answer_dialogs(lock_while_open)
    share.share_button.click()
    assert seen == ["IdentifierCheckDialog"]
    assert visitor.stack.currentWidget() is visitor.entry.unlock_page
    assert list(out.iterdir()) == []
    assert share.preview.toPlainText() == "" and share.chosen.count() == 0


def test_a_draft_comment_stays_with_its_reflection(qtbot: QtBot, tmp_path: Path) -> None:
    shared_folder = tmp_path / "sync"
    shared_folder.mkdir()
    visitor = open_window(qtbot, tmp_path / "visitor", five_visits())
    supervisor = open_window(qtbot, tmp_path / "supervisor", [])
    _pair(visitor, supervisor)
    uuids = [r.uuid for r in visitor.session.journal.list_reflections().items[:2]]
    visitor.session.supervision().export_share(
        supervisor.session.supervision().my_contact().key_id, uuids, shared_folder
    )
    (packet,) = shared_folder.iterdir()
    supervisor.session.supervision().import_file(packet)
    shared = supervisor.supervision_page.shared
    supervisor.supervision_page.tabs.setCurrentWidget(shared)
    group = shared.tree.topLevelItem(0)
    shared.tree.setCurrentItem(group.child(0))
    qtbot.keyClicks(shared.comment, "Half a thought about the first")
    shared.tree.setCurrentItem(group.child(1))
    assert shared.comment.toPlainText() == ""
    shared.tree.setCurrentItem(group.child(0))
    assert shared.comment.toPlainText() == "Half a thought about the first"
    people = supervisor.supervision_page.people
    supervisor.supervision_page.tabs.setCurrentWidget(people)
    people.people.setCurrentItem(people.people.topLevelItem(0))
    assert people.compare_button.text() == "Mark as not compared"
    people.compare_button.click()
    assert people.people.topLevelItem(0).text(3) == "Not yet"
    assert not supervisor.session.supervision().contacts()[0].verified
