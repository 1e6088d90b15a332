"""Reading a Reflect JSON export back, checking every field before anything is used.

The file may come from anywhere (a USB stick, an e-mail), so it is read like any file from
outside: a regular file of a sane size, JSON within limits, and every value of the right
type and range. Anything else is refused with a sentence naming the file, and the item
when one item is at fault; nothing is imported from a file that is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.errors import ImportRefused
from reflect.domain.family_code import MAX_CODE_LENGTH, FamilyCode
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.own_templates import from_json
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind
from reflect.domain.reflection_document import MAX_VERSION
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.exchange.reflect_json import FORMAT, FORMAT_VERSION
from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file
from reflect.storage import bounded_json

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_SHORT = 200
MAX_DURATION = 24 * 60

EXPORT_FILE_MISSING = (
    "Nothing was imported: {file} could not be opened. Check that it is still there."
)
EXPORT_FILE_NOT_A_FILE = (
    "Nothing was imported: {file} is not a file. Choose the file Reflect exported."
)
EXPORT_FILE_TOO_LARGE = "Nothing was imported: {file} is larger than Reflect reads (256 MB)."
NOT_A_REFLECT_EXPORT = (
    "Nothing was imported: {file} is not a journal exported by Reflect. Choose a file "
    "Reflect exported as JSON."
)
REFLECT_EXPORT_TOO_NEW = (
    "Nothing was imported: {file} was exported by a newer version of Reflect. Update Reflect, "
    "then import it again."
)
REFLECT_EXPORT_DAMAGED = (
    "Nothing was imported: {file} is damaged, or was changed after Reflect exported it. "
    "Export it again, then import the new file."
)
DAMAGED_EXPORTED_REFLECTION = (
    "Nothing was imported: reflection {place} in {file} is damaged, or was changed after "
    "Reflect exported it. Export it again, then import the new file."
)
DAMAGED_EXPORTED_SESSION = (
    "Nothing was imported: supervision session {place} in {file} is damaged, or was changed "
    "after Reflect exported it. Export it again, then import the new file."
)
DAMAGED_EXPORTED_CHECK_IN = (
    "Nothing was imported: check-in {place} in {file} is damaged, or was changed after "
    "Reflect exported it. Export it again, then import the new file."
)


class _Bad(ValueError):
    """A value of the wrong type or out of range (never carries the value)."""


class _BadItem(Exception):
    """The item at this place (counted from 1) in its list is at fault."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


