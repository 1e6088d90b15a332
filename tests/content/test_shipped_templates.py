"""The templates Reflect ships: the reflections the visitor needs, linked to their cards."""

from __future__ import annotations

import re

import pytest

from reflect.content import load_library
from reflect.domain.prompt import AnswerKind, Prompt
from reflect.domain.template import Template

LIBRARY = load_library()
PROMPTS = [p for t in LIBRARY.templates for p in t.iter_prompts()]

# A word from a card's own vocabulary in a prompt needs that card behind it.
JARGON = {
    "seen": "seen",
    "soothed": "soothed",
    "secure": "secure",
    "tune in": "attachment-and-attunement",
    "misread": "misattunement",
    "rupture": "rupture-and-repair",
    "ghost": "ghosts-in-the-nursery",
    "angel": "angels-in-the-nursery",
    "echo": "parallel-process",
    "felt safe": "felt-safety",
    "supervision": "reflective-supervision-and-endorsement",
}


def test_the_templates_exist_with_rough_times() -> None:
    minutes = {t.id: t.minutes for t in LIBRARY.templates}
    assert minutes.keys() == {
        "after-visit",
        "after-prenatal-visit",
        "before-visit",
        "before-supervision",
        "after-supervision",
        "supervisor-reflection",
        "quick-check-in",
        "imported-notes",
    }
    assert 3 <= minutes["after-visit"] <= 5
    assert 3 <= minutes["after-prenatal-visit"] <= 5
    assert minutes["quick-check-in"] == 1
    assert minutes["before-visit"] == 1


def test_after_visit_walks_through_the_sections_in_order() -> None:
    sections = [s.id for s in LIBRARY.template("after-visit").sections]
    assert sections == [
        "what-happened",
        "the-baby",
        "together",
        "caregiver-story",
        "me",
        "self-care",
        "supervision",
    ]


def test_after_visit_asks_about_each_s_and_the_relationship() -> None:
    after_visit = LIBRARY.template("after-visit")
    asked = {p.id for p in after_visit.iter_prompts() if not p.retired}
    for name in ("seen", "safe", "soothed", "secure-over-time", "attunement", "out-of-step"):
        assert f"after-visit.{name}" in asked, name
    for name in ("ghosts", "angels", "parallel-process", "my-felt-safety"):
        assert f"after-visit.{name}" in asked, name


def test_every_after_visit_prompt_links_to_a_card() -> None:
    unlinked = [p.id for p in LIBRARY.template("after-visit").iter_prompts() if not p.cards]
    assert unlinked == []


def test_heaviness_is_a_scale_with_both_ends_named() -> None:
    for prompt_id in ("after-visit.heaviness", "quick-check-in.heaviness", "quick-check-in.energy"):
        prompt = LIBRARY.prompt(prompt_id)
        assert prompt.kind is AnswerKind.SCALE
        assert prompt.scale_low and prompt.scale_high


def test_quick_check_in_is_energy_heaviness_one_word_one_need() -> None:
    ids = [p.id for p in LIBRARY.template("quick-check-in").iter_prompts()]
    assert ids == [
        "quick-check-in.energy",
        "quick-check-in.heaviness",
        "quick-check-in.one-word",
        "quick-check-in.one-need",
    ]
    assert LIBRARY.prompt("quick-check-in.one-need").kind is AnswerKind.CHOICE


def test_what_happened_asks_for_codes_not_names() -> None:
    assert "never a name" in LIBRARY.prompt("after-visit.what-happened").help


@pytest.mark.parametrize("prompt", PROMPTS, ids=[p.id for p in PROMPTS])
def test_prompt_id_starts_with_its_template_id(prompt: Prompt) -> None:
    assert prompt.id.startswith(LIBRARY.template_of(prompt.id).id + ".")


@pytest.mark.parametrize("prompt", PROMPTS, ids=[p.id for p in PROMPTS])
def test_prompt_is_a_short_question_with_its_cards_behind_it(prompt: Prompt) -> None:
    assert prompt.text.endswith(("?", "."))
    assert len(prompt.text.split()) <= 25
    words = f"{prompt.text} {prompt.help}".lower()
    for term, card_id in JARGON.items():
        if term in words:
            assert card_id in prompt.cards, (term, card_id)


@pytest.mark.parametrize("template", LIBRARY.templates, ids=[t.id for t in LIBRARY.templates])
def test_template_never_speaks_of_slides_or_handouts(template: Template) -> None:
    # The reader never saw the sources' slides or handouts (see the cards' rule).
    texts = [template.title, template.description, template.notice]
    texts += [section.title for section in template.sections]
    for prompt in template.iter_prompts():
        texts += [prompt.text, prompt.help, prompt.scale_low, prompt.scale_high, *prompt.choices]
    assert [text for text in texts if re.search(r"slide|handout", text, re.IGNORECASE)] == []
