"""Rules across files: unique ids, and every card that is named exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.domain.errors import ContentError
from tests.helpers.content_factory import (
    card,
    card_text,
    prompt,
    template,
    toml_text,
    write_content,
)


def _error(
    tmp_path: Path, cards: dict[str, str] | None, templates: dict[str, str] | None
) -> ContentError:
    write_content(tmp_path, cards=cards, templates=templates)
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    return caught.value


def test_card_ids_are_unique(tmp_path: Path) -> None:
    cards = {"alpha.md": card_text(card("alpha")), "copy.md": card_text(card("alpha"))}
    error = _error(tmp_path, cards, None)
    assert (error.file, error.field) == ("cards/copy.md", "id")
    assert "cards/alpha.md" in error.problem


def test_related_cards_exist(tmp_path: Path) -> None:
    cards = {"alpha.md": card_text(card("alpha", related=["gamma"]))}
    error = _error(tmp_path, cards, None)
    assert (error.file, error.field) == ("cards/alpha.md", "related")
    assert "'gamma'" in error.problem


def test_linked_cards_exist(tmp_path: Path) -> None:
    data = template(
        sections=[
            {"id": "s", "title": "S", "prompts": [prompt("t.a"), prompt("t.b", cards=["gamma"])]}
        ]
    )
    error = _error(tmp_path, None, {"t.toml": toml_text(data)})
    assert (error.file, error.field) == ("templates/t.toml", "sections[0].prompts[1].cards")
    assert "'gamma'" in error.problem


def test_template_ids_are_unique(tmp_path: Path) -> None:
    templates = {
        "t.toml": toml_text(template("t")),
        "u.toml": toml_text(
            template("t", sections=[{"id": "s", "title": "S", "prompts": [prompt("u.a")]}])
        ),
    }
    error = _error(tmp_path, None, templates)
    assert (error.file, error.field) == ("templates/u.toml", "id")


def test_prompt_ids_are_unique_across_templates(tmp_path: Path) -> None:
    templates = {
        "t.toml": toml_text(template("t")),
        "u.toml": toml_text(
            template("u", sections=[{"id": "s", "title": "S", "prompts": [prompt("t.first")]}])
        ),
    }
    error = _error(tmp_path, None, templates)
    assert (error.file, error.field) == ("templates/u.toml", "sections[0].prompts[0].id")
    assert "templates/t.toml" in error.problem


def test_prompt_ids_are_unique_within_a_template(tmp_path: Path) -> None:
    sections = [
        {"id": "one", "title": "One", "prompts": [prompt("t.same")]},
        {"id": "two", "title": "Two", "prompts": [prompt("t.other"), prompt("t.same")]},
    ]
    error = _error(tmp_path, None, {"t.toml": toml_text(template(sections=sections))})
    assert (error.file, error.field) == ("templates/t.toml", "sections[1].prompts[1].id")
