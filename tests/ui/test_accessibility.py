"""What a screen reader finds: a walk over every page of a real window on a real journal
(every control named, no label's name hiding its text), the answers' questions and values,
the rail as tabs of pages, titles as headings; and the window at 1366x768 and twice the
text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Answer, Reflection
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.accessibility_tree import heard, misleading, spoken
from tests.helpers.journals import reflection
from tests.helpers.windows import PASSPHRASE, make_window, nav, settled

Role, Text = QAccessible.Role, QAccessible.Text


def _look(window: MainWindow, where: str, found: list[str]) -> None:
    found.extend(f"{where}: {line}" for line in misleading(window))


def _fill(paths: JournalPaths) -> None:
    """A reflection about a visit and a quick check-in, written beforehand."""
    check_in = Reflection(
        visit_date=dt.date(2026, 11, 3),
        family_code="",
        template_id="quick-check-in",
        answers=(Answer("quick-check-in.energy", "6"),),
    )
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.add_reflection(reflection("first"))
        journal.add_reflection(check_in)


def _unlock(qtbot: QtBot, window: MainWindow, found: list[str]) -> None:
    """The unlock screen, then with a wrong passphrase's message, then the workspace."""
    unlock = window.entry.unlock_page
    _look(window, "unlock", found)
    qtbot.keyClicks(unlock.passphrase, "a wrong guess")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    settled(window)
    assert unlock.message.text()
    _look(window, "unlock, wrong passphrase", found)
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    settled(window)


def _journal(qtbot: QtBot, window: MainWindow, found: list[str]) -> None:
    """The list, a search's count, then each reflection open with a card beside it."""
    page = window.journal_page
    model = page.list_pane.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    _look(window, "journal", found)
    qtbot.keyClicks(page.list_pane.search, "first")
    qtbot.waitUntil(page.list_pane.found.isVisible, timeout=5000)
    _look(window, "journal, searching", found)
    page.list_pane.search.clear()
    qtbot.waitUntil(lambda: not model.searching and model.rowCount() == 2, timeout=5000)
    for row in range(2):
        page.open_reflection(model.summary_at(row).uuid)
        settled(window)
        page.show_card("the-4-ss")
        _look(window, f"journal, {page.editor.template_box.currentText()} open", found)


def test_every_page_reads_aloud(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> None:
    paths, key = existing
    _fill(paths)
    window = make_window(qtbot, paths)
    found: list[str] = []
    _unlock(qtbot, window, found)
    _journal(qtbot, window, found)
    window.entry.show_recovery_key_once(key)
    _look(window, "recovery key", found)
    window.entry.recovery_key_page.stored.setChecked(True)
    window.entry.recovery_key_page.continue_button.click()
    tabs = window.supervision_page.tabs
    for label in ("Cards", "Supervision", "Hours", "How I've been", "Settings"):
        nav(window, label)
        settled(window)
        for tab in range(tabs.count() if label == "Supervision" else 1):
            where = label
            if label == "Supervision":
                tabs.setCurrentIndex(tab)
                settled(window)
                where = f"{label}, {tabs.tabText(tab).replace('&', '')}"
            _look(window, where, found)
    window.lock()
    _look(window, "locked", found)
    assert found == [], "\n".join(["", *found])


def test_an_answer_is_heard_as_its_question_then_its_value(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(unlocked, Qt.Key.Key_N, ctrl_shift)  # a quick check-in
    editor = unlocked.journal_page.editor
    energy = editor.prompt_widget("quick-check-in.energy")
    need = editor.prompt_widget("quick-check-in.one-need")
    assert energy is not None and need is not None
    scale = QAccessible.queryAccessibleInterface(energy.editor)
    assert scale.role() == Role.SpinBox
    assert scale.text(Text.Name) == "How much energy do you have right now?"
    assert scale.text(Text.Value) == "Not answered"
    energy.editor.setValue(6)
    assert scale.text(Text.Value) == "6"
    choice = QAccessible.queryAccessibleInterface(need.editor)
    assert choice.role() == Role.ComboBox
    assert spoken(choice) == ("What do you need most right now?", "Not answered")


def test_the_rail_is_heard_as_tabs_of_pages(qtbot: QtBot, unlocked: MainWindow) -> None:
    rail = unlocked.rail
    tabs = QAccessible.queryAccessibleInterface(rail.pages)
    assert (tabs.role(), tabs.text(Text.Name)) == (Role.PageTabList, "Pages")
    heard_tabs = [tabs.child(i) for i in range(tabs.childCount())]
    assert [t.text(Text.Name) for t in heard_tabs] == [
        "Journal",
        "Cards",
        "Supervision",
        "Hours",
        "How I've been",
        "Settings",
    ]
    assert {t.role() for t in heard_tabs} == {Role.PageTab}
    assert [t.state().selected for t in heard_tabs] == [True] + [False] * 5
    assert not any(t.state().checkable or t.state().checked for t in heard_tabs)
    journal = rail.group.button(0)
    assert isinstance(journal, QToolButton)
    journal.setFocus()
    qtbot.keyClick(journal, Qt.Key.Key_Down)  # as between tabs: the next page, chosen
    assert unlocked.pages.currentWidget() is unlocked.cards_page
    assert [t.state().selected for t in heard_tabs][:2] == [False, True]
    heard_tabs[3].actionInterface().doAction("Press")  # a screen reader's own press
    assert unlocked.pages.currentWidget() is unlocked.hours_page
    heard_rail = QAccessible.queryAccessibleInterface(rail)
    below = [heard_rail.child(i) for i in range(heard_rail.childCount())]
    assert [c.text(Text.Name) for c in below if c.role() == Role.Button] == ["Lock Reflect"]
    assert below[-1].text(Text.Name) == "Lock Reflect"  # at the sidebar's foot


def test_titles_are_headings(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> None:
    paths, _ = existing
    window = make_window(qtbot, paths)
    assert "Reflect is locked" in heard(window, Role.Heading) or "Welcome back" in heard(
        window, Role.Heading
    )
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "What happened" in heard(window, Role.Heading)  # the form's first section
    nav(window, "Hours")
    assert {"Endorsement hours", "Sessions"} <= set(heard(window, Role.Heading))
    nav(window, "Settings")
    assert {"Backups", "Language"} <= set(heard(window, Role.Heading))
    window.session.lock()


def test_every_control_has_an_accessible_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.journal_page.show_card("the-4-ss")
    missing = unnamed_controls(window)
    assert missing == [], missing


def test_twice_the_text_still_fits_a_small_laptop(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(bigger)
    try:
        window.resize(1366, 768)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        page = window.journal_page
        qtbot.wait(100)
        assert page.list_pane.isVisible() and page.list_pane.width() >= 250
        editor = page.editor
        assert editor.widget().width() <= editor.viewport().width()
        question = editor.prompts[0]
        assert question.editor.width() > 200
    finally:
        app.setFont(original)
