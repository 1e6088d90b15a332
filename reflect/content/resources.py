"""Finds the content folder: inside the installed package, or in the checkout."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]
"""The repository root when running from a checkout (or an editable install)."""


def resources_folder() -> Traversable:
    """The folder holding `cards/` and `templates/`.

    A wheel carries the repository's `resources/` as `reflect/resources`; a checkout keeps
    it at the top level, beside the package.
    """
    packaged = files("reflect") / "resources"
    if packaged.is_dir():
        return packaged
    return CHECKOUT / "resources"


def default_seeds_folder() -> Path:
    """Where a checkout expects the seed files: `../shared/seeds` beside the repository."""
    return CHECKOUT.parent / "shared" / "seeds"
