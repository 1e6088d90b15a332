"""All reference cards and templates together, with the lookups the app needs."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from reflect.domain.card import Card, Theme
from reflect.domain.prompt import Prompt
from reflect.domain.template import Template


@dataclass(frozen=True, slots=True)
class Library:
    """The loaded content: cards, templates and the theme vocabulary.

    Lookups by id raise `KeyError` for an unknown id: the loader has already checked
    that every id the content refers to exists, so a miss is a programming error.
    """

    cards: tuple[Card, ...]
    templates: tuple[Template, ...]
    themes: tuple[Theme, ...] = ()
    # Indexes are built once here so every lookup after start-up is a dict access.
    _cards: Mapping[str, Card] = field(init=False, repr=False, compare=False)
    _templates: Mapping[str, Template] = field(init=False, repr=False, compare=False)
    _prompts: Mapping[str, tuple[Template, Prompt]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        prompts = {p.id: (t, p) for t in self.templates for p in t.iter_prompts()}
        object.__setattr__(self, "_cards", MappingProxyType({c.id: c for c in self.cards}))
        object.__setattr__(self, "_templates", MappingProxyType({t.id: t for t in self.templates}))
        object.__setattr__(self, "_prompts", MappingProxyType(prompts))

    def with_templates(self, extra: Sequence[Template]) -> Library:
        """This library with more templates after its own (an agency's sets of questions, a
        visitor's own); an id already here keeps the template it has.

        A copied question shows the cards of the question it was copied from, as this
        library has them now (a card Reflect later links to it comes along); links to
        cards this library does not have are left out.
        """
        known = set(self._templates)
        prompts = {prompt_id: found[1] for prompt_id, found in self._prompts.items()}
        added: list[Template] = []
        for template in extra:
            if template.id in known:
                continue
            known.add(template.id)
            linked = self._linked(template, prompts)
            prompts.update((p.id, p) for p in linked.iter_prompts())
            added.append(linked)
        return Library(self.cards, self.templates + tuple(added), self.themes) if added else self

    def _linked(self, template: Template, prompts: Mapping[str, Prompt]) -> Template:
        """`template` with each copied question's cards taken from its source."""

        def linked(prompt: Prompt) -> Prompt:
            source = prompts.get(prompt.copied_from) if prompt.copied_from else None
            cards = tuple(c for c in (source or prompt).cards if c in self._cards)
            return prompt if cards == prompt.cards else dataclasses.replace(prompt, cards=cards)

        sections = tuple(
            dataclasses.replace(s, prompts=tuple(linked(p) for p in s.prompts))
            for s in template.sections
        )
        if sections == template.sections:
            return template
        return dataclasses.replace(template, sections=sections)

    def card(self, card_id: str) -> Card:
        """The card with this id."""
        return self._cards[card_id]

    def has_card(self, card_id: str) -> bool:
        """Whether a card with this id exists."""
        return card_id in self._cards

    def cards_with_theme(self, theme_id: str) -> tuple[Card, ...]:
        """The cards tagged with this theme, in library order."""
        return tuple(c for c in self.cards if theme_id in c.themes)

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def related_cards(self, card_id: str) -> tuple[Card, ...]:
        """The cards a card points to as related, in the order it lists them."""
        return tuple(self._cards[r] for r in self.card(card_id).related)

    def template(self, template_id: str) -> Template:
        """The template with this id."""
        return self._templates[template_id]

    def prompt(self, prompt_id: str) -> Prompt:
        """The prompt with this id, whichever template holds it."""
        return self._prompts[prompt_id][1]

    def question(self, prompt_id: str) -> str:
        """The prompt's question as this library words it, or "" if it does not know it."""
        found = self._prompts.get(prompt_id)
        return "" if found is None else found[1].text

    def template_of(self, prompt_id: str) -> Template:
        """The template that holds the prompt with this id."""
        return self._prompts[prompt_id][0]

    def prompts_for_card(self, card_id: str) -> tuple[Prompt, ...]:
        """The prompts that link to a card, in template order."""
        return tuple(p for _, p in self._prompts.values() if card_id in p.cards)
