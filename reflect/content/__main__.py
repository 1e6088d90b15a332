"""`python -m reflect.content`: check the content; `--coverage` compares it with the seeds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reflect.content.coverage import format_coverage, seed_coverage
from reflect.content.loader import languages_in, load_library
from reflect.content.quotations import misquoted
from reflect.content.resources import default_seeds_folder
from reflect.content.translation import LANGUAGE_NAMES
from reflect.domain.errors import ContentError


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m reflect.content",
        description="Check Reflect's cards and templates, or report how they cover the seeds.",
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help="per seed, list the headings cards draw from and the headings no card uses yet",
    )
    parser.add_argument(
        "--seeds",
        metavar="DIR",
        type=Path,
        default=None,
        help="folder holding the seed files (default: ../shared/seeds beside the checkout)",
    )
    parser.add_argument(
        "--resources",
        metavar="DIR",
        type=Path,
        default=None,
        help="content folder with cards/ and templates/ (default: the app's own)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; 0 when the content is valid, 1 when it is not."""
    args = build_parser().parse_args(argv)
    try:
        libraries = {
            language: load_library(args.resources, language)
            for language in languages_in(args.resources)
        }
    except ContentError as error:
        print(f"Content problem: {error}", file=sys.stderr)
        return 1
    library = libraries["en"]
    if args.coverage:
        seeds = args.seeds or default_seeds_folder()
        report = seed_coverage(library, seeds)
        print(format_coverage(report, seeds), end="")
        # The Spanish cards cite the same places (checked when loading): one report serves
        # both; their English quotations are checked word for word like the English cards'.
        wrong = [
            (card_id if language == "en" else f"{card_id} ({language})", quoted)
            for language, translated in libraries.items()
            for card_id, quoted in misquoted(translated, seeds)
        ]
        if wrong:
            print("quotations not found word for word in the seeds:")
            for card_id, quoted in wrong:
                print(f"    {card_id}: “{quoted}”")
        # With the seeds at hand, a cited place that is no heading, or a misquotation,
        # fails the check (without them there is nothing to compare with).
        return 1 if wrong or any(entry.unmatched for entry in report) else 0
    prompts = sum(len(t.prompts) for t in library.templates)
    print(
        f"Content is valid: {len(library.cards)} cards, {len(library.templates)} templates, "
        f"{prompts} prompts, in {' and '.join(LANGUAGE_NAMES[k] for k in libraries)}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
