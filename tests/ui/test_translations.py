"""Counts are ready for translation: Qt's lupdate finds each one as a plural message in a
real context, and a translation's plural forms reach the screen as they are written."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.ui.hours.hours_words import hours_phrase
from reflect.ui.journal.comment_view import NewCommentsNote
from reflect.ui.journal.row_text import badges
from reflect.ui.widgets.minutes_box import MinutesBox

PACKAGE = Path(__file__).resolve().parents[2] / "reflect"
QT_TOOLS = Path(PySide6.__file__).parent

FRENCH = {  # context: {English source: (one, many)}; French says "0 heure", "1,5 heure(s)"
    "ReflectionRow": {"%n new comment(s)": ("%n nouveau commentaire", "%n nouveaux commentaires")},
    "Hours": {"{hours} hour(s)": ("{hours} heure", "{hours} heures")},
    "MinutesBox": {" minute(s)": (" minute", " minutes")},
    "NewCommentsNote": {
        "%n new comment(s) from supervision.": (
            "%n nouveau commentaire de la supervision.",
            "%n nouveaux commentaires de la supervision.",
        )
    },
}


def _messages(ts: Path) -> list[tuple[str, str, bool]]:
    """(context, source, plural) for each message in a .ts file."""
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.get("numerus") == "yes",
        )
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]


def test_lupdate_finds_every_count_as_a_plural_message_in_a_real_context(
    tmp_path: Path,
) -> None:
    ts = tmp_path / "reflect.ts"
    sources = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run(
        [str(QT_TOOLS / "lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    counts = [m for m in _messages(ts) if "%n" in m[1] or "(s)" in m[1]]
    assert len(counts) >= 35
    classes = {name for p in sources for name in _classes(Path(p))}
    wrong = [m for m in counts if not (m[2] and m[0] in classes)]
    assert wrong == [], "a count lupdate reads as a plain message, or outside a class's context"


def _classes(path: Path) -> Iterator[str]:
    """The names of the classes defined in `path`: the contexts Qt translates in."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            yield node.name


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    """A French translation of a few counts, compiled by lrelease and installed."""
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f'<message numerus="yes"><source>{source}</source><translation>'
            f"<numerusform>{one}</numerusform><numerusform>{many}</numerusform>"
            "</translation></message>"
            for source, (one, many) in messages.items()
        )
        + "</context>"
        for name, messages in FRENCH.items()
    )
    ts, qm = tmp_path / "reflect_fr.ts", tmp_path / "reflect_fr.qm"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="fr">{contexts}</TS>',
        encoding="utf-8",
    )
    subprocess.run(
        [str(QT_TOOLS / "lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _summary(unread: int) -> ReflectionSummary:
    day = dt.date(2026, 11, 2)
    return ReflectionSummary("u", day, "KL", "", Status.COMPLETE, ShareState.PRIVATE, (), 0, unread)


@pytest.mark.usefixtures("french")
def test_a_translation_gives_its_own_plural_forms(qtbot: QtBot) -> None:
    assert [badges(_summary(n))[-1] for n in (1, 2)] == [
        "1 nouveau commentaire",
        "2 nouveaux commentaires",
    ]
    assert [hours_phrase(m) for m in (0, 60, 90, 120)] == [
        "0 heure",  # French counts 0 as one
        "1 heure",
        "1.5 heures",
        "2 heures",
    ]
    note = NewCommentsNote()
    qtbot.addWidget(note)
    note.set_count(2)
    assert note.text.text() == "2 nouveaux commentaires de la supervision."
    box = MinutesBox()
    qtbot.addWidget(box)
    box.setValue(1)
    assert box.text() == "1 minute"
    box.setValue(2)
    assert box.text() == "2 minutes"
