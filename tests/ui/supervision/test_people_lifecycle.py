"""People on screen: keys pasted from anywhere, and removing a person with a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.domain.contact import ContactRole
from reflect.domain.errors import PacketFromRemovedContact
from reflect.exchange.identity import Identity
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.shared_tab import KEY_ROLE
from tests.helpers.dialogs import answer_dialogs, click_in_next_dialog
from tests.helpers.exchange_pair import visit
from tests.helpers.supervision_tabs import people_tab
from tests.helpers.windows import PASSPHRASE, settled

REMOVED = PacketFromRemovedContact.message


def test_a_changed_key_is_refused_with_a_sentence_and_the_pasted_text_stays(
    unlocked: MainWindow,
) -> None:
    people = people_tab(unlocked)
    good = Identity.generate().public()
    recipient = good.age_recipient
    changed = good.line.replace(recipient, recipient[:-1] + ("q" if recipient[-1] != "q" else "p"))
    people.name.setText("Dana")
    people.line.setPlainText(changed)
    people.add_button.click()
    assert "first part (age1…) does not check out" in people.outcome.text()
    assert "paste it again" in people.outcome.text()
    assert people.line.toPlainText() == changed
    assert people.name.text() == "Dana"
    assert people.people.topLevelItemCount() == 0


def test_a_key_pasted_from_a_word_processor_is_added_as_the_real_key(
    unlocked: MainWindow,
) -> None:
    people = people_tab(unlocked)
    good = Identity.generate().public()
    people.name.setText("Dana")
    pasted = "\ufeff" + good.line[:25] + "\u200b" + good.line[25:].replace(":", ":\u00a0") + "\n"
    people.line.setPlainText(pasted.replace("reflect-contact", "Reflect\u2013contact"))
    people.add_button.click()
    assert good.fingerprint in people.outcome.text()
    (contact,) = unlocked.session.supervision().contacts()
    assert contact.line == good.line
    assert people.people.topLevelItem(0).text(2) == good.fingerprint


class Other:
    """The person at the other end: a real journal of their own, outside the window."""

    def __init__(self, folder: Path) -> None:
        self.journal, _ = Journal.create(JournalPaths(folder / "journal"), PASSPHRASE)
        self.supervision = Supervision(self.journal)
        self.out = folder / "out"
        self.out.mkdir()

    @property
    def key_id(self) -> str:
        return self.supervision.my_contact().key_id


def _window_supervising_sam(unlocked: MainWindow, tmp_path: Path) -> tuple[Other, list[str]]:
    """Sam shared two reflections with the window's owner, who commented on both."""
    sam = Other(tmp_path / "sam")
    mine = unlocked.session.supervision()
    mine.add_contact("Sam", sam.supervision.my_contact().line, ContactRole.SUPERVISEE)
    sam.supervision.add_contact("Dana", mine.my_contact().line, ContactRole.SUPERVISOR)
    uuids = [sam.journal.add_reflection(visit(f"shared {i}", day=i + 1)).uuid for i in range(2)]
    mine.import_file(sam.supervision.export_share(mine.my_contact().key_id, uuids, sam.out))
    mine.add_comment(sam.key_id, uuids[0], None, "Sent already")
    sam.supervision.import_file(mine.export_reply(sam.key_id, tmp_path))
    mine.add_comment(sam.key_id, uuids[0], "after-visit.seen", "Not sent yet")
    mine.add_comment(sam.key_id, uuids[1], None, "On the second")
    return sam, uuids


