"""Checks across files: unique ids, and every card that is named exists."""

from __future__ import annotations

from collections.abc import Sequence

from reflect.domain.card import Card
from reflect.domain.errors import ContentError
from reflect.domain.template import Template


def check_consistency(cards: Sequence[Card], templates: Sequence[Template]) -> None:
    """Raise ContentError for the first id used twice or card named but missing."""
    card_files: dict[str, str] = {}
    for card in cards:
        if card.id in card_files:
            raise ContentError(
                card.file, "id", f"'{card.id}' is already used by {card_files[card.id]}"
            )
        card_files[card.id] = card.file
    for card in cards:
        for related in card.related:
            if related not in card_files:
                raise ContentError(card.file, "related", f"'{related}' is not a card")
    template_files: dict[str, str] = {}
    prompt_files: dict[str, str] = {}
    for template in templates:
        if template.id in template_files:
            raise ContentError(
                template.file,
                "id",
                f"'{template.id}' is already used by {template_files[template.id]}",
            )
        template_files[template.id] = template.file
        for s, section in enumerate(template.sections):
            for p, prompt in enumerate(section.prompts):
                where = f"sections[{s}].prompts[{p}]"
                if prompt.id in prompt_files:
                    raise ContentError(
                        template.file,
                        f"{where}.id",
                        f"'{prompt.id}' is already used by {prompt_files[prompt.id]}; "
                        "prompt ids must be unique across all templates",
                    )
                prompt_files[prompt.id] = template.file
                for card_id in prompt.cards:
                    if card_id not in card_files:
                        raise ContentError(
                            template.file, f"{where}.cards", f"'{card_id}' is not a card"
                        )
