"""Values read from a JSON document from outside, each checked for its type and range.

Each function takes the object and the key and returns the value, or raises `Bad`, which
never carries the value itself (it may be the visitor's text).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any

from reflect.domain.reflection_document import MAX_VERSION

MAX_SHORT = 200
"""Identifiers, names and themes are never longer than this."""


class Bad(ValueError):
    """A value of the wrong type or out of range (never carries the value)."""


def an_object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Bad("object")
    return value


def a_list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key)
    if not isinstance(value, list):
        raise Bad(key)
    return value


def text(document: dict[str, Any], key: str, limit: int | None = None) -> str:
    value = document.get(key)
    if not isinstance(value, str) or (limit is not None and len(value) > limit):
        raise Bad(key)
    return value


def identifier(document: dict[str, Any], key: str) -> str:
    value = text(document, key, MAX_SHORT)
    if not value.strip():
        raise Bad(key)
    return value


def optional_text(document: dict[str, Any], key: str) -> str | None:
    return None if document.get(key) is None else text(document, key, MAX_SHORT)


def short_texts(document: dict[str, Any], key: str) -> list[str]:
    values = a_list(document, key)
    if not all(isinstance(v, str) and len(v) <= MAX_SHORT for v in values):
        raise Bad(key)
    return values


def flag(document: dict[str, Any], key: str) -> bool:
    value = document.get(key)
    if not isinstance(value, bool):
        raise Bad(key)
    return value


def whole(document: dict[str, Any], key: str) -> int:
    value = document.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise Bad(key)
    return value


def version(document: dict[str, Any]) -> int:
    value = whole(document, "version")
    if not 1 <= value < MAX_VERSION:
        raise Bad("version")
    return value


def uuid_of(document: dict[str, Any], key: str) -> str:
    return str(uuid_module.UUID(text(document, key, 36)))


def moment(document: dict[str, Any], key: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text(document, key, 40))
    if value.tzinfo is None:
        raise Bad(key)  # Reflect writes every moment in UTC, with its offset
    return value
