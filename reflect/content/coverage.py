"""Which seed headings the cards draw from, and which no card uses yet.

A card's source names one place in a seed (`where`); it counts as drawing from the
longest seed heading whose words appear in it, so "Rupture & Repair slide" matches the
heading "Rupture & Repair".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reflect.content.headings import headings, normalize
from reflect.content.seeds import SEEDS, Seed
from reflect.domain.library import Library


@dataclass(frozen=True)
class SeedCoverage:
    """What the cards cite in one seed, and (if the seed file was found) what they miss."""

    seed: Seed
    found: bool
    used: dict[str, list[str]] = field(default_factory=dict)
    """Seed heading -> ids of the cards that draw from it (only when found)."""
    unused: list[str] = field(default_factory=list)
    """Seed headings no card draws from yet (only when found)."""
    cited: dict[str, list[str]] = field(default_factory=dict)
    """Each `where` the cards give for this seed -> ids of the cards giving it."""
    unmatched: list[str] = field(default_factory=list)
    """Cited places that match no heading of the seed (only when found)."""

    @property
    def cards(self) -> list[str]:
        """Ids of every card citing this seed, each once."""
        return sorted({card for ids in self.cited.values() for card in ids})


def seed_coverage(library: Library, seeds_folder: Path) -> list[SeedCoverage]:
    """Coverage for every seed; seeds missing from `seeds_folder` report citations only."""
    report: list[SeedCoverage] = []
    for seed in SEEDS:
        cited: dict[str, list[str]] = {}
        for card in library.cards:
            for source in card.sources:
                if source.seed == seed.file and card.id not in cited.setdefault(source.where, []):
                    cited[source.where].append(card.id)
        path = seeds_folder / seed.file
        if not path.is_file():
            report.append(SeedCoverage(seed, found=False, cited=cited))
            continue
        seed_headings = headings(path.read_text(encoding="utf-8"))
        used: dict[str, list[str]] = {}
        unmatched: list[str] = []
        for where, card_ids in cited.items():
            heading = best_heading(where, seed_headings)
            if heading is None:
                unmatched.append(where)
                continue
            for card_id in card_ids:
                if card_id not in used.setdefault(heading, []):
                    used[heading].append(card_id)
        unused = [h for h in seed_headings if h not in used]
        report.append(SeedCoverage(seed, True, used, unused, cited, unmatched))
    return report


def best_heading(where: str, seed_headings: list[str]) -> str | None:
    """The longest heading whose words appear, in order and whole, in `where`."""
    padded = f" {normalize(where)} "
    matches = [h for h in seed_headings if normalize(h) and f" {normalize(h)} " in padded]
    return max(matches, key=lambda h: len(normalize(h)), default=None)


def format_coverage(report: list[SeedCoverage], seeds_folder: Path) -> str:
    """The coverage report as plain text, one block per seed."""
    lines: list[str] = []
    if not any(entry.found for entry in report):
        lines += [
            f"Seed files not found in {seeds_folder}; showing only what the cards cite.",
            "Use --seeds DIR to point at the seed files.",
            "",
        ]
    for entry in report:
        lines.append(f"{entry.seed.file}: {entry.seed.cite_as}")
        lines.append(f"  cited by {len(entry.cards)} cards")
        if not entry.found:
            if any(e.found for e in report):
                lines.append("  (seed file not found)")
            lines.append("  places cited:")
            lines += _listing(entry.cited)
        else:
            lines.append(f"  headings drawn from ({len(entry.used)}):")
            lines += _listing(entry.used)
            lines.append(f"  headings no card uses yet ({len(entry.unused)}):")
            lines += [f"    {heading}" for heading in entry.unused] or ["    (none)"]
            if entry.unmatched:
                lines.append("  cited places that match no heading:")
                lines += [f"    {where}" for where in entry.unmatched]
        lines.append("")
    return "\n".join(lines)


def _listing(places: dict[str, list[str]]) -> list[str]:
    if not places:
        return ["    (none)"]
    return [f"    {place}: {', '.join(cards)}" for place, cards in places.items()]
