"""What jrnl's journal file and its JSON export share: titles, tags, stars and keys.

Read from jrnl's own source (version 4.6), so that Reflect sees an entry as jrnl does:

- The title is the entry's first line when the entry has more than one (jrnl writes its
  title on the date line and the rest below); an entry all on one line is split after its
  first sentence. A first line ending in `*` marks the entry starred.
- Tags are words that start with `@` or `#` (jrnl's default `tagsymbols`), anywhere in the
  title or the text, in lower case as jrnl keeps them. They become themes without their
  sign. A "tag" with no letter in it (`##` of a heading, `#3`) is not made a theme.
- The key that names an entry in its journal is its minute, a short hash of its title, and
  its place among entries of the same minute and title: stable across runs, never shared
  by two entries, and the same whether the journal file or its JSON export is read (the
  export keeps no seconds), so importing one after the other adds nothing twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable

ENCRYPTED_MARKS = (b"JRNLv3", b"gAAAAA")
"""How jrnl's encrypted journals begin: its own v3 mark, and v2's Fernet token. The
oldest kind (v1) is raw binary, refused as not text with the same advice."""

_TAG = re.compile(r"(?<!\S)[#@][-+*#/\w]+")
_LETTER = re.compile(r"[^\W\d_]")
# A sentence ends at . ! ? (or another script's terminal), an optional closing quote and
# brackets, then spaces; CJK full stops need no space after them.
_SENTENCE_END = re.compile(
    r"[.!?\u2026\u203c\u203d\u2047\u2048\u2049\u22ef\ufe52\ufe57]"
    r"['\u2019\"\u201d]?[\])]*\s+"
    r"|[\uff01\uff0e\uff1f\uff61\u3002]"
)


def is_encrypted(raw: bytes) -> bool:
    """True when `raw` begins as one of jrnl's encrypted journals does."""
    return raw[:64].lstrip().startswith(ENCRYPTED_MARKS)


def split_title(text: str) -> tuple[str, str]:
    """An entry's title and the rest (untouched), as jrnl splits them."""
    lead = len(text) - len(text.lstrip())
    newline = text.find("\n", lead)
    if newline >= 0:
        return text[:newline].strip(), text[newline + 1 :]
    end = _SENTENCE_END.search(text)
    if not end:
        return text.strip(), ""
    return text[: end.end()].strip(), text[end.end() :]


def tidy_body(rest: str) -> str:
    """The text below a title without the blank lines before it and the spaces after it.

    Everything between is kept as written: inner blank lines, indents, trailing spaces of
    inner lines.
    """
    lines = rest.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip()


def tags_in(text: str) -> list[str]:
    """The tags written in `text`, as jrnl finds them (`@family`, `#sleep`)."""
    return _TAG.findall(text)


def themes_of(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags made themes: without their sign, in lower case, each once, in order."""
    themes: dict[str, None] = {}
    for tag in tags:
        theme = tag[1:].strip().lower() if tag[:1] in "@#" else tag.strip().lower()
        if _LETTER.search(theme):
            themes[theme] = None
    return tuple(sorted(themes))


class EntryKeys:
    """Gives each entry of one jrnl journal its key, in the journal's order."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def key(self, written_at: dt.datetime, title: str) -> str:
        """`jrnl:<minute>:<title hash>`, with `#n` for the n-th entry sharing both."""
        digest = hashlib.sha256(title.strip().encode("utf-8")).hexdigest()[:12]
        base = f"jrnl:{written_at:%Y-%m-%dT%H:%M}:{digest}"
        self._seen[base] += 1
        count = self._seen[base]
        return base if count == 1 else f"{base}#{count}"
