"""Reads one card file (`resources/cards/<id>.md`) into a `Card`."""

from __future__ import annotations

import re

from reflect.content.fields import Fields
from reflect.content.front_matter import split_front_matter
from reflect.content.seeds import SEEDS_BY_FILE
from reflect.content.themes import THEME_IDS
from reflect.domain.card import Card, CardSource
from reflect.domain.errors import ContentError

CARD_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""Card ids are lower-case words joined by hyphens, like the file names."""

CARD_ID_SHAPE = "lower-case words joined by hyphens"

CARD_FIELDS = ("id", "title", "summary", "themes", "related", "sources")
SOURCE_FIELDS = ("seed", "where", "original")


def parse_card(text: str, file: str) -> Card:
    """The card in `text`; `file` names it in any error.

    Checks everything one file can check on its own. Whether related cards exist is
    checked once all cards are read (see `consistency`).
    """
    data, body = split_front_matter(text, file)
    fields = Fields(data, file)
    fields.only(CARD_FIELDS)
    card_id = fields.identifier("id", CARD_ID, CARD_ID_SHAPE)
    title = fields.text("title")
    summary = fields.text("summary")
    themes = fields.texts("themes", required=True)
    for theme in themes:
        if theme not in THEME_IDS:
            known = ", ".join(sorted(THEME_IDS))
            raise fields.error("themes", f"'{theme}' is not a known theme (known: {known})")
    related = fields.texts("related", required=False)
    if card_id in related:
        raise fields.error("related", "names the card itself")
    sources = tuple(_source(table) for table in fields.tables("sources"))
    if not body.strip():
        raise ContentError(file, "body", "is empty: write the card below the front matter")
    return Card(
        id=card_id,
        title=title,
        summary=summary,
        themes=themes,
        related=related,
        sources=sources,
        body=body,
        file=file,
    )


def _source(fields: Fields) -> CardSource:
    fields.only(SOURCE_FIELDS)
    seed = fields.text("seed")
    if seed not in SEEDS_BY_FILE:
        known = ", ".join(SEEDS_BY_FILE)
        raise fields.error("seed", f"'{seed}' is not one of the seed files ({known})")
    original = fields.optional_text("original")
    return CardSource(
        seed=seed,
        where=fields.text("where"),
        original=original or None,
        cite_as=SEEDS_BY_FILE[seed].cite_as,
    )
