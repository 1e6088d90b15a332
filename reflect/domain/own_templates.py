"""A visitor's own sets of questions: copies of a shipped template, reworded and trimmed.

A copy gets ids of its own (`own-<hex>` for the template, `<template id>.<name>` for each
prompt), so the shipped questions keep their meaning wherever an id is looked up. A copied
prompt keeps the last part of its id: the self-care view finds "how heavy" and "energy"
answers by it. The copy and each copied prompt remember what they were copied from
(`copied_from`), so a copied question shows its source's cards (see `Library`). A
question taken out of a copy that has been used is retired, never deleted, so the answers
already given to it still show with their question.

The sets are kept in the journal as one JSON document; `to_json` and `from_json` are its
codec. `from_json` reads only what it knows and raises `ValueError` on anything else.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from typing import Any

from reflect.domain.prompt import AnswerKind, Depth, Prompt
from reflect.domain.reflection import Reflection
from reflect.domain.template import Section, Template

OWN_PREFIX = "own-"
MAX_TEMPLATES = 100
MAX_PROMPTS = 80
MAX_TITLE = 120
MAX_TEXT = 1_000
STAND_IN_TITLE = "Questions that are no longer here"
STAND_IN_QUESTION = "A question that is no longer here"


def is_own(template_id: str) -> bool:
    """Whether a template id names a visitor's own set of questions."""
    return template_id.startswith(OWN_PREFIX)


def copy_of(source: Template, title: str) -> Template:
    """A new own template with the source's sections and questions (retired ones left out)."""
    template_id = f"{OWN_PREFIX}{uuid.uuid4().hex[:12]}"

    def copied(prompt: Prompt) -> Prompt:
        name = prompt.id.rsplit(".", 1)[-1]
        origin = prompt.copied_from or prompt.id
        return dataclasses.replace(prompt, id=f"{template_id}.{name}", copied_from=origin)

    sections = tuple(
        Section(
            f"{template_id}.{section.id}",
            section.title,
            tuple(copied(p) for p in section.prompts if not p.retired),
        )
        for section in source.sections
    )
    return dataclasses.replace(
        source,
        id=template_id,
        title=title.strip(),
        sections=sections,
        file="",
        retired=False,
        copied_from=source.copied_from or source.id,
    )


def new_question(template_id: str, text: str, taken: set[str]) -> Prompt:
    """A free-text question of the visitor's own in the set `template_id`, with an id none
    of `taken` has (every id the set has had, and those given out while saving it); the
    id is added to `taken`."""
    number = 1
    while f"{template_id}.mine-{number}" in taken:
        number += 1
    prompt = Prompt(f"{template_id}.mine-{number}", text.strip())
    taken.add(prompt.id)
    return prompt


def stand_in(reflection: Reflection) -> Template:
    """A template for a reflection whose set of questions is not in this library (put
    away on another computer, or from a newer Reflect): one free-text question for each
    answer it holds, so that every answer still shows and is kept when it is saved."""
    prompts = tuple(
        Prompt(answer.prompt_id, STAND_IN_QUESTION, private=answer.private)
        for answer in reflection.answers
    )
    return Template(
        id=reflection.template_id,
        title=STAND_IN_TITLE,
        description="",
        minutes=0,
        sections=(Section(f"{reflection.template_id}.answers", "", prompts),),
    )


# ----------------------------------------------------------------- codec
def to_json(templates: Sequence[Template]) -> str:
    """The visitor's sets of questions as one JSON document."""
    return json.dumps([_template_document(t) for t in templates], ensure_ascii=False)


def from_json(text: str) -> tuple[Template, ...]:
    """The sets of questions `to_json` wrote; `ValueError` for anything else."""
    if not text:
        return ()
    documents = json.loads(text)
    if not isinstance(documents, list) or len(documents) > MAX_TEMPLATES:
        raise ValueError("own templates")
    return tuple(_template(d) for d in documents)


def _template_document(template: Template) -> dict[str, Any]:
    return {
        "id": template.id,
        "title": template.title,
        "description": template.description,
        "minutes": template.minutes,
        "notice": template.notice,
        "family": template.about_a_family,
        "retired": template.retired,
        "copied_from": template.copied_from,
        "sections": [
            {"id": s.id, "title": s.title, "prompts": [_prompt_document(p) for p in s.prompts]}
            for s in template.sections
        ],
    }


def _prompt_document(prompt: Prompt) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "text": prompt.text,
        "kind": prompt.kind.value,
        "help": prompt.help,
        "optional": prompt.optional,
        "cards": list(prompt.cards),
        "choices": list(prompt.choices),
        "keys": list(prompt.keys) if prompt.choices else [],
        "low": prompt.scale_low,
        "high": prompt.scale_high,
        "depth": prompt.depth.value,
        "private": prompt.private,
        "retired": prompt.retired,
        "copied_from": prompt.copied_from,
    }


def _text(document: dict[str, Any], name: str, limit: int = MAX_TEXT) -> str:
    value = document.get(name)
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(name)
    return value


def _origin(document: dict[str, Any]) -> str:
    """What a set or question was copied from: "" in sets saved before it was kept."""
    return _text(document, "copied_from", MAX_TITLE) if "copied_from" in document else ""


def _flag(document: dict[str, Any], name: str) -> bool:
    value = document.get(name)
    if not isinstance(value, bool):
        raise ValueError(name)
    return value


def _texts(document: dict[str, Any], name: str) -> tuple[str, ...]:
    values = document.get(name)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(name)
    return tuple(values)


def _template(document: Any) -> Template:
    if not isinstance(document, dict) or not is_own(_text(document, "id", MAX_TITLE)):
        raise ValueError("template")
    sections = document.get("sections")
    if not isinstance(sections, list):
        raise ValueError("sections")
    made = tuple(_section(s) for s in sections)
    if sum(len(s.prompts) for s in made) > MAX_PROMPTS:
        raise ValueError("prompts")
    minutes = document.get("minutes")
    if not isinstance(minutes, int) or not 0 <= minutes <= 600:
        raise ValueError("minutes")
    return Template(
        id=_text(document, "id", MAX_TITLE),
        title=_text(document, "title", MAX_TITLE),
        description=_text(document, "description"),
        minutes=minutes,
        sections=made,
        notice=_text(document, "notice"),
        about_a_family=_flag(document, "family"),
        retired=_flag(document, "retired"),
        copied_from=_origin(document),
    )


def _section(document: Any) -> Section:
    if not isinstance(document, dict) or not isinstance(document.get("prompts"), list):
        raise ValueError("section")
    return Section(
        _text(document, "id", MAX_TITLE),
        _text(document, "title", MAX_TITLE),
        tuple(_prompt(p) for p in document["prompts"]),
    )


def _prompt(document: Any) -> Prompt:
    if not isinstance(document, dict):
        raise ValueError("prompt")
    return Prompt(
        id=_text(document, "id", MAX_TITLE),
        text=_text(document, "text"),
        kind=AnswerKind(_text(document, "kind", 10)),
        help=_text(document, "help"),
        optional=_flag(document, "optional"),
        cards=_texts(document, "cards"),
        choices=_texts(document, "choices"),
        choice_keys=_texts(document, "keys") if "keys" in document else (),
        scale_low=_text(document, "low", MAX_TITLE),
        scale_high=_text(document, "high", MAX_TITLE),
        depth=Depth(_text(document, "depth", 10)),
        private=_flag(document, "private"),
        retired=_flag(document, "retired"),
        copied_from=_origin(document),
    )
