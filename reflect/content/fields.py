"""Typed reading of parsed TOML tables, so every problem names its file and field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from reflect.domain.errors import ContentError


class Fields:
    """One TOML table from one file, read field by field with type checks.

    `prefix` is where the table sits in the file (e.g. "sections[1].prompts[0]"), so an
    error can say exactly which field is wrong.
    """

    def __init__(self, data: Mapping[str, Any], file: str, prefix: str = "") -> None:
        self.data = data
        self.file = file
        self.prefix = prefix

    def path(self, name: str) -> str:
        """The full name of a field, as the file's author would look for it."""
        return f"{self.prefix}.{name}" if self.prefix else name

    def error(self, name: str, problem: str) -> ContentError:
        """A ContentError naming this file and this field."""
        return ContentError(self.file, self.path(name), problem)

    def only(self, allowed: Iterable[str]) -> None:
        """Refuse unknown fields, which are nearly always a misspelt known one."""
        known = set(allowed)
        for name in self.data:
            if name not in known:
                raise self.error(name, f"is not a known field (known: {', '.join(sorted(known))})")

    def text(self, name: str) -> str:
        """A required, non-empty piece of text."""
        if name not in self.data:
            raise self.error(name, "is missing")
        return self._text(name, self.data[name])

    def optional_text(self, name: str, default: str = "") -> str:
        """A piece of text that may be left out, but is not empty when given."""
        if name not in self.data:
            return default
        return self._text(name, self.data[name])

    def identifier(self, name: str, pattern: re.Pattern[str], shape: str) -> str:
        """A required id that matches `pattern`; `shape` describes it for the message."""
        value = self.text(name)
        if not pattern.fullmatch(value):
            raise self.error(name, f"'{value}' is not a valid id ({shape})")
        return value

    def texts(self, name: str, *, required: bool) -> tuple[str, ...]:
        """A list of non-empty texts, without repeats; `required` means non-empty list."""
        if name not in self.data:
            if required:
                raise self.error(name, "is missing")
            return ()
        value = self.data[name]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(name, "must be a list of text")
        if required and not value:
            raise self.error(name, "must not be empty")
        if any(not v.strip() for v in value):
            raise self.error(name, "must not contain empty text")
        if len(set(value)) != len(value):
            raise self.error(name, "lists the same entry twice")
        return tuple(v.strip() for v in value)

    def flag(self, name: str, default: bool) -> bool:
        """A true/false field that may be left out."""
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise self.error(name, "must be true or false")
        return value

    def whole_number(self, name: str, minimum: int) -> int:
        """A required whole number no smaller than `minimum`."""
        if name not in self.data:
            raise self.error(name, "is missing")
        value = self.data[name]
        # bool is a subclass of int in Python, but `minutes = true` is a mistake.
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(name, "must be a whole number")
        if value < minimum:
            raise self.error(name, f"must be at least {minimum}")
        return value

    def tables(self, name: str) -> tuple[Fields, ...]:
        """A required, non-empty array of tables (`[[name]]` in TOML)."""
        if name not in self.data:
            raise self.error(name, "is missing")
        value = self.data[name]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(name, f"must be a list of tables ([[{name}]])")
        if not value:
            raise self.error(name, "must not be empty")
        return tuple(
            Fields(table, self.file, f"{self.path(name)}[{index}]")
            for index, table in enumerate(value)
        )

    def _text(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise self.error(name, "must be text")
        if not value.strip():
            raise self.error(name, "must not be empty")
        return value.strip()
