"""CardsPage: the themed list, search as you type, the card, and the reflections that used it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from reflect.ui.cards.cards_page import CARD_ID_ROLE, CardsPage, fold
from tests.helpers.cards_screenshots import LIBRARY, SUMMARIES, render_screenshots


@pytest.fixture
def page(qtbot: QtBot) -> CardsPage:
    widget = CardsPage(LIBRARY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def search_field(page: CardsPage) -> QLineEdit:
    (field,) = page.findChildren(QLineEdit)
    return field


def tree(page: CardsPage) -> QTreeView:
    (view,) = page.findChildren(QTreeView)
    return view


def reflections(page: CardsPage) -> QListWidget:
    (view,) = page.findChildren(QListWidget)
    return view


def visible_cards(page: CardsPage) -> list[str]:
    """The card ids a person can see in the list, top to bottom."""
    view, ids = tree(page), []
    if not view.isVisible():
        return ids
    index = view.model().index(0, 0)
    while index.isValid():
        if isinstance(card_id := index.data(CARD_ID_ROLE), str):
            ids.append(card_id)
        index = view.indexBelow(index)
    return ids


def visible_text(page: CardsPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def test_every_card_is_listed_under_each_of_its_themes(page: CardsPage) -> None:
    model = tree(page).model()
    themes = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert themes == [theme.title for theme in LIBRARY.themes]
    for row, theme in enumerate(LIBRARY.themes):
        parent = model.index(row, 0)
        titles = [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
        assert titles == [card.title for card in LIBRARY.cards_with_theme(theme.id)]
    assert set(visible_cards(page)) == {card.id for card in LIBRARY.cards}


def test_typing_narrows_the_list_as_you_type(page: CardsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(search_field(page), "ghost")

    shown = visible_cards(page)
    assert "ghosts-in-the-nursery" in shown
    assert "temperament" not in shown
    assert len(set(shown)) < len(LIBRARY.cards)
    for card_id in shown:
        card = LIBRARY.card(card_id)
        assert "ghost" in fold(f"{card.title} {card.summary} {card.body}")


def test_search_ignores_case_and_accents(page: CardsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(search_field(page), "ghost")
    plain = visible_cards(page)
    search_field(page).clear()

    qtbot.keyClicks(search_field(page), "GHÖST")
    assert visible_cards(page) == plain


def test_every_word_typed_must_match(page: CardsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(search_field(page), "ghost fraiberg")
    assert set(visible_cards(page)) >= {"ghosts-in-the-nursery"}
    assert "implicit-memories" not in visible_cards(page)


def test_escape_clears_the_search(page: CardsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(search_field(page), "ghost")
    qtbot.keyClick(search_field(page), Qt.Key.Key_Escape)

    assert search_field(page).text() == ""
    assert set(visible_cards(page)) == {card.id for card in LIBRARY.cards}


def test_a_search_that_finds_nothing_says_so(page: CardsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(search_field(page), "zebra crossing")

    assert not tree(page).isVisible()
    assert any("No cards match “zebra crossing”" in text for text in visible_text(page))

    qtbot.keyClick(search_field(page), Qt.Key.Key_Escape)
    assert tree(page).isVisible()
    assert not any("No cards match" in text for text in visible_text(page))


def test_arrow_keys_in_the_list_show_each_card_and_step_over_theme_titles(
    page: CardsPage, qtbot: QtBot
) -> None:
    view = tree(page)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    first_theme = LIBRARY.themes[0].id
    in_first_theme = LIBRARY.cards_with_theme(first_theme)
    assert page.card_view().card_id() == in_first_theme[0].id

    for card in in_first_theme[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert page.card_view().card_id() == card.id
    qtbot.keyClick(view, Qt.Key.Key_Down)  # past the next theme's title, to its first card
    assert page.card_view().card_id() == LIBRARY.cards_with_theme(LIBRARY.themes[1].id)[0].id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert page.card_view().card_id() == in_first_theme[-1].id


def test_down_from_the_search_field_goes_to_the_first_match(page: CardsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(search_field(page), "ghost")
    qtbot.keyClick(search_field(page), Qt.Key.Key_Down)

    assert tree(page).hasFocus()
    assert page.card_view().card_id() == visible_cards(page)[0]

    page.focus_search()
    assert search_field(page).hasFocus()
    assert search_field(page).selectedText() == "ghost"


def test_enter_on_a_card_moves_into_its_text(page: CardsPage, qtbot: QtBot) -> None:
    page.show_card("rupture-and-repair")
    tree(page).setFocus()
    qtbot.keyClick(tree(page), Qt.Key.Key_Return)
    assert page.card_view().isAncestorOf(QApplication.focusWidget())


def test_following_a_related_card_selects_it_in_the_list(page: CardsPage, qtbot: QtBot) -> None:
    page.show_card("rupture-and-repair")
    (chip,) = [
        c
        for c in page.card_view().findChildren(QAbstractButton)
        if c.isVisible() and c.accessibleName() == "Related card: Misattunement"
    ]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)

    assert tree(page).currentIndex().data(CARD_ID_ROLE) == "misattunement"
    assert tree(page).selectionModel().isSelected(tree(page).currentIndex())


def test_the_page_asks_for_the_reflections_of_each_card_shown(
    page: CardsPage, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(page.reflections_wanted) as wanted:
        page.show_card("ghosts-in-the-nursery")
    assert wanted.args == ["ghosts-in-the-nursery"]
    assert "No reflections use this card yet." in visible_text(page)
    assert not reflections(page).isVisible()


def test_reflections_show_date_family_and_first_words(page: CardsPage) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        page.show_card("ghosts-in-the-nursery")
        page.set_reflections("ghosts-in-the-nursery", SUMMARIES)
        rows = [reflections(page).item(row).text() for row in range(reflections(page).count())]
    finally:
        QLocale.setDefault(before)

    assert rows == [
        f"12 Mar 2025 · JR · {SUMMARIES[0].preview}",
        "27 Feb 2025 · K-7 · Grandmother's voice kept coming into the room today.",
    ]
    assert reflections(page).isVisible()
    assert "No reflections use this card yet." not in visible_text(page)


def test_an_answer_for_another_card_is_ignored(page: CardsPage) -> None:
    page.show_card("ghosts-in-the-nursery")
    page.set_reflections("rupture-and-repair", SUMMARIES)
    assert reflections(page).count() == 0
    assert "No reflections use this card yet." in visible_text(page)


def test_activating_a_reflection_asks_to_open_it(page: CardsPage, qtbot: QtBot) -> None:
    page.show_card("ghosts-in-the-nursery")
    page.set_reflections("ghosts-in-the-nursery", SUMMARIES)
    listing = reflections(page)
    listing.setFocus()
    listing.setCurrentRow(1)

    with qtbot.waitSignal(page.open_reflection_requested) as opened:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert opened.args == [SUMMARIES[1].uuid]

    first = listing.visualItemRect(listing.item(0)).center()
    with qtbot.waitSignal(page.open_reflection_requested) as opened:
        # A double click is a click and then a second, quicker press.
        qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=first)
        qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert opened.args == [SUMMARIES[0].uuid]


def test_every_control_has_an_accessible_name(page: CardsPage, qtbot: QtBot) -> None:
    page.show_card("ghosts-in-the-nursery")
    page.set_reflections("ghosts-in-the-nursery", SUMMARIES)
    controls = [
        widget
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView)
        for widget in page.findChildren(kind)
    ]
    assert len(controls) >= 7  # search, its clear button, list, chips, reflections
    for control in controls:
        assert control.accessibleName(), control


def test_the_screenshots_render(qtbot: QtBot, tmp_path: Path) -> None:
    saved = render_screenshots(tmp_path)
    sizes = {path.name: QImage(str(path)).size().toTuple() for path in saved}
    assert sizes == {"cards-library.png": (1280, 800), "card-panel.png": (380, 760)}


def test_tab_goes_from_search_to_list_to_card_to_reflections(page: CardsPage, qtbot: QtBot) -> None:
    page.show_card("rupture-and-repair")
    page.set_reflections("rupture-and-repair", SUMMARIES)
    page.focus_search()

    seen: list[str] = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert seen[:6] == [
        "Cards by theme",
        "Card text",
        "Related card: Misattunement",
        "Related card: Attachment and attunement",
        "Related card: The 4 S's",
        "Reflections that used this card",
    ]
