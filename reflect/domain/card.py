"""A reference card: one idea from the source material, in the project's own words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CardSource:
    """One place in the source material that a card draws from.

    `seed` is the seed file name, `where` the heading or slide in it, `original` the
    work the seed itself names (e.g. "Thomas & Chess, 1977"), and `cite_as` how the
    seed is credited in the app.
    """

    seed: str
    where: str
    original: str | None = None
    cite_as: str = ""


@dataclass(frozen=True, slots=True)
class Theme:
    """A group of cards in the Cards library, also used to filter the journal."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Card:
    """A short reference card shown beside a reflection prompt.

    `body` is CommonMark, kept to what Qt's Markdown reader shows well: headings,
    paragraphs, lists, emphasis and links. `file` is the card's file name, for messages.
    """

    id: str
    title: str
    summary: str
    themes: tuple[str, ...]
    related: tuple[str, ...]
    sources: tuple[CardSource, ...]
    body: str
    file: str = ""
