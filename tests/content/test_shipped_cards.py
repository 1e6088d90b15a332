"""The cards Reflect ships: the topics the work needs, each short, sourced and reachable."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.content.seeds import SEEDS
from reflect.content.themes import THEMES
from reflect.domain.card import Card

LIBRARY = load_library()
CARDS = LIBRARY.cards

REQUIRED_CARDS = [
    # The 4 S's
    "the-4-ss",
    "seen",
    "safe",
    "soothed",
    "secure",
    # Relationship
    "attachment-and-attunement",
    "misattunement",
    "rupture-and-repair",
    "serve-and-return",
    # The caregiver's story
    "ghosts-in-the-nursery",
    "angels-in-the-nursery",
    "implicit-memories",
    # The visitor
    "parallel-process",
    "reflective-practice",
    "use-of-relationship-and-presence",
    # Safety and regulation
    "felt-safety",
    "threat-response-and-neuroception",
    "co-regulation",
    "mirror-neurons-and-modeling",
    # Development
    "the-6-rs",
    "behavior-as-communication",
    "temperament",
    "goodness-of-fit",
    "typical-and-atypical-development",
    "brain-architecture",
    # Stress and adversity
    "toxic-stress",
    "adverse-childhood-experiences",
    "secure-attachment",
    # The field
    "what-is-iecmh",
    "infant-mental-health-fundamentals",
    "the-imh-approach",
    "culture-equity-and-diversity",
    # Self-care
    "self-care-and-belly-breathing",
    "secondary-traumatic-stress-and-burnout",
    # Services
    "evidence-based-interventions",
    "reflective-supervision-and-endorsement",
    "substance-use-and-families",
]

# About 120-280 words of body: one screen for a tired reader. The clinical review caps
# a card body (below the front matter) at 280 words.
MIN_WORDS, MAX_WORDS = 100, 280
# A quotation is a definition or one sentence. The longest is the ZERO TO THREE (2017)
# definition of IECMH, quoted whole as the seed quotes it (44 words).
MAX_QUOTED_WORDS = 45
# The reader never saw the slide deck or the handouts the cards draw on, so a card names a
# source by its author and title ("Caldbeck's training *Principles of Infant Mental
# Health*", "the fact sheet *Fast Facts: ...*"), never as "the slides" or "the handout".
UNSEEN_SOURCE = re.compile(r"slide|handout", re.IGNORECASE)
# Links only to pages the seeds themselves point to.
SEED_LINKS = {
    "https://diversityinformedtenets.org/the-tenets/english/",
    "https://developingchild.harvard.edu/resources/what-is-epigenetics-and-how-does-it-relate-to-child-development/",
    "https://www.zerotothree.org/resources/series/infant-and-early-childhood-mental-health-iecmh-policy-series",
    "http://promotingmentalhealthiowa.org/imh-endorsement/",
}


def _ids(cards: tuple[Card, ...]) -> list[str]:
    return [card.id for card in cards]


def _words(text: str) -> int:
    return len(text.split())


def test_there_are_at_least_thirty_cards() -> None:
    assert len(CARDS) >= 30


def test_every_required_topic_has_a_card() -> None:
    missing = [card_id for card_id in REQUIRED_CARDS if not LIBRARY.has_card(card_id)]
    assert missing == []


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_card_file_is_named_after_its_id(card: Card) -> None:
    assert Path(card.file).name == f"{card.id}.md"


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_card_body_fits_on_one_screen(card: Card) -> None:
    assert MIN_WORDS <= _words(card.body) <= MAX_WORDS, _words(card.body)


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_quotations_are_short(card: Card) -> None:
    quoted = re.findall(r"“([^”]*)”", card.body)
    quoted += [line for line in card.body.splitlines() if line.startswith(">")]
    assert all(_words(q) <= MAX_QUOTED_WORDS for q in quoted), quoted
    # Quotations are marked with curly quotes, so a straight quote would escape the check.
    assert '"' not in card.body


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_card_never_speaks_of_slides_or_handouts(card: Card) -> None:
    for text in (card.title, card.summary, card.body):
        assert not UNSEEN_SOURCE.findall(text), text


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_card_ends_with_two_or_three_questions_to_sit_with(card: Card) -> None:
    assert "### To sit with" in card.body
    after = card.body.split("### To sit with", 1)[1].split("\n### ", 1)[0]
    questions = [line for line in after.splitlines() if line.startswith("- ")]
    assert 2 <= len(questions) <= 3
    assert all(q.rstrip().endswith("?") for q in questions)


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_card_uses_only_markdown_qt_shows_well(card: Card) -> None:
    assert not re.search(r"^\s*\|", card.body, re.MULTILINE), "no tables"
    assert "![" not in card.body, "no images"
    assert not re.search(r"<[a-zA-Z/]", card.body), "no HTML"
    assert not card.body.lstrip().startswith("# "), "the title is shown from the front matter"


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_links_go_only_where_the_seeds_point(card: Card) -> None:
    links = set(re.findall(r"\]\((\S+?)\)", card.body))
    assert links <= SEED_LINKS


@pytest.mark.parametrize("card", CARDS, ids=_ids(CARDS))
def test_summary_is_one_line(card: Card) -> None:
    assert "\n" not in card.summary
    assert len(card.summary) <= 200


def test_every_card_is_reached_from_a_prompt_or_a_related_link() -> None:
    reached = {r for card in CARDS for r in card.related}
    reached |= {c for t in LIBRARY.templates for p in t.iter_prompts() for c in p.cards}
    assert [card.id for card in CARDS if card.id not in reached] == []


def test_every_seed_is_cited_by_at_least_three_cards() -> None:
    cited = Counter(seed for card in CARDS for seed in {s.seed for s in card.sources})
    assert {seed.file: cited[seed.file] >= 3 for seed in SEEDS} == {s.file: True for s in SEEDS}


def test_every_theme_groups_at_least_one_card() -> None:
    assert [t.id for t in THEMES if not LIBRARY.cards_with_theme(t.id)] == []
