"""The never-share list matches a word however it was typed, in the list or in the text."""

from __future__ import annotations

import unicodedata

import pytest

from reflect.domain.identifier_flag import IdentifierKind
from reflect.exchange.deidentify import check

NFD = unicodedata.normalize("NFD", "Renée")
ZWSP = "\u200b"


@pytest.mark.parametrize(
    ("word", "text", "flagged"),
    [
        ("Jamila", "JAMILA reached for the rattle.", "JAMILA"),
        ("Renée", "Renee called during the visit.", "Renee"),  # accent in the list only
        ("Renee", "Renée called during the visit.", "Renée"),  # accent in the text only
        ("Renée", f"{NFD} called during the visit.", NFD),  # decomposed in the text
        (NFD, "Renée called during the visit.", "Renée"),  # decomposed in the list
        ("Núñez", "Pedro NUNEZ slept on the couch.", "NUNEZ"),
        ("Jamila", "Ｊａｍｉｌａ was on her bib.", "Ｊａｍｉｌａ"),  # full-width (NFKC)
        ("Jamila", f"Jam{ZWSP}ila smiled at the mirror.", f"Jam{ZWSP}ila"),  # invisible in text
        (f"Ja{ZWSP}mila", "Jamila smiled at the mirror.", "Jamila"),  # invisible in the list
        ("Hillcrest Diner", "She works at the Hillcrest\nDi\u00adner.", "Hillcrest\nDi\u00adner"),
        ("Zoë Hart", "zoe\u0308   hart came by.", "zoe\u0308   hart"),
        ("O'Brien", "Mrs O\u2019Brien came by.", "O\u2019Brien"),  # a typographic apostrophe
        ("Mary\u2011Jo", "Mary-Jo held the baby.", "Mary-Jo"),  # a non-breaking hyphen
    ],
)
def test_never_share_word_matches_however_it_is_written(word: str, text: str, flagged: str) -> None:
    flags = check(text, [word])
    assert [(f.kind, text[f.start : f.end]) for f in flags] == [
        (IdentifierKind.NEVER_WRITE, flagged)
    ]


def test_never_share_word_still_matches_whole_words_only() -> None:
    assert check("Mikayla and Kaylasha played.", ["Kayla"]) == []
    assert check("Renéed is not a word.", ["Renee"]) == []


def test_a_list_word_that_is_only_invisible_characters_matches_nothing() -> None:
    assert check("Nothing to see.", [ZWSP, "\u00ad", " "]) == []
