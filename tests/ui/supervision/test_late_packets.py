"""On screen: a packet imported twice, a late one with nothing new, and a question this app
does not know, read as the sender's app worded it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from reflect.domain.contact import ContactRole
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.reflection_document import to_document
from reflect.exchange.identity import Identity
from reflect.exchange.packet import seal
from reflect.ui.main_window import MainWindow
from tests.helpers.windows import nav, settled

UNKNOWN = "later-prompt.not-in-this-library"
QUESTIONS = {
    "after-visit.what-happened": "Worded differently by a later Reflect?",
    UNKNOWN: "What ritual closed the visit?",
}


def _packet(
    window: MainWindow, sam: Identity, folder: Path, reflection: Reflection, n: int
) -> Path:
    """A supervision packet from Sam to this window's journal, as a file."""
    supervision = window.session.supervision()
    body = {"reflections": [to_document(reflection, lambda prompt: QUESTIONS.get(prompt, ""))]}
    raw, _ = seal(sam, supervision.my_contact(), "supervision", body, sequence=n)
    path = folder / f"packet-{n}.reflect-packet"
    path.write_bytes(raw)
    return path


@pytest.fixture
def sam(unlocked: MainWindow) -> Identity:
    """Someone the window's journal supervises."""
    sam = Identity.generate()
    unlocked.session.supervision().add_contact("Sam", sam.public().line, ContactRole.SUPERVISEE)
    return sam


REFLECTION = Reflection(
    visit_date=dt.date(2026, 11, 12),
    family_code="RT",
    template_id="after-visit",
    answers=(
        Answer("after-visit.what-happened", "We read the picture book together."),
        Answer(UNKNOWN, "We sang the goodbye song."),
    ),
    version=4,
)


def _open_packet(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    nav(window, "Supervision")
    page = window.supervision_page
    page.tabs.setCurrentWidget(page.inbox)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.inbox.open_button.click()
    settled(window)
    return str(page.inbox.outcome.text())


def test_a_packet_opened_twice_says_nothing_changed(
    unlocked: MainWindow, sam: Identity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _packet(unlocked, sam, tmp_path, REFLECTION, 1)
    assert "1 reflection from Sam" in _open_packet(unlocked, path, monkeypatch)
    assert _open_packet(unlocked, path, monkeypatch) == (
        "You had already imported this packet. Nothing changed."
    )
    older = _packet(unlocked, sam, tmp_path, dataclasses.replace(REFLECTION, version=2), 2)
    assert _open_packet(unlocked, older, monkeypatch) == (
        "Nothing new from Sam: you already have everything in this packet."
    )
    assert len(unlocked.session.supervision().shared_with_me()) == 1


def test_a_question_this_app_does_not_know_reads_as_the_packet_carried_it(
    unlocked: MainWindow, sam: Identity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _packet(unlocked, sam, tmp_path, REFLECTION, 1)
    _open_packet(unlocked, path, monkeypatch)
    page = unlocked.supervision_page
    shared = page.shared
    page.tabs.setCurrentWidget(shared)
    group = shared.tree.topLevelItem(0)
    assert group is not None
    child = group.child(0)
    assert child is not None
    shared.tree.setCurrentItem(child)
    text = shared.reader.toPlainText()
    assert "What ritual closed the visit?" in text and UNKNOWN not in text
    assert "We sang the goodbye song." in text
    # A prompt this app knows keeps this app's own wording.
    assert "Worded differently by a later Reflect?" not in text
    choices = [shared.about.itemText(i) for i in range(shared.about.count())]
    assert "What ritual closed the visit?" in choices
