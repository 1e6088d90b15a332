"""CardView: one card to read, its sources, related chips, Back, and links that stay put."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont, QTextBlock, QTextCursor, QTextFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.content import load_library
from reflect.domain.library import Library
from reflect.ui.cards.card_parts import Chip
from reflect.ui.cards.card_view import CardView
from reflect.ui.design.theme import Theme

LIBRARY = load_library()


@pytest.fixture
def view(qtbot: QtBot) -> CardView:
    widget = CardView(LIBRARY)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_labels(widget: QWidget) -> list[str]:
    """The text of every label a person can see, top to bottom."""
    labels = [label for label in widget.findChildren(QLabel) if label.isVisible()]
    labels.sort(key=lambda label: label.mapTo(widget, label.rect().topLeft()).y())
    return [label.text() for label in labels]


def body(view: CardView) -> QTextBrowser:
    (browser,) = view.findChildren(QTextBrowser)
    return browser


def chips(view: CardView) -> list[Chip]:
    return [chip for chip in view.findChildren(Chip) if chip.isVisible()]


def chip_named(view: CardView, title: str) -> Chip:
    (chip,) = [chip for chip in chips(view) if chip.full_text() == title]
    return chip


def back_button(view: CardView) -> QPushButton:
    (button,) = [b for b in view.findChildren(QPushButton) if not isinstance(b, Chip)]
    return button


def controls(widget: QWidget) -> Iterator[QWidget]:
    """Every button, text field and list under `widget`."""
    for kind in (QAbstractButton, QLineEdit, QAbstractItemView):
        yield from widget.findChildren(kind)


def test_before_any_card_the_view_invites_a_choice(view: CardView) -> None:
    assert view.card_id() is None
    assert shown_labels(view) == ["Choose a card to read it here."]
    assert not back_button(view).isVisible()


def test_a_card_shows_its_title_summary_body_and_sources(view: CardView) -> None:
    card = LIBRARY.card("ghosts-in-the-nursery")
    view.show_card(card.id)

    assert view.card_id() == card.id
    labels = shown_labels(view)
    assert labels[:2] == [card.title, card.summary]
    text = body(view).toPlainText()
    assert "A ghost is not always easy to name." in text
    # The Markdown is rendered, not shown as marks: headings and list items are plain text.
    assert "In a visit" in text
    assert "###" not in text
    assert "\n- " not in text
    sources = labels[labels.index("Sources") + 1 :]
    assert sources[:4] == [
        "Caldbeck, A., Principles of Infant Mental Health (slides)",
        "“Ghosts & Angels in the Nursery”",
        "Caldbeck, A., Principles of Infant Mental Health (slides)",
        "“Evidenced-Based Interventions in Infant Mental Health for Children Younger Than 5 "
        "Years Old (child–parent psychotherapy)”, drawing on Alicia Lieberman and colleagues "
        "(derived from Selma Fraiberg and colleagues)",
    ]
    assert [chip.full_text() for chip in chips(view)] == [
        c.title for c in LIBRARY.related_cards(card.id)
    ]


def test_the_sources_come_after_the_body(view: CardView) -> None:
    view.show_card("rupture-and-repair")
    (sources,) = [label for label in view.findChildren(QLabel) if label.text() == "Sources"]
    body_bottom = body(view).mapTo(view, body(view).rect().bottomLeft()).y()
    assert sources.mapTo(view, sources.rect().topLeft()).y() > body_bottom


def test_clicking_a_related_chip_shows_that_card_and_says_so(view: CardView, qtbot: QtBot) -> None:
    view.show_card("rupture-and-repair")

    with qtbot.waitSignal(view.related_requested) as requested:
        qtbot.mouseClick(chip_named(view, "Misattunement"), Qt.MouseButton.LeftButton)

    assert requested.args == ["misattunement"]
    assert view.card_id() == "misattunement"
    assert shown_labels(view)[0] == "Misattunement"


def test_back_returns_to_the_card_before(view: CardView, qtbot: QtBot) -> None:
    view.show_card("rupture-and-repair")
    qtbot.mouseClick(chip_named(view, "Misattunement"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chip_named(view, "Behavior as communication"), Qt.MouseButton.LeftButton)
    assert view.card_id() == "behavior-as-communication"
    assert back_button(view).isVisible()

    qtbot.mouseClick(back_button(view), Qt.MouseButton.LeftButton)
    assert view.card_id() == "misattunement"

    body(view).setFocus()
    qtbot.keyClick(body(view), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.card_id() == "rupture-and-repair"
    assert shown_labels(view)[0] == "Rupture and repair"
    assert not back_button(view).isVisible()


def test_a_view_told_not_to_follow_only_signals(view: CardView, qtbot: QtBot) -> None:
    view.show_card("rupture-and-repair")
    view.set_follows_related(False)

    with qtbot.waitSignal(view.related_requested) as requested:
        qtbot.mouseClick(chip_named(view, "The 4 S's"), Qt.MouseButton.LeftButton)

    assert requested.args == ["the-4-ss"]
    assert view.card_id() == "rupture-and-repair"


def test_the_keyboard_reaches_the_chips_and_enter_follows_one(view: CardView, qtbot: QtBot) -> None:
    view.show_card("rupture-and-repair")
    body(view).setFocus()

    first = chips(view)[0]
    for _ in range(10):
        if first.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert first.hasFocus()

    with qtbot.waitSignal(view.card_shown) as shown:
        qtbot.keyClick(first, Qt.Key.Key_Return)
    assert shown.args == ["misattunement"]


def test_page_down_in_the_text_scrolls_the_whole_card(view: CardView, qtbot: QtBot) -> None:
    view.resize(380, 400)
    view.show_card("ghosts-in-the-nursery")
    bar = view.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    body(view).setFocus()

    qtbot.keyClick(body(view), Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(body(view), Qt.Key.Key_Home)
    assert bar.value() == 0


class _Browser(QObject):
    """Stands in for the system browser: notes each address it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_a_link_opens_in_the_system_browser_only_when_clicked(view: CardView, qtbot: QtBot) -> None:
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        view.show_card("what-is-iecmh")
        text = body(view)
        assert browser.opened == []
        assert text.source() == QUrl()

        block = text.document().begin()
        while not any(fragment.charFormat().isAnchor() for fragment in _fragments(block)):
            block = block.next()
        (link,) = [f for f in _fragments(block) if f.charFormat().isAnchor()][:1]
        cursor = QTextCursor(text.document())
        cursor.setPosition(link.position() + link.length() // 2)
        point = text.cursorRect(cursor).center()
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)

        assert [url.toString() for url in browser.opened] == [link.charFormat().anchorHref()]
        assert view.card_id() == "what-is-iecmh"
    finally:
        QDesktopServices.unsetUrlHandler("https")


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_narrow_panel_wraps_everything_and_cuts_nothing_off(qtbot: QtBot, scale: float) -> None:
    font = QApplication.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(bigger)
    try:
        view = CardView(LIBRARY)
        qtbot.addWidget(view)
        view.resize(360, 700)
        view.show()
        qtbot.waitExposed(view)
        view.show_card("ghosts-in-the-nursery")
        qtbot.wait(20)

        scroll = view.findChild(QScrollArea)
        page = scroll.widget()
        assert page.width() <= scroll.viewport().width()
        assert scroll.horizontalScrollBar().maximum() == 0
        for widget in [body(view), *view.findChildren(QLabel), *chips(view)]:
            if widget.isVisible():
                right = widget.mapTo(page, widget.rect().topRight()).x()
                assert right < page.width(), widget
        for label in view.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width())
        assert body(view).height() >= body(view).document().size().height()
        assert body(view).font().pointSizeF() >= bigger.pointSizeF()
    finally:
        QApplication.setFont(font)


