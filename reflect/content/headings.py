"""Finds the headings of a seed file, so coverage can say which ones cards draw from.

The seeds are plain-text copies: two are Markdown, one is a slide deck whose titles are
short lines on their own, two are handouts with question or bold lead-in headings. The
rules below are deliberately simple and cover what those files actually contain.
"""

from __future__ import annotations

import re

MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$")
BOLD_LEAD = re.compile(r"^(?:[-*•]\s+)?\*\*(.+?)\*\*")
LINK_LEAD = re.compile(r"^\[(.+?)\]\(")
WORD = re.compile(r"[\w'’&]+")
MAX_TITLE_WORDS = 10
MAX_TITLE_CASE_WORDS = 16
MAX_LEAD_WORDS = 20
MAX_QUESTION_WORDS = 12
NOT_A_TITLE_START = tuple("(<[-*•|>")
NOT_A_TITLE_END = tuple(".,;!")


def headings(text: str) -> list[str]:
    """The headings of a seed, in order, each once."""
    found: list[str] = []
    for paragraph in _paragraphs(text):
        found.extend(_paragraph_headings(paragraph))
    unique: dict[str, None] = {}
    for heading in found:
        if heading and normalize(heading) not in {normalize(h) for h in unique}:
            unique[heading] = None
    return list(unique)


def normalize(text: str) -> str:
    """A heading or citation reduced to lower-case words, for loose matching."""
    text = text.casefold().replace("&", " and ").replace("’", "'")
    return " ".join(re.findall(r"[a-z0-9']+", text))


def _paragraphs(text: str) -> list[list[str]]:
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _paragraph_headings(lines: list[str]) -> list[str]:
    found: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        heading = MARKDOWN_HEADING.match(line)
        if heading:
            found.append(_clean(heading.group(1)))
            continue
        top_level = not line[:1].isspace()
        bold = BOLD_LEAD.match(stripped)
        # A bold lead-in opens a paragraph or a top-level list item in the handouts.
        if bold and top_level and (index == 0 or stripped[:1] in "-*•"):
            lead = _clean(bold.group(1))
            if _words(lead) <= MAX_LEAD_WORDS and not _has_address(lead):
                found.append(lead)
            continue
        if stripped.endswith("?") and top_level and _words(stripped) <= MAX_QUESTION_WORDS:
            found.append(_clean(stripped))
            continue
        if len(lines) == 1:
            link = LINK_LEAD.match(stripped)
            if link:
                found.append(_clean(link.group(1)))
            elif _looks_like_a_title(stripped):
                found.append(_clean(stripped))
    return found


def _looks_like_a_title(line: str) -> bool:
    if line.startswith(NOT_A_TITLE_START) or line.endswith(NOT_A_TITLE_END):
        return False
    if "\t" in line or " — " in line or _has_address(line):
        return False
    words = _words(line)
    if words == 0:
        return False
    return words <= MAX_TITLE_WORDS or (words <= MAX_TITLE_CASE_WORDS and _title_case(line))


def _title_case(line: str) -> bool:
    long_words = [w for w in WORD.findall(line) if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() or w[0].isdigit() for w in long_words)


def _has_address(text: str) -> bool:
    return "@" in text or "http" in text or "www." in text


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _clean(text: str) -> str:
    text = re.sub(r"\\(.)", r"\1", text)
    text = re.sub(r"[*_]+", "", text)
    return " ".join(text.split()).strip().rstrip(":.").strip()
