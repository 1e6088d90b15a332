"""The check before sharing: each flag in context, and Edit or Share anyway."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reflect.domain.identifier_flag import IdentifierKind
from reflect.domain.library import Library
from reflect.domain.reflection import Answer, Reflection
from reflect.exchange.deidentify import check
from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths
from reflect.ui.journal.identifier_hint import IdentifierHint
from reflect.ui.main_window import MainWindow
from reflect.ui.supervision.identifier_check import (
    IdentifierCheckDialog,
    check_before_sharing,
    describe_place,
)
from reflect.ui.supervision.share_tab import ShareTab
from reflect.ui.widgets.identifier_words import glimpse, kind_name
from tests.helpers.dialogs import answer_dialogs, click_in_next_dialog

PHONE_TEXT = "Mom said to text her on 555-123-4567 if the time changes."
NAME_TEXT = "Jamila <b>slept</b>."
STUCK = 99


def _places() -> list[tuple[str, object]]:
    (phone,) = check(PHONE_TEXT)
    (name,) = check(NAME_TEXT, ["Jamila"])
    return [("12 Nov · KL — What happened", phone), ("19 Nov · MB — Other notes", name)]


def _dialog(qtbot: QtBot) -> IdentifierCheckDialog:
    dialog = IdentifierCheckDialog(_places())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_each_flag_is_shown_in_context_with_its_words_in_bold(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "2 places may identify someone" in texts
    assert "12 Nov · KL — What happened" in texts
    assert any(t.startswith("A phone number:") and "<b>555-123-4567</b>" in t for t in texts), texts
    # The visitor's own words are shown as text, never read as markup.
    name = next(t for t in texts if t.startswith("A word you chose never to share:"))
    assert "<b>Jamila</b>" in name and "&lt;b&gt;slept&lt;/b&gt;" in name
    assert [b.accessibleName() for b in dialog.edit_buttons] == [
        "Edit 12 Nov · KL — What happened: A phone number",
        "Edit 19 Nov · MB — Other notes: A word you chose never to share",
    ]


def test_share_anyway(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    click_in_next_dialog("Share anyway")
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.decision == ("share", None)


def test_edit_one_place_says_which(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    answer_dialogs(lambda d: d.edit_buttons[1].click())  # type: ignore[attr-defined]
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.decision == ("edit", 1)


def test_enter_and_escape_never_share(qtbot: QtBot) -> None:
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        dialog = _dialog(qtbot)

        def press(d: QDialog, key: Qt.Key = key) -> None:
            # Fail, rather than hang, if the key were ignored.
            QTimer.singleShot(3000, d, lambda: d.isVisible() and d.done(STUCK))
            qtbot.keyClick(d.focusWidget() or d, key)

        answer_dialogs(press)
        assert dialog.exec() == QDialog.DialogCode.Rejected
        assert dialog.decision[0] == "edit"


def test_from_a_real_journal_edit_opens_the_reflection_at_that_answer(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    session = window.session
    session.set_never_write(["Jamila"])
    first = session.save(
        Reflection(
            dt.date(2026, 11, 12),
            "KL",
            "after-visit",
            answers=(
                Answer("after-visit.what-happened", "A calm visit with the family."),
                Answer("after-visit.seen", "Jamila's grandmother was there.", private=True),
                Answer("after-visit.soothed", "Jamila calmed when Mom sang."),
            ),
        )
    )
    second = session.save(
        Reflection(dt.date(2026, 11, 19), "MB", "after-visit", notes="Call 555-123-4567.")
    )
    reflections = [session.get(first.uuid), session.get(second.uuid)]
    window.journal_page.reload()

    seen: list[str] = []

    def look_then_edit(dialog: QDialog) -> None:
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.edit_buttons[0].click()  # type: ignore[attr-defined]

    answer_dialogs(look_then_edit)
    place = check_before_sharing(window, reflections, session.never_write(), window.library)

    assert place is not None
    assert (place.reflection_uuid, place.prompt_id) == (first.uuid, "after-visit.soothed")
    assert "2 places may identify someone" in seen  # the private answer was left out
    assert not any("grandmother" in text for text in seen)
    window.journal_page.open_reflection(place.reflection_uuid, place.prompt_id or "")
    soothed = window.journal_page.editor.prompt_widget("after-visit.soothed")
    assert soothed is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is soothed.editor, timeout=2000)

    click_in_next_dialog("Share anyway")
    assert check_before_sharing(window, reflections, ["Jamila"], window.library) is None


def test_nothing_found_means_no_dialog(qtbot: QtBot, library: Library) -> None:
    calm = Reflection(
        dt.date(2026, 11, 12),
        "KL",
        "after-visit",
        answers=(Answer("after-visit.seen", "Mom named his frown."),),
    )
    assert check_before_sharing(None, [calm], ["Jamila"], library) is None
    assert QApplication.activeModalWidget() is None


def test_places_are_named_by_day_code_and_question(library: Library) -> None:
    reflection = Reflection(dt.date(2026, 11, 12), "KL", "after-visit")
    assert describe_place(reflection, None, library).endswith("KL — Other notes")
    named = describe_place(reflection, "after-visit.seen", library)
    assert named.startswith("12 Nov · KL — When was the baby seen")
    assert named.endswith("…") and len(named) < 80
    assert check("born 3/14/2026")[0].kind is IdentifierKind.BIRTH_DATE


def test_keyboard_reaches_every_choice_in_reading_order(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    names: list[str] = []

    def tab_through_then_share(d: QDialog) -> None:
        QTimer.singleShot(3000, d, lambda: d.isVisible() and d.done(STUCK))
        for _ in range(4):
            focused = d.focusWidget()
            names.append(focused.text())
            if focused.text() == "Share anyway":
                qtbot.keyClick(focused, Qt.Key.Key_Space)
                return
            qtbot.keyClick(focused, Qt.Key.Key_Tab)

    answer_dialogs(tab_through_then_share)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert names == ["Edit", "Edit", "Go back and edit", "Share anyway"]
    assert dialog.decision == ("share", None)


def test_family_codes_and_themes_are_named_as_such(qtbot: QtBot, library: Library) -> None:
    reflection = Reflection(
        dt.date(2026, 11, 12),
        "Jamila R",
        "after-visit",
        themes=("sleep", "ID 12345678"),
    )
    seen: list[str] = []

    def look_then_share(dialog: QDialog) -> None:
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.share_button.click()  # type: ignore[attr-defined]

    answer_dialogs(look_then_share)
    assert check_before_sharing(None, [reflection], ["jamila"], library) is None
    assert "12 Nov · Jamila R — Family code" in seen
    assert "12 Nov · Jamila R — Themes" in seen
    assert any(t.startswith("An ID number:") and "<b>12345678</b>" in t for t in seen), seen


def test_the_share_view_says_what_the_check_can_and_cannot_find(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    share = ShareTab(library, JournalSession(JournalPaths(tmp_path)))  # no journal needed
    qtbot.addWidget(share)
    share.show()
    notice = share.check_notice
    assert notice.isVisible()
    assert "common identifiers" in notice.text() and "cannot find everything" in notice.text()
    assert notice.accessibleDescription() == "What the check can find"
    # Next to the button it explains, and read with it.
    assert notice.parentWidget() is share.share_button.parentWidget()
    assert notice.text() in share.share_button.accessibleDescription()


def test_the_quiet_hint_names_an_id_number_without_repeating_it() -> None:
    (flag,) = check("Her Medicaid number 123 456 7890 was on the card.")
    assert flag.kind is IdentifierKind.ID_NUMBER
    assert kind_name(flag.kind) == "an ID number"
    assert glimpse(flag) == "123 …"


def test_the_quiet_hint_finds_a_never_share_word_however_it_was_typed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    text = "RENE\u0301E held the baby; Jam\u200bila watched."
    hint = IdentifierHint(lambda: text, lambda: ("Renée", "jamila"), parent)
    hint.refresh()
    assert hint.text() == (
        "This may identify someone: a word you chose never to share (RENE\u0301E), "
        "a word you chose never to share (Jam\u200bila)."
    )
