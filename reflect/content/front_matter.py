"""Splits a card file into its TOML front matter (between `+++` lines) and its body."""

from __future__ import annotations

import tomllib
from typing import Any

from reflect.domain.errors import ContentError

FENCE = "+++"


def split_front_matter(text: str, file: str) -> tuple[dict[str, Any], str]:
    """The parsed front matter and the Markdown body that follows it."""
    # Editors on Windows may add a byte-order mark and CRLF line ends; neither matters.
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise ContentError(file, "front matter", f"is missing: the file must start with {FENCE}")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise ContentError(file, "front matter", f"has no closing {FENCE} line") from None
    try:
        data = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(file, "front matter", f"is not valid TOML ({error})") from None
    return data, "\n".join(lines[end + 1 :]).strip() + "\n"
