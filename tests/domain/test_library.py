"""Library lookups: cards by id and theme, templates, prompts, and the prompts behind a card."""

from __future__ import annotations

import dataclasses

import pytest

from reflect.domain.card import Card, CardSource, Theme
from reflect.domain.library import Library
from reflect.domain.prompt import Prompt
from reflect.domain.template import Section, Template

SOURCE = (CardSource("004_37469a7726b6cefc.txt", "Rupture & Repair", "Tronick"),)


def _card(card_id: str, themes: tuple[str, ...], related: tuple[str, ...] = ()) -> Card:
    return Card(card_id, card_id.title(), "Summary.", themes, related, SOURCE, "Body.\n")


ALPHA = _card("alpha", ("relationship",), related=("beta",))
BETA = _card("beta", ("relationship", "regulation"))
GAMMA = _card("gamma", ("regulation",))
ASK = Prompt("t.ask", "Question?", cards=("alpha", "beta"))
OTHER = Prompt("u.other", "Another?", cards=("beta",))
LIBRARY = Library(
    cards=(ALPHA, BETA, GAMMA),
    templates=(
        Template("t", "T", "First.", 3, (Section("s", "S", (ASK,)),)),
        Template("u", "U", "Second.", 1, (Section("s", "S", (OTHER,)),)),
    ),
    themes=(Theme("relationship", "Relationship"), Theme("regulation", "Regulation")),
)


def test_card_by_id() -> None:
    assert LIBRARY.card("beta") is BETA
    assert LIBRARY.has_card("gamma")
    assert not LIBRARY.has_card("delta")
    with pytest.raises(KeyError):
        LIBRARY.card("delta")


def test_cards_by_theme_keep_library_order() -> None:
    assert LIBRARY.cards_with_theme("regulation") == (BETA, GAMMA)
    assert LIBRARY.cards_with_theme("culture") == ()
    assert LIBRARY.theme("regulation").title == "Regulation"
    with pytest.raises(KeyError):
        LIBRARY.theme("culture")


def test_related_cards_in_the_order_listed() -> None:
    assert LIBRARY.related_cards("alpha") == (BETA,)
    assert LIBRARY.related_cards("gamma") == ()


def test_template_and_prompt_by_id_across_templates() -> None:
    assert LIBRARY.template("u").title == "U"
    assert LIBRARY.prompt("u.other") is OTHER
    assert LIBRARY.template_of("t.ask").id == "t"
    with pytest.raises(KeyError):
        LIBRARY.prompt("t.missing")


def test_prompts_that_link_to_a_card() -> None:
    assert LIBRARY.prompts_for_card("beta") == (ASK, OTHER)
    assert LIBRARY.prompts_for_card("alpha") == (ASK,)
    assert LIBRARY.prompts_for_card("gamma") == ()


def test_library_and_its_parts_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        LIBRARY.cards = ()  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ALPHA.title = "Changed"  # type: ignore[misc]
    rebuilt = Library(LIBRARY.cards, LIBRARY.templates, LIBRARY.themes)
    assert rebuilt == LIBRARY
    assert hash(rebuilt) == hash(LIBRARY)
