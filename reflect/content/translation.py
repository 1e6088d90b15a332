"""The Spanish content matches the English: the same cards and templates, with the same ids,
links and sources, differing only in their words.

A Spanish card (`cards/es/<id>.md`) repeats its English card's front matter, with `title`
and `summary` in Spanish; a Spanish template (`templates/es/<id>.toml`) repeats its English
template with every text in Spanish and its choices in the same order (the i-th Spanish
choice is the i-th English one).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from reflect.domain.card import Card
from reflect.domain.errors import ContentError
from reflect.domain.prompt import Prompt
from reflect.domain.template import Template

LANGUAGES = ("en", "es")
"""The languages Reflect's content is written in, English first."""
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def check_translation(
    english: Sequence[Card | Template], translated: Sequence[Card | Template], folder: str
) -> None:
    """ContentError for the first card or template missing from either language, or whose
    ids, links or sources differ between them."""
    theirs = {item.id: item for item in translated}
    ours = {item.id for item in english}
    for item in english:
        if item.id not in theirs:
            raise ContentError(
                f"{folder}/{item.id}", "file", "is missing: every one exists in both languages"
            )
    for item in translated:
        if item.id not in ours:
            raise ContentError(item.file, "id", f"'{item.id}' has no English original")
    for item in english:
        other = theirs[item.id]
        if isinstance(item, Card) and isinstance(other, Card):
            _same_card(item, other)
        elif isinstance(item, Template) and isinstance(other, Template):
            _same_template(item, other)


def _same_card(english: Card, other: Card) -> None:
    for field in ("themes", "related", "sources"):
        if getattr(english, field) != getattr(other, field):
            raise ContentError(other.file, field, f"differs from {english.file}")


def _same_template(english: Template, other: Template) -> None:
    for field in ("minutes", "about_a_family", "retired"):
        if getattr(english, field) != getattr(other, field):
            raise ContentError(other.file, field, f"differs from {english.file}")
    if bool(english.notice) != bool(other.notice):
        raise ContentError(other.file, "notice", f"is in one language only (see {english.file})")
    if [s.id for s in english.sections] != [s.id for s in other.sections]:
        raise ContentError(other.file, "sections", f"are not those of {english.file}")
    for ours, theirs in zip(english.prompts, other.prompts, strict=False):
        if _shape(ours) != _shape(theirs):
            raise ContentError(
                other.file, f"prompt {theirs.id}", f"differs from {english.file} in more than words"
            )
    if len(english.prompts) != len(other.prompts):
        raise ContentError(other.file, "prompts", f"are not those of {english.file}")


def _shape(prompt: Prompt) -> tuple[object, ...]:
    """All of a prompt but its words."""
    return (
        prompt.id,
        prompt.kind,
        prompt.optional,
        prompt.cards,
        len(prompt.choices),
        prompt.depth,
        prompt.private,
        prompt.retired,
        bool(prompt.help),
    )


def keyed_like(english: Sequence[Template], translated: Sequence[Template]) -> tuple[Template, ...]:
    """The translated templates, each choice stored under its English key (see
    `reflect.domain.prompt.choice_key`), so that an answer reads in either language."""
    keys = {p.id: p.keys for t in english for p in t.iter_prompts() if p.choices}

    def keyed(prompt: Prompt) -> Prompt:
        if prompt.id not in keys:
            return prompt
        return dataclasses.replace(prompt, choice_keys=keys[prompt.id])

    return tuple(
        dataclasses.replace(
            template,
            sections=tuple(
                dataclasses.replace(section, prompts=tuple(keyed(p) for p in section.prompts))
                for section in template.sections
            ),
        )
        for template in translated
    )
