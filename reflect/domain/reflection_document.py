"""A reflection as plain JSON values: how it travels in a packet and rests once received.

`to_document` leaves private answers out, always; `from_document` reads a document from
someone else, checking every field's type and size, and raises `ValueError` otherwise.
Since packet format 2 a document carries the reflection's `version` and each answer its
`question` as the sender's app worded it; a format-1 document has neither, and reads as
version 1 with no carried questions.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Callable
from typing import Any

from reflect.domain.packet_limits import (
    MAX_ANSWERS,
    MAX_DURATION_MINUTES,
    MAX_SHORT,
    MAX_TEXT,
    MAX_THEMES,
    MIN_DURATION_MINUTES,
)
from reflect.domain.reflection import Answer, Reflection, Status, VisitKind

MAX_QUESTION = 2_000
MAX_VERSION = 2**62  # inside SQLite's 64-bit integers, with room to count up


def to_document(
    reflection: Reflection,
    question_for: Callable[[str], str] | None = None,
    questions: dict[str, str] | None = None,
) -> dict[str, Any]:
    """What a supervisor receives: everything but the private answers.

    Each answer carries its question: from `questions` (what a received document carried)
    or else `question_for(prompt_id)` (the sender's own library); "" when neither knows it.
    """
    carried = questions or {}

    def question(prompt_id: str) -> str:
        text = carried.get(prompt_id) or (question_for(prompt_id) if question_for else "")
        return text[:MAX_QUESTION]

    return {
        "uuid": reflection.uuid,
        "version": reflection.version,
        "visit_date": reflection.visit_date.isoformat(),
        "family_code": reflection.family_code,
        "visit_kind": str(reflection.visit_kind),
        "duration_minutes": reflection.duration_minutes,
        "template_id": reflection.template_id,
        "answers": [
            {"prompt_id": a.prompt_id, "text": a.text, "question": question(a.prompt_id)}
            for a in reflection.answers
            if not a.private and a.text.strip()
        ],
        "notes": reflection.notes,
        "themes": list(reflection.themes),
        "status": str(reflection.status),
    }


def _text(document: dict[str, Any], name: str, limit: int = MAX_SHORT) -> str:
    value = document.get(name)
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(name)
    return value


_ANSWER_KEYS = ({"prompt_id", "text"}, {"prompt_id", "text", "question"})


def _answer(value: Any) -> Answer:
    if not isinstance(value, dict) or set(value) not in _ANSWER_KEYS:
        raise ValueError("answer")
    if "question" in value:
        _text(value, "question", MAX_QUESTION)
    return Answer(_text(value, "prompt_id"), _text(value, "text", MAX_TEXT))


def _version(document: dict[str, Any]) -> int:
    value = document.get("version", 1)  # format 1 carried no version: every item was 1
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < MAX_VERSION:
        raise ValueError("version")
    return value


def questions_of(document: dict[str, Any]) -> dict[str, str]:
    """The questions a (checked) document carries, by prompt id; empty for format 1."""
    return {
        str(a["prompt_id"]): str(a["question"])
        for a in document.get("answers", ())
        if isinstance(a, dict) and a.get("question")
    }


def from_document(document: Any) -> Reflection:
    """A received reflection, or `ValueError` when any field is missing, wrong or too big."""
    if not isinstance(document, dict):
        raise ValueError("reflection")
    answers = document.get("answers")
    themes = document.get("themes")
    duration = document.get("duration_minutes")
    if not isinstance(answers, list) or len(answers) > MAX_ANSWERS:
        raise ValueError("answers")
    if (
        not isinstance(themes, list)
        or len(themes) > MAX_THEMES
        or not all(isinstance(t, str) and len(t) <= MAX_SHORT for t in themes)
    ):
        raise ValueError("themes")
    if duration is not None and (
        not isinstance(duration, int)
        or isinstance(duration, bool)
        or not MIN_DURATION_MINUTES <= duration <= MAX_DURATION_MINUTES
    ):
        raise ValueError("duration_minutes")
    parsed = tuple(_answer(a) for a in answers)
    if len({a.prompt_id for a in parsed}) != len(parsed):
        raise ValueError("answers")
    return Reflection(
        uuid=str(uuid_module.UUID(_text(document, "uuid"))),
        visit_date=dt.date.fromisoformat(_text(document, "visit_date")),
        family_code=_text(document, "family_code"),
        visit_kind=VisitKind(_text(document, "visit_kind")),
        duration_minutes=duration,
        template_id=_text(document, "template_id"),
        answers=parsed,
        notes=_text(document, "notes", MAX_TEXT),
        themes=tuple(themes),
        status=Status(_text(document, "status")),
        version=_version(document),
    )
