"""The front matter of a Markdown note: the `key: value` lines between `---` lines on top.

    ---
    title: Visit with the family
    date: 2024-03-05 14:30
    tags: [sleep, routines]
    ---

Only what a note's front matter holds in practice is read, without a YAML library: one
`key: value` a line (quotes around the value taken off), a list as `[a, b]`, as `a, b`,
or as `- a` lines below its key. Anything else in it (nested keys, comments) is passed
over. A first `---` with no closing `---` (or `...`) is not front matter: it is a line
of the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?")
_ITEM = re.compile(r"[ \t]*-[ \t]+(.*)")
_FENCES = ("---", "...")
_LONGEST = 200  # lines: front matter is short; a lone `---` further up is a rule


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A note's fields, the line each is on (from 1), and the note's text below them."""

    values: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    text: str = ""


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _items(value: str) -> list[str]:
    """A list written on one line: `[a, b]` or `a, b`."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return [_unquoted(part) for part in value.split(",") if _unquoted(part)]


def front_matter(text: str) -> FrontMatter:
    """The front matter of a note's text (line breaks LF), or none and all the text."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(text=text)
    closing = next(
        (i for i, line in enumerate(lines[1:_LONGEST], start=1) if line.strip() in _FENCES),
        None,
    )
    if closing is None:
        return FrontMatter(text=text)
    values: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    where: dict[str, int] = {}
    key = ""
    for number, line in enumerate(lines[1:closing], start=2):
        pair = _KEY.fullmatch(line.rstrip())
        if pair:
            key = pair.group(1).lower()
            values[key] = _unquoted(pair.group(2) or "")
            lists[key] = _items(values[key])
            where[key] = number
            continue
        item = _ITEM.fullmatch(line.rstrip())
        if item and key and not values[key]:
            lists[key].append(_unquoted(item.group(1)))
    return FrontMatter(values, lists, where, "\n".join(lines[closing + 1 :]))
