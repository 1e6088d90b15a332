"""Parsing JSON that came from outside Reflect's own memory, within limits.

A key file or a packet can be anything a user (or an attacker) put there. Refused: text
that is not UTF-8, nesting deeper than `max_depth` (checked before the parser can recurse),
more containers than `max_containers`, strings longer than `max_string`, duplicate keys,
NaN and Infinity, and lone surrogates. Callers turn `JsonRefused` into their own sentence.
"""

from __future__ import annotations

import json
import re
from typing import Any


class JsonRefused(ValueError):
    """The document is not JSON, or breaks one of the limits; nothing of it was used."""


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\[\]|\{\}|\[\}|\{\]")


def _too_deep(brackets: str, limit: int) -> bool:
    """True when `brackets` (only the brackets of a document) nest deeper than `limit`.

    Each pass of C-speed regex work removes the innermost pairs, so a document `d` deep
    empties in `d` passes: the check costs at most `limit` linear passes, never a loop
    over characters in Python.
    """
    for _ in range(limit):
        if not brackets:
            return False
        brackets = _INNERMOST.sub("", brackets)
    return bool(brackets)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused("duplicate key")
        result[key] = value
    return result


def _constant(_: str) -> Any:
    raise JsonRefused("NaN or Infinity")


def loads(raw: bytes, *, max_depth: int, max_string: int, max_containers: int) -> Any:
    """Parse untrusted JSON bytes under the given limits; `JsonRefused` otherwise.

    The limits are checked on the text first, with regular expressions (C speed), so a
    hostile document costs a few linear passes before the parser ever sees it.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonRefused("not UTF-8") from None
    strings = _STRING.findall(text)
    # A string's text in the file is never shorter than the string it stands for.
    if max(map(len, strings), default=0) > max_string + 2:
        raise JsonRefused("string too long")
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if len(brackets) > 2 * max_containers or _too_deep(brackets, max_depth):
        raise JsonRefused("nested too deep")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_constant)
        # A lone surrogate (written as an escape) cannot be encoded: refuse it.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except JsonRefused:
        raise
    except (ValueError, RecursionError):
        raise JsonRefused("not JSON") from None
    return value
