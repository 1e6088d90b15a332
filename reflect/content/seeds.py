"""The five source documents that every card cites, kept here because the seeds
folder itself is not shipped with the app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Seed:
    """One source document: its file name and how the app credits it."""

    file: str
    cite_as: str


SEEDS: tuple[Seed, ...] = (
    Seed(
        "000_56c30e42c1d8a4d2.txt",
        "Fast Facts: Infant Early Childhood Mental Health (handout)",
    ),
    Seed(
        "001_552ecc1c7e8c2906.txt",
        "Washington Association for Infant Mental Health, About Infant Mental Health",
    ),
    Seed(
        "002_3e4d9261ab3cf22b.txt",
        "NMAIMH, Issues Brief No. 1: Infant Mental Health Fundamentals",
    ),
    Seed(
        "003_3e310747544216fa.txt",
        "Simonson, N., Infant & Early Childhood Mental Health resource brief, "
        "Strategies for Children",
    ),
    Seed(
        "004_37469a7726b6cefc.txt",
        "Caldbeck, A., Principles of Infant Mental Health (slides)",
    ),
)
"""Every seed, in file-name order."""

SEEDS_BY_FILE: dict[str, Seed] = {seed.file: seed for seed in SEEDS}
"""The seeds by file name, for checking a card's sources."""
