"""What a command prints: a heading line, then one figure a line, lined up.

Counts are printed as "name  figure" rows, so the command line never makes a plural by
hand (the screens make theirs through Qt's plural forms)."""

from __future__ import annotations

from collections.abc import Sequence


def figures(heading: str, rows: Sequence[tuple[str, object]]) -> str:
    """`heading`, then each (name, value) indented with the values lined up."""
    width = max((len(name) for name, _ in rows), default=0)
    return "\n".join([heading, *(f"  {name:<{width}}  {value}" for name, value in rows)])
