"""Each rule a single card file must keep: a fixture that breaks it, and the error that
names the file and the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reflect.content import load_library
from reflect.domain.errors import ContentError
from tests.helpers.content_factory import SEED, card, card_text, write_content

GOOD_SOURCE = {"seed": SEED, "where": "Rupture & Repair"}


def _load_with_alpha(tmp_path: Path, text: str) -> ContentError:
    """Load a folder whose card alpha.md has `text`; return the error it raises."""
    write_content(tmp_path, cards={"alpha.md": text, "beta.md": card_text(card("beta"))})
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    return caught.value


BROKEN_FRONT_MATTER = {
    "no front matter": "Just a body.\n",
    "unclosed front matter": '+++\nid = "alpha"\nBody\n',
    "front matter is not TOML": "+++\nid = alpha\n+++\nBody\n",
}


@pytest.mark.parametrize("text", BROKEN_FRONT_MATTER.values(), ids=BROKEN_FRONT_MATTER.keys())
def test_front_matter_must_be_present_and_parse(tmp_path: Path, text: str) -> None:
    error = _load_with_alpha(tmp_path, text)
    assert (error.file, error.field) == ("cards/alpha.md", "front matter")


BROKEN_FIELDS: dict[str, tuple[dict[str, Any], str]] = {
    "unknown field": (card(titel="Misspelt"), "titel"),
    "id missing": ({k: v for k, v in card().items() if k != "id"}, "id"),
    "id not text": (card(id=7), "id"),
    "id with capitals and spaces": (card(id="Rupture and repair"), "id"),
    "title missing": ({k: v for k, v in card().items() if k != "title"}, "title"),
    "title empty": (card(title="   "), "title"),
    "summary empty": (card(summary=""), "summary"),
    "summary not text": (card(summary=["a", "b"]), "summary"),
    "themes missing": ({k: v for k, v in card().items() if k != "themes"}, "themes"),
    "themes empty": (card(themes=[]), "themes"),
    "themes not a list": (card(themes="relationship"), "themes"),
    "theme unknown": (card(themes=["feelings"]), "themes"),
    "theme twice": (card(themes=["relationship", "relationship"]), "themes"),
    "related not a list of text": (card(related=[1, 2]), "related"),
    "related names itself": (card(related=["alpha"]), "related"),
    "sources missing": ({k: v for k, v in card().items() if k != "sources"}, "sources"),
    "sources empty": (card(sources=[]), "sources"),
    "sources not tables": (card(sources=["004_37469a7726b6cefc.txt"]), "sources"),
    "source seed unknown": (
        card(sources=[{"seed": "005_x.txt", "where": "Slide"}]),
        "sources[0].seed",
    ),
    "source where missing": (card(sources=[{"seed": SEED}]), "sources[0].where"),
    "source original empty": (
        card(sources=[{**GOOD_SOURCE, "original": ""}]),
        "sources[0].original",
    ),
    "source unknown field": (
        card(sources=[GOOD_SOURCE, {**GOOD_SOURCE, "page": 3}]),
        "sources[1].page",
    ),
}


@pytest.mark.parametrize(("data", "field"), BROKEN_FIELDS.values(), ids=BROKEN_FIELDS.keys())
def test_each_card_field_is_checked(tmp_path: Path, data: dict[str, Any], field: str) -> None:
    error = _load_with_alpha(tmp_path, card_text(data))
    assert (error.file, error.field) == ("cards/alpha.md", field)
    assert str(error).startswith(f"cards/alpha.md: {field}: ")


def test_body_must_not_be_empty(tmp_path: Path) -> None:
    error = _load_with_alpha(tmp_path, card_text(card(), body="\n   \n"))
    assert (error.file, error.field) == ("cards/alpha.md", "body")


def test_a_valid_card_keeps_every_field(tmp_path: Path) -> None:
    text = card_text(card(related=["beta"]), body="What it is.\n\n### To sit with\n")
    write_content(tmp_path, cards={"alpha.md": text, "beta.md": card_text(card("beta"))})
    alpha = load_library(tmp_path).card("alpha")
    assert alpha.title == "Card alpha"
    assert alpha.themes == ("relationship",)
    assert alpha.related == ("beta",)
    assert alpha.sources[0].seed == SEED
    assert alpha.sources[0].original == "Tronick"
    assert alpha.sources[0].cite_as.startswith("Caldbeck")
    assert alpha.body == "What it is.\n\n### To sit with\n"
    assert alpha.file == "cards/alpha.md"


def test_windows_line_ends_and_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    text = "\ufeff" + card_text(card()).replace("\n", "\r\n")
    write_content(tmp_path, cards={"alpha.md": text})
    assert load_library(tmp_path).card("alpha").summary == "One line about it."
