"""A title for an entry that has none of its own: its first line, or its heading.

Day One and Markdown notes have no title apart from their text. The title is the first
line that is not blank: a heading (`# Visit with the family`) without its `#` marks, or
a plain line as it is. Nothing of the text is lost: when the whole first line is the
title, the body is the text below it; when a long first line had to be cut for the title
(at a word, to `TITLE_CHARS`, with an ellipsis), the body keeps all the text.
"""

from __future__ import annotations

import re

from reflect.exchange.readers.limits import TITLE_CHARS

_HEADING = re.compile(r"#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")


def shortened(line: str, limit: int = TITLE_CHARS) -> str:
    """`line` cut at a word to at most `limit` characters, with an ellipsis if it was cut."""
    line = line.strip()
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def body_after(lines: list[str], index: int) -> str:
    """The lines after `index` without the blank lines that open them or spaces at the end."""
    rest = lines[index + 1 :]
    while rest and not rest[0].strip():
        rest.pop(0)
    return "\n".join(rest).rstrip()


def whole(text: str) -> str:
    """`text` without blank lines before it or spaces after it; the rest as written."""
    return body_after(["", *text.split("\n")], 0)


def first_line_title(text: str, *, headings_only: bool = False) -> tuple[str, str] | None:
    """The title and body of `text` (line breaks LF), as the module says.

    With `headings_only`, only a heading is a title: None when the first line is not one.
    None too when `text` has no words.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        heading = _HEADING.fullmatch(line.strip())
        if headings_only and not heading:
            return None
        words = (heading.group(1) or "").strip() if heading else line.strip()
        if not words:
            continue  # a lone `#`: no title in it
        if len(words) <= TITLE_CHARS:
            return words, body_after(lines, index)
        return shortened(words), whole(text)
    return None
