"""Each rule a single template file must keep: a fixture that breaks it, and the error
that names the file and the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reflect.content import load_library
from reflect.domain.errors import ContentError
from reflect.domain.prompt import AnswerKind, Depth
from tests.helpers.content_factory import prompt, template, toml_text, write_content

P = "sections[0].prompts[0]"


def _load(tmp_path: Path, text: str) -> ContentError:
    """Load a folder whose only template t.toml has `text`; return the error it raises."""
    write_content(tmp_path, templates={"t.toml": text})
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    return caught.value


def _with_prompt(**fields: Any) -> dict[str, Any]:
    """A template whose one prompt has these fields replaced."""
    return template(sections=[{"id": "first", "title": "First", "prompts": [prompt(**fields)]}])


def _without(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


BROKEN: dict[str, tuple[dict[str, Any], str]] = {
    "unknown field": (template(minuts=3), "minuts"),
    "id missing": (_without(template(), "id"), "id"),
    "id invalid": (template(id="After Visit"), "id"),
    "title empty": (template(title=""), "title"),
    "description missing": (_without(template(), "description"), "description"),
    "minutes missing": (_without(template(), "minutes"), "minutes"),
    "minutes not a number": (template(minutes="five"), "minutes"),
    "minutes true": (template(minutes=True), "minutes"),
    "minutes zero": (template(minutes=0), "minutes"),
    "sections missing": (_without(template(), "sections"), "sections"),
    "sections empty": (template(sections=[]), "sections"),
    "sections not tables": (template(sections=["first"]), "sections"),
    "section id missing": (
        template(sections=[{"title": "First", "prompts": [prompt()]}]),
        "sections[0].id",
    ),
    "section title missing": (
        template(sections=[{"id": "first", "prompts": [prompt()]}]),
        "sections[0].title",
    ),
    "section without prompts": (
        template(sections=[{"id": "first", "title": "First", "prompts": []}]),
        "sections[0].prompts",
    ),
    "section id twice": (
        template(
            sections=[
                {"id": "same", "title": "One", "prompts": [prompt("t.one")]},
                {"id": "same", "title": "Two", "prompts": [prompt("t.two")]},
            ]
        ),
        "sections[1].id",
    ),
    "prompt unknown field": (_with_prompt(txt="Typo"), f"{P}.txt"),
    "prompt id missing": (
        template(sections=[{"id": "first", "title": "F", "prompts": [{"text": "Why?"}]}]),
        f"{P}.id",
    ),
    "prompt id invalid": (_with_prompt(id="t.First Prompt"), f"{P}.id"),
    "prompt text empty": (_with_prompt(text=" "), f"{P}.text"),
    "prompt help empty": (_with_prompt(help=""), f"{P}.help"),
    "optional not true or false": (_with_prompt(optional="yes"), f"{P}.optional"),
    "kind unknown": (_with_prompt(kind="slider"), f"{P}.kind"),
    "kind not text": (_with_prompt(kind=3), f"{P}.kind"),
    "choice without choices": (_with_prompt(kind="choice"), f"{P}.choices"),
    "choice with empty choices": (_with_prompt(kind="choice", choices=[]), f"{P}.choices"),
    "choices on a text prompt": (_with_prompt(choices=["Rest"]), f"{P}.choices"),
    "scale without low label": (_with_prompt(kind="scale", high="Heavy"), f"{P}.low"),
    "scale without high label": (_with_prompt(kind="scale", low="Light"), f"{P}.high"),
    "low label on a text prompt": (_with_prompt(low="Light"), f"{P}.low"),
    "cards not a list": (_with_prompt(cards="alpha"), f"{P}.cards"),
    "card id invalid": (_with_prompt(cards=["Alpha Card"]), f"{P}.cards"),
    "depth unknown": (_with_prompt(depth="later"), f"{P}.depth"),
    "private not a flag": (_with_prompt(private="yes"), f"{P}.private"),
    "retired not a flag": (_with_prompt(retired=1), f"{P}.retired"),
    "notice not text": (template(notice=["Be safe"]), "notice"),
}


@pytest.mark.parametrize(("data", "field"), BROKEN.values(), ids=BROKEN.keys())
def test_each_template_field_is_checked(tmp_path: Path, data: dict[str, Any], field: str) -> None:
    error = _load(tmp_path, toml_text(data))
    assert (error.file, error.field) == ("templates/t.toml", field)
    assert str(error).startswith(f"templates/t.toml: {field}: ")


def test_template_must_be_valid_toml(tmp_path: Path) -> None:
    error = _load(tmp_path, 'id = "t"\ntitle = \n')
    assert (error.file, error.field) == ("templates/t.toml", "file")


def test_answer_kinds_are_read_with_their_details(tmp_path: Path) -> None:
    prompts = [
        prompt("t.text", help="A little help.", optional=True),
        prompt("t.scale", kind="scale", low="Light", high="Very heavy"),
        prompt("t.choice", kind="choice", choices=["Rest", "Talk"], cards=[]),
    ]
    data = template(sections=[{"id": "first", "title": "First", "prompts": prompts}])
    write_content(tmp_path, templates={"t.toml": toml_text(data)})
    loaded = load_library(tmp_path).template("t")
    text, scale, choice = loaded.prompts
    assert (text.kind, text.help, text.optional, text.cards) == (
        AnswerKind.TEXT,
        "A little help.",
        True,
        ("alpha",),
    )
    assert (scale.kind, scale.scale_low, scale.scale_high, scale.optional) == (
        AnswerKind.SCALE,
        "Light",
        "Very heavy",
        False,
    )
    assert (choice.kind, choice.choices, choice.cards) == (AnswerKind.CHOICE, ("Rest", "Talk"), ())
    assert loaded.minutes == 3
    assert loaded.file == "templates/t.toml"


def test_depth_privacy_retirement_and_the_notice_are_read(tmp_path: Path) -> None:
    prompts = [
        prompt("t.core"),
        prompt("t.deeper", depth="deeper", private=True),
        prompt("t.old", retired=True),
    ]
    data = template(
        notice="If anyone is unsafe, follow your agency's safety steps.",
        sections=[{"id": "first", "title": "First", "prompts": prompts}],
    )
    write_content(tmp_path, templates={"t.toml": toml_text(data)})
    loaded = load_library(tmp_path).template("t")
    core, deeper, old = loaded.prompts
    assert (core.depth, core.private, core.retired) == (Depth.CORE, False, False)
    assert (deeper.depth, deeper.private) == (Depth.DEEPER, True)
    assert old.retired
    assert loaded.notice.startswith("If anyone is unsafe")
