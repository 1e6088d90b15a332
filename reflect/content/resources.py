"""Finds the content folder: inside the installed package, in a bundle, or in the checkout."""

from __future__ import annotations

from pathlib import Path

from reflect.files.shipped import PACKAGE, RESOURCES, shipped

CHECKOUT = PACKAGE.parent
"""The repository root when running from a checkout (or an editable install)."""


def resources_folder() -> Path:
    """The folder holding `cards/` and `templates/` (see `reflect.files.shipped`).

    A wheel carries the repository's `resources/` as `reflect/resources`, and a bundle lays
    it out the same way; a checkout keeps it at the top level, beside the package.
    """
    return shipped(RESOURCES)


def default_seeds_folder() -> Path:
    """Where a checkout expects the seed files: `../shared/seeds` beside the repository."""
    return CHECKOUT.parent / "shared" / "seeds"
