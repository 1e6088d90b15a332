"""Supervision's counts read as English for one and for two: packets waiting, what an import
brought, what is shared and left out, and what a removal takes away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reflect.domain.contact import ContactRole
from reflect.domain.reflection import Answer, Reflection, ShareState
from reflect.domain.removal import ContactRemoval, SharedReflectionDeletion
from reflect.exchange.deidentify import check
from reflect.exchange.identity import Identity
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.identifier_check import IdentifierCheckDialog
from reflect.ui.supervision.removal_words import contact_removal_text, deletion_text
from tests.helpers.exchange_pair import make_side, visit
from tests.helpers.windows import nav, open_window, settled

WAITING = "waiting for you under Supervision, Inbox."


def _exchange_folder(window: MainWindow, tmp_path: Path) -> Path:
    folder = tmp_path / "agency-sync"
    folder.mkdir()
    window.session.supervision().set_exchange_folder(folder)
    return folder


def _import_all(qtbot: QtBot, window: MainWindow, packets: int) -> list[str]:
    nav(window, "Supervision")
    inbox = window.supervision_page.inbox
    window.supervision_page.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.waiting.count() == packets, timeout=5000)
    inbox.import_button.click()
    settled(window)
    return inbox.outcome.text().splitlines()


def test_packets_waiting_and_reflections_imported(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    folder = _exchange_folder(unlocked, tmp_path)
    mine = unlocked.session.supervision()
    sam = make_side(tmp_path / "sam")
    mine.add_contact("Sam", sam.supervision.my_contact().line, ContactRole.SUPERVISEE)
    sam.supervision.add_contact("Dana", mine.my_contact().line, ContactRole.SUPERVISOR)
    uuids = [sam.journal.add_reflection(visit(f"v{i}", day=i + 1)).uuid for i in range(3)]
    label = unlocked.status_label
    for shared, said in ((uuids[:1], f"1 packet {WAITING}"), (uuids[1:], f"2 packets {WAITING}")):
        sam.supervision.export_share(mine.my_contact().key_id, shared, folder)
        unlocked.waiting_note.count()
        qtbot.waitUntil(lambda said=said: label.text() == said, timeout=5000)
    assert _import_all(qtbot, unlocked, 2) == [
        "Under \u201cShared with me\u201d: 1 reflection from Sam.",
        "Under \u201cShared with me\u201d: 2 reflections from Sam.",
    ]
    sam.journal.close()


def test_comments_imported(qtbot: QtBot, unlocked: MainWindow, tmp_path: Path) -> None:
    folder = _exchange_folder(unlocked, tmp_path)
    mine = unlocked.session.supervision()
    dana = make_side(tmp_path / "dana")
    mine.add_contact("Dana", dana.supervision.my_contact().line, ContactRole.SUPERVISOR)
    dana.supervision.add_contact("Sam", mine.my_contact().line, ContactRole.SUPERVISEE)
    uuid = unlocked.session.journal.add_reflection(visit("mine")).uuid
    dana.supervision.import_file(mine.export_share(dana.key_id, [uuid], tmp_path))
    for bodies in (("One",), ("Two", "Three")):
        for body in bodies:
            dana.supervision.add_comment(mine.my_contact().key_id, uuid, None, body)
        dana.supervision.export_reply(mine.my_contact().key_id, folder)
    assert _import_all(qtbot, unlocked, 2) == [
        "1 new comment from Dana, beside your reflections in the Journal.",
        "2 new comments from Dana, beside your reflections in the Journal.",
    ]
    dana.journal.close()


def _kept_back(duration: int, private: int) -> Reflection:
    answers = [Answer("after-visit.what-happened", f"Visit of {duration} minutes.")]
    answers += [
        Answer(prompt, "Only for me.", private=True)
        for prompt in ("after-visit.my-reactions", "after-visit.ghosts")[:private]
    ]
    return Reflection(
        dt.date(2026, 11, duration),
        "KL",
        "after-visit",
        answers=tuple(answers),
        duration_minutes=duration,
        share_state=ShareState.TO_SHARE,
    )


def test_the_share_preview_and_outcome(qtbot: QtBot, tmp_path: Path) -> None:
    visitor = open_window(qtbot, tmp_path / "visitor", [_kept_back(1, 1), _kept_back(2, 2)])
    visitor.session.supervision().add_contact(
        "Dana", Identity.generate().public().line, ContactRole.SUPERVISOR
    )
    _exchange_folder(visitor, tmp_path)
    nav(visitor, "Supervision")
    share = visitor.supervision_page.share
    visitor.supervision_page.tabs.setCurrentWidget(share)
    preview = share.preview.toPlainText()
    for said in (
        "\u00b7 1 minute\n",
        "\u00b7 2 minutes\n",
        "Not shared: 1 private answer, kept on this computer.",
        "Not shared: 2 private answers, kept on this computer.",
    ):
        assert said in preview
    share.share_button.click()
    assert share.outcome.text().startswith("Shared 2 reflections with Dana: ")
    visitor.session.lock()


def test_the_check_before_sharing_counts_places(qtbot: QtBot) -> None:
    (phone,) = check("Mom said to text her on 555-123-4567.")
    (name,) = check("Jamila slept.", ["Jamila"])
    places = [("12 Nov \u00b7 KL \u2014 What happened", phone), ("19 Nov \u00b7 MB", name)]
    for shown, title in ((1, "1 place may identify someone"), (2, "2 places may identify someone")):
        dialog = IdentifierCheckDialog(places[:shown])  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert title in [label.text() for label in dialog.findChildren(QLabel)]


def test_what_a_removal_takes_away() -> None:
    def removing(n: int, role: ContactRole = ContactRole.SUPERVISEE) -> str:
        return contact_removal_text(ContactRemoval("k", "Sam", role, n, n, n, n))

    assert "1 reflection Sam shared with you; 1 comment of yours, sent or not (1 not sent yet)" in (
        removing(1)
    )
    assert "2 reflections Sam shared with you; 2 comments of yours, sent or not (2 not sent" in (
        removing(2)
    )
    assert "the 1 comment Sam sent on your reflections" in removing(1, ContactRole.SUPERVISOR)
    assert "the 2 comments Sam sent on your reflections" in removing(2, ContactRole.SUPERVISOR)
    for n, said in ((1, "1 comment of yours on it"), (2, "2 comments of yours on it")):
        deleting = deletion_text(SharedReflectionDeletion("k", "u", "Sam", 1, n, n), "2 Nov")
        assert f"reflection of 2 Nov, and {said}, sent or not ({n} not sent yet)." in deleting
