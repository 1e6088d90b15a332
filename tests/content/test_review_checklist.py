"""The clinical content review's checklist, pinned: what a tired visitor sees first, what
starts private, where safety points, and what the cards may and may not say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.content.resources import resources_folder
from reflect.domain.card import Card
from reflect.domain.prompt import Depth, Prompt
from reflect.domain.template import Template

LIBRARY = load_library()
PROMPTS = [p for t in LIBRARY.templates for p in t.iter_prompts()]
ASKED = [p for p in PROMPTS if not p.retired]

# Every prompt id released before core/deeper: answers are stored against them, so each
# must still load (retired or not) and keep its question.
RELEASED_PROMPT_IDS = [
    "after-visit.what-happened",
    "after-visit.seen",
    "after-visit.safe",
    "after-visit.soothed",
    "after-visit.secure",
    "after-visit.attunement",
    "after-visit.misattunement",
    "after-visit.rupture-and-repair",
    "after-visit.ghosts",
    "after-visit.angels",
    "after-visit.pressures",
    "after-visit.parallel-process",
    "after-visit.my-reactions",
    "after-visit.my-felt-safety",
    "after-visit.heaviness",
    "after-visit.what-i-need",
    "after-visit.for-supervision",
    "quick-check-in.energy",
    "quick-check-in.heaviness",
    "quick-check-in.one-word",
    "quick-check-in.one-need",
    "before-supervision.what-to-bring",
    "before-supervision.my-question",
    "before-supervision.my-feelings",
    "before-supervision.since-last-time",
    "after-supervision.understood",
    "after-supervision.shifted",
    "after-supervision.next-steps",
]

# Retired prompt -> the prompt that asks its question now.
RETIRED = {
    "after-visit.secure": "after-visit.secure-over-time",
    "after-visit.misattunement": "after-visit.out-of-step",
    "after-visit.rupture-and-repair": "after-visit.out-of-step",
}

AFTER_VISIT_CORE = [
    "after-visit.what-happened",
    "after-visit.seen",
    "after-visit.attunement",
    "after-visit.my-reactions",
    "after-visit.heaviness",
    "after-visit.for-supervision",
]

# About the visitor: the answer starts private.
PRIVATE = {
    "after-visit.my-reactions",
    "after-visit.my-felt-safety",
    "after-visit.heaviness",
    "after-visit.what-i-need",
    "after-visit.culture-and-power",
    "after-prenatal-visit.my-reactions",
    "after-prenatal-visit.my-felt-safety",
    "after-prenatal-visit.heaviness",
    "after-prenatal-visit.what-i-need",
    "after-supervision.our-relationship",
}
PRIVATE_TEMPLATES = ("quick-check-in", "before-visit", "supervisor-reflection")

WITH_SAFETY_NOTICE = ("after-visit", "quick-check-in", "before-visit", "after-prenatal-visit")

# Cards kept for the library's own browsing, reached only from other cards.
LIBRARY_ONLY = {"what-is-iecmh", "infant-mental-health-fundamentals", "iecmh-services"}

# Cards that route a safety worry: each names the agency and the supervisor.
SAFETY_ROUTES = (
    "safe",
    "felt-safety",
    "threat-response-and-neuroception",
    "substance-use-and-families",
    "culture-equity-and-diversity",
    "when-a-caregiver-seems-low",
)

# Names and details no seed supports (the review rejects them), and the scan comparison
# it removed.
FORBIDDEN_IN_CARDS = re.compile(r"siegel|bryson|perry|2005|extreme neglect", re.IGNORECASE)

# Prompts that invite a family's private story: their help asks for the theme only.
FAMILY_DISCLOSURES = (
    "after-visit.safe",
    "after-visit.out-of-step",
    "after-visit.ghosts",
    "after-visit.pressures",
    "after-prenatal-visit.pressures",
    "after-supervision.shifted",
)

MAX_CARD_WORDS = 280


def _texts() -> list[tuple[str, str]]:
    """(where, text) of every line a visitor reads in the templates."""
    found: list[tuple[str, str]] = []
    for template in LIBRARY.templates:
        found += [(template.id, template.description), (template.id, template.notice)]
        found += [(p.id, f"{p.text} {p.help}") for p in template.iter_prompts()]
    return found


def _core(template_id: str) -> list[str]:
    return [
        p.id
        for p in LIBRARY.template(template_id).iter_prompts()
        if p.depth is Depth.CORE and not p.retired
    ]


# ----------------------------------------------------------------- what is asked


def test_after_visit_core_is_the_six_the_review_proposes() -> None:
    assert _core("after-visit") == AFTER_VISIT_CORE
    assert 3 <= LIBRARY.template("after-visit").minutes <= 5


@pytest.mark.parametrize("template", LIBRARY.templates, ids=[t.id for t in LIBRARY.templates])
def test_no_template_shows_more_than_six_prompts_before_go_deeper(template: Template) -> None:
    assert len(_core(template.id)) <= 6


def test_every_core_prompt_links_a_card() -> None:
    assert [p.id for p in ASKED if p.depth is Depth.CORE and not p.cards] == []


def test_every_asked_prompt_links_a_card() -> None:
    assert [p.id for p in ASKED if not p.cards] == []


def test_deeper_prompts_are_optional() -> None:
    assert [p.id for p in ASKED if p.depth is Depth.DEEPER and not p.optional] == []


def test_there_are_at_least_seven_templates() -> None:
    assert len(LIBRARY.templates) >= 7


def test_a_prompt_asks_about_development_behind_go_deeper() -> None:
    prompt = LIBRARY.prompt("after-visit.development")
    assert prompt.depth is Depth.DEEPER
    for card_id in ("typical-and-atypical-development", "capacities-birth-to-five", "temperament"):
        assert card_id in prompt.cards
    assert "supervisor" in prompt.help and "screening" in prompt.help


def test_the_prenatal_variant_links_before_birth() -> None:
    prenatal = LIBRARY.template("after-prenatal-visit")
    assert any("before-birth" in p.cards for p in prenatal.iter_prompts() if not p.retired)
    baby_prompts = {"after-visit.seen", "after-visit.safe", "after-visit.soothed"}
    assert not baby_prompts & {p.id for p in prenatal.iter_prompts()}


def test_the_after_visit_asks_what_went_well_and_the_caregivers_concern() -> None:
    for prompt_id in ("after-visit.went-well", "after-visit.caregiver-concern"):
        assert LIBRARY.prompt(prompt_id).depth is Depth.DEEPER


def test_seen_carries_holding_the_baby_in_mind() -> None:
    assert "in mind" in LIBRARY.prompt("after-visit.seen").help


def test_out_of_step_merges_misattunement_and_repair() -> None:
    prompt = LIBRARY.prompt("after-visit.out-of-step")
    assert {"misattunement", "rupture-and-repair"} <= set(prompt.cards)


def test_security_is_asked_across_visits() -> None:
    assert "across" in LIBRARY.prompt("after-visit.secure-over-time").text.lower()


# ------------------------------------------------------------------ old answers


@pytest.mark.parametrize("prompt_id", RELEASED_PROMPT_IDS)
def test_every_released_prompt_id_still_loads(prompt_id: str) -> None:
    prompt = LIBRARY.prompt(prompt_id)
    assert prompt.text
    assert LIBRARY.question(prompt_id) == prompt.text


@pytest.mark.parametrize(("old", "new"), RETIRED.items())
def test_a_retired_prompt_stays_with_its_question_and_points_nowhere_new(
    old: str, new: str
) -> None:
    assert LIBRARY.prompt(old).retired
    assert not LIBRARY.prompt(new).retired
    assert LIBRARY.template_of(old) is LIBRARY.template_of(new)


def test_only_the_merged_and_reworded_prompts_are_retired() -> None:
    assert {p.id for p in PROMPTS if p.retired} == set(RETIRED)


# --------------------------------------------------------------------- privacy


@pytest.mark.parametrize("prompt", PROMPTS, ids=[p.id for p in PROMPTS])
def test_private_defaults(prompt: Prompt) -> None:
    expected = prompt.id in PRIVATE or LIBRARY.template_of(prompt.id).id in PRIVATE_TEMPLATES
    assert prompt.private is expected


def test_parallel_process_stays_shareable() -> None:
    assert not LIBRARY.prompt("after-visit.parallel-process").private


def test_marking_felt_safety_private_tells_no_one() -> None:
    for prompt_id in ("after-visit.my-felt-safety", "after-prenatal-visit.my-felt-safety"):
        help_text = LIBRARY.prompt(prompt_id).help
        assert "tells no one" in help_text
        assert "supervisor now" in help_text


def test_the_supervisors_own_reflection_says_it_is_never_sent() -> None:
    assert "never" in LIBRARY.template("supervisor-reflection").description


def test_after_supervision_serves_a_group_without_other_families() -> None:
    description = LIBRARY.template("after-supervision").description
    assert "group" in description
    assert "never record other visitors' families" in description


# ---------------------------------------------------------------------- safety


@pytest.mark.parametrize("template_id", WITH_SAFETY_NOTICE)
def test_the_safety_line_comes_first(template_id: str) -> None:
    notice = LIBRARY.template(template_id).notice
    assert "agency's safety protocol" in notice
    assert "supervisor now" in notice
    assert "No prompt" in notice


@pytest.mark.parametrize(("where", "text"), _texts())
def test_no_text_allows_initials_without_saying_why_not(where: str, text: str) -> None:
    if "initials" in text:
        assert "no initials" in text, where
        assert "can identify" in text, where
        assert "agency's policy" in text, where


@pytest.mark.parametrize("prompt_id", FAMILY_DISCLOSURES)
def test_family_stories_are_noted_as_a_theme_in_a_few_words(prompt_id: str) -> None:
    help_text = LIBRARY.prompt(prompt_id).help
    assert "few words" in help_text


@pytest.mark.parametrize("prompt_id", ["after-visit.ghosts", "after-visit.pressures"])
def test_a_family_story_goes_to_the_supervisor_before_the_caregiver(prompt_id: str) -> None:
    help_text = LIBRARY.prompt(prompt_id).help
    assert "supervisor before raising it" in help_text
    assert "agency's protocol" in help_text


@pytest.mark.parametrize("card_id", SAFETY_ROUTES)
def test_safety_cards_name_the_agency_and_the_supervisor(card_id: str) -> None:
    body = LIBRARY.card(card_id).body
    assert "agency" in body and "supervisor" in body


def test_secondary_traumatic_stress_says_now_and_names_the_eap() -> None:
    body = LIBRARY.card("secondary-traumatic-stress-and-burnout").body
    assert "supervisor now" in body
    assert "EAP" in body
    assert "harming yourself" in body


# ----------------------------------------------------------------------- cards


@pytest.mark.parametrize("card", LIBRARY.cards, ids=[c.id for c in LIBRARY.cards])
def test_no_card_body_is_over_280_words(card: Card) -> None:
    assert len(card.body.split()) <= MAX_CARD_WORDS


def test_cards_name_nothing_the_seeds_do_not() -> None:
    folder = Path(str(resources_folder())) / "cards"
    found = [
        path.name
        for path in sorted(folder.glob("*.md"))
        if FORBIDDEN_IN_CARDS.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_every_card_is_linked_from_a_prompt_or_listed_as_library_only() -> None:
    linked = {c for p in ASKED for c in p.cards}
    unlinked = {card.id for card in LIBRARY.cards if card.id not in linked}
    assert unlinked == LIBRARY_ONLY


def test_library_only_cards_are_reached_from_another_card() -> None:
    related = {r for card in LIBRARY.cards for r in card.related}
    assert related >= LIBRARY_ONLY


# ------------------------------------------------------------ against the seeds
