"""A visitor's own set of questions: a copy with ids of its own, kept as JSON, and a
stand-in that keeps every answer when a set is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from reflect.content import load_library
from reflect.domain.own_templates import (
    copy_of,
    from_json,
    is_own,
    new_question,
    stand_in,
    to_json,
)
from reflect.domain.prompt import Prompt
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.template import Template

LIBRARY = load_library()


def test_a_copy_has_ids_of_its_own_and_keeps_what_the_self_care_view_reads() -> None:
    source = LIBRARY.template("quick-check-in")
    copy = copy_of(source, "  My check-in  ")
    assert is_own(copy.id) and copy.title == "My check-in"
    shipped = {p.id for t in LIBRARY.templates for p in t.iter_prompts()}
    assert not shipped & {p.id for p in copy.iter_prompts()}
    # "how heavy" is still found by the last part of its id, and its cards come along.
    heavy = next(p for p in copy.iter_prompts() if p.id.endswith(".heaviness"))
    assert heavy.cards == source.find_prompt("quick-check-in.heaviness").cards  # type: ignore[union-attr]
    assert [p.text for p in copy.iter_prompts()] == [p.text for p in source.iter_prompts()]
    assert LIBRARY.with_templates([copy]).template(copy.id) is copy


def test_her_own_question_gets_an_id_no_prompt_of_the_set_has() -> None:
    copy = copy_of(LIBRARY.template("after-visit"), "Mine")
    taken = {p.id for p in copy.iter_prompts()}
    first = new_question(copy.id, " What did I learn? ", taken)
    assert first.text == "What did I learn?" and first.id == f"{copy.id}.mine-1"
    assert new_question(copy.id, "And what else?", taken).id == f"{copy.id}.mine-2"


def test_the_json_gives_back_the_same_sets_accents_and_all() -> None:
    copy = copy_of(LIBRARY.template("after-visit"), "Después de la visita ✨")
    assert from_json(to_json([copy])) == (copy,)
    assert from_json("") == ()


@pytest.mark.parametrize(
    "text",
    [
        "{}",
        json.dumps([{"id": "after-visit"}]),  # never a shipped id
        json.dumps([{"id": "own-1", "title": 5}]),
        "[" * 10,
    ],
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        from_json(text)


def test_a_reflection_whose_set_is_missing_still_shows_every_answer() -> None:
    reflection = Reflection(
        visit_date=dt.date(2026, 12, 1),
        family_code="K7",
        template_id="own-gone",
        answers=(Answer("own-gone.mine-1", "Kept words", private=True),),
    )
    template = stand_in(reflection)
    assert [(p.id, p.private) for p in template.iter_prompts()] == [("own-gone.mine-1", True)]


def test_a_copy_remembers_the_set_and_each_question_it_was_copied_from() -> None:
    source = LIBRARY.template("after-visit")
    copy = copy_of(source, "Mine")
    assert copy.copied_from == "after-visit"
    kept = [p for p in source.iter_prompts() if not p.retired]
    assert [p.copied_from for p in copy.iter_prompts()] == [p.id for p in kept]
    # A copy of her copy still names Reflect's own question, not her first copy's.
    again = copy_of(copy, "Mine again")
    assert again.copied_from == "after-visit"
    assert [p.copied_from for p in again.iter_prompts()] == [p.id for p in kept]


def test_copies_of_every_shipped_set_never_take_a_shipped_id() -> None:
    shipped = {t.id for t in LIBRARY.templates} | {
        p.id for t in LIBRARY.templates for p in t.iter_prompts()
    }
    assert not any(ident.startswith(("own-", "agency-")) for ident in shipped)
    for template in LIBRARY.templates:
        copy = copy_of(template, "Mine")
        assert copy.id not in shipped
        assert not shipped & {p.id for p in copy.iter_prompts()}


def test_what_a_copy_came_from_survives_the_json_and_older_sets_read_without_it() -> None:
    copy = copy_of(LIBRARY.template("quick-check-in"), "Mine")
    (read,) = from_json(to_json([copy]))
    assert read.copied_from == "quick-check-in"
    assert [p.copied_from for p in read.iter_prompts()] == [
        p.copied_from for p in copy.iter_prompts()
    ]
    # A set saved before copies remembered their source: the same set, linked to nothing.
    older = json.loads(to_json([copy]))
    del older[0]["copied_from"]
    for section in older[0]["sections"]:
        for prompt in section["prompts"]:
            del prompt["copied_from"]
    (plain,) = from_json(json.dumps(older))
    assert plain.copied_from == "" and all(p.copied_from == "" for p in plain.iter_prompts())
    assert [p.text for p in plain.iter_prompts()] == [p.text for p in copy.iter_prompts()]


def test_a_copied_question_shows_the_cards_its_source_has_now() -> None:
    copy = copy_of(LIBRARY.template("after-visit"), "Mine")
    seen = next(p for p in copy.iter_prompts() if p.id.endswith(".seen"))
    # As if Reflect linked another card to the question after the copy was made.
    stale = dataclasses.replace(seen, cards=seen.cards[:1])
    sections = tuple(
        dataclasses.replace(s, prompts=tuple(stale if p.id == seen.id else p for p in s.prompts))
        for s in copy.sections
    )
    merged = LIBRARY.with_templates([dataclasses.replace(copy, sections=sections)])
    source_cards = LIBRARY.prompt("after-visit.seen").cards
    assert len(source_cards) > 1
    assert merged.prompt(seen.id).cards == source_cards
    # "Reflections that used a card" finds answers to her copy of the question too.
    assert seen.id in {p.id for p in merged.prompts_for_card(source_cards[-1])}
    # Her own question, copied from nothing, keeps what it has.
    mine = new_question(copy.id, "What did I notice?", set())
    assert LIBRARY.with_templates([copy_with(copy, mine)]).prompt(mine.id).cards == ()


def copy_with(template: Template, prompt: Prompt) -> Template:
    """`template` with one more question at the end of its last section."""
    last = template.sections[-1]
    grown = dataclasses.replace(last, prompts=(*last.prompts, prompt))
    return dataclasses.replace(template, sections=(*template.sections[:-1], grown))
