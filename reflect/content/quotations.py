"""Quotations in the cards, checked word for word against the seed files they credit.

A card may quote a seed briefly, marked with curly quotes on a line that says whose words
they are (or alone on the line after one that says so and ends in a colon). Typography
(quote marks, dashes, emphasis, spacing, case, a closing stop) is not counted as a
difference; anything else is.
"""

from __future__ import annotations

import re
from pathlib import Path

from reflect.content.seeds import SEEDS
from reflect.domain.card import Card
from reflect.domain.library import Library

# A line that says whose words it quotes.
ATTRIBUTION = re.compile(
    r"slides|brief|handout|Tronick|Burke Harris|ZERO TO THREE|Harvard|WA-AIMH|NMAIMH|"
    r"Washington Association|Caldbeck|table|Fast Facts|Simonson|"
    r"informe|tabla|capacitación|hoja informativa",  # the Spanish cards credit the same way
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“([^”]*)”")


def normal(text: str) -> str:
    """`text` without typography, for comparing words."""
    text = re.sub(r"[“”‘’\"*_]", "", text)
    text = text.replace("—", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip().lower().rstrip(".,")


def misquoted(library: Library, seeds_folder: Path) -> list[tuple[str, str]]:
    """(card id, quotation) for each attributed quotation not found in the seeds.

    Empty when the seed files are not there (nothing to compare with); `seeds_found` says.
    """
    if not seeds_found(seeds_folder):
        return []
    seeds = normal(" ".join((seeds_folder / s.file).read_text(encoding="utf-8") for s in SEEDS))
    return [
        (card.id, quoted)
        for card in library.cards
        for quoted in credited_quotations(card)
        if normal(quoted) not in seeds
    ]


def credited_quotations(card: Card) -> list[str]:
    """The card's quotations of a seed: in curly quotes, on a line that credits them."""
    found: list[str] = []
    introduced = False  # the line before credits the quotation standing on this one
    for line in card.body.splitlines():
        if not line.strip():
            continue
        attributed = bool(ATTRIBUTION.search(line))
        credited = attributed or (introduced and line.lstrip().startswith("“"))
        introduced = attributed and line.rstrip().endswith(":")
        if credited:
            found.extend(
                quoted
                for quoted in _QUOTED.findall(line)
                # the card naming its own topic is not a quotation
                if normal(quoted) != normal(card.title)
            )
    return found


def seeds_found(seeds_folder: Path) -> bool:
    """True when every seed file is in `seeds_folder`."""
    return all((seeds_folder / seed.file).is_file() for seed in SEEDS)
