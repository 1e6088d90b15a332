"""The Spanish content: every card and template in both languages, the same but for its
words; the field's terms as the glossary gives them; the English quotations kept."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from reflect.content import load_library, resources_folder
from reflect.content.quotations import credited_quotations
from reflect.domain.card import Card
from reflect.domain.errors import ContentError

ENGLISH = load_library()
SPANISH = load_library(language="es")
RESOURCES = Path(str(resources_folder()))
# Spanish says the same in about a sixth more words (280 x 7/6 is about 330); one screen
# still holds it.
MAX_SPANISH_WORDS = 330


def test_every_card_and_template_is_in_both_languages_with_the_same_ids() -> None:
    assert [c.id for c in SPANISH.cards] == [c.id for c in ENGLISH.cards]
    assert [t.id for t in SPANISH.templates] == [t.id for t in ENGLISH.templates]
    english = {p.id: p for p in ENGLISH.templates[0].iter_prompts()}
    for prompt in SPANISH.templates[0].iter_prompts():
        assert prompt.cards == english[prompt.id].cards
    assert SPANISH.template("after-visit").title == "Después de una visita"
    assert SPANISH.card("seen").title == "Visto"
    assert [t.id for t in SPANISH.themes] == [t.id for t in ENGLISH.themes]
    assert SPANISH.theme("self-care").title != ENGLISH.theme("self-care").title


@pytest.mark.parametrize("card", SPANISH.cards, ids=[c.id for c in SPANISH.cards])
def test_a_spanish_card_fits_one_screen_and_keeps_its_english_quotations(card: Card) -> None:
    assert len(card.body.split()) <= MAX_SPANISH_WORDS
    english = credited_quotations(ENGLISH.card(card.id))
    assert set(credited_quotations(card)) >= set(english)
    if english:  # our translation follows the English words, marked as ours
        assert "traducción nuestra" in card.body


def _spanish_texts() -> list[tuple[str, str]]:
    return [
        (path.relative_to(RESOURCES).as_posix(), path.read_text(encoding="utf-8"))
        for folder in ("cards/es", "templates/es")
        for path in sorted((RESOURCES / folder).iterdir())
    ]


def test_the_glossary_terms_are_used_and_its_avoided_wordings_never() -> None:
    glossary = tomllib.loads((RESOURCES / "glossary" / "es.toml").read_text(encoding="utf-8"))
    avoided = [word for term in glossary["terms"] for word in term["avoid"]]
    found = [
        (name, word)
        for name, text in _spanish_texts()
        for word in avoided
        if word.casefold() in text.casefold()
    ]
    assert found == []
    everything = " ".join(text for _, text in _spanish_texts())
    for term in ("supervisión reflexiva", "visitadora del hogar", "código de la familia"):
        assert term in everything


def test_no_spanish_text_speaks_of_slides_or_handouts() -> None:
    unseen = re.compile(r"diapositiva|folleto|slide|handout", re.IGNORECASE)
    assert [name for name, text in _spanish_texts() if unseen.search(text)] == []


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy, ignore=shutil.ignore_patterns("demo"))
    return copy


def test_a_card_missing_in_spanish_is_named(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    (copy / "cards" / "es" / "seen.md").unlink()
    with pytest.raises(ContentError, match=r"cards/es/seen.*both languages"):
        load_library(copy, "es")


def test_a_spanish_card_citing_other_sources_is_refused(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    path = copy / "cards" / "es" / "seen.md"
    path.write_text(path.read_text(encoding="utf-8").replace('where = "4 S', 'where = "5 S', 1))
    with pytest.raises(ContentError, match=r"cards/es/seen.md.*sources"):
        load_library(copy, "es")


def test_a_spanish_template_with_a_choice_less_is_refused(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    path = copy / "templates" / "es" / "quick-check-in.toml"
    text = path.read_text(encoding="utf-8")
    choices = re.search(r"choices = \[\n((?:.*\n)*?)\]", text)
    assert choices is not None
    first_line = choices.group(1).splitlines()[0]
    path.write_text(text.replace(first_line + "\n", "", 1), encoding="utf-8")
    with pytest.raises(ContentError, match=r"quick-check-in.one-need.*more than words"):
        load_library(copy, "es")
    with pytest.raises(ContentError, match="language"):
        load_library(copy, "fr")
