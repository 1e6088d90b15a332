"""Supervision forms from the keyboard: Enter in the name adds the person; in a multi-line
box Enter starts a new line and Ctrl+Enter does the form's step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.domain.contact import ContactRole
from reflect.exchange.identity import Identity
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.exchange_pair import visit
from tests.helpers.supervision_tabs import people_tab
from tests.helpers.windows import PASSPHRASE, nav


def test_enter_in_the_name_or_ctrl_enter_in_the_key_adds_the_person(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    people = people_tab(unlocked)
    dana, sam = Identity.generate().public(), Identity.generate().public()
    qtbot.keyClicks(people.name, "Dana")
    people.line.setFocus()
    qtbot.keyClicks(people.line, dana.line)
    qtbot.keyClick(people.line, Qt.Key.Key_Return)  # a new line in the box, nothing added
    assert people.line.toPlainText() == dana.line + "\n"
    assert unlocked.session.supervision().contacts() == []
    qtbot.keyClick(people.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in unlocked.session.supervision().contacts()] == ["Dana"]
    assert people.name.text() == "" and people.line.toPlainText() == ""

    people.line.setPlainText(sam.line)
    people.as_supervisee.setChecked(True)
    qtbot.keyClicks(people.name, "Sam")
    qtbot.keyClick(people.name, Qt.Key.Key_Return)
    added = {c.name: c.role for c in unlocked.session.supervision().contacts()}
    assert added == {"Dana": ContactRole.SUPERVISOR, "Sam": ContactRole.SUPERVISEE}
    assert people.people.topLevelItemCount() == 2


def test_enter_in_a_comment_starts_a_new_line_and_ctrl_enter_saves_it(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    mine = unlocked.session.supervision()
    journal, _ = Journal.create(JournalPaths(tmp_path / "sam"), PASSPHRASE)
    sam = Supervision(journal)
    sam.add_contact("Dana", mine.my_contact().line, ContactRole.SUPERVISOR)
    mine.add_contact("Sam", sam.my_contact().line, ContactRole.SUPERVISEE)
    uuid = journal.add_reflection(visit("shared")).uuid
    mine.import_file(sam.export_share_as(mine.my_contact().key_id, [uuid], tmp_path / "p"))
    sam_key = sam.my_contact().key_id
    journal.close()
    nav(unlocked, "Supervision")
    shared = unlocked.supervision_page.shared
    unlocked.supervision_page.tabs.setCurrentWidget(shared)
    shared.tree.setCurrentItem(shared.tree.topLevelItem(0).child(0))
    shared.comment.setFocus()
    qtbot.keyClicks(shared.comment, "A question")
    qtbot.keyClick(shared.comment, Qt.Key.Key_Return)
    qtbot.keyClicks(shared.comment, "and a wondering")
    assert mine.my_comments(sam_key) == []  # Enter saved nothing
    qtbot.keyClick(shared.comment, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    (comment,) = mine.my_comments(sam_key)
    assert comment.body == "A question\nand a wondering"
    assert shared.comment.toPlainText() == ""
    assert shared.outcome.text() == "Comment saved. It goes out with your next reply."
