"""A visitor's own set of questions: a copy with ids of its own, kept as JSON, and a
stand-in that keeps every answer when a set is missing."""

from __future__ import annotations

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
from reflect.domain.reflection import Answer, Reflection

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