def test_removing_a_supervisee_asks_first_and_says_what_goes_and_what_stays(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    sam, _ = _window_supervising_sam(unlocked, tmp_path)
    people = people_tab(unlocked)
    assert not people.remove_button.isEnabled()  # nobody chosen yet
    assert people.remove_button.accessibleName() == "Remove this person"
    assert people.remove_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    people.people.setCurrentItem(people.people.topLevelItem(0))
    seen: list[str] = []
    click_in_next_dialog("Cancel", seen)
    qtbot.keyClick(people.remove_button, Qt.Key.Key_Space)
    (text,) = seen
    for words in (
        "Sam, from People",
        "2 reflections Sam shared with you",
        "3 comments of yours, sent or not (2 not sent yet)",
        "the hours you logged",
        "Sam's own journal, which this does not change",
        "refused until you add Sam again",
    ):
        assert words in text
    assert len(unlocked.session.supervision().shared_with_me()) == 2  # cancelled: all there

    click_in_next_dialog("Remove", seen)
    qtbot.keyClick(people.remove_button, Qt.Key.Key_Space)
    assert people.outcome.text() == "Removing Sam (a backup comes first)…"
    settled(unlocked)
    assert people.people.topLevelItemCount() == 0
    assert "Sam is removed" in people.outcome.text()
    assert unlocked.session.supervision().shared_with_me() == []
    page = unlocked.supervision_page
    page.tabs.setCurrentWidget(page.shared)
    assert page.shared.tree.topLevelItemCount() == 0
    sam.journal.close()


def test_removing_a_supervisor_says_their_comments_stay(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    dana = Other(tmp_path / "dana")
    mine = unlocked.session.supervision()
    mine.add_contact("Dana", dana.supervision.my_contact().line, ContactRole.SUPERVISOR)
    dana.supervision.add_contact("Sam", mine.my_contact().line, ContactRole.SUPERVISEE)
    uuid = unlocked.session.journal.add_reflection(visit("mine")).uuid
    dana.supervision.import_file(mine.export_share(dana.key_id, [uuid], tmp_path))
    for body in ("One", "Two"):
        dana.supervision.add_comment(mine.my_contact().key_id, uuid, None, body)
    mine.import_file(dana.supervision.export_reply(mine.my_contact().key_id, dana.out))
    people = people_tab(unlocked)
    people.people.setCurrentItem(people.people.topLevelItem(0))
    seen: list[str] = []
    click_in_next_dialog("Remove", seen)
    people.remove_button.click()
    settled(unlocked)
    assert "you can no longer share with Dana" in seen[0]
    assert "the 2 comments Dana sent on your reflections, which are part of your" in seen[0]
    assert mine.contacts() == []
    assert [c.body for c in unlocked.session.journal.comments_for(uuid)] == ["One", "Two"]
    dana.journal.close()


def test_deleting_a_shared_reflection_asks_first_and_says_what_goes_and_what_stays(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    sam, uuids = _window_supervising_sam(unlocked, tmp_path)
    page = unlocked.supervision_page
    people_tab(unlocked)
    page.tabs.setCurrentWidget(page.shared)
    shared = page.shared
    assert not shared.delete_button.isEnabled()
    assert shared.delete_button.accessibleName() == "Delete this shared reflection"
    group = shared.tree.topLevelItem(0)
    first = next(
        group.child(i) for i in range(2) if group.child(i).data(0, KEY_ROLE)[1] == uuids[0]
    )
    shared.tree.setCurrentItem(first)
    seen: list[str] = []
    click_in_next_dialog("Cancel", seen)
    qtbot.keyClick(shared.delete_button, Qt.Key.Key_Space)
    for words in (
        "this shared copy of Sam's reflection of",
        "2 comments of yours on it, sent or not (1 not sent yet)",
        "Sam's own journal, which this does not change",
        "the hours you logged",
        "If Sam changes this reflection and shares it again, it comes back",
    ):
        assert words in seen[0]
    assert group.childCount() == 2

    assert "the comment you are writing" not in seen[0]
    qtbot.keyClicks(shared.comment, "Half a thought")
    click_in_next_dialog("Delete", seen)
    qtbot.keyClick(shared.delete_button, Qt.Key.Key_Space)
    settled(unlocked)
    assert "and the comment you are writing" in seen[1]
    assert "shared 0" not in shared.reader.toPlainText()
    assert shared.comment.toPlainText() == "" and not shared.delete_button.isEnabled()
    group = shared.tree.topLevelItem(0)
    assert group.childCount() == 1
    assert group.child(0).data(0, KEY_ROLE)[1] == uuids[1]
    assert "deleted" in shared.outcome.text()
    mine = unlocked.session.supervision()
    assert [c.body for c in mine.my_comments(sam.key_id)] == ["On the second"]
    sam.journal.close()


def test_a_packet_from_a_removed_person_waits_in_the_inbox_with_a_sentence(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    sam, _ = _window_supervising_sam(unlocked, tmp_path)
    mine = unlocked.session.supervision()
    mine.set_exchange_folder(sam.out)
    people = people_tab(unlocked)
    people.people.setCurrentItem(people.people.topLevelItem(0))
    click_in_next_dialog("Remove")
    people.remove_button.click()
    later = sam.journal.add_reflection(visit("after the removal", day=9)).uuid
    packet = sam.supervision.export_share(mine.my_contact().key_id, [later], sam.out)
    page = unlocked.supervision_page
    page.tabs.setCurrentWidget(page.inbox)
    qtbot.waitUntil(lambda: packet.name in page.inbox.waiting.item(0).text(), timeout=20_000)
    (waiting,) = [page.inbox.waiting.item(i).text() for i in range(page.inbox.waiting.count())]
    assert waiting == f"Cannot be imported: {packet.name}\n{REMOVED}"
    page.inbox.import_file(packet)  # "Open a packet…" says the same
    settled(unlocked)
    assert page.inbox.outcome.text() == REMOVED
    assert mine.shared_with_me() == []

    page.tabs.setCurrentWidget(page.people)
    people.name.setText("Sam")
    people.as_supervisee.setChecked(True)
    people.line.setPlainText(sam.supervision.my_contact().line)
    people.add_button.click()
    page.tabs.setCurrentWidget(page.inbox)
    qtbot.waitUntil(
        lambda: (
            page.inbox.waiting.item(0).text().startswith("Waiting: Shared reflections from Sam")
        ),
        timeout=20_000,
    )
    page.inbox.import_button.click()
    settled(unlocked)
    assert [s.reflection.uuid for s in mine.shared_with_me()] == [later]
    sam.journal.close()


def test_locking_while_the_removal_is_asked_removes_nothing(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    sam, _ = _window_supervising_sam(unlocked, tmp_path)
    people = people_tab(unlocked)
    people.people.setCurrentItem(people.people.topLevelItem(0))
    answer_dialogs(lambda _dialog: unlocked.lock())
    people.remove_button.click()
    assert unlocked.stack.currentWidget() is unlocked.entry.unlock_page
    journal = Journal.open(unlocked.session.paths, PASSPHRASE)
    assert [c.name for c in Supervision(journal).contacts()] == ["Sam"]
    assert len(journal.exchange.shared_reflections()) == 2
    journal.close()
    sam.journal.close()
