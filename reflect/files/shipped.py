"""Where the files Reflect ships beside its code are: the one place that knows.

Reflect runs three ways, and its files sit in a different place in each:

- from a checkout (or an editable install), `resources/` is at the top of the repository,
  beside the `reflect` package, and the migrations are inside the package;
- from an installed wheel, the build has put `resources/` inside the package
  (`reflect/resources`, see pyproject.toml) and the migrations stay where they were;
- from a bundle (PyInstaller), `packaging/reflect.spec` lays the files out as the wheel
  does, inside the bundle's own folder, where the frozen modules' `__file__` points too.

So "inside the package, or else beside it" finds them in all three, with nothing but the
standard library (every layer may ask).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
"""The `reflect` package's folder: in a checkout, in site-packages or inside a bundle."""

RESOURCES = "resources"
"""The cards, templates, translations, icons, spelling words, glossary and demo data."""
MIGRATIONS = "storage/migrations"
"""Alembic's environment and the journal's migrations, read as files when they run."""


def shipped(folder: str) -> Path:
    """The folder Reflect ships as `folder` (`RESOURCES`, `MIGRATIONS`), wherever it runs.

    `folder` is its path inside the installed package, with `/` between parts. A checkout
    keeps `resources/` beside the package instead, and is looked at second. When neither
    is there (a damaged installation), the path inside the package is returned, so what
    reads it names the place Reflect expected its files.
    """
    inside = PACKAGE.joinpath(*folder.split("/"))
    if inside.is_dir():
        return inside
    beside = PACKAGE.parent.joinpath(*folder.split("/"))
    return beside if beside.is_dir() else inside