def test_every_control_has_an_accessible_name(view: CardView) -> None:
    view.show_card("rupture-and-repair")
    view.show_card("misattunement")
    found = list(controls(view))
    assert len(found) >= 3
    for control in found:
        assert control.accessibleName(), control
    assert body(view).accessibleName()


def test_an_unknown_card_is_a_programming_error(view: CardView) -> None:
    with pytest.raises(KeyError):
        view.show_card("no-such-card")
    assert view.card_id() is None


def test_a_card_built_by_hand_never_fetches_images(qtbot: QtBot) -> None:
    from reflect.domain.card import Card, CardSource

    card = Card(
        id="picture",
        title="Picture",
        summary="A card with an image in it.",
        themes=("relationship",),
        related=(),
        sources=(CardSource("000.txt", "Somewhere", cite_as="A seed"),),
        body="Before ![a picture](https://example.org/picture.png) after.",
    )
    library = Library(cards=(card,), templates=(), themes=LIBRARY.themes)
    view = CardView(library)
    qtbot.addWidget(view)
    view.show_card("picture")
    assert body(view).loadResource(2, QUrl("https://example.org/picture.png")) is None
    assert "Before" in body(view).toPlainText()


def test_on_a_wide_window_the_lines_stay_about_65_letters_long(
    view: CardView, qtbot: QtBot
) -> None:
    view.resize(1600, 900)
    view.show_card("ghosts-in-the-nursery")
    qtbot.waitUntil(lambda: body(view).width() < 1000)
    letters = body(view).width() / body(view).fontMetrics().averageCharWidth()
    assert 55 <= letters <= 66


def test_the_sources_close_the_card_in_smaller_text_after_the_related_cards(
    view: CardView, qapp: QApplication
) -> None:
    Theme(view).use("light")  # the look a window applies (reset after the test)
    view.show_card("rupture-and-repair")
    (sources,) = [label for label in view.findChildren(QLabel) if label.text() == "Sources"]
    (related,) = [label for label in view.findChildren(QLabel) if label.text() == "Related cards"]
    (title,) = [
        label for label in view.findChildren(QLabel) if label.text() == "Rupture and repair"
    ]
    top = sources.mapTo(view, sources.rect().topLeft()).y()
    assert top > max(chip.mapTo(view, chip.rect().bottomLeft()).y() for chip in chips(view))
    assert top > related.mapTo(view, related.rect().topLeft()).y()
    assert sources.font().pointSizeF() < body(view).font().pointSizeF()
    assert title.font().pointSizeF() > body(view).font().pointSizeF()
