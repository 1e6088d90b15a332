"""How I've been: a private view of heaviness and energy, driven in a real window over a
real encrypted journal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Answer, Reflection
from reflect.ui.main_window import MainWindow
from tests.helpers.windows import nav, open_window

TODAY = dt.date.today()


def check_in(days_ago: int, energy: int, heaviness: int, word: str) -> Reflection:
    return Reflection(
        visit_date=TODAY - dt.timedelta(days=days_ago),
        family_code="",
        template_id="quick-check-in",
        answers=(
            Answer("quick-check-in.energy", str(energy)),
            Answer("quick-check-in.heaviness", str(heaviness), private=True),
            Answer("quick-check-in.one-word", word),
        ),
    )


def after_visit(days_ago: int, heaviness: int) -> Reflection:
    return Reflection(
        visit_date=TODAY - dt.timedelta(days=days_ago),
        family_code="MB",
        template_id="after-visit",
        answers=(
            Answer("after-visit.what-happened", "The baby reached for Mum's hair and laughed."),
            Answer("after-visit.heaviness", str(heaviness), private=True),
        ),
    )


FEW_WEEKS = [
    check_in(1, energy=6, heaviness=4, word="tired"),
    after_visit(2, heaviness=9),
    check_in(3, energy=8, heaviness=6, word="Tired."),
    check_in(10, energy=4, heaviness=8, word="hopeful"),
    check_in(200, energy=1, heaviness=10, word="spent"),  # only in the last 12 months
]


def test_after_a_few_check_ins_it_shows_averages_and_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "journal", FEW_WEEKS)
    page = window.self_care_page
    nav(window, "How I've been")
    assert window.pages.currentWidget() is page
    assert "never shared" in page.private_note.text()
    assert "never exported" in page.private_note.text()
    assert page.span.currentText() == "3 months"
    assert page.summary.isVisible() and not page.empty_box.isVisible()
    summary = page.summary.text()
    assert "Over the last 3 months, heaviness averaged 6.8 and energy 6." in summary
    assert "4 reflections rated them" in summary  # the private heaviness answers count
    # A screen reader finds the chart by name and hears the same sentence.
    assert page.chart.accessibleName() == "Heaviness and energy over time"
    assert page.chart.accessibleDescription() == summary
    assert page.words.text() == "tired (2 times), hopeful (1 time)"

    # Keyboard: Alt+L reaches the range; a longer range brings the older check-in in.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.span
    qtbot.keyClick(page.span, Qt.Key.Key_Down)
    assert page.span.currentText() == "12 months"
    assert "Over the last 12 months" in page.summary.text()
    assert "5 reflections rated them" in page.summary.text()
    assert "spent (1 time)" in page.words.text()
    qtbot.keyClick(page.span, Qt.Key.Key_Home)
    assert page.span.currentText() == "4 weeks"
    assert "Over the last 4 weeks" in page.summary.text()
    assert len(page.chart.steps) == 28  # a place for each day, ending today
    assert page.chart.steps[-1].first_day == TODAY
    window.session.lock()


def test_a_new_check_in_shows_at_once_and_lock_forgets_everything(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "journal", FEW_WEEKS[:2])
    page = window.self_care_page
    nav(window, "How I've been")
    assert page.words.text() == "tired (1 time)"
    window.session.save(check_in(0, energy=3, heaviness=7, word="Stretched"))
    assert page.words.text().startswith("Stretched (1 time), tired (1 time)")

    window.lock()
    assert page.points == []
    assert page.chart.steps == []
    assert page.summary.text() == "" and page.words.text() == ""
    assert page.chart.accessibleDescription() == ""


def test_an_empty_journal_says_how_the_view_fills(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.self_care_page
    nav(window, "How I've been")
    assert page.empty_box.isVisible()
    assert not page.chart.isVisible() and not page.summary.isVisible()
    assert page.empty_title.text() == "Your first check-in"
    assert "This view fills as you check in" in page.empty.text()
    assert "never shared" in page.private_note.text()
    assert page.check_in_button.property("look") == "primary"  # the page's one action
    # From there, one press starts the check-in that fills it.
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    journal = window.journal_page
    assert window.pages.currentWidget() is journal
    assert journal.editor.template_box.currentData() == "quick-check-in"
    assert QApplication.focusWidget() is journal.editor.prompts[0].editor


def test_nothing_in_the_range_points_to_a_longer_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "journal", [check_in(200, 5, 5, "steady")])
    page = window.self_care_page
    nav(window, "How I've been")
    assert page.empty_box.isVisible()
    assert page.empty_title.text() == "Nothing in this range"
    assert "Nothing from the last 3 months" in page.empty.text()
    assert "12 months" in page.empty.text()
    page.span.setCurrentIndex(page.span.count() - 1)
    assert page.words.text() == "steady (1 time)"
    window.session.lock()
