"""Pairing by pasted line or contact file, and packets that cannot be imported, on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from reflect.domain.contact import ContactRole
from reflect.exchange.identity import Identity, contact_file_text, read_contact_file
from reflect.ui.main_window import MainWindow
from tests.helpers.supervision_tabs import people_tab
from tests.helpers.windows import nav, settled


def test_bad_keys_get_a_sentence_and_the_typing_stays(unlocked: MainWindow) -> None:
    people = people_tab(unlocked)
    people.name.setText("Dana")
    people.line.setPlainText("reflect-contact:1:age1nonsense")
    people.add_button.click()
    assert "not a Reflect exchange key" in people.outcome.text()
    assert people.name.text() == "Dana"
    assert people.line.toPlainText() == "reflect-contact:1:age1nonsense"
    people.line.setPlainText(people.key_line.text())
    people.add_button.click()
    assert "your own exchange key" in people.outcome.text()
    other = Identity.generate().public().line
    people.line.setPlainText(other)
    people.add_button.click()
    people.name.setText("Dana again")
    people.line.setPlainText(other)
    people.add_button.click()
    assert "already have this exchange key under People" in people.outcome.text()
    assert people.people.topLevelItemCount() == 1


def test_copy_and_contact_files_carry_the_key(
    unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = people_tab(unlocked)
    people.copy_button.click()
    assert QApplication.clipboard().text() == people.key_line.text()
    mine = tmp_path / "me.reflect-contact"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    people.save_button.click()
    assert read_contact_file(mine) == people.key_line.text()
    assert people.fingerprint.text() in mine.read_text(encoding="utf-8")

    supervisee = Identity.generate().public("Sam")
    theirs = tmp_path / "sam.reflect-contact"
    theirs.write_text(contact_file_text(supervisee), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    people.open_button.click()
    assert people.line.toPlainText() == supervisee.line
    people.name.setText("Sam")
    people.as_supervisee.setChecked(True)
    people.add_button.click()
    (contact,) = unlocked.session.supervision().contacts()
    assert (contact.name, contact.role, contact.verified) == ("Sam", ContactRole.SUPERVISEE, False)
    assert supervisee.fingerprint in people.outcome.text()

    not_a_contact = tmp_path / "notes.reflect-contact"
    not_a_contact.write_text("just some words", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_a_contact), ""))
    people.open_button.click()
    assert "does not hold a Reflect exchange key" in people.outcome.text()


def test_a_damaged_or_foreign_packet_is_refused_with_a_sentence(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nav(unlocked, "Supervision")
    page = unlocked.supervision_page
    page.tabs.setCurrentWidget(page.inbox)
    assert "No exchange folder is chosen" in page.inbox.folder_label.text()
    damaged = tmp_path / "damaged.reflect-packet"
    damaged.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    page.inbox.open_button.click()
    settled(unlocked)
    assert page.inbox.outcome.text() == (
        "This packet is damaged or not addressed to you. Nothing was imported."
    )
    assert damaged.exists()


def test_the_exchange_folder_setting(
    unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nav(unlocked, "Settings")
    exchange = unlocked.settings_page.exchange
    assert exchange.key_line.text().startswith("reflect-contact:1:age1")
    assert exchange.fingerprint.text().startswith("Fingerprint: ")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    exchange.choose_button.click()
    assert exchange.folder.text() == str(tmp_path)
    assert unlocked.session.supervision().exchange_folder() == tmp_path
    exchange.stop_button.click()
    assert exchange.folder.text() == ""
    assert unlocked.session.supervision().exchange_folder() is None


def test_without_an_exchange_folder_the_packet_goes_to_a_chosen_file(
    unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from reflect.domain.reflection import Answer, Reflection, ShareState

    session = unlocked.session
    session.save(
        Reflection(
            dt.date(2026, 11, 20),
            "QT",
            "after-visit",
            answers=(Answer("after-visit.what-happened", "Quiet visit, lots of eye contact."),),
            share_state=ShareState.TO_SHARE,
        )
    )
    session.supervision().add_contact(
        "Dana", Identity.generate().public().line, ContactRole.SUPERVISOR
    )
    nav(unlocked, "Supervision")
    page = unlocked.supervision_page
    page.tabs.setCurrentWidget(page.share)
    chosen = tmp_path / "for Dana"
    offered: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.share.share_button.click()
    assert offered[0].endswith(".reflect-packet") and "supervision-" in offered[0]
    written = tmp_path / "for Dana.reflect-packet"
    assert written.exists() and str(written) in page.share.outcome.text()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
