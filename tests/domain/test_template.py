"""Template helpers: walking prompts in order and finding one by id."""

from __future__ import annotations

from reflect.domain.prompt import AnswerKind, Prompt
from reflect.domain.template import Section, Template

FIRST = Prompt("t.first", "What happened?")
SECOND = Prompt(
    "t.second", "How heavy?", kind=AnswerKind.SCALE, scale_low="Light", scale_high="Heavy"
)
THIRD = Prompt("t.third", "What do you need?", kind=AnswerKind.CHOICE, choices=("Rest", "Talk"))
TEMPLATE = Template(
    id="t",
    title="T",
    description="A template.",
    minutes=2,
    sections=(Section("one", "One", (FIRST, SECOND)), Section("two", "Two", (THIRD,))),
)


def test_prompts_come_in_the_order_the_visitor_meets_them() -> None:
    assert TEMPLATE.prompts == (FIRST, SECOND, THIRD)
    assert list(TEMPLATE.iter_prompts()) == [FIRST, SECOND, THIRD]


def test_find_prompt_by_id() -> None:
    assert TEMPLATE.find_prompt("t.third") is THIRD
    assert TEMPLATE.find_prompt("t.missing") is None


def test_section_of_a_prompt() -> None:
    section = TEMPLATE.section_of("t.second")
    assert section is not None
    assert section.id == "one"
    assert TEMPLATE.section_of("t.missing") is None


def test_prompt_defaults_to_a_required_text_answer() -> None:
    assert (FIRST.kind, FIRST.optional, FIRST.help, FIRST.cards, FIRST.choices) == (
        AnswerKind.TEXT,
        False,
        "",
        (),
        (),
    )