def _document(path: Path, name: str) -> dict[str, Any]:
    """The file's JSON object, when it is a Reflect export this Reflect can read."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except NotARegularFile:
        raise ImportRefused(EXPORT_FILE_NOT_A_FILE, name) from None
    except FileTooLarge:
        raise ImportRefused(EXPORT_FILE_TOO_LARGE, name) from None
    except OSError:
        raise ImportRefused(EXPORT_FILE_MISSING, name) from None
    try:
        document = bounded_json.loads(
            raw, max_depth=16, max_string=MAX_FILE_BYTES, max_containers=MAX_FILE_BYTES // 2
        )
    except bounded_json.JsonRefused:
        raise ImportRefused(NOT_A_REFLECT_EXPORT, name) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(NOT_A_REFLECT_EXPORT, name)
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused(NOT_A_REFLECT_EXPORT, name)
    if version > FORMAT_VERSION:
        raise ImportRefused(REFLECT_EXPORT_TOO_NEW, name)
    return document


def read_reflect_export(path: Path) -> JournalExport:
    """The export in the file at `path`, or `ImportRefused` saying what is wrong with it."""
    name = path.name or str(path)
    document = _document(path, name)
    try:
        header = _header(document)
    except (_Bad, ValueError, TypeError):
        raise ImportRefused(REFLECT_EXPORT_DAMAGED, name) from None
    try:
        reflections = _items(document, "reflections", _reflection)
    except _BadItem as bad:
        raise ImportRefused(DAMAGED_EXPORTED_REFLECTION, name, bad.number) from None
    try:
        sessions = _items(document, "supervision_sessions", _session)
    except _BadItem as bad:
        raise ImportRefused(DAMAGED_EXPORTED_SESSION, name, bad.number) from None
    try:
        check_ins = _items(document, "check_ins", _check_in)
    except _BadItem as bad:
        raise ImportRefused(DAMAGED_EXPORTED_CHECK_IN, name, bad.number) from None
    questions: dict[str, str] = {}
    for answers in _answer_lists(document):
        for answer in answers:
            if answer.get("question"):
                questions.setdefault(str(answer["prompt_id"]), str(answer["question"]))
    return JournalExport(
        reflections=tuple(reflections),
        sessions=tuple(sessions),
        check_ins=tuple(check_ins),
        questions=MappingProxyType(questions),
        **header,
    )


def _header(document: dict[str, Any]) -> dict[str, Any]:
    for listed in ("reflections", "supervision_sessions", "check_ins"):
        _list(document, listed)  # each item is read after the header
    codes = _list(document, "family_codes")
    question_sets = _list(document, "question_sets")
    return {
        "exported_at": _moment(document, "exported_at"),
        "reflect_version": _text(document, "reflect_version", MAX_SHORT),
        "whole_journal": _flag(document, "whole_journal"),
        "private_included": _flag(document, "private_answers_included"),
        "check_ins_included": _flag(document, "check_ins_included"),
        "family_codes": tuple(
            FamilyCode(_text(c, "code", MAX_CODE_LENGTH), _flag(c, "active"))
            for c in map(_object, codes)
        ),
        "question_sets": from_json(json.dumps(question_sets)) if question_sets else (),
    }


def _items(document: dict[str, Any], key: str, read: Any) -> list[Any]:
    """Each item of the list under `key`, read; `_BadItem` names the first one at fault."""
    items = []
    for index, value in enumerate(_list(document, key)):
        try:
            items.append(read(_object(value)))
        except (_Bad, ValueError, TypeError, KeyError):
            raise _BadItem(index + 1) from None
    return items


def _answer_lists(document: dict[str, Any]) -> list[list[dict[str, Any]]]:
    items = [*document["reflections"], *document["supervision_sessions"]]
    return [item["answers"] for item in items]


# ----------------------------------------------------------------- one item each
def _reflection(value: dict[str, Any]) -> ExportedReflection:
    answers = tuple(_answer(a, private=True) for a in map(_object, _list(value, "answers")))
    if len({a.prompt_id for a in answers}) != len(answers):
        raise _Bad("answers")
    duration = value.get("duration_minutes")
    if duration is not None and not 0 <= _whole(value, "duration_minutes") <= MAX_DURATION:
        raise _Bad("duration_minutes")
    reflection = Reflection(
        uuid=_uuid(value, "uuid"),
        version=_version(value),
        visit_date=dt.date.fromisoformat(_text(value, "visit_date", 10)),
        family_code=_text(value, "family_code", MAX_CODE_LENGTH),
        visit_kind=VisitKind(_text(value, "visit_kind", MAX_SHORT)),
        duration_minutes=duration,
        template_id=_identifier(value, "template_id"),
        status=Status(_text(value, "status", MAX_SHORT)),
        share_state=ShareState(_text(value, "share_state", MAX_SHORT)),
        created_at=_moment(value, "created_at"),
        updated_at=_moment(value, "updated_at"),
        themes=tuple(_short_texts(value, "themes")),
        answers=answers,
        notes=_text(value, "notes"),
    )
    comments = tuple(_comment(c, reflection.uuid) for c in map(_object, _list(value, "comments")))
    return ExportedReflection(reflection, comments)


def _answer(value: dict[str, Any], *, private: bool) -> Answer:
    if "question" in value:
        _text(value, "question")
    return Answer(
        _identifier(value, "prompt_id"),
        _text(value, "text"),
        _flag(value, "private") if private else False,
    )


def _comment(value: dict[str, Any], reflection_uuid: str) -> Comment:
    return Comment(
        reflection_uuid=reflection_uuid,
        uuid=_uuid(value, "uuid"),
        author=_text(value, "author", MAX_SHORT),
        body=_text(value, "body"),
        created_at=_moment(value, "created_at"),
        prompt_id=_optional(value, "prompt_id"),
        packet_id=_optional(value, "packet_id"),
        read=_flag(value, "read"),
        version=_version(value),
    )


def _session(value: dict[str, Any]) -> SupervisionSession:
    minutes = _whole(value, "minutes")
    provider = _text(value, "provider", MAX_SHORT)
    if not 0 < minutes <= MAX_DURATION or not provider.strip():
        raise _Bad("session")
    uuids = tuple(str(uuid_module.UUID(u)) for u in _short_texts(value, "reflection_uuids"))
    return SupervisionSession(
        uuid=_uuid(value, "uuid"),
        date=dt.date.fromisoformat(_text(value, "date", 10)),
        minutes=minutes,
        provider=provider,
        format=SessionFormat(_text(value, "format", MAX_SHORT)),
        mode=SessionMode(_text(value, "mode", MAX_SHORT)),
        provider_category=_text(value, "provider_category", MAX_SHORT),
        notes=_text(value, "notes"),
        next_steps=_text(value, "next_steps"),
        reflection_uuids=uuids,
        answers=tuple(_answer(a, private=False) for a in map(_object, _list(value, "answers"))),
    )


def _check_in(value: dict[str, Any]) -> CheckIn:
    scale: dict[str, int | None] = {}
    for key in ("heaviness", "energy"):
        number = None if value.get(key) is None else _whole(value, key)
        if number is not None and not 0 <= number <= 10:
            raise _Bad(key)
        scale[key] = number
    linked = _optional(value, "reflection_uuid")
    return CheckIn(
        uuid=_uuid(value, "uuid"),
        created_at=_moment(value, "created_at"),
        heaviness=scale["heaviness"],
        energy=scale["energy"],
        word=_text(value, "word", MAX_SHORT),
        need=_text(value, "need"),
        reflection_uuid=None if linked is None else str(uuid_module.UUID(linked)),
    )


# ----------------------------------------------------------------- values
def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad("object")
    return value


def _list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key)
    if not isinstance(value, list):
        raise _Bad(key)
    return value


def _text(document: dict[str, Any], key: str, limit: int | None = None) -> str:
    value = document.get(key)
    if not isinstance(value, str) or (limit is not None and len(value) > limit):
        raise _Bad(key)
    return value


def _identifier(document: dict[str, Any], key: str) -> str:
    value = _text(document, key, MAX_SHORT)
    if not value.strip():
        raise _Bad(key)
    return value


def _optional(document: dict[str, Any], key: str) -> str | None:
    return None if document.get(key) is None else _text(document, key, MAX_SHORT)


def _short_texts(document: dict[str, Any], key: str) -> list[str]:
    values = _list(document, key)
    if not all(isinstance(v, str) and len(v) <= MAX_SHORT for v in values):
        raise _Bad(key)
    return values


def _flag(document: dict[str, Any], key: str) -> bool:
    value = document.get(key)
    if not isinstance(value, bool):
        raise _Bad(key)
    return value


def _whole(document: dict[str, Any], key: str) -> int:
    value = document.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad(key)
    return value


def _version(document: dict[str, Any]) -> int:
    value = _whole(document, "version")
    if not 1 <= value < MAX_VERSION:
        raise _Bad("version")
    return value


def _uuid(document: dict[str, Any], key: str) -> str:
    return str(uuid_module.UUID(_text(document, key, 36)))


def _moment(document: dict[str, Any], key: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(_text(document, key, 40))
    if value.tzinfo is None:
        raise _Bad(key)  # Reflect writes every moment in UTC, with its offset
    return value
